export const id = 356;
export const ids = [356];
export const modules = {

/***/ 8120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ runBuild)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/record/recorded-inputs.ts
var recorded_inputs = __webpack_require__(3431);
// EXTERNAL MODULE: ./src/record/build-place.ts
var build_place = __webpack_require__(6839);
// EXTERNAL MODULE: ./src/record/schema.ts
var schema = __webpack_require__(7450);
// EXTERNAL MODULE: ./src/util/write-atomic.ts
var write_atomic = __webpack_require__(2093);
;// CONCATENATED MODULE: ./src/record/write.ts
// The one way a measurements.json is written: pretty JSON with a final newline, whole or not at all.

const recordsText = (records) => `${JSON.stringify(records, null, 2)}\n`;
const writeRecords = (file, records) => (0,write_atomic/* writeFileAtomic */.Z)(file, recordsText(records));

// EXTERNAL MODULE: ./src/run/interrupt.ts
var interrupt = __webpack_require__(7214);
// EXTERNAL MODULE: ./src/run/runner.ts + 6 modules
var runner = __webpack_require__(7146);
// EXTERNAL MODULE: ./src/run/tools.ts
var tools = __webpack_require__(3102);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/engine/cargo-config.ts
var cargo_config = __webpack_require__(1289);
// EXTERNAL MODULE: ./src/engine/lock.ts
var lock = __webpack_require__(5947);
// EXTERNAL MODULE: ./src/engine/prepare.ts + 18 modules
var prepare = __webpack_require__(3369);
;// CONCATENATED MODULE: ./src/engine/build.ts
// The whole engine: prepare → preflight → run → measurements. The CLI and the action call this.













async function runBuild(req, io, prepared = (0,prepare/* prepareBuild */.y)(req)) {
    const { root, plan, warnings } = prepared;
    for (const w of warnings)
        io.log.warn(w);
    preflight(root, plan, req.env);
    // Before anything is removed: those may be the results of a build that is still running.
    const release = (0,lock/* acquireBuildLock */.aB)(root, io.command ?? process.argv.join(' '), m => io.log.warn(m));
    try {
        return await buildLocked(prepared, req, io);
    }
    finally {
        release();
    }
}
async function buildLocked(prepared, req, io) {
    const { root, plan, warnings } = prepared;
    // Nothing from an earlier run may look like a result of this one.
    const results = [schema/* MEASUREMENTS_FILE */.x3, ...plan.targets.map(t => t.igvm)].map(f => (0,external_node_path_.resolve)(root, f));
    const removeResults = () => results.forEach(f => (0,external_node_fs_.rmSync)(f, { force: true }));
    removeResults();
    const source = (0,recorded_inputs/* readSourceState */.rz)(root);
    // The parts of each IGVM file, read before a later recipe writes its own over them. Targets that
    // share a kernel share its bytes (read once while the file stays the same).
    const parts = new Map();
    const read = new Map();
    const bytesOf = (f) => {
        const st = (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(root, f));
        const stamp = `${st.size}:${st.mtimeMs}:${st.ino}`;
        const seen = read.get(f);
        if (seen?.stamp === stamp)
            return seen.bytes;
        const bytes = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(root, f));
        read.set(f, { stamp, bytes });
        return bytes;
    };
    const afterStep = (step) => {
        const t = plan.targets.find(x => step.group === 'igvm' && x.measureStep === step.id.replace(/\/build$/, '/measure'));
        if (!t)
            return;
        const files = new Map();
        for (const f of step.inputs)
            if (f !== t.firmware && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, f)))
                files.set(f, bytesOf(f));
        parts.set(t.measureStep, files);
    };
    let outcome;
    const { command: _lockName, ...run } = io;
    try {
        outcome = await (0,runner/* runSteps */.r)(plan.steps, { ...run, root, env: { ...process.env, ...req.env }, afterStep });
        // A signal after the last step still means "stop": the run gives no result.
        if (io.interrupt?.signal)
            throw new interrupt/* Interrupted */.j$(io.interrupt.signal, `interrupted by ${io.interrupt.signal} after the last step`);
    }
    catch (e) {
        // A failed or stopped run leaves no IGVM file of its own either (an earlier target's).
        removeResults();
        throw e;
    }
    // No IGVM file stays without the record that says what it is (a full disk, a firmware file gone).
    let recorded;
    try {
        recorded = await writeRecord(prepared, req, io, { outcome, parts, source });
    }
    catch (e) {
        removeResults();
        throw e;
    }
    const { measurements } = recorded;
    const toolchain = recorded.place.rustc?.version;
    return {
        root,
        plan,
        steps: outcome.results,
        measurements,
        gitVersion: outcome.gitVersion,
        ...(toolchain ? { toolchain } : {}),
        warnings
    };
}
/** The records of a finished run, written to bin/measurements.json (what the run made, and where and with what). */
async function writeRecord(prepared, req, io, run) {
    const { root, plan, warnings } = prepared;
    const { outcome, parts, source } = run;
    // After the steps, so rustc -vV never races a toolchain install of the build's own commands.
    const place = await buildPlace(prepared, req.env);
    const toolchain = place.rustc?.version;
    const prefixes = (0,build_place/* recordedPrefixes */.Dp)(place);
    const inputs = (0,recorded_inputs/* recordedInputs */.KQ)(root, plan, source, place);
    const measurements = plan.targets.map(t => {
        const files = parts.get(t.measureStep) ?? new Map();
        const d = outcome.digests.get(t.measureStep);
        const recipe = plan.recipes.find(r => r.file === t.recipe);
        return {
            target: t.target,
            recipe: t.recipe,
            recipeSha256: recipe.sha256,
            igvm: t.igvm,
            size: d.size,
            sha256: d.sha256,
            launchDigest: d.printed ?? d.builtin,
            measuredBy: d.printed !== undefined ? 'igvmmeasure' : 'builtin',
            platforms: t.platforms,
            policy: t.policy,
            checkKvm: t.checkKvm,
            nativeZero: t.nativeZero,
            gitVersion: outcome.gitVersion,
            profile: plan.options.release ? 'release' : 'debug',
            features: featuresOf(plan, recipe.file),
            allFeatures: plan.options.allFeatures,
            firmware: t.firmware ? recordFirmware(root, t.firmware, io.log, warnings) : null,
            ...(toolchain ? { toolchain } : {}),
            inputs: {
                ...inputs,
                build: { ...place, searched: [...files.keys()], embeddedPaths: (0,build_place/* embeddedPaths */.RS)(files, prefixes) }
            },
            ...(d.details ? { details: d.details } : {})
        };
    });
    writeRecords((0,external_node_path_.resolve)(root, schema/* MEASUREMENTS_FILE */.x3), measurements);
    return { place, measurements };
}
function preflight(root, plan, env) {
    const problems = (0,tools/* missingTools */.C)(plan, env.PATH ?? process.env.PATH);
    const made = new Set(plan.steps.flatMap(s => s.outputs));
    for (const t of plan.targets) {
        if (t.firmware && !made.has(t.firmware) && !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, t.firmware))) {
            problems.push(`firmware file ${t.firmware} (for ${t.recipe}, ${t.target}) does not exist`);
        }
    }
    // Upstream's tools read their outputs from target/; another target dir breaks every path.
    const targetDir = env.CARGO_TARGET_DIR ?? process.env.CARGO_TARGET_DIR;
    if (targetDir && (0,external_node_path_.resolve)(root, targetDir) !== (0,external_node_path_.resolve)(root, 'target')) {
        problems.push(`CARGO_TARGET_DIR is set to ${targetDir}; upstream's build reads its outputs from target/, so unset it`);
    }
    if (problems.length > 0)
        throw new errors/* PreflightError */.wG([...new Set(problems)].join('\n'));
}
/** Features each component gets from the recipe and the command line (what cargo is told). */
function featuresOf(plan, file) {
    const r = plan.recipes.find(x => x.file === file);
    const out = {};
    for (const [name, c] of [...Object.entries(r.kernel), ...Object.entries(r.fs.modules)]) {
        out[name] = [
            ...(c.features ?? []),
            ...plan.options.features.filter(f => f.pkg === name).map(f => f.feature)
        ].filter(Boolean);
    }
    return out;
}
/** Where and with what this build makes its bytes (the parts' paths are searched as they are built). */
async function buildPlace(p, env) {
    const rustc = await (0,build_place/* readRustc */.aE)(p.root, env);
    return {
        checkout: p.cargo.facts.root,
        cargoHome: p.cargo.facts.cargoHome,
        rustc,
        linker: await (0,build_place/* readLinker */.co)(p.root, env, p.cargo.linker, rustc),
        remap: remapsInForce(p.plan, p.cargo),
        searched: [],
        embeddedPaths: []
    };
}
/** RUSTFLAGS or CARGO_ENCODED_RUSTFLAGS, when set, are all cargo passes; else the plan's and the configs'. */
function remapsInForce(plan, cargo) {
    const env = cargo.envRustflags;
    if (env) {
        const flags = (0,cargo_config/* remapFlagsIn */.A6)(env.flags);
        return flags.length > 0 ? [{ by: env.name, where: env.name, flags }] : [];
    }
    return [
        ...(plan.remap ? [{ by: plan.remap.by, where: plan.remap.config, flags: plan.remap.flags }] : []),
        ...cargo.configRemaps.map(c => ({ by: 'cargo config', where: c.file, flags: c.flags }))
    ];
}
function recordFirmware(root, path, log, warnings) {
    const r = (0,recorded_inputs/* firmwareRecord */.B)(root, path);
    if (r.warning && !warnings.includes(r.warning)) {
        log.warn(r.warning);
        warnings.push(r.warning);
    }
    return r.firmware;
}


/***/ }),

/***/ 6092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ builtinMeasure)
/* harmony export */ });
/* harmony import */ var _igvm_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6718);
/* harmony import */ var _igvm_measure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2477);
/* harmony import */ var _igvm_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6065);
// Our own reader in the shape the runner wants: the SEV-SNP digest igvmmeasure would print for the
// target's flags, plus the file's inventory and (for TDX platforms) the MRTD.



const TDX_NOTE = 'computed by svsm-build after the igvm crate (measurement/tdx.rs); no COCONUT tool computes it';
const builtinMeasure = (bytes, o) => {
    const file = (0,_igvm_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseIgvm */ .V)(bytes);
    const r = (0,_igvm_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .measure */ .xP)(file, { checkKvm: o.checkKvm, nativeZero: o.nativeZero });
    if (r.idBlock && !r.idBlock.equals(r.digest)) {
        throw new _igvm_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .MeasureError */ .TG(`the ID block expects ${(0,_igvm_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .toHex */ .nj)(r.idBlock)}, the file measures ${(0,_igvm_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .toHex */ .nj)(r.digest)}`);
    }
    const inv = (0,_igvm_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .inventory */ .p)(file);
    const { digests, ...rest } = inv;
    return {
        digest: (0,_igvm_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .toHex */ .nj)(r.digest),
        details: {
            inventory: rest,
            ...(digests.tdxMrtd ? { tdxMrtd: { value: digests.tdxMrtd, note: TDX_NOTE } } : {})
        }
    };
};


/***/ }),

/***/ 1289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ remapsIn),
/* harmony export */   jj: () => (/* binding */ readCargoConfig),
/* harmony export */   nN: () => (/* binding */ cargoHomeOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3292);
/* harmony import */ var _plan_common_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6850);
// What cargo will do with rustflags and the linker in this tree, read from the config files cargo
// reads (the tree's .cargo/config.toml and every parent's, then CARGO_HOME's) and the
// environment. Cargo takes the first of: CARGO_ENCODED_RUSTFLAGS, RUSTFLAGS, every matching
// target.<triple>.rustflags / target.'cfg(..)'.rustflags joined, build.rustflags; a `--config`
// value joins the files' array of the same key.




const table = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
/** CARGO_HOME as cargo resolves it: CARGO_HOME (relative to the working directory), else $HOME/.cargo. */
function cargoHomeOf(root, env) {
    const home = env.CARGO_HOME;
    if (home)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, home);
    return env.HOME ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.HOME, '.cargo') : null;
}
/** The config files cargo reads for a build run in `root`, most specific first. */
function configFiles(root, cargoHome) {
    const out = [];
    const pick = (dir) => {
        // Cargo reads `config` when there is no `config.toml`.
        const file = [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'config.toml'), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'config')].find(f => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f));
        if (file && !out.includes(file))
            out.push(file);
    };
    for (let dir = root;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        pick((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.cargo'));
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
            break;
    }
    if (cargoHome)
        pick(cargoHome);
    return out;
}
function readConfig(file) {
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch {
        // Cargo names a broken config file itself, when it runs.
        return {};
    }
}
const flagList = (v) => Array.isArray(v)
    ? v.filter((x) => typeof x === 'string')
    : typeof v === 'string'
        ? v.split(/\s+/).filter(Boolean)
        : [];
const remapsIn = (flags) => flags.flatMap((f, i) => f.startsWith('--remap-path-prefix=')
    ? [f]
    : f === '--remap-path-prefix' && flags[i + 1]
        ? [`${f}=${flags[i + 1]}`]
        : []);
function readCargoConfig(rootGiven, env) {
    // The build's working directory as getcwd reports it: what cargo and rustc see.
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(rootGiven) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(rootGiven) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(rootGiven);
    const cargoHome = cargoHomeOf(root, env);
    let targetRustflags = false;
    let buildRustflags = false;
    let linker = null;
    const found = [];
    for (const file of configFiles(root, cargoHome)) {
        const config = readConfig(file);
        const targets = table(config.target) ?? {};
        const flags = [];
        for (const [key, value] of Object.entries(targets)) {
            const t = table(value);
            if (!t || (key !== _plan_common_js__WEBPACK_IMPORTED_MODULE_3__/* .KERNEL_TRIPLE */ .xS && !key.startsWith('cfg(')))
                continue;
            if (t.rustflags !== undefined) {
                targetRustflags = true;
                flags.push(...flagList(t.rustflags));
            }
            if (key === _plan_common_js__WEBPACK_IMPORTED_MODULE_3__/* .KERNEL_TRIPLE */ .xS && linker === null && typeof t.linker === 'string')
                // A path with a slash is relative to the folder holding .cargo; a bare name is looked up on PATH.
                linker =
                    t.linker.includes('/') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(t.linker)
                        ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file)), t.linker)
                        : t.linker;
        }
        const build = table(config.build);
        if (build?.rustflags !== undefined)
            buildRustflags = true;
        found.push({
            file,
            target: flags,
            build: build?.rustflags !== undefined ? flagList(build.rustflags) : []
        });
    }
    // Cargo takes build.rustflags only when no target rustflags apply: a remapping there is in force
    // only then.
    const configRemaps = found
        .map(f => ({ file: f.file, flags: remapsIn(targetRustflags ? f.target : [...f.target, ...f.build]) }))
        .filter(f => f.flags.length > 0);
    const encoded = env.CARGO_ENCODED_RUSTFLAGS;
    const envRustflags = encoded !== undefined
        ? { name: 'CARGO_ENCODED_RUSTFLAGS', flags: encoded === '' ? [] : encoded.split('\x1f') }
        : env.RUSTFLAGS !== undefined
            ? { name: 'RUSTFLAGS', flags: env.RUSTFLAGS.split(/\s+/).filter(Boolean) }
            : null;
    return {
        facts: { root, cargoHome, rustflagsKey: targetRustflags || !buildRustflags ? 'target' : 'build' },
        linker,
        configRemaps,
        envRustflags
    };
}



/***/ }),

/***/ 5947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ LOCK_FILE),
/* harmony export */   aB: () => (/* binding */ acquireBuildLock)
/* harmony export */ });
/* unused harmony export BuildLocked */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8816);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _util_system_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6208);
// One build per svsm tree at a time: two would write the same bin/ files and each claim the
// other's. The lock file says who holds it; one left by a process that is gone is taken over.






/** Beside the results it guards (bin/ is never cached, unlike target/). */
const LOCK_FILE = 'bin/.svsm-build.lock';
const lockInfo = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    pid: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().positive(),
    host: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    started: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    command: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
});
class BuildLocked extends _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PreflightError */ .wG {
    name = 'BuildLocked';
}
/**
 * Takes the lock of the tree at `root` for this process, or throws BuildLocked naming its holder.
 * Returns the function that gives it back (only if it is still ours).
 */
function acquireBuildLock(root, command, note, now = new Date()) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, LOCK_FILE);
    try {
        return takeLock(root, path, command, note, now);
    }
    catch (e) {
        // A read-only bin/, a full disk, a file where bin/ should be: one message naming the folder.
        if (!(0,_util_system_error_js__WEBPACK_IMPORTED_MODULE_4__/* .isSystemError */ .Or)(e))
            throw e;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PreflightError */ .wG(`${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path)}: cannot create the build lock ${LOCK_FILE} there: ${(0,_util_system_error_js__WEBPACK_IMPORTED_MODULE_4__/* .systemErrorReason */ .Qq)(e)}; the build writes its results in bin/, so it must be a writable folder`);
    }
}
function takeLock(root, path, command, note, now) {
    const mine = { pid: process.pid, host: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)(), started: now.toISOString(), command };
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const text = `${JSON.stringify(mine)}\n`;
    for (let attempt = 0; !createExclusive(path, text); attempt++) {
        const holder = readLock(path);
        if (holder === 'gone' && attempt < 3)
            continue;
        if (holder !== 'gone' && holder !== 'unreadable' && holder.host === mine.host && !alive(holder.pid)) {
            const taken = attempt < 3 ? takeOver(path, holder) : holder;
            if (taken === 'vanished')
                continue;
            if (taken === 'taken') {
                note(`${LOCK_FILE}: taking over the lock of pid ${holder.pid} (started ${holder.started}: ${holder.command}); that process is no longer running`);
                continue;
            }
            // Another build took the dead lock over first: it is that build's now.
            throw new BuildLocked(lockedMessage(root, path, taken, now));
        }
        throw new BuildLocked(lockedMessage(root, path, holder === 'gone' ? 'unreadable' : holder, now));
    }
    return () => {
        const holder = readLock(path);
        if (holder !== 'gone' && holder !== 'unreadable' && holder.pid === mine.pid && holder.host === mine.host)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { force: true });
    };
}
/**
 * Creates `path` with `text` unless it exists. Written whole under another name, then linked, so
 * nobody ever reads a half-written lock; where hard links are not supported, created in place.
 */
function createExclusive(path, text) {
    const tmp = `${path}.${process.pid}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, text);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(tmp, path);
        return true;
    }
    catch (e) {
        const code = e.code;
        if (code === 'EEXIST')
            return false;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP')
            throw e;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, text, { flag: 'wx' });
        return true;
    }
    catch (e) {
        if (e.code === 'EEXIST')
            return false;
        throw e;
    }
}
/**
 * Moves the dead holder's lock aside (atomic: of two builds doing this at once, one gets it) and
 * checks it moved the dead one; if another build's fresh lock was moved instead, it is put back.
 */
function takeOver(path, dead) {
    const aside = `${path}.${process.pid}.stale`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(path, aside);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return 'vanished';
        throw e;
    }
    const moved = readLock(aside);
    try {
        if (moved !== 'gone' && JSON.stringify(moved) === JSON.stringify(dead))
            return 'taken';
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(aside, path);
        return moved === 'gone' ? 'unreadable' : moved;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(aside, { force: true });
    }
}
function readLock(path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return 'gone';
        return 'unreadable';
    }
    try {
        const r = lockInfo.safeParse(JSON.parse(text));
        return r.success ? r.data : 'unreadable';
    }
    catch {
        return 'unreadable';
    }
}
/** Signal 0 tests for existence; EPERM means it exists under another user. */
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
function lockedMessage(root, path, holder, now) {
    if (holder === 'unreadable')
        return `${root} is locked by ${path}, which does not say who holds it (not the JSON svsm-build writes); if no other build of this tree runs, remove it`;
    const age = Math.max(0, Math.round((now.getTime() - Date.parse(holder.started)) / 1000));
    const elsewhere = holder.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() ? ` (another host: its pid cannot be checked from here)` : '';
    return (`another build of ${root} is running: pid ${holder.pid} on ${holder.host}${elsewhere}, started ${holder.started} (${age} s ago): ${holder.command}\n` +
        `Wait for it to finish, or stop it; if it is gone, remove ${path}`);
}


/***/ }),

/***/ 3369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ prepareBuild)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/recipe/errors.ts
var recipe_errors = __webpack_require__(4599);
;// CONCATENATED MODULE: ./src/recipe/fs-image-name.ts
/**
 * Where a module lands in the fs image: its `path` (or its name). Like Rust's
 * `Path::strip_prefix("/")`, an absolute path loses its root and any `.` components right after
 * it (`//init`, `/./init` → `init`); anything else is kept verbatim.
 */
function fsImageName(name, c) {
    let p = c.path ?? name;
    if (!p.startsWith('/'))
        return p;
    p = p.replace(/^\/+/, '');
    while (p === '.' || p.startsWith('./'))
        p = p.replace(/^\.(\/+|$)/, '');
    return p;
}

// EXTERNAL MODULE: ./src/util/relative-path.ts
var relative_path = __webpack_require__(9344);
;// CONCATENATED MODULE: ./src/recipe/output-name.ts
// The one check that an IGVM output name (igvm.<target>.output) can be the file bin/<output>:
// refused when planning, so `build` never meets a name it cannot write.

/** What is wrong with `output` as a file under bin/ (a clause: "has a \"..\" part"), or null. */
function outputNameProblem(output) {
    return (0,relative_path/* relativePathProblem */.B)(output);
}

;// CONCATENATED MODULE: ./src/recipe/checks.ts
// Cross-checks of an expanded recipe: what upstream would only reject (or crash on) in the middle
// of a build, by then kernels have been compiled for nothing, and what it would silently ignore.



/** Roles the dialect's igvmbuilder call gives kernel parts; other parts are built and ignored. */
const KERNEL_ROLES = {
    xbuild: { svsm: '--kernel', bldr: '--bldr', 'tdx-stage1': '--tdx-stage1' },
    'build.py': { stage2: '--stage2', svsm: '--kernel', 'tdx-stage1': '--tdx-stage1' }
};
const missing = (0,recipe_errors/* describeValue */.bp)(undefined);
/** One kernel part or fs module, as `path` names it. */
function checkComponent(c, path, dialect, problems, warnings) {
    if (c.type === 'make' && c.output_file === undefined) {
        problems.push({
            path: `${path}.output_file`,
            expected: 'a make target: a "make" build item needs "output_file"',
            found: missing
        });
    }
    if (c.type === 'cargo' && c.toolchain !== undefined) {
        problems.push({
            path: `${path}.toolchain`,
            expected: 'no toolchain: a non-default toolchain is only allowed for "type": "test" items',
            found: `string ${JSON.stringify(c.toolchain)}`
        });
    }
    if (c.type === 'make' && c.toolchain !== undefined)
        warnings.push(`${path}.toolchain: ignored for "make" items`);
    if (c.type !== 'make' && c.output_file !== undefined && dialect === 'xbuild') {
        warnings.push(`${path}.output_file: ignored by xbuild for "${c.type}" items (it is used only by "make")`);
    }
    if (c.type === 'make' && Object.keys(c.env).length > 0)
        warnings.push(`${path}.env: ignored for "make" items`);
}
/** The firmware section as written (`given`) and as expanded. */
function checkFirmware(given, out, dialect, problems, warnings) {
    if (given.command != null && given.command.length === 0) {
        if (dialect === 'xbuild') {
            problems.push({
                path: 'firmware.command',
                expected: 'a non-empty array: program and arguments',
                found: 'array []'
            });
        }
        else {
            warnings.push('firmware.command: empty, so build.py runs nothing');
        }
    }
    if (dialect === 'xbuild' && given.file === '') {
        problems.push({
            path: 'firmware.file',
            expected: 'a firmware path: xbuild would pass --firmware "" and igvmbuilder fails ("Failed to open firmware file")',
            found: 'string ""'
        });
    }
    if (out.file !== undefined && out.env !== undefined)
        warnings.push('firmware: both "file" and "env" given; "file" wins');
}
function checkRoles(kernel, igvm, firmware, dialect, problems, warnings) {
    const roles = KERNEL_ROLES[dialect];
    const required = dialect === 'xbuild' ? ['svsm'] : ['stage2', 'svsm'];
    for (const r of required) {
        if (!kernel[r]) {
            problems.push({
                path: `kernel.${r}`,
                expected: r === 'svsm'
                    ? 'the main kernel: igvmbuilder needs --kernel'
                    : 'the stage2 loader: build.py always passes --stage2 bin/stage2',
                found: missing
            });
        }
    }
    for (const name of Object.keys(kernel)) {
        if (!(name in roles)) {
            warnings.push(`kernel.${name}: not one of ${Object.keys(roles).join(', ')}; it is built and copied to bin/${name} but not put into any IGVM file`);
        }
    }
    const hasStage1 = 'tdx-stage1' in kernel;
    for (const [target, t] of Object.entries(igvm)) {
        const path = `igvm.${target}.platforms`;
        const found = `array ${JSON.stringify(t.platforms)}`;
        if (t.platforms.length === 0) {
            problems.push({ path, expected: 'at least one platform (igvmbuilder: "No platform specified")', found });
            continue;
        }
        const tdp = t.platforms.includes('tdp');
        if (tdp && !hasStage1) {
            problems.push({
                path,
                expected: 'no "tdp" unless kernel has "tdx-stage1" (igvmbuilder: "TDP platform requires --tdx-stage1")',
                found
            });
        }
        if (!tdp && hasStage1) {
            problems.push({
                path,
                expected: '"tdp" because kernel has "tdx-stage1" (igvmbuilder: "TDP platform must be specified when using --tdx-stage1")',
                found
            });
        }
        if (!t.platforms.includes('snp')) {
            problems.push({
                path,
                expected: '"snp": the policy is always passed and igvmbuilder refuses it without SEV-SNP ("Policy not supported by the specified platform(s)")',
                found
            });
        }
        if (dialect === 'xbuild' && !('bldr' in kernel)) {
            const vtomZero = target !== 'hyper-v';
            if (tdp || (t.platforms.includes('snp') && vtomZero)) {
                problems.push({
                    path: 'kernel.bldr',
                    expected: `the boot loader: igvmbuilder requires --bldr for igvm.${target} (${tdp ? 'tdp' : 'snp without vTOM'})`,
                    found: missing
                });
            }
        }
        const seen = new Set();
        for (const p of t.platforms) {
            if (seen.has(p))
                warnings.push(`${path}: "${p}" is listed twice`);
            seen.add(p);
        }
    }
    if (firmware && firmware.file === undefined && firmware.env === undefined && firmware.command) {
        warnings.push('firmware: "command" runs but neither "file" nor "env" names its result, so no firmware is put into the IGVM files');
    }
    // De-duplicate required-part problems reported once per target.
    const seen = new Set();
    for (let i = problems.length - 1; i >= 0; i--) {
        const key = `${problems[i].path}|${problems[i].expected}`;
        if (seen.has(key))
            problems.splice(i, 1);
        seen.add(key);
    }
}
function checkModules(modules, dialect, problems, warnings) {
    const names = new Map();
    for (const [name, c] of Object.entries(modules)) {
        const path = `fs.modules.${name}.path`;
        const image = fsImageName(name, c);
        const parts = image.split('/');
        if (image === '' || parts.includes('..')) {
            problems.push({
                path,
                expected: 'a file path inside the fs image such as "/init", without ".." components',
                found: `string ${JSON.stringify(c.path)}`
            });
            continue;
        }
        const other = names.get(image);
        if (other !== undefined) {
            warnings.push(`${path}: "${image}" is also the path of fs.modules.${other}; the image holds both and the kernel keeps the last`);
        }
        names.set(image, name);
        if (dialect === 'build.py' && parts.length > 1) {
            warnings.push(`${path}: build.py does not create sub-directories of bin/fs; svsm-build does`);
        }
    }
}
function checkOutputs(igvm, problems, warnings) {
    // Two targets writing one file are refused with every other collision (collisions.ts).
    for (const [target, t] of Object.entries(igvm)) {
        const path = `igvm.${target}.output`;
        const bad = outputNameProblem(t.output);
        if (bad)
            problems.push({
                path,
                expected: 'a file name under bin/, like "coconut-qemu.igvm"',
                found: `${(0,recipe_errors/* describeValue */.bp)(t.output)}, which ${bad}`
            });
    }
    if (Object.keys(igvm).length === 0)
        warnings.push('igvm: no targets, so no IGVM file is built');
}

// EXTERNAL MODULE: ./src/recipe/types.ts
var types = __webpack_require__(9067);
;// CONCATENATED MODULE: ./src/recipe/expand.ts
// Fills every default the dialect applies: the recipe as upstream's tool reads it, with nothing
// left implicit. What it must refuse or warn about is checked in checks.ts, as it goes.



// The planners import it from here, with the expansion.

const DEFAULT_POLICY = '0x30000';
const DEFAULT_OUTPUT = 'default.json';
const DEFAULT_PLATFORMS = ['snp', 'tdp', 'vsm'];
const DEFAULT_OBJCOPY = 'elf64-x86-64';
const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
function expandRecipe(input, raw, ctx) {
    const problems = [];
    const warnings = [];
    const { dialect } = ctx;
    const expandComponents = (src, base) => {
        const out = {};
        for (const [name, c] of Object.entries(src ?? {})) {
            const path = (0,recipe_errors/* jsonPath */.U1)([...base, name]);
            if (!NAME.test(name)) {
                problems.push({
                    path,
                    expected: 'a cargo package or binary name (letters, digits, "_", "-", ".")',
                    found: `name ${JSON.stringify(name)}`
                });
                continue;
            }
            out[name] = expandComponent(c, dialect);
            checkComponent(out[name], path, dialect, problems, warnings);
        }
        return out;
    };
    const kernel = expandComponents(input.kernel, ['kernel']);
    const modules = expandComponents(input.fs?.modules, ['fs', 'modules']);
    const firmware = expandFirmware(input.firmware);
    if (input.firmware != null)
        checkFirmware(input.firmware, firmware, dialect, problems, warnings);
    const igvm = {};
    const rawIgvm = (raw.igvm ?? {});
    const igvmIn = (input.igvm ?? {});
    for (const target of Object.keys(rawIgvm)) {
        const t = igvmIn[target];
        if (!t || !types/* IGVM_TARGETS */.T.includes(target))
            continue;
        igvm[target] = expandTarget(t, target, dialect, warnings);
    }
    checkRoles(kernel, igvm, firmware, dialect, problems, warnings);
    checkModules(modules, dialect, problems, warnings);
    checkOutputs(igvm, problems, warnings);
    const recipe = {
        file: ctx.file,
        dialect,
        sha256: ctx.sha256,
        kernel,
        firmware,
        fs: { modules },
        igvm
    };
    return { recipe, problems, warnings };
}
function expandComponent(c, dialect) {
    const out = {
        type: c.type ?? 'cargo',
        no_default_features: 'no_default_features' in c ? (c.no_default_features ?? false) : false,
        binary: c.binary ?? false,
        objcopy: c.objcopy ?? DEFAULT_OBJCOPY,
        env: 'env' in c ? (c.env ?? {}) : {}
    };
    if (c.output_file != null)
        out.output_file = c.output_file;
    if (c.manifest != null)
        out.manifest = c.manifest;
    if (c.path != null)
        out.path = c.path;
    if (c.features != null) {
        // xbuild: split(',') + trim, so "" gives [""]; build.py: str.split(), whitespace, no empties.
        out.features =
            dialect === 'xbuild'
                ? c.features.split(',').map(f => f.trim())
                : c.features.split(/\s+/).filter(Boolean);
    }
    const toolchain = 'toolchain' in c ? c.toolchain : undefined;
    if (toolchain != null)
        out.toolchain = toolchain;
    return out;
}
/** An empty `command` is left out here (checks.ts refuses it or says build.py runs nothing). */
function expandFirmware(f) {
    if (f == null)
        return null;
    const out = {};
    if (f.command != null && f.command.length > 0)
        out.command = f.command;
    if (f.file != null)
        out.file = f.file;
    if (f.env != null)
        out.env = f.env;
    return out;
}
function expandTarget(t, target, dialect, warnings) {
    if (t.output === undefined) {
        warnings.push(`igvm.${target}.output: missing, so the file is named bin/${DEFAULT_OUTPUT} (upstream's default)`);
    }
    const out = {
        output: t.output ?? DEFAULT_OUTPUT,
        platforms: t.platforms ?? [...DEFAULT_PLATFORMS],
        policy: t.policy ?? DEFAULT_POLICY,
        measure: 'print',
        'check-kvm': t['check-kvm'] ?? false,
        'measure-native-zeroes': t['measure-native-zeroes'] ?? false,
        'no-vtom': dialect === 'xbuild' ? (t['no-vtom'] ?? false) : false
    };
    if (t.comport != null)
        out.comport = t.comport;
    return out;
}

// EXTERNAL MODULE: ./src/plan/common.ts
var common = __webpack_require__(6850);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/recipe/schema.ts
// zod schemas for both recipe dialects. Each schema's error text is the "expected" half of a
// RecipeProblem; load.ts adds the file, the JSON path and what was found.

const BOOL = 'true or false';
const optStr = (what) => schemas/* string */.YjP({ error: what }).nullish();
const componentFields = {
    output_file: optStr('a string (the make target and the file it builds)'),
    manifest: optStr('a string (path to a Cargo.toml)'),
    binary: schemas/* boolean */.zMY({ error: BOOL }).optional(),
    objcopy: schemas/* string */.YjP({ error: 'a string (an objcopy BFD name such as "binary" or "elf64-x86-64")' })
        .optional(),
    path: optStr('a string (the file path inside the fs image, e.g. "/init")')
};
const xbuildComponent = schemas/* object */.Ikc({
    ...componentFields,
    type: schemas/* enum */.k5n(['cargo', 'make', 'test'], { error: 'one of "cargo", "make", "test"' }).optional(),
    features: optStr('a string of comma-separated cargo features, e.g. "vtpm,enable-gdb"'),
    no_default_features: schemas/* boolean */.zMY({ error: BOOL }).optional(),
    toolchain: optStr('a string (a rustup toolchain such as "nightly")'),
    env: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP({ error: 'a string' }), { error: 'an object of environment variables' })
        .optional()
}, { error: 'an object (a build item)' });
const buildpyComponent = schemas/* object */.Ikc({
    ...componentFields,
    type: schemas/* enum */.k5n(['cargo', 'make'], { error: 'one of "cargo", "make" (build.py knows no other build type)' })
        .optional(),
    features: schemas/* string */.YjP({ error: 'a string of whitespace-separated cargo features' }).optional()
}, { error: 'an object (a build item)' });
const platform = schemas/* enum */.k5n(['native', 'snp', 'tdp', 'vsm'], { error: 'one of "native", "snp", "tdp", "vsm"' });
const igvmTargetFields = {
    output: schemas/* string */.YjP({ error: 'a string (file name under bin/)' }).optional(),
    platforms: schemas/* array */.YOg(platform, { error: 'an array of platforms, e.g. ["snp", "tdp"]' }).optional(),
    policy: schemas/* string */.YjP({ error: 'a string with a hex SEV-SNP policy like "0x30000"' })
        .regex(/^(0[xX])?[0-9a-fA-F]{1,16}$/, {
        error: 'a hex SEV-SNP policy of at most 64 bits, like "0x30000"'
    })
        .optional(),
    comport: schemas/* string */.YjP({ error: 'a string like "3"' })
        .regex(/^0*[1-4]$/, { error: 'a COM port number from "1" to "4"' })
        .nullish(),
    measure: schemas/* literal */.euz('print', { error: '"print" (the only measure mode)' }).optional(),
    'check-kvm': schemas/* boolean */.zMY({ error: BOOL }).optional(),
    'measure-native-zeroes': schemas/* boolean */.zMY({ error: BOOL }).optional()
};
const xbuildIgvmTarget = schemas/* object */.Ikc({ ...igvmTargetFields, 'no-vtom': schemas/* boolean */.zMY({ error: BOOL }).optional() }, { error: 'an object of IGVM settings' });
const buildpyIgvmTarget = schemas/* object */.Ikc(igvmTargetFields, { error: 'an object of IGVM settings' });
const firmware = schemas/* object */.Ikc({
    command: schemas/* array */.YOg(schemas/* string */.YjP({ error: 'a string' }), { error: 'a JSON array of strings (program and arguments)' })
        .nullish(),
    file: optStr('a string (path to the firmware file)'),
    env: optStr('a string (name of an environment variable holding the firmware path)')
}, { error: 'an object with "command", "file" or "env"' });
const targets = (t) => schemas/* strictObject */.rej({ qemu: t.optional(), 'hyper-v': t.optional(), vanadium: t.optional() }, { error: 'an object keyed by IGVM target: "qemu", "hyper-v", "vanadium"' });
const components = (c, what) => schemas/* record */.g1P(schemas/* string */.YjP(), c, { error: `an object mapping ${what} names to build items` });
const xbuildRecipe = schemas/* object */.Ikc({
    kernel: components(xbuildComponent, 'kernel component'),
    firmware: firmware.nullish(),
    fs: schemas/* object */.Ikc({ modules: components(xbuildComponent, 'module') }, { error: 'an object with "modules" (xbuild requires it, even when empty)' }),
    igvm: targets(xbuildIgvmTarget)
}, { error: 'a JSON object with "kernel", "fs" and "igvm"' });
// build.py reads every top-level part with dict.get(..., {}): all optional.
const buildpyRecipe = schemas/* object */.Ikc({
    kernel: components(buildpyComponent, 'kernel component').optional(),
    firmware: firmware.optional(),
    fs: schemas/* object */.Ikc({ modules: components(buildpyComponent, 'module').optional() }, { error: 'an object' })
        .optional(),
    igvm: targets(buildpyIgvmTarget).optional()
}, { error: 'a JSON object with "kernel", "igvm" and optionally "firmware" and "fs"' });
/** Keys each dialect reads; anything else is ignored upstream and warned about here. */
const KNOWN_KEYS = {
    xbuild: {
        root: ['kernel', 'firmware', 'fs', 'igvm'],
        component: [
            'type',
            'output_file',
            'manifest',
            'features',
            'no_default_features',
            'binary',
            'objcopy',
            'path',
            'toolchain',
            'env'
        ],
        firmware: ['command', 'file', 'env'],
        fs: ['modules'],
        target: [
            'output',
            'platforms',
            'policy',
            'comport',
            'measure',
            'check-kvm',
            'measure-native-zeroes',
            'no-vtom'
        ]
    },
    'build.py': {
        root: ['kernel', 'firmware', 'fs', 'igvm'],
        component: ['type', 'output_file', 'manifest', 'features', 'binary', 'objcopy', 'path'],
        firmware: ['command', 'file', 'env'],
        fs: ['modules'],
        target: ['output', 'platforms', 'policy', 'comport', 'measure', 'check-kvm', 'measure-native-zeroes']
    }
};

;// CONCATENATED MODULE: ./src/recipe/xbuild-facts.ts
// What a tree's xbuild reads from a recipe and what it passes to igvmbuilder, read from its Rust
// source (engine/tree.ts reads the files; this is pure). The recipe is then loaded as that tree's
// xbuild would read it, and planned with the flags it would pass: the plan follows the tree in
// front of it, not one snapshot of upstream.

const SECTIONS = ['root', 'component', 'firmware', 'fs', 'target'];
/** The struct each section of a recipe is deserialized into (upstream's names). */
const STRUCTS = {
    root: 'Recipe',
    component: 'ComponentConfig',
    firmware: 'FirmwareConfig',
    fs: 'FsConfig',
    target: 'IgvmTargetConfig'
};
/** What upstream's xbuild passes at f4bc4bcd; `--comport` and `--no-vtom` depend on the recipe. */
const UPSTREAM_FLAGS = [
    '--sort',
    '--output',
    '--policy',
    '--kernel',
    '--tdx-stage1',
    '--bldr',
    '--firmware',
    '--filesystem',
    '--comport',
    '--verbose',
    '--no-vtom',
    '--snp',
    '--tdp',
    '--vsm',
    '--native',
    '--check-kvm',
    '--native-zero'
];
/** Upstream's xbuild at f4bc4bcd (2026-08-20): what svsm-build plans when it knows no better. */
const UPSTREAM_XBUILD = {
    keys: KNOWN_KEYS.xbuild,
    flags: UPSTREAM_FLAGS,
    remap: null,
    where: {}
};
/** The xbuild versions whose plans svsm-build knows. */
const KNOWN_XBUILDS = [
    { name: "upstream's xbuild at f4bc4bcd (2026-08-20)", facts: UPSTREAM_XBUILD },
    {
        // The serial port moves to the IGVM command line: no `comport` key, no `--comport`.
        name: "upstream's xbuild without comport (coconut-svsm/svsm#1164)",
        facts: {
            ...UPSTREAM_XBUILD,
            keys: { ...UPSTREAM_XBUILD.keys, target: UPSTREAM_XBUILD.keys.target.filter(k => k !== 'comport') },
            flags: UPSTREAM_FLAGS.filter(f => f !== '--comport')
        }
    },
    {
        // xbuild/src/remap.rs (coconut-svsm/svsm 359cc377, not merged as far as svsm-build knows).
        name: "upstream's xbuild with path remapping (xbuild/src/remap.rs)",
        facts: { ...UPSTREAM_XBUILD, remap: 'target-rustflags' }
    }
];
/** The flag a recipe key of an IGVM target turns into, for messages. */
const TARGET_KEY_FLAGS = {
    comport: 'igvmbuilder gets no --comport',
    'no-vtom': 'igvmbuilder gets no --no-vtom',
    'check-kvm': 'igvmmeasure gets no --check-kvm',
    'measure-native-zeroes': 'igvmmeasure gets no --native-zero'
};
/** Reads the facts from xbuild's source files and compares them with the versions it knows. */
function readXbuildFacts(files) {
    const code = files.map(f => ({ path: f.path, text: stripComments(f.text) }));
    const keys = {};
    const where = {};
    for (const s of SECTIONS) {
        for (const f of code) {
            const fields = structFields(f.text, STRUCTS[s]);
            if (fields === null)
                continue;
            keys[s] = fields;
            where[s] = f.path;
            break;
        }
    }
    // The flags are the option literals of the file that holds the IGVM target's struct.
    const igvmFile = code.find(f => f.path === where.target);
    let flags = UPSTREAM_FLAGS;
    if (igvmFile) {
        flags = [...new Set([...igvmFile.text.matchAll(/"(--[a-z0-9][a-z0-9-]*)"/g)].map(m => m[1]))];
        where.flags = igvmFile.path;
    }
    const facts = {
        keys: { ...UPSTREAM_XBUILD.keys, ...keys },
        flags,
        remap: remapKind(code.map(f => f.text).join('\n')),
        where
    };
    const missing = SECTIONS.filter(s => keys[s] === undefined).map(s => STRUCTS[s]);
    return { facts, warning: versionWarning(facts, missing, files.length) };
}
/**
 * Upstream's way: `--remap-path-prefix` flags, CARGO_HOME's registry sources among them, in a
 * `target.<triple>.rustflags` config value (what planRemap does). Anything else that remaps is
 * named, not reproduced.
 */
function remapKind(code) {
    if (!/remap-path-prefix|trim-paths|trim_paths/.test(code))
        return null;
    const upstream = /--remap-path-prefix/.test(code) && /target\.\{[^"]*\}\.rustflags/.test(code) && /"registry"/.test(code);
    return upstream && !/trim-paths|trim_paths/.test(code) ? 'target-rustflags' : 'other';
}
const sameSet = (a, b) => a.length === b.length && new Set([...a, ...b]).size === new Set(a).size;
function isKnown(f) {
    return KNOWN_XBUILDS.some(k => SECTIONS.every(s => sameSet(k.facts.keys[s], f.keys[s])) &&
        sameSet(k.facts.flags, f.flags) &&
        k.facts.remap === f.remap);
}
function versionWarning(f, missing, files) {
    if (missing.length === 0 && isKnown(f))
        return null;
    const base = KNOWN_XBUILDS[0];
    const what = [];
    if (files === 0)
        what.push('no Rust source under xbuild/src');
    else if (missing.length > 0)
        what.push(`no ${missing.join(', ')} struct in xbuild/src (assumed upstream's)`);
    for (const s of SECTIONS) {
        if (missing.includes(STRUCTS[s]))
            continue;
        const extra = f.keys[s].filter(k => !base.facts.keys[s].includes(k));
        const gone = base.facts.keys[s].filter(k => !f.keys[s].includes(k));
        if (extra.length > 0)
            what.push(`${STRUCTS[s]} reads ${list(extra)}, which svsm-build does not know (ignored)`);
        if (gone.length > 0)
            what.push(`${STRUCTS[s]} does not read ${list(gone)} (ignored, as this xbuild does)`);
    }
    if (f.where.flags) {
        const extra = f.flags.filter(x => !UPSTREAM_FLAGS.includes(x));
        const gone = UPSTREAM_FLAGS.filter(x => !f.flags.includes(x));
        if (extra.length > 0)
            what.push(`${f.where.flags} passes ${extra.join(', ')}, which svsm-build does not (not passed)`);
        if (gone.length > 0) {
            const optional = gone.filter(x => x === '--comport' || x === '--no-vtom');
            const rest = gone.filter(x => !optional.includes(x));
            if (optional.length > 0)
                what.push(`${f.where.flags} never passes ${optional.join(', ')} (not passed)`);
            if (rest.length > 0)
                what.push(`${f.where.flags} never passes ${rest.join(', ')} (assumed it still does)`);
        }
    }
    if (f.remap === 'other')
        what.push('it hands path remapping to cargo in a way svsm-build does not reproduce (trim-paths, or remap-path-prefix other than through target.<triple>.rustflags), so paths compiled into the kernel (and the launch digest) may differ from upstream');
    return `xbuild/src: not an xbuild version svsm-build knows; planned as ${base.name} except: ${what.join('; ')}`;
}
const list = (keys) => keys.map(k => JSON.stringify(k)).join(', ');
/** Rust source without comments; string literals are kept whole. */
function stripComments(src) {
    let out = '';
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        const next = src[i + 1];
        if (c === '/' && next === '/') {
            while (i < src.length && src[i] !== '\n')
                i++;
        }
        else if (c === '/' && next === '*') {
            let depth = 0;
            do {
                const two = src.slice(i, i + 2);
                depth += two === '/*' ? 1 : two === '*/' ? -1 : 0;
                i += two === '/*' || two === '*/' ? 2 : 1;
            } while (i < src.length && depth > 0);
            out += ' ';
        }
        else if (c === 'r' && /^r#*"/.test(src.slice(i, i + 258)) && !/[A-Za-z0-9_]/.test(src[i - 1] ?? '')) {
            const hashes = /^r(#*)"/.exec(src.slice(i))[1];
            const end = src.indexOf(`"${hashes}`, i + hashes.length + 2);
            const stop = end < 0 ? src.length : end + hashes.length + 1;
            out += src.slice(i, stop);
            i = stop;
        }
        else if (c === '"') {
            let j = i + 1;
            while (j < src.length && src[j] !== '"')
                j += src[j] === '\\' ? 2 : 1;
            out += src.slice(i, j + 1);
            i = j + 1;
        }
        else if (c === "'" && /^'(\\.|[^\\'])'/.test(src.slice(i, i + 4))) {
            // A char literal ('"' would otherwise open a string); lifetimes ('a) are left as they are.
            const m = /^'(\\.|[^\\'])'/.exec(src.slice(i, i + 4))[0];
            out += m;
            i += m.length;
        }
        else {
            out += c;
            i++;
        }
    }
    return out;
}
/**
 * The serde names of a struct's fields, or null when the source has no such struct. Follows
 * `rename_all`, `rename`, `skip`/`skip_deserializing` and `flatten` (a flattened field is not a
 * key of its own), in `#[serde(...)]` or `#[cfg_attr(..., serde(...))]`.
 */
function structFields(code, name) {
    const m = new RegExp(`\\bstruct\\s+${name}\\b[^;{(]*\\{`).exec(code);
    if (!m)
        return null;
    const body = braced(code, m.index + m[0].length - 1);
    const head = code.slice(Math.max(code.lastIndexOf('}', m.index), code.lastIndexOf(';', m.index)) + 1, m.index);
    const renameAll = /rename_all\s*=\s*"([^"]+)"/.exec(serdeArgs(head))?.[1];
    const out = [];
    for (const field of topLevel(body, ',')) {
        const attrs = serdeArgs(field);
        const decl = /(?:^|[\]\s])(?:pub(?:\s*\([^)]*\))?\s+)?(r#)?([A-Za-z_][A-Za-z0-9_]*)\s*:(?!:)/.exec(field.replace(/#\s*\[[\s\S]*?\]\s*(?=#|pub|r#|[A-Za-z_])/g, ' '));
        if (!decl)
            continue;
        if (/\b(skip|skip_deserializing|flatten)\b/.test(attrs))
            continue;
        const renamed = /(?:^|[^_])rename\s*=\s*"([^"]+)"/.exec(attrs)?.[1];
        out.push(renamed ?? applyRenameAll(decl[2], renameAll));
    }
    return out;
}
/** Everything inside the serde attributes of a piece of source (`#[serde(a, b)]` → `a, b`). */
function serdeArgs(src) {
    return [...src.matchAll(/#\s*\[([\s\S]*?)\]\s*(?=#|pub|r#|[A-Za-z_]|$)/g)]
        .map(m => m[1])
        .filter(a => /\bserde\s*\(/.test(a))
        .join(',');
}
function applyRenameAll(field, rule) {
    switch (rule) {
        case 'kebab-case':
            return field.replace(/_/g, '-');
        case 'lowercase':
            return field.toLowerCase();
        case 'UPPERCASE':
            return field.toUpperCase();
        case 'SCREAMING_SNAKE_CASE':
            return field.toUpperCase();
        case 'SCREAMING-KEBAB-CASE':
            return field.toUpperCase().replace(/_/g, '-');
        case 'camelCase':
            return field.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
        case 'PascalCase':
            return field.replace(/(?:^|_)([a-z0-9])/g, (_, c) => c.toUpperCase());
        default:
            return field;
    }
}
/** The text between the brace at `open` and its match. */
function braced(code, open) {
    let depth = 0;
    for (let i = open; i < code.length; i++) {
        if (code[i] === '"') {
            i++;
            while (i < code.length && code[i] !== '"')
                i += code[i] === '\\' ? 2 : 1;
        }
        else if (code[i] === '{')
            depth++;
        else if (code[i] === '}' && --depth === 0)
            return code.slice(open + 1, i);
    }
    return code.slice(open + 1);
}
/** Splits at `sep` outside brackets, braces, parentheses, generics and strings. */
function topLevel(src, sep) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < src.length; i++) {
        const c = src[i];
        if (c === '"') {
            i++;
            while (i < src.length && src[i] !== '"')
                i += src[i] === '\\' ? 2 : 1;
        }
        else if ('([{<'.includes(c))
            depth++;
        else if (')]}>'.includes(c) && src[i - 1] !== '-')
            depth--;
        else if (c === sep && depth === 0) {
            parts.push(src.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(src.slice(start));
    return parts.filter(p => p.trim() !== '');
}

;// CONCATENATED MODULE: ./src/plan/remap.ts
// Path remapping for the kernel target, as upstream's remapping xbuild does it (xbuild/src/remap.rs
// at coconut-svsm/svsm 359cc377): `--remap-path-prefix` for the checkout (→ `.`) and for the crate
// sources under CARGO_HOME (registry/src and git/checkouts → ``), handed to cargo as
// `--config <key>=[...]` right after `--target <triple>`. A `--config` value is merged with the
// tree's own `.cargo/config.toml` (arrays are joined), where RUSTFLAGS would replace it. Pure.



/** The flags, in upstream's order: later flags win in rustc, so CARGO_HOME's come after the root's. */
function remapFlags(f) {
    const flags = [`--remap-path-prefix=${f.root}=.`];
    if (f.cargoHome !== null)
        flags.push(`--remap-path-prefix=${(0,external_node_path_.join)(f.cargoHome, 'registry', 'src')}=`, `--remap-path-prefix=${(0,external_node_path_.join)(f.cargoHome, 'git', 'checkouts')}=`);
    return flags;
}
/**
 * The remapping a build gets, or null: a tree whose xbuild remaps as upstream's does gets exactly
 * that (so the plan still matches the tree's own ./build); otherwise the option asks for it.
 */
function remapOf(dialect, o) {
    const treeRemaps = dialect === 'xbuild' && (o.xbuild ?? UPSTREAM_XBUILD).remap === 'target-rustflags';
    if (!o.cargo || (!treeRemaps && !o.remapPaths))
        return null;
    // Upstream's xbuild always uses the target key; the option keeps a tree's build.rustflags alive.
    const config = treeRemaps || o.cargo.rustflagsKey === 'target' ? `target.${common/* KERNEL_TRIPLE */.xS}.rustflags` : 'build.rustflags';
    return { by: treeRemaps ? 'xbuild' : 'remap-paths', config, flags: remapFlags(o.cargo) };
}
/** `--config <key>=[...]`: each flag a JSON string, which is also a TOML basic string. */
const remapArgs = (r) => r ? ['--config', `${r.config}=[${r.flags.map(f => JSON.stringify(f)).join(',')}]`] : [];

// EXTERNAL MODULE: ./src/plan/step.ts
var step = __webpack_require__(5409);
;// CONCATENATED MODULE: ./src/plan/shared-steps.ts

/** `git describe`: the build's git version; xbuild also writes it to `writeTo`. */
function gitVersionStep(title, writeTo) {
    return (0,step/* command */.G)({
        id: 'git-version',
        group: 'prepare',
        title,
        argv: ['git', 'describe', '--always', '--dirty=+'],
        inputs: [],
        outputs: writeTo ? [writeTo] : [],
        capture: 'git-version',
        ...(writeTo ? { writeVersionTo: writeTo } : {}),
        mayFail: true
    });
}
/** A component of type make: `make <output_file> [RELEASE=1] [V=2]`. */
function makeStep(a, c, o) {
    const argv = ['make', c.output_file];
    if (o.release)
        argv.push('RELEASE=1');
    if (o.verbose)
        argv.push('V=2');
    return (0,step/* command */.G)({
        id: `${a.id}/make`,
        group: a.group,
        title: `Building ${a.name}...`,
        recipe: a.recipe,
        argv,
        ...(a.env ? { env: a.env } : {}),
        inputs: [],
        outputs: [c.output_file],
        produces: { path: c.output_file }
    });
}
/** `objcopy -O <format> <strip> <src> <dst>`; `src` replaced by what step `from` produced, when given. */
function objcopyStep(a) {
    return (0,step/* command */.G)({
        id: `${a.id}/objcopy`,
        group: a.group,
        title: `Copying ${a.name} to ${a.dst}`,
        recipe: a.recipe,
        argv: ['objcopy', '-O', a.format, a.strip, a.src, a.dst],
        inputs: a.inputs,
        outputs: [a.dst],
        ...(a.from ? { argFrom: { index: 4, step: a.from } } : {})
    });
}
/** The recipe's own firmware command, when it has one, and the bin/fs reset that follows it. */
function firmwareAndFsResetSteps(key, r, firmware) {
    const recipe = r.file;
    const steps = [];
    if (r.firmware?.command) {
        steps.push((0,step/* command */.G)({
            id: `${key}:firmware/command`,
            group: 'firmware',
            title: 'Running the firmware command',
            recipe,
            argv: [...r.firmware.command],
            inputs: [],
            outputs: firmware ? [firmware] : []
        }));
    }
    steps.push((0,step/* internal */.m)(`${key}:fs/reset`, 'fs', 'Resetting bin/fs', { type: 'reset-dir', path: 'bin/fs' }, { recipe }));
    return steps;
}
/** igvmbuilder for one target: the dialect's argv; it reads the kernel parts, firmware and fs image. */
function igvmBuildStep(a) {
    const inputs = [...a.parts, ...(a.firmware ? [a.firmware] : []), ...(a.fsImage ? [a.fsImage] : [])];
    return (0,step/* command */.G)({
        id: `${a.key}:igvm/${a.target}/build`,
        group: 'igvm',
        title: `Building ${a.igvm} (${a.target})`,
        recipe: a.recipe,
        target: a.target,
        argv: a.argv,
        inputs,
        outputs: [a.igvm]
    });
}
/**
 * What follows igvmbuilder for one target in both dialects: `igvmmeasure [--check-kvm]
 * [--native-zero] bin/<output> measure` (unless `igvmmeasure` is null: builtin mode), then our own
 * measurement, which cross-checks what igvmmeasure printed. Added to the plan's steps and targets.
 */
function addMeasureSteps(plan, a, igvmmeasure) {
    const { key, recipe, t, igvm } = a;
    const target = a.target;
    const steps = plan.steps;
    const igvmmeasureStep = igvmmeasure ? `${key}:igvm/${target}/igvmmeasure` : undefined;
    if (igvmmeasureStep) {
        const argv = [igvmmeasure];
        if (t['check-kvm'])
            argv.push('--check-kvm');
        if (t['measure-native-zeroes'])
            argv.push('--native-zero');
        argv.push(igvm, 'measure');
        steps.push((0,step/* command */.G)({
            id: igvmmeasureStep,
            group: 'measure',
            title: `Measuring ${igvm}`,
            recipe,
            target,
            argv,
            inputs: [igvm],
            outputs: [],
            capture: 'igvmmeasure'
        }));
    }
    const measureStep = `${key}:igvm/${target}/measure`;
    const op = {
        type: 'measure',
        igvm,
        checkKvm: t['check-kvm'],
        nativeZero: t['measure-native-zeroes'],
        ...(igvmmeasureStep ? { igvmmeasureStep } : {})
    };
    steps.push((0,step/* internal */.m)(measureStep, 'measure', `Checking the launch digest of ${igvm}`, op, { recipe, target }));
    plan.targets.push({
        measureStep,
        recipe,
        target,
        igvm,
        platforms: [...t.platforms],
        policy: t.policy,
        checkKvm: t['check-kvm'],
        nativeZero: t['measure-native-zeroes'],
        firmware: a.firmware
    });
}

;// CONCATENATED MODULE: ./src/plan/buildpy.ts
// The legacy tool (`scripts/build.py`, Nov 2024 - May 2025), command for command: helpers first
// (for the host triple, packit with its CLI), then per recipe all kernel parts, their objcopy,
// firmware, the fs image through `packit pack`, and the IGVM targets in recipe order.





function cargo(name, c, triple, o) {
    const argv = ['cargo', 'build'];
    if (o.verbose)
        argv.push('-vv');
    argv.push(c.binary ? '--bin' : '--package', name);
    if (o.offline)
        argv.push('--locked', '--offline');
    if (c.features && c.features.length > 0)
        argv.push('--features', c.features.join(','));
    if (c.manifest !== undefined)
        argv.push('--manifest-path', c.manifest);
    if (o.release)
        argv.push('--release');
    argv.push('--target', triple);
    // build.py never remapped: only svsm-build's remap-paths option adds this (kernel target only).
    if (triple === common/* KERNEL_TRIPLE */.xS)
        argv.push(...remapArgs(remapOf('build.py', o)));
    return argv;
}
function build(id, group, name, c, triple, recipe, o) {
    if (c.type === 'make')
        return makeStep({ id, group, name, recipe }, c, o);
    // build.py looks for target/<triple>/<profile>/<output_file or name> and, when that is
    // missing, passes the bare name on (the objcopy then fails on it).
    const out = `target/${triple}/${(0,common/* profileDir */.zb)(o)}/${c.output_file ?? name}`;
    return (0,step/* command */.G)({
        id: `${id}/cargo`,
        group,
        title: `Building ${name}...`,
        recipe,
        argv: cargo(name, c, triple, o),
        inputs: [],
        outputs: [out],
        produces: { path: out, fallback: name }
    });
}
function objcopy(id, group, name, c, from, dst, recipe) {
    const src = from.produces.path;
    const a = { id, group, name, format: c.objcopy, strip: '--strip-unneeded', src, dst, recipe };
    return objcopyStep({ ...a, inputs: [src], from: from.id });
}
function planBuildpy(recipes, keys, o, warnings) {
    const steps = [];
    const targets = [];
    const built = new Set();
    const prof = (0,common/* profileDir */.zb)(o);
    const tool = (n) => o.tools?.[n] ?? `target/${common/* HOST_TRIPLE */.eQ}/${prof}/${n}`;
    // Reported as the build's git version; build.py itself leaves the file to release/build.rs.
    steps.push(gitVersionStep('Reading the git version'));
    steps.push((0,step/* internal */.m)('mkdir-bin', 'prepare', 'Creating bin/', { type: 'mkdir', path: 'bin' }));
    const helpers = [
        ['igvmbuilder', {}],
        ['igvmmeasure', {}],
        ['packit', { features: ['cli'] }]
    ];
    for (const [name, c] of helpers) {
        if (name === 'igvmmeasure' && o.measure === 'builtin')
            continue;
        if (o.tools?.[name])
            continue;
        steps.push(build(`helpers/${name}`, 'helpers', name, c, common/* HOST_TRIPLE */.eQ, undefined, o));
    }
    recipes.forEach((r, i) => {
        const key = keys[i];
        const recipe = r.file;
        const kernelBuilds = Object.entries(r.kernel).map(([name, c]) => {
            built.add(name);
            return [name, c, build(`${key}:kernel/${name}`, 'kernel', name, c, common/* KERNEL_TRIPLE */.xS, recipe, o)];
        });
        steps.push(...kernelBuilds.map(([, , s]) => s));
        steps.push(...kernelBuilds.map(([name, c, s]) => objcopy(`${key}:kernel/${name}`, 'kernel', name, c, s, `bin/${name}`, recipe)));
        const firmware = (0,common/* resolveFirmware */.Wb)(r, o, warnings);
        steps.push(...firmwareAndFsResetSteps(key, r, firmware));
        const modules = Object.entries(r.fs.modules);
        for (const [name, c] of modules) {
            built.add(name);
            const b = build(`${key}:fs/${name}`, 'fs', name, c, common/* KERNEL_TRIPLE */.xS, recipe, o);
            // build.py formats "bin/fs/{path}", so "/init" becomes "bin/fs//init".
            const dst = `bin/fs/${c.path ?? name}`;
            steps.push(b, objcopy(`${key}:fs/${name}`, 'fs', name, c, b, dst, recipe));
        }
        const fsImage = modules.length > 0 ? 'bin/svsm-fs.bin' : null;
        if (fsImage) {
            const inputs = modules.map(([name, c]) => `bin/fs/${fsImageName(name, c)}`);
            steps.push((0,step/* command */.G)({
                id: `${key}:fs/packit`,
                group: 'fs',
                title: `Writing ${fsImage}`,
                recipe,
                argv: [tool('packit'), 'pack', '--input', 'bin/fs', '--output', fsImage],
                inputs,
                outputs: [fsImage]
            }));
        }
        for (const [target, t] of (0,common/* selectedTargets */.w0)(r, o)) {
            const igvm = `bin/${t.output}`;
            const argv = [
                tool('igvmbuilder'),
                '--sort',
                '--output',
                igvm,
                '--policy',
                t.policy,
                '--stage2',
                'bin/stage2',
                '--kernel',
                'bin/svsm'
            ];
            if ('tdx-stage1' in r.kernel)
                argv.push('--tdx-stage1', 'bin/tdx-stage1');
            if (t.comport !== undefined)
                argv.push('--comport', t.comport);
            argv.push(...t.platforms.map(p => common/* PLATFORM_FLAG */.DT[p]));
            if (firmware)
                argv.push('--firmware', firmware);
            if (fsImage)
                argv.push('--filesystem', fsImage);
            argv.push(target);
            const parts = ['bin/stage2', 'bin/svsm', ...('tdx-stage1' in r.kernel ? ['bin/tdx-stage1'] : [])];
            steps.push(igvmBuildStep({ key, recipe, target, igvm, argv, parts, firmware, fsImage }));
            const igvmmeasure = o.measure === 'igvmmeasure' ? tool('igvmmeasure') : null;
            addMeasureSteps({ steps, targets }, { key, recipe, target, t, igvm, firmware }, igvmmeasure);
        }
    });
    return { steps, targets, built };
}

// EXTERNAL MODULE: ./src/plan/features.ts
var features = __webpack_require__(2412);
// EXTERNAL MODULE: ./src/fsimage/packit.ts
var packit = __webpack_require__(1590);
;// CONCATENATED MODULE: ./src/plan/xbuild.ts
// The current upstream tool (`./build` = `cargo xbuild`), command for command:
// git version file, then per recipe kernel → firmware → fs → IGVM targets, helpers built lazily.







const GIT_VERSION_FILE = 'release/src/git_version.rs';
const cliFeatures = (name, o) => o.features.filter((f) => f.pkg === name).map(f => f.feature);
/** Feature flags for one component: `--all-features`, or `[--no-default-features] [--features a,b]`. */
function featureArgs(name, c, o) {
    if (o.allFeatures)
        return ['--all-features'];
    const args = [];
    if (c?.no_default_features)
        args.push('--no-default-features');
    const cli = cliFeatures(name, o);
    const list = [...(c?.features ?? []), ...cli];
    // A recipe's `"features": ""` gives [""] and so `--features ""`, as upstream.
    if (c?.features !== undefined || cli.length > 0)
        args.push('--features', list.join(','));
    return args;
}
function tailArgs(c, o) {
    const args = [];
    if (c?.manifest !== undefined)
        args.push('--manifest-path', c.manifest);
    if (o.release)
        args.push('--release');
    if (o.offline)
        args.push('--offline', '--locked');
    if (o.verbose)
        args.push('-vv');
    return args;
}
/** Build + objcopy for one kernel part or fs module. */
function componentSteps(prefix, group, name, c, dst, recipe, o) {
    const id = `${prefix}:${group}/${name}`;
    // Right after --target, where upstream's remapping xbuild puts it.
    const remap = remapArgs(remapOf('xbuild', o));
    const cargo = (argv, outputs, extra) => (0,step/* command */.G)({
        id: `${id}/cargo`,
        group,
        title: `Building ${name}...`,
        recipe,
        argv: [...argv, ...featureArgs(name, c, o), ...tailArgs(c, o)],
        env: { ...c.env },
        inputs: [],
        outputs,
        ...extra
    });
    const build = (() => {
        switch (c.type) {
            case 'make': {
                const features = o.allFeatures ? '' : [...(c.features ?? []), ...cliFeatures(name, o)].join(',');
                return makeStep({ id, group, name, recipe, env: { FEATURES: features, FEATURES_TEST: features } }, c, o);
            }
            case 'test': {
                const argv = ['cargo', ...(c.toolchain !== undefined ? [`+${c.toolchain}`] : [])];
                argv.push('test', '--no-run', '--message-format=json-render-diagnostics', '--package', name);
                return cargo([...argv, '--target', common/* KERNEL_TRIPLE */.xS, ...remap], [], {
                    capture: 'cargo-test-executable',
                    produces: { cargoTestTarget: name }
                });
            }
            default: {
                const out = `target/${common/* KERNEL_TRIPLE */.xS}/${(0,common/* profileDir */.zb)(o)}/${name}`;
                const argv = ['cargo', 'build', c.binary ? '--bin' : '--package', name, '--target', common/* KERNEL_TRIPLE */.xS];
                return cargo([...argv, ...remap], [out], { produces: { path: out } });
            }
        }
    })();
    const test = c.type === 'test';
    const src = test ? `<test executable of ${name}>` : build.produces.path;
    const objcopy = objcopyStep({
        id,
        group,
        name,
        format: c.objcopy,
        strip: o.release ? '--strip-unneeded' : '--strip-debug',
        src,
        dst,
        recipe,
        inputs: test ? [] : [src],
        ...(test ? { from: build.id } : {})
    });
    return [build, objcopy];
}
function planXbuild(recipes, keys, o, warnings) {
    const steps = [];
    const targets = [];
    const built = new Set();
    const helpersBuilt = new Set();
    const prof = (0,common/* profileDir */.zb)(o);
    // Flags this tree's xbuild can pass (upstream's #1164 drops --comport, for example).
    const passes = (flag) => (o.xbuild ?? UPSTREAM_XBUILD).flags.includes(flag);
    steps.push(gitVersionStep(`Writing ${GIT_VERSION_FILE}`, GIT_VERSION_FILE));
    // A prebuilt helper (--igvmbuilder, --igvmmeasure) is used as given; the tree's own is built.
    const toolPath = (name) => o.tools?.[name] ?? `target/${prof}/${name}`;
    const helper = (name) => {
        built.add(name);
        if (helpersBuilt.has(name) || o.tools?.[name])
            return;
        helpersBuilt.add(name);
        const out = `target/${prof}/${name}`;
        steps.push((0,step/* command */.G)({
            id: `helpers/${name}`,
            group: 'helpers',
            title: `Building ${name}...`,
            argv: [
                'cargo',
                'build',
                '--package',
                name,
                ...featureArgs(name, undefined, o),
                ...tailArgs(undefined, o)
            ],
            inputs: [],
            outputs: [out],
            produces: { path: out }
        }));
    };
    recipes.forEach((r, i) => {
        const key = keys[i];
        const recipe = r.file;
        steps.push((0,step/* internal */.m)(`${key}:kernel/mkdir`, 'kernel', 'Creating bin/', { type: 'mkdir', path: 'bin' }, { recipe }));
        for (const [name, c] of Object.entries(r.kernel)) {
            built.add(name);
            steps.push(...componentSteps(key, 'kernel', name, c, `bin/${name}`, recipe, o));
        }
        const firmware = (0,common/* resolveFirmware */.Wb)(r, o, warnings);
        steps.push(...firmwareAndFsResetSteps(key, r, firmware));
        const entries = [];
        for (const [name, c] of Object.entries(r.fs.modules)) {
            built.add(name);
            const image = fsImageName(name, c);
            steps.push(...componentSteps(key, 'fs', name, c, `bin/fs/${image}`, recipe, o));
            entries.push({ name: image, file: `bin/fs/${image}` });
        }
        const fsImage = entries.length > 0 ? 'bin/svsm-fs.bin' : null;
        if (fsImage) {
            // Sorted by name: upstream writes HashMap order, so its bytes (and digest) vary between runs.
            entries.sort((a, b) => (0,packit/* packItCompare */.SC)(a.name, b.name));
            steps.push((0,step/* internal */.m)(`${key}:fs/pack`, 'fs', `Writing ${fsImage}`, { type: 'pack-fs', output: fsImage, entries }, { recipe }));
        }
        for (const [target, t] of (0,common/* selectedTargets */.w0)(r, o)) {
            const igvm = `bin/${t.output}`;
            const parts = ['svsm', 'tdx-stage1', 'bldr'].filter(p => p in r.kernel);
            const argv = [
                toolPath('igvmbuilder'),
                '--sort',
                '--output',
                igvm,
                '--policy',
                t.policy,
                '--kernel',
                'bin/svsm'
            ];
            if (parts.includes('tdx-stage1'))
                argv.push('--tdx-stage1', 'bin/tdx-stage1');
            if (parts.includes('bldr'))
                argv.push('--bldr', 'bin/bldr');
            if (firmware)
                argv.push('--firmware', firmware);
            if (fsImage)
                argv.push('--filesystem', fsImage);
            if (t.comport !== undefined && passes('--comport'))
                argv.push('--comport', t.comport);
            if (o.verbose)
                argv.push('--verbose');
            if (t['no-vtom'] && passes('--no-vtom'))
                argv.push('--no-vtom');
            argv.push(...t.platforms.map(p => common/* PLATFORM_FLAG */.DT[p]), target);
            helper('igvmbuilder');
            const reads = parts.map(p => `bin/${p}`);
            steps.push(igvmBuildStep({ key, recipe, target, igvm, argv, parts: reads, firmware, fsImage }));
            if (o.measure === 'igvmmeasure')
                helper('igvmmeasure');
            const igvmmeasure = o.measure === 'igvmmeasure' ? toolPath('igvmmeasure') : null;
            addMeasureSteps({ steps, targets }, { key, recipe, target, t, igvm, firmware }, igvmmeasure);
        }
    });
    return { steps, targets, built };
}

;// CONCATENATED MODULE: ./src/plan/plan.ts





function makePlan(recipes, dialect, options) {
    const warnings = [];
    const keys = (0,common/* recipeKeys */.$m)(recipes);
    const { steps, targets, built } = (dialect === 'xbuild' ? planXbuild : planBuildpy)(recipes, keys, options, warnings);
    if (options.targets) {
        for (const t of options.targets) {
            if (!targets.some(p => p.target === t))
                warnings.push(`target ${t}: no recipe builds it`);
        }
    }
    if (dialect === 'xbuild')
        warnings.push(...(0,features/* unusedFeatureWarnings */.E)(options.features, built));
    const { env: _env, xbuild: _xbuild, cargo: _cargo, ...rest } = options;
    return { dialect, options: rest, remap: remapOf(dialect, options), recipes, steps, targets, warnings };
}

;// CONCATENATED MODULE: ./src/recipe/collisions.ts
// One file, one record: every IGVM file of a build gets a path no other part of that build writes.
// Two targets writing one file, or an output named like a kernel part, the fs image, the record
// itself or the reference-value files published beside it, would leave a record describing a file
// that is no longer on disk. The files svsm-build writes itself come in as `reserved` (the engine
// lists them: bin/measurements.json, the lock, bin/reference-values.*).



const binPath = (p) => external_node_path_.posix.normalize(`bin/${p}`).replace(/\/+$/, '');
const clean = (p) => external_node_path_.posix.normalize(p).replace(/\/+$/, '');
const inside = (p, folder) => p.startsWith(`${folder}/`);
/** What each recipe writes in bin/ besides its IGVM files (one source: the dialects' shared layout). */
function partsOf(r) {
    const out = [];
    const of = `of ${r.file}`;
    for (const [name, c] of Object.entries(r.kernel)) {
        out.push({ path: binPath(name), what: `${(0,recipe_errors/* jsonPath */.U1)(['kernel', name])} ${of}, copied to bin/${name}` });
        if (c.type === 'make' && c.output_file !== undefined)
            out.push({
                path: clean(c.output_file),
                what: `${(0,recipe_errors/* jsonPath */.U1)(['kernel', name, 'output_file'])} ${of}, which make writes`
            });
    }
    out.push({ path: 'bin/fs', what: `fs ${of}: the folder bin/fs, emptied for every recipe` });
    if (Object.keys(r.fs.modules).length > 0)
        out.push({ path: 'bin/svsm-fs.bin', what: `fs.modules ${of}: the fs image bin/svsm-fs.bin` });
    for (const [name, c] of Object.entries(r.fs.modules))
        out.push({
            path: clean(`bin/fs/${fsImageName(name, c)}`),
            what: `${(0,recipe_errors/* jsonPath */.U1)(['fs', 'modules', name])} ${of}`
        });
    if (r.firmware?.file !== undefined)
        out.push({ path: clean(r.firmware.file), what: `firmware.file ${of}, which igvmbuilder reads` });
    return out;
}
/**
 * Refuses, before anything runs, an IGVM output that another target of the build also writes, or
 * that is (or is inside, or holds) a file the build writes in bin/: a kernel part, the fs image or
 * its folder, a make output, the firmware, or one of `reserved` (the record, the lock, the
 * reference-value files). One line
 * per output, naming both recipe files, both JSON paths and the path.
 */
function checkOutputCollisions(recipes, reserved, targets) {
    const others = [
        ...reserved.map(r => ({ path: clean(r.path), what: r.what })),
        ...recipes.flatMap(partsOf)
    ];
    const outputs = [];
    for (const r of recipes) {
        for (const [target, t] of Object.entries(r.igvm)) {
            if (targets && !targets.includes(target))
                continue;
            const path = binPath(t.output);
            // Names that cannot be files (empty, absolute, "..", ".") are refused where names are checked.
            if (path === 'bin' || !inside(path, 'bin'))
                continue;
            const jp = (0,recipe_errors/* jsonPath */.U1)(['igvm', target, 'output']);
            outputs.push({
                path,
                what: `the output of ${(0,recipe_errors/* jsonPath */.U1)(['igvm', target])} of ${r.file} (${jp})`,
                output: { recipe: r.file, target, jsonPath: jp, value: t.output }
            });
        }
    }
    const errors = [];
    outputs.forEach((o, i) => {
        const clash = [...outputs.slice(0, i), ...others].find(w => w.path === o.path || inside(o.path, w.path) || inside(w.path, o.path));
        if (!clash)
            return;
        const how = clash.path === o.path
            ? `${o.path} is also ${clash.what}`
            : inside(o.path, clash.path)
                ? `${o.path} would be inside ${clash.path}, ${clash.what}`
                : `${o.path} would have to be a folder: ${clash.path} is ${clash.what}`;
        errors.push(new recipe_errors/* RecipeError */.tF(o.output.recipe, [
            {
                path: o.output.jsonPath,
                expected: `an IGVM file name no other part of the build writes (${how}; one of them would overwrite the other, and its record would describe a file that is gone)`,
                found: `string ${JSON.stringify(o.output.value)}`
            }
        ]));
    });
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new recipe_errors/* RecipeErrors */.MX(errors);
}

;// CONCATENATED MODULE: ./src/recipe/dialect.ts
// Which upstream tool the svsm tree was made for: xbuild (May 2025 on) or scripts/build.py.


function detectDialect(root) {
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'xbuild')))
        return 'xbuild';
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'scripts', 'build.py')))
        return 'build.py';
    return null;
}

;// CONCATENATED MODULE: ./src/recipe/firmware-env.ts
// `firmware.env` naming a variable that is set but empty. Upstream's xbuild passes its value as it
// is (`--firmware ""`) and igvmbuilder fails ("Failed to open firmware file"), after every kernel
// part has been built; build.py skips an empty path and builds without firmware.

/** Refuses, before anything runs, what upstream's xbuild would fail on at its last step. */
function checkFirmwareEnv(recipes, dialect, env, 
/** A firmware file given instead (--firmware): the variable is not read then. */
override) {
    if (dialect !== 'xbuild' || override)
        return;
    const errors = recipes.flatMap(r => {
        const name = r.firmware?.env;
        if (r.firmware?.file !== undefined || name === undefined || env[name] !== '')
            return [];
        return [
            new recipe_errors/* RecipeError */.tF(r.file, [
                {
                    path: 'firmware.env',
                    expected: `${name} to name the firmware file, or to be unset for no firmware (with ${name}="" upstream's xbuild passes --firmware "" and igvmbuilder fails: "Failed to open firmware file")`,
                    found: `${name} set to ""`
                }
            ])
        ];
    });
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new recipe_errors/* RecipeErrors */.MX(errors);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/recipe/json-syntax.ts
// Where a text stops being JSON, as a line and column a user can jump to. JSON.parse only says
// "at position N" (and not even that in every Node version), so the text is scanned once more,
// by the same grammar (RFC 8259), when JSON.parse has already refused it.
class Stop extends Error {
    offset;
    constructor(offset, message) {
        super(message);
        this.offset = offset;
    }
}
/** The first syntax error in `text`, or null when it is valid JSON. */
function findJsonSyntaxError(text) {
    try {
        scanDocument(text);
        return null;
    }
    catch (e) {
        if (!(e instanceof Stop))
            throw e;
        return { ...lineColumn(text, e.offset), message: e.message };
    }
}
function lineColumn(text, offset) {
    const before = text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = before.split('\n').length;
    return { line, column: Array.from(before.slice(lineStart)).length + 1 };
}
function scanDocument(text) {
    if (text.charCodeAt(0) === 0xfeff)
        throw new Stop(0, 'the file starts with a byte order mark (BOM); save it as UTF-8 without one');
    let i = skipSpace(text, 0);
    if (i === text.length)
        throw new Stop(i, text.length === 0 ? 'the file is empty' : 'the file holds only white space');
    i = scanValue(text, i);
    i = skipSpace(text, i);
    if (i < text.length)
        throw new Stop(i, `expected the end of the file after the value, found ${shown(text, i)}`);
}
function skipSpace(t, i) {
    while (i < t.length && (t[i] === ' ' || t[i] === '\t' || t[i] === '\n' || t[i] === '\r'))
        i++;
    return i;
}
/** Returns the offset just after the value that starts at `i`. */
function scanValue(t, i) {
    const c = t[i];
    if (c === '{')
        return scanObject(t, i);
    if (c === '[')
        return scanArray(t, i);
    if (c === '"')
        return scanString(t, i);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
        return scanNumber(t, i);
    for (const word of ['true', 'false', 'null'])
        if (t.startsWith(word, i))
            return i + word.length;
    throw new Stop(i, `expected a value (object, array, string, number, true, false or null), found ${shown(t, i)}`);
}
function scanObject(t, i) {
    i = skipSpace(t, i + 1);
    if (t[i] === '}')
        return i + 1;
    for (;;) {
        if (t[i] !== '"')
            throw new Stop(i, t[i] === '}'
                ? 'expected a property name in double quotes, found "}" (a trailing comma is not allowed)'
                : `expected a property name in double quotes, found ${shown(t, i)}`);
        i = skipSpace(t, scanString(t, i));
        if (t[i] !== ':')
            throw new Stop(i, `expected ":" after the property name, found ${shown(t, i)}`);
        i = skipSpace(t, scanValue(t, skipSpace(t, i + 1)));
        if (t[i] === '}')
            return i + 1;
        if (t[i] !== ',')
            throw new Stop(i, `expected "," or "}" after a property value, found ${shown(t, i)}`);
        i = skipSpace(t, i + 1);
    }
}
function scanArray(t, i) {
    i = skipSpace(t, i + 1);
    if (t[i] === ']')
        return i + 1;
    for (;;) {
        if (t[i] === ']')
            throw new Stop(i, 'expected a value, found "]" (a trailing comma is not allowed)');
        i = skipSpace(t, scanValue(t, i));
        if (t[i] === ']')
            return i + 1;
        if (t[i] !== ',')
            throw new Stop(i, `expected "," or "]" after an array element, found ${shown(t, i)}`);
        i = skipSpace(t, i + 1);
    }
}
function scanString(t, start) {
    let i = start + 1;
    for (;;) {
        if (i >= t.length)
            throw new Stop(start, 'this string is never closed (no ending double quote)');
        const code = t.charCodeAt(i);
        if (t[i] === '"')
            return i + 1;
        if (code === 0x0a)
            throw new Stop(start, 'this string is not closed on its line (a closing double quote is missing; write \\n for a line break in a string)');
        if (code < 0x20)
            throw new Stop(i, `control character U+${code.toString(16).padStart(4, '0').toUpperCase()} inside a string (write it as an escape)`);
        if (t[i] === '\\') {
            const e = t[i + 1];
            if (e === 'u') {
                if (!/^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6)))
                    throw new Stop(i, 'expected four hexadecimal digits after \\u');
                i += 6;
                continue;
            }
            if (e === undefined || !'"\\/bfnrt'.includes(e))
                throw new Stop(i, `invalid escape ${shown(t, i, 2)} in a string (allowed: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`);
            i += 2;
            continue;
        }
        i++;
    }
}
function scanNumber(t, start) {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(t.slice(start, start + 400));
    if (!m || m[0] === '-')
        throw new Stop(start, `invalid number ${shown(t, start, 12)}`);
    const end = start + m[0].length;
    const next = t[end];
    if (next !== undefined && /[\d.eE+-]/.test(next))
        throw new Stop(start, `invalid number ${shown(t, start, end - start + 1)} (no leading zeros, digits needed after "." and in exponents)`);
    return end;
}
/** The characters found at `i`, quoted, or "the end of the file". */
function shown(t, i, n = 1) {
    if (i >= t.length)
        return 'the end of the file';
    return JSON.stringify(Array.from(t.slice(i)).slice(0, n).join(''));
}

;// CONCATENATED MODULE: ./src/recipe/load.ts
// Reads one recipe file and turns it into an ExpandedRecipe, or a RecipeError that lists every
// problem with its JSON path. Nothing is built from a recipe that fails here.







/**
 * Loads `file` (resolved against `root`; `displayName` is how errors name it), as the tree's
 * xbuild reads it (`xbuild`: what it reads, from its source; default: upstream's).
 */
function loadRecipe(file, dialect, root = '.', displayName = file, xbuild) {
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(file.startsWith('/') ? file : `${root}/${file}`);
    }
    catch (e) {
        const code = e.code;
        throw new recipe_errors/* RecipeError */.tF(displayName, [
            {
                path: '',
                expected: code === 'ENOENT' ? 'cannot read the recipe: no such file' : `cannot read the recipe: ${String(e)}`
            }
        ]);
    }
    return parseRecipe(bytes, displayName, dialect, xbuild);
}
function parseRecipe(bytes, file, dialect, xbuild) {
    const json = parseJson(bytes.toString('utf8'), file);
    const facts = dialect === 'xbuild' ? (xbuild ?? UPSTREAM_XBUILD) : null;
    const warnings = keyWarnings(json, dialect, facts).map(w => `${file}: ${w}`);
    // What the tree's xbuild does not read is not there for it (serde skips unknown keys).
    const raw = facts ? readable(json, facts.keys) : json;
    const schema = dialect === 'xbuild' ? xbuildRecipe : buildpyRecipe;
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
        throw new recipe_errors/* RecipeError */.tF(file, issuesToProblems(parsed.error.issues, raw));
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    const { recipe, problems, warnings: more } = expandRecipe(parsed.data, raw, { file, dialect, sha256 });
    if (problems.length > 0)
        throw new recipe_errors/* RecipeError */.tF(file, problems);
    return { recipe, warnings: [...warnings, ...more.map(w => `${file}: ${w}`)] };
}
/** JSON.parse, with the first syntax error named by line and column (`configs/x.json:3:17: ...`). */
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        let found = null;
        try {
            found = findJsonSyntaxError(text);
        }
        catch {
            // Nested too deep for the scanner's recursion: JSON.parse's own words are all there is.
        }
        throw new recipe_errors/* RecipeError */.tF(file, [
            found
                ? {
                    path: '',
                    at: { line: found.line, column: found.column },
                    expected: `not valid JSON: ${found.message}`
                }
                : { path: '', expected: `not valid JSON: ${e.message}` }
        ]);
    }
}
function issuesToProblems(issues, raw) {
    const out = [];
    for (const issue of issues) {
        if (issue.code === 'unrecognized_keys') {
            for (const key of issue.keys) {
                out.push({
                    path: (0,recipe_errors/* jsonPath */.U1)([...issue.path, key]),
                    expected: 'an IGVM target: "qemu", "hyper-v" or "vanadium"',
                    found: `unknown target ${JSON.stringify(key)}`
                });
            }
            continue;
        }
        const path = (0,recipe_errors/* jsonPath */.U1)(issue.path);
        out.push({ path, expected: issue.message, found: (0,recipe_errors/* describeValue */.bp)(valueAt(raw, issue.path)) });
    }
    return out;
}
function valueAt(raw, path) {
    let v = raw;
    for (const p of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[p];
    }
    return v;
}
/** Calls `visit` on every object of the recipe that a struct reads, with its JSON path. */
function eachSection(raw, visit) {
    const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
    if (!isObj(raw))
        return;
    visit(raw, [], 'root');
    const { kernel, firmware, fs, igvm } = raw;
    if (isObj(kernel))
        for (const [n, c] of Object.entries(kernel))
            if (isObj(c))
                visit(c, ['kernel', n], 'component');
    if (isObj(firmware))
        visit(firmware, ['firmware'], 'firmware');
    if (isObj(fs)) {
        visit(fs, ['fs'], 'fs');
        if (isObj(fs.modules))
            for (const [n, c] of Object.entries(fs.modules))
                if (isObj(c))
                    visit(c, ['fs', 'modules', n], 'component');
    }
    if (isObj(igvm))
        for (const [n, t] of Object.entries(igvm))
            if (isObj(t))
                visit(t, ['igvm', n], 'target');
}
/** A copy of the recipe without the keys the tree's xbuild does not read. */
function readable(raw, keys) {
    const copy = (o, s) => Object.fromEntries(Object.entries(o).filter(([k]) => keys[s].includes(k)));
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
        return raw;
    const out = { ...raw };
    eachSection(raw, (obj, path, s) => {
        if (path.length === 0)
            return;
        let parent = out;
        for (const p of path.slice(0, -1)) {
            parent[p] = { ...parent[p] };
            parent = parent[p];
        }
        parent[path.at(-1)] = copy(obj, s);
    });
    return copy(out, 'root');
}
/**
 * Upstream ignores keys its structs do not declare (serde, dict.get): a typo such as "featurs"
 * goes unnoticed there, and a key the tree's xbuild no longer reads is silently dropped.
 */
function keyWarnings(raw, dialect, xbuild) {
    const known = KNOWN_KEYS[dialect];
    const tree = xbuild?.keys ?? known;
    const warnings = [];
    eachSection(raw, (obj, path, s) => {
        for (const k of Object.keys(obj)) {
            const p = (0,recipe_errors/* jsonPath */.U1)([...path, k]);
            const inTree = tree[s].includes(k);
            const inKnown = known[s].includes(k);
            const where = `${STRUCTS[s]}${xbuild?.where[s] ? ` in ${xbuild.where[s]}` : ''}`;
            if (inTree && !inKnown) {
                warnings.push(`${p}: read by this tree's xbuild (${where}) but unknown to svsm-build, so ignored: the plan may differ from upstream's`);
            }
            else if (!inTree && inKnown) {
                const flag = s === 'target' && TARGET_KEY_FLAGS[k] ? `: ${TARGET_KEY_FLAGS[k]}` : '';
                warnings.push(`${p}: not read by this tree's xbuild (${where} has no such field), so ignored${flag}`);
            }
            else if (!inTree) {
                warnings.push(`${p}: unknown key, ignored (${dialect} reads only ${tree[s].join(', ')})`);
            }
        }
    });
    return warnings;
}

// EXTERNAL MODULE: ./src/record/schema.ts
var schema = __webpack_require__(7450);
;// CONCATENATED MODULE: ./src/reference-values/file-names.ts
// The reference-value files a build publishes next to its measurements.json, by format. One source
// for the writer (files.ts), the artifact, the report and the engine, which reserves these names in
// bin/ so that no recipe output can take them. No imports: the engine loads this without the writers.
/** Each format's file name, in the folder of the measurements.json it was made from (bin/, an artifact). */
const REFERENCE_VALUE_FILES = {
    /** Unsigned CoRIM, AMD's SEV-SNP profile: for Veraison's SEV-SNP scheme (and Trustee's CoRIM extractor). */
    corim: 'reference-values.corim',
    /** Trustee RVPS "sample" message: `rvps-tool register --path FILE`. */
    rvps: 'reference-values.rvps.json',
    /** svsm-build-reference-values/1 JSON: for scripts and `verify-report --reference-values`. */
    json: 'reference-values.json'
};
/** What each format is for, in a few words (the PR comment, the job summary). */
const REFERENCE_VALUE_USE = {
    corim: "CoRIM for Veraison's SEV-SNP scheme",
    rvps: 'Trustee RVPS message',
    json: 'plain JSON'
};

// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/engine/cargo-config.ts
var cargo_config = __webpack_require__(1289);
// EXTERNAL MODULE: ./src/engine/lock.ts
var lock = __webpack_require__(5947);
;// CONCATENATED MODULE: ./src/engine/tree.ts
// The svsm tree as svsm-build reads it before planning: which file a recipe name stands for (the
// tree's own configs/), and what the tree's xbuild reads and passes (from its Rust source).




/** Where a recipe name is looked for, in this order (upstream keeps its recipes there). */
const CONFIG_DIRS = ['configs', 'configs/test'];
/** xbuild's sources are small; these bounds keep a hostile tree from making planning slow. */
const MAX_SOURCE_FILES = 256;
const MAX_SOURCE_BYTES = 1 << 20;
/** What the tree's xbuild reads and passes, from `xbuild/src/**.rs`. */
function readTreeXbuild(root) {
    return readXbuildFacts(rustSources(root, 'xbuild/src'));
}
function rustSources(root, dir) {
    const out = [];
    const walk = (rel) => {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, rel)).sort();
        }
        catch {
            return;
        }
        for (const n of names) {
            if (out.length >= MAX_SOURCE_FILES)
                return;
            const path = `${rel}/${n}`;
            const st = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(root, path));
            if (st.isDirectory())
                walk(path);
            else if (st.isFile() && n.endsWith('.rs') && st.size <= MAX_SOURCE_BYTES)
                out.push({ path, text: (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, path), 'utf8') });
        }
    };
    walk(dir);
    return out;
}
/**
 * The file a recipe argument names, as the build reads it: a path relative to the tree (upstream
 * runs from its root) or to the current directory, or an absolute path; else a name looked up in
 * the tree's own configs/ and configs/test/ (`qemu` → configs/qemu-target.json, `hyper-v-test` →
 * configs/test/hyperv-test-target.json). A name found nowhere is refused, naming every path tried.
 */
function locateRecipe(root, given) {
    if ((0,external_node_path_.isAbsolute)(given))
        return given;
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, given)))
        return given;
    const fromCwd = (0,external_node_path_.resolve)(given);
    if ((0,external_node_fs_.existsSync)(fromCwd))
        return (0,external_node_path_.relative)(root, fromCwd).startsWith('..') ? fromCwd : (0,external_node_path_.relative)(root, fromCwd);
    if (given.includes('/'))
        return given; // a path: loading it says that it does not exist
    const tried = nameCandidates(given);
    const found = tried.find(f => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, f)));
    if (found)
        return found;
    const noConfigs = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'configs')) ? '' : '; this tree has no configs/ folder';
    throw new recipe_errors/* RecipeError */.tF(given, [
        {
            path: '',
            expected: `no such recipe: neither a file (tried ${given} in ${root} and in ${process.cwd()}) nor a recipe of the tree (tried ${tried.join(', ')})${noConfigs}`
        }
    ]);
}
/** configs/<name>.json, configs/<name>-target.json, then configs/test/...; hyper-v is spelled hyperv in file names. */
function nameCandidates(name) {
    const stems = [...new Set([name, name.replace(/^hyper-v/, 'hyperv')])];
    const files = stems.flatMap(s => (s.endsWith('.json') ? [s] : [`${s}.json`, `${s}-target.json`]));
    return [...new Set(CONFIG_DIRS.flatMap(d => files.map(f => `${d}/${f}`)))];
}

;// CONCATENATED MODULE: ./src/engine/prepare.ts
// Recipes on disk → Plan: read the tree (its recipe names, what its xbuild reads and passes),
// resolve the files, pick the dialect, load, expand, check and plan them.














/** Files svsm-build itself writes in bin/: no IGVM file may take their place. */
const RESERVED = [
    { path: schema/* MEASUREMENTS_FILE */.x3, what: 'the measurement record svsm-build writes' },
    { path: lock/* LOCK_FILE */.FI, what: "svsm-build's build lock" },
    ...Object.entries(REFERENCE_VALUE_FILES).map(([format, name]) => ({
        path: `bin/${name}`,
        what: `the ${format} reference values svsm-build publishes beside the record`
    }))
];
function prepareBuild(req) {
    const root = (0,external_node_path_.resolve)(req.root);
    if (!(0,external_node_fs_.existsSync)(root))
        throw new util_errors/* UsageError */.eb(`--svsm ${req.root}: no such directory`);
    if (req.recipes.length === 0)
        throw new util_errors/* UsageError */.eb('no recipe given (for example configs/qemu-target.json)');
    const dialect = req.dialect === 'auto' ? detectDialect(root) : req.dialect;
    if (!dialect) {
        throw new util_errors/* UsageError */.eb(`${req.root}: cannot tell the build dialect: neither xbuild/ (current svsm) nor scripts/build.py (before May 2025) exists; is --svsm the root of an svsm checkout? Pass --dialect xbuild|build.py to choose`);
    }
    if (dialect === 'build.py' && (req.options.allFeatures || req.options.features.length > 0)) {
        throw new util_errors/* UsageError */.eb('--all-features and --feature are not supported by the build.py dialect (scripts/build.py has no feature flags)');
    }
    const warnings = [];
    let xbuild;
    if (dialect === 'xbuild') {
        const read = readTreeXbuild(root);
        xbuild = read.facts;
        if (read.warning)
            warnings.push(read.warning);
    }
    const recipes = [];
    const errors = [];
    for (const { file, times } of distinctRecipes(root, req.recipes, errors)) {
        if (times > 1)
            warnings.push(`${file}: given ${times} times; built once`);
        try {
            const loaded = loadRecipe(file, dialect, root, file, xbuild);
            recipes.push({ ...loaded.recipe, file });
            warnings.push(...loaded.warnings);
        }
        catch (e) {
            if (!(e instanceof recipe_errors/* RecipeError */.tF))
                throw e;
            errors.push(e);
        }
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new recipe_errors/* RecipeErrors */.MX(errors);
    checkOutputCollisions(recipes, RESERVED, req.options.targets);
    checkFirmwareEnv(recipes, dialect, req.env, req.options.firmware);
    const cargo = (0,cargo_config/* readCargoConfig */.jj)(root, req.env);
    const plan = makePlan(recipes, dialect, {
        ...req.options,
        env: req.env,
        cargo: cargo.facts,
        ...(xbuild ? { xbuild } : {})
    });
    warnings.push(...plan.warnings, ...remapEnvProblems(plan, cargo));
    return { root, plan, warnings, cargo };
}
/**
 * RUSTFLAGS (or CARGO_ENCODED_RUSTFLAGS) replaces every config rustflags, the remapping included:
 * the option is refused (it would be recorded as done), a remapping xbuild's is only named, as
 * that xbuild does.
 */
function remapEnvProblems(plan, cargo) {
    const env = cargo.envRustflags;
    if (!plan.remap || !env)
        return [];
    if (plan.remap.by === 'remap-paths')
        throw new util_errors/* PreflightError */.wG(`remap-paths: ${env.name} is set, so cargo ignores ${plan.remap.config} (the remapping and the tree's own rustflags); unset ${env.name}, or pass the flags in it yourself without remap-paths`);
    return [
        `${env.name} is set: cargo ignores ${plan.remap.config}, so the tree's xbuild remaps no build paths either`
    ];
}
/**
 * Each recipe file once, in the order first given: a path and a name for the same file, or the
 * same recipe given many times, build one set of IGVM files and records.
 */
function distinctRecipes(root, given, errors) {
    const byFile = new Map();
    for (const g of given) {
        let file;
        try {
            file = locateRecipe(root, g);
        }
        catch (e) {
            if (!(e instanceof recipe_errors/* RecipeError */.tF))
                throw e;
            if (!errors.some(x => x.file === e.file))
                errors.push(e);
            continue;
        }
        const key = identity((0,external_node_path_.resolve)(root, file));
        const seen = byFile.get(key);
        if (seen)
            seen.times++;
        else
            byFile.set(key, { file, times: 1 });
    }
    return [...byFile.values()];
}
const identity = (path) => {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
};


/***/ }),

/***/ 6721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ findPathPrefixes),
/* harmony export */   f: () => (/* binding */ countPathPrefixes)
/* harmony export */ });
// Absolute build paths inside built bytes: where each of several prefixes occurs (as a folder: the
// prefix followed by `/`), the longest prefix first so a CARGO_HOME inside the checkout is counted
// once, as CARGO_HOME. Used by the record (are paths compiled in?) and by diff (is that all?).
/** Every occurrence of the prefixes in `bytes`, in offset order, none overlapping. */
function findPathPrefixes(bytes, prefixes) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const taken = [];
    const sorted = [...prefixes]
        .filter(p => p.prefix.length > 1)
        .sort((a, b) => b.prefix.length - a.prefix.length);
    for (const p of sorted) {
        const needle = Buffer.from(`${p.prefix.replace(/\/+$/, '')}/`);
        for (let at = buf.indexOf(needle); at >= 0; at = buf.indexOf(needle, at + 1)) {
            const end = at + needle.length;
            if (taken.some(o => at < o.at + o.prefix.length + 1 && o.at < end))
                continue;
            taken.push({ what: p.what, prefix: p.prefix.replace(/\/+$/, ''), at });
        }
    }
    return taken.sort((a, b) => a.at - b.at);
}
/** Occurrences per prefix. */
function countPathPrefixes(bytes, prefixes) {
    const counts = new Map();
    for (const o of findPathPrefixes(bytes, prefixes))
        counts.set(o.prefix, (counts.get(o.prefix) ?? 0) + 1);
    return counts;
}


/***/ }),

/***/ 7413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ sha384Into),
/* harmony export */   q: () => (/* binding */ sha384)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// SHA-384 written where it is needed. Node's one-shot crypto.hash (20.12+) is the fast path, with
// 'latin1' output: asked for 'buffer' it first fails to look the name up as an encoding, which
// costs more than hashing the 112-byte PAGE_INFO itself (the chain ran 3x slower that way).

const oneShot = node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash;
/** Writes the SHA-384 of `data` into `target[at..at+48)` (`target` may be `data` itself). */
const sha384Into = oneShot
    ? (data, target, at) => void target.write(oneShot('sha384', data, 'latin1'), at, 'latin1')
    : (data, target, at) => void node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('sha384').update(data).digest().copy(target, at);
function sha384(data) {
    const b = Buffer.allocUnsafe(48);
    sha384Into(data, b, 0);
    return b;
}


/***/ }),

/***/ 6718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ inventory),
  P: () => (/* binding */ renderInventoryTable)
});

// EXTERNAL MODULE: ./src/igvm/format.ts
var format = __webpack_require__(2782);
// EXTERNAL MODULE: ./src/igvm/measure.ts
var measure = __webpack_require__(2477);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/igvm/tdx.ts
// The TDX MRTD of an IGVM file, as the igvm crate's measurement/tdx.rs (HEAD, not in 0.4.0)
// computes it: one SHA-384 over MEM.PAGE.ADD (128 bytes) and MR.EXTEND (384 bytes, 256 bytes of
// page data each) records. No COCONUT tool computes it; it is reported as such. A parameter area
// adds one page per 4 KiB of its declared size: the walk stops (MeasureError) rather than add
// more than 4 GiB of them, or pages past the top of the address space.



const PAGE_ADD = Buffer.alloc(128);
Buffer.from('MEM.PAGE.ADD').copy(PAGE_ADD);
const EXTEND = Buffer.alloc(384);
Buffer.from('MR.EXTEND').copy(EXTEND);
const CHUNK = 256;
const TOP = 1n << 64n;
/** Parameter area bytes walked per file at most: 2^20 pages, about a quarter of a second. */
const AREA_BUDGET = 1n << 32n;
const hex = (v) => `0x${v.toString(16)}`;
function tdxMrtd(file) {
    const mask = file.platforms.find(p => p.platformType === format/* PLATFORM_TYPE */.pD.TDX)?.mask;
    if (mask === undefined)
        return null;
    const h = (0,external_node_crypto_.createHash)('sha384');
    const areas = new Map();
    let walked = 0n;
    const addPage = (gpa, data) => {
        PAGE_ADD.writeBigUInt64LE(gpa, 16);
        h.update(PAGE_ADD);
        if (data === undefined)
            return; // not measured: the page is added, its contents are not extended
        for (let off = 0; off < format/* PAGE_4K */.AI; off += CHUNK) {
            EXTEND.writeBigUInt64LE(gpa + BigInt(off), 16);
            EXTEND.fill(0, 128);
            if (data)
                EXTEND.set(data.subarray(off, off + CHUNK), 128);
            h.update(EXTEND);
        }
    };
    for (const d of file.directives) {
        // Headers with a mask apply only when it covers the TDX mask; parameter areas have none.
        if ('mask' in d && (d.mask & mask) !== mask)
            continue;
        if (d.kind === 'parameter-area')
            areas.set(d.index, d.bytes);
        else if (d.kind === 'page-data') {
            if (d.flags & format/* PAGE_FLAGS */.Of.SHARED)
                continue;
            addPage(d.gpa, d.flags & format/* PAGE_FLAGS */.Of.UNMEASURED ? undefined : d.data);
        }
        else if (d.kind === 'parameter-insert') {
            const size = areas.get(d.index) ?? 0n;
            const area = `parameter area ${d.index} inserted at ${hex(d.gpa)} has ${hex(size)} bytes`;
            if (d.gpa + size > TOP)
                throw new measure/* MeasureError */.TG(`${area}: it runs past the top of the 64-bit guest physical address space`);
            walked += size;
            if (walked > AREA_BUDGET)
                throw new measure/* MeasureError */.TG(`${area}, more than the 4 GiB of parameter areas svsm-build walks for the MRTD`);
            for (let gpa = d.gpa; gpa < d.gpa + size; gpa += BigInt(format/* PAGE_4K */.AI))
                addPage(gpa, undefined);
        }
    }
    return h.digest();
}

;// CONCATENATED MODULE: ./src/igvm/inventory.ts
// What is inside an IGVM file, per platform: pages by kind, parameter areas, VMSAs, policy,
// required memory, ID block, and the digests (SNP default and native-zero; TDX MRTD).



const inventory_hex = (v) => `0x${v.toString(16)}`;
function snpPolicy(p) {
    const bit = (n) => ((p >> BigInt(n)) & 1n) === 1n;
    return {
        abiMinor: Number(p & 0xffn),
        abiMajor: Number((p >> 8n) & 0xffn),
        smt: bit(16),
        reservedMustBeOne: bit(17),
        migrateMa: bit(18),
        debug: bit(19),
        singleSocket: bit(20)
    };
}
function inventory(file) {
    const byMask = new Map(file.platforms.map(p => [p.mask, format/* PLATFORM_NAMES */.Z6[p.platformType] ?? String(p.platformType)]));
    const names = (mask) => file.platforms.filter(p => (p.mask & mask) !== 0).map(p => byMask.get(p.mask));
    const pages = {};
    for (const p of file.platforms)
        pages[byMask.get(p.mask)] = {
            data: 0,
            zero: 0,
            unmeasured: 0,
            cpuid: 0,
            secrets: 0,
            shared: 0,
            large: 0,
            bytes: 0
        };
    const areas = new Map();
    const vmsas = [];
    let required = { bytes: 0, ranges: 0 };
    let idBlock = false;
    for (const d of file.directives) {
        if (d.kind === 'page-data') {
            for (const name of names(d.mask)) {
                const c = pages[name];
                const size = d.flags & format/* PAGE_FLAGS */.Of.IS_2MB ? format/* PAGE_2M */.kI : format/* PAGE_4K */.AI;
                c.bytes += size;
                if (d.flags & format/* PAGE_FLAGS */.Of.IS_2MB)
                    c.large++;
                if (d.flags & format/* PAGE_FLAGS */.Of.SHARED)
                    c.shared++;
                const type = format/* DATA_TYPE_NAMES */.xc[d.dataType];
                if (type === 'cpuid' || type === 'cpuid-xf')
                    c.cpuid++;
                else if (type === 'secrets')
                    c.secrets++;
                else if (d.flags & format/* PAGE_FLAGS */.Of.UNMEASURED)
                    c.unmeasured++;
                else if (d.data)
                    c.data++;
                else
                    c.zero++;
            }
        }
        else if (d.kind === 'parameter-area')
            areas.set(d.index, { index: d.index, bytes: Number(d.bytes), insertedAt: null, usedBy: [] });
        else if (d.kind === 'parameter-usage')
            areas.get(d.index)?.usedBy.push(format/* TYPE_NAMES */.et[d.type] ?? inventory_hex(d.type));
        else if (d.kind === 'parameter-insert') {
            const a = areas.get(d.index);
            if (a)
                a.insertedAt = inventory_hex(d.gpa);
        }
        else if (d.kind === 'vp-context' &&
            (d.platformType === format/* PLATFORM_TYPE */.pD.SEV_SNP || d.platformType === format/* PLATFORM_TYPE */.pD.SEV_ES)) {
            const v = Buffer.from(d.data.buffer, d.data.byteOffset, d.data.byteLength);
            const features = v.readBigUInt64LE(format/* VMSA */.yM.SEV_FEATURES);
            vmsas.push({
                gpa: inventory_hex(d.gpa),
                mask: inventory_hex(d.mask),
                cr0: inventory_hex(v.readBigUInt64LE(format/* VMSA */.yM.CR0)),
                rip: inventory_hex(v.readBigUInt64LE(format/* VMSA */.yM.RIP)),
                sevFeatures: inventory_hex(features),
                sevFeatureNames: format/* SEV_FEATURE_NAMES */.lz.filter(([b]) => ((features >> BigInt(b)) & 1n) === 1n).map(([, n]) => n),
                virtualTom: inventory_hex(v.readBigUInt64LE(format/* VMSA */.yM.VIRTUAL_TOM))
            });
        }
        else if (d.kind === 'required-memory')
            required = { bytes: required.bytes + d.bytes, ranges: required.ranges + 1 };
        else if (d.kind === 'snp-id-block')
            idBlock = true;
    }
    const digests = {};
    let matches = null;
    if (file.platforms.some(p => p.platformType === format/* PLATFORM_TYPE */.pD.SEV_SNP)) {
        try {
            const r = (0,measure/* measure */.xP)(file);
            const nativeZero = (0,measure/* measure */.xP)(file, { nativeZero: true }).digest;
            digests.snp = (0,measure/* toHex */.nj)(r.digest);
            digests.snpNativeZero = (0,measure/* toHex */.nj)(nativeZero);
            // The file does not say which zero-page mode it is launched with (igvmmeasure's
            // --native-zero): the block matches when it asserts the digest of either.
            if (r.idBlock)
                matches = r.idBlock.equals(r.digest) || r.idBlock.equals(nativeZero);
        }
        catch (e) {
            if (!(e instanceof measure/* MeasureError */.TG))
                throw e;
            digests.snpError = e.message;
        }
    }
    try {
        const mrtd = tdxMrtd(file);
        if (mrtd)
            digests.tdxMrtd = (0,measure/* toHex */.nj)(mrtd);
    }
    catch (e) {
        if (!(e instanceof measure/* MeasureError */.TG))
            throw e;
        digests.tdxMrtdError = e.message;
    }
    return {
        formatVersion: file.version,
        platforms: file.platforms.map(p => ({
            type: byMask.get(p.mask),
            mask: inventory_hex(p.mask),
            highestVtl: p.highestVtl,
            sharedGpaBoundary: inventory_hex(p.sharedGpaBoundary)
        })),
        policies: file.policies.map(p => ({
            mask: inventory_hex(p.mask),
            policy: inventory_hex(p.policy),
            decoded: snpPolicy(p.policy)
        })),
        pages,
        parameterAreas: [...areas.values()],
        vmsas,
        requiredMemory: required,
        idBlock: { present: idBlock, matches },
        ...(file.corim.length > 0
            ? {
                corim: file.corim.map(h => ({
                    kind: h.kind,
                    platforms: names(h.mask),
                    mask: inventory_hex(h.mask),
                    bytes: h.size,
                    offset: inventory_hex(h.offset)
                }))
            }
            : {}),
        ...(file.skipped.length > 0
            ? {
                skippedOptional: file.skipped.map(h => ({
                    type: inventory_hex(h.type),
                    offset: inventory_hex(h.offset),
                    bytes: h.length
                }))
            }
            : {}),
        digests
    };
}
function renderInventoryTable(inv) {
    const lines = [`IGVM format V${inv.formatVersion}`];
    lines.push(`platforms: ${inv.platforms.map(p => `${p.type} (mask ${p.mask}${p.sharedGpaBoundary !== '0x0' ? `, vTOM ${p.sharedGpaBoundary}` : ''})`).join(', ')}`);
    for (const p of inv.policies)
        lines.push(`policy: ${p.policy} (mask ${p.mask})`);
    lines.push('pages        data   zero  unmeas  cpuid  secrets  shared  2MiB  bytes');
    for (const [name, c] of Object.entries(inv.pages)) {
        lines.push(`  ${name.padEnd(9)} ${[c.data, c.zero, c.unmeasured, c.cpuid, c.secrets, c.shared, c.large].map(n => String(n).padStart(6)).join(' ')}  ${c.bytes}`);
    }
    lines.push(`parameter areas: ${inv.parameterAreas.map(a => `#${a.index} ${a.bytes} B at ${a.insertedAt ?? '(not inserted)'}${a.usedBy.length ? ` [${a.usedBy.join(', ')}]` : ''}`).join('; ') || 'none'}`);
    for (const v of inv.vmsas)
        lines.push(`VMSA at ${v.gpa}: cr0 ${v.cr0}, rip ${v.rip}, sev_features ${v.sevFeatures} (${v.sevFeatureNames.join(', ')})`);
    lines.push(`required memory: ${inv.requiredMemory.bytes} bytes in ${inv.requiredMemory.ranges} range(s)`);
    for (const h of inv.corim ?? [])
        lines.push(`CoRIM ${h.kind} for ${h.platforms.join(', ') || `mask ${h.mask} (no platform)`}: ${h.bytes} bytes at header ${h.offset} (not measured)`);
    for (const h of inv.skippedOptional ?? [])
        lines.push(`optional header ${h.type} at ${h.offset} (${h.bytes} bytes): type not known, skipped`);
    lines.push(`ID block: ${inv.idBlock.present ? (inv.idBlock.matches ? 'present, matches' : 'present, DOES NOT match') : 'none'}`);
    if (inv.digests.snp)
        lines.push(`SEV-SNP launch digest:              ${inv.digests.snp}`, `SEV-SNP launch digest (native-zero): ${inv.digests.snpNativeZero}`);
    if (inv.digests.snpError)
        lines.push(`SEV-SNP launch digest: ${inv.digests.snpError}`);
    if (inv.digests.tdxMrtd)
        lines.push(`TDX MRTD (svsm-build, after the igvm crate; no COCONUT tool computes it): ${inv.digests.tdxMrtd}`);
    if (inv.digests.tdxMrtdError)
        lines.push(`TDX MRTD: not computed: ${inv.digests.tdxMrtdError}`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 2477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ hashedPages),
/* harmony export */   TG: () => (/* binding */ MeasureError),
/* harmony export */   nj: () => (/* binding */ toHex),
/* harmony export */   u: () => (/* binding */ IN_MEMORY),
/* harmony export */   xP: () => (/* binding */ measure)
/* harmony export */ });
/* unused harmony export KVM_MESSAGES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2782);
/* harmony import */ var _hash_sha384_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7413);
// The launch digest exactly as COCONUT's igvmmeasure computes it (igvm-measure.md), quirks
// included: one unmeasured page per parameter insert whatever the area's size, the shared flag
// ignored, every SEV-SNP VP context measured whatever its mask, CPUID_XF as CPUID, a zero page
// is a page without file data, the VMSA GPA taken from the file.



/** What igvmmeasure refuses while measuring; `message` is printed after "Error: ". */
class MeasureError extends Error {
    name = 'MeasureError';
}
const KVM_MESSAGES = {
    count: 'More than one VMSA has been provided in the IGVM file. QEMU/KVM only supports setting of the VMSA for the first virtual CPU.',
    gpa: (gpa) => `The GPA for the VMSA (0x${gpa.toString(16).toUpperCase().padStart(16, '0')}) does not match the address hardcoded in KVM. KVM will always populate the VMSA at GPA 0xFFFFFFFFF000. The IGVM file must set the GPA for the VMSA to this address.`,
    cr0: (cr0) => `CR0 in the VMSA in the IGVM file is set to 0x${cr0.toString(16).padStart(2, '0')} instead of 0x31 (protected-mode) or 0x30 (real-mode). The value of CR0 is overridden by KVM during initial measurement. Therefore the IGVM file must be configured to match the value set by KVM.`,
    order: 'The VMSA must be the final page directive in the IGVM file. This is because QEMU/KVM measures the VMSA page when the measurement is finalized and not in the order specified in the IGVM file. Make sure your IGVM file places the VMSA directive after any other measured or unmeasured page directives.'
};
const PLATFORM_NOT_IN_FILE = '"IGVM file is not compatible with the specified platform."';
const TYPES = {
    sev: _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PLATFORM_TYPE */ .pD.SEV,
    'sev-es': _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PLATFORM_TYPE */ .pD.SEV_ES,
    'sev-snp': _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PLATFORM_TYPE */ .pD.SEV_SNP
};
const ZERO_PAGE_HASH = (0,_hash_sha384_js__WEBPACK_IMPORTED_MODULE_2__/* .sha384 */ .q)(new Uint8Array(_format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_4K */ .AI));
const NO_CONTENTS = new Uint8Array(48);
const LOG_NAMES = {
    1: 'Normal',
    2: 'VMSA',
    3: 'Zero',
    4: 'Unmeasured',
    5: 'Secrets',
    6: 'Cpuid'
};
/** The compatibility mask igvmmeasure measures: the first platform header of the type. */
function platformMask(file, platform) {
    return file.platforms.find(p => p.platformType === TYPES[platform])?.mask ?? null;
}
/** Contents held by the directives themselves (a file parsed with its page data). */
const IN_MEMORY = {
    hash: d => (0,_hash_sha384_js__WEBPACK_IMPORTED_MODULE_2__/* .sha384 */ .q)(d.data),
    bytes: d => d.data
};
/** Does the SNP digest take the SHA-384 of this directive's file data? */
const hashesContents = (d, mask) => (d.mask & mask) !== 0 &&
    (d.flags & _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_FLAGS */ .Of.IS_2MB) === 0 &&
    d.dataType === _format_js__WEBPACK_IMPORTED_MODULE_1__/* .DATA_TYPE */ .yd.NORMAL &&
    (d.flags & _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_FLAGS */ .Of.UNMEASURED) === 0 &&
    d.fileOffset !== 0;
/**
 * The pages whose contents the SEV-SNP digest hashes, in the order it needs them: independent
 * of one another, so they can be hashed ahead, in parallel (empty for another platform).
 */
function hashedPages(file, platform = 'sev-snp') {
    const mask = platformMask(file, platform);
    if (platform !== 'sev-snp' || mask === null)
        return [];
    return file.directives.filter((d) => d.kind === 'page-data' && hashesContents(d, mask));
}
function measure(file, o = {}, contents = IN_MEMORY) {
    const platform = o.platform ?? 'sev-snp';
    const mask = platformMask(file, platform);
    if (mask === null)
        throw new MeasureError(PLATFORM_NOT_IN_FILE);
    const snp = platform === 'sev-snp';
    let hashed = 0;
    // PAGE_INFO; its first 48 bytes are the launch digest so far, each record's hash written back there.
    const info = Buffer.alloc(0x70);
    info.writeUInt16LE(0x70, 0x60);
    const view = new DataView(info.buffer, info.byteOffset, 0x70); // cheaper than writeBigUInt64LE's checks
    const sev = snp ? null : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const log = [];
    let idBlock;
    let vmsaCount = 0;
    const record = (gpa, type, contents) => {
        info.set(contents, 0x30);
        info[0x62] = type;
        view.setBigUint64(0x68, gpa, true);
        (0,_hash_sha384_js__WEBPACK_IMPORTED_MODULE_2__/* .sha384Into */ .M)(info, info, 0);
        if (o.log) {
            const name = LOG_NAMES[type];
            const last = log.at(-1);
            if (last && last.type === name && last.gpa + last.length === gpa)
                last.length += BigInt(_format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_4K */ .AI);
            else
                log.push({ gpa, length: BigInt(_format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_4K */ .AI), type: name });
        }
    };
    /** One 4 KiB page; `d` is the directive whose file data it has, if any. */
    const page4k = (gpa, flags, dataType, d) => {
        if (sev) {
            if (d)
                sev.update(contents.bytes(d));
            return;
        }
        if (dataType === _format_js__WEBPACK_IMPORTED_MODULE_1__/* .DATA_TYPE */ .yd.NORMAL) {
            if (flags & _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_FLAGS */ .Of.UNMEASURED)
                record(gpa, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .SNP_PAGE */ .q1.UNMEASURED, NO_CONTENTS);
            else if (!d && o.nativeZero)
                record(gpa, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .SNP_PAGE */ .q1.ZERO, NO_CONTENTS);
            else
                record(gpa, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .SNP_PAGE */ .q1.NORMAL, d ? contents.hash(d, hashed++) : ZERO_PAGE_HASH);
        }
        else if (dataType === _format_js__WEBPACK_IMPORTED_MODULE_1__/* .DATA_TYPE */ .yd.SECRETS)
            record(gpa, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .SNP_PAGE */ .q1.SECRETS, NO_CONTENTS);
        else if (dataType === _format_js__WEBPACK_IMPORTED_MODULE_1__/* .DATA_TYPE */ .yd.CPUID_DATA || dataType === _format_js__WEBPACK_IMPORTED_MODULE_1__/* .DATA_TYPE */ .yd.CPUID_XF)
            record(gpa, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .SNP_PAGE */ .q1.CPUID, NO_CONTENTS);
    };
    for (const d of file.directives) {
        switch (d.kind) {
            case 'page-data': {
                if ((d.mask & mask) === 0)
                    break;
                if (d.flags & _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_FLAGS */ .Of.IS_2MB) {
                    // igvm 0.4.0 keeps 4 KiB of data, so igvmmeasure's size assertion fails on such a page.
                    if (d.fileOffset !== 0)
                        throw new MeasureError(`a 2 MiB page at 0x${d.gpa.toString(16)} has file data; igvmmeasure panics on it (only 4 KiB of data can be stored)`);
                    for (let off = 0; off < _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_2M */ .kI; off += _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_4K */ .AI)
                        page4k(d.gpa + BigInt(off), d.flags, d.dataType, null);
                }
                else
                    page4k(d.gpa, d.flags, d.dataType, d.fileOffset !== 0 ? d : null);
                break;
            }
            case 'parameter-insert':
                if ((d.mask & mask) === 0)
                    break;
                if (o.checkKvm && vmsaCount > 0)
                    throw new MeasureError(KVM_MESSAGES.order);
                page4k(d.gpa, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_FLAGS */ .Of.UNMEASURED, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .DATA_TYPE */ .yd.NORMAL, null);
                break;
            case 'vp-context': {
                if (d.platformType !== _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PLATFORM_TYPE */ .pD.SEV_SNP && d.platformType !== _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PLATFORM_TYPE */ .pD.SEV_ES)
                    break;
                if (o.checkKvm) {
                    if (vmsaCount > 0)
                        throw new MeasureError(KVM_MESSAGES.count);
                    if (d.gpa !== _format_js__WEBPACK_IMPORTED_MODULE_1__/* .KVM_VMSA_GPA */ .Y5)
                        throw new MeasureError(KVM_MESSAGES.gpa(d.gpa));
                    const cr0 = Buffer.from(d.data.buffer, d.data.byteOffset, d.data.byteLength).readBigUInt64LE(_format_js__WEBPACK_IMPORTED_MODULE_1__/* .VMSA */ .yM.CR0);
                    if (cr0 !== 0x31n && cr0 !== 0x30n)
                        throw new MeasureError(KVM_MESSAGES.cr0(cr0));
                }
                vmsaCount++;
                if (sev)
                    sev.update(d.data);
                else
                    record(d.gpa, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .SNP_PAGE */ .q1.VMSA, (0,_hash_sha384_js__WEBPACK_IMPORTED_MODULE_2__/* .sha384 */ .q)(d.data));
                break;
            }
            case 'snp-id-block':
                if (snp && (d.mask & mask) !== 0)
                    idBlock = Buffer.from(d.ld);
                break;
        }
    }
    return {
        digest: sev ? sev.digest() : Buffer.from(info.subarray(0, 48)),
        ...(idBlock ? { idBlock } : {}),
        vmsaCount,
        log
    };
}
const toHex = (b) => Buffer.from(b).toString('hex').toUpperCase();


/***/ }),

/***/ 6850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ recipeKeys),
/* harmony export */   DT: () => (/* binding */ PLATFORM_FLAG),
/* harmony export */   Wb: () => (/* binding */ resolveFirmware),
/* harmony export */   eQ: () => (/* binding */ HOST_TRIPLE),
/* harmony export */   w0: () => (/* binding */ selectedTargets),
/* harmony export */   xS: () => (/* binding */ KERNEL_TRIPLE),
/* harmony export */   zb: () => (/* binding */ profileDir)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// What both dialects read alike: triples, profile paths, step-id keys, firmware, selected targets.

const KERNEL_TRIPLE = 'x86_64-unknown-none';
const HOST_TRIPLE = 'x86_64-unknown-linux-gnu';
const profileDir = (o) => (o.release ? 'release' : 'debug');
const PLATFORM_FLAG = { native: '--native', snp: '--snp', tdp: '--tdp', vsm: '--vsm' };
/** Short, unique names for recipes in step ids: file name without `.json`, numbered when repeated. */
function recipeKeys(recipes) {
    const seen = new Map();
    return recipes.map(r => {
        const base = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(r.file).replace(/\.json$/, '');
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return n === 1 ? base : `${base}#${n}`;
    });
}
/**
 * The firmware path igvmbuilder gets: `file` wins, else the value of `env`; the action's firmware
 * input replaces whichever the recipe uses. A recipe without a firmware section gets none.
 */
function resolveFirmware(r, o, warnings) {
    const fw = r.firmware;
    if (!fw) {
        if (o.firmware)
            warnings.push(`${r.file}: has no "firmware" section, so the firmware file ${o.firmware} is not used`);
        return null;
    }
    if (o.firmware && (fw.file !== undefined || fw.env !== undefined))
        return o.firmware;
    if (fw.file !== undefined)
        return fw.file;
    if (fw.env !== undefined) {
        const v = o.env[fw.env];
        if (v === undefined || v === '') {
            // Set but empty reaches here only for build.py: xbuild's is refused before planning.
            warnings.push(v === undefined
                ? `${r.file}: firmware.env: ${fw.env} is not set, so the IGVM files get no firmware (upstream does the same, silently)`
                : `${r.file}: firmware.env: ${fw.env} is empty, so the IGVM files get no firmware (build.py does the same, silently: it skips an empty path)`);
            return null;
        }
        return v;
    }
    if (o.firmware)
        warnings.push(`${r.file}: firmware has neither "file" nor "env", so the firmware file ${o.firmware} is not used`);
    return null;
}
function selectedTargets(r, o) {
    return Object.entries(r.igvm).filter(([t]) => !o.targets || o.targets.includes(t));
}


/***/ }),

/***/ 5409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ command),
/* harmony export */   m: () => (/* binding */ internal)
/* harmony export */ });
/** A command run from the root (cwd '.') with the inherited environment unless told otherwise. */
function command(s) {
    // Spread first: a given key keeps its place, so a plan's JSON keeps its bytes.
    const step = { kind: 'command', cwd: '.', env: {}, ...s };
    return { ...step, inputs: s.inputs ?? [], outputs: s.outputs ?? [] };
}
function internal(id, group, title, op, extra = {}) {
    const outputs = op.type === 'pack-fs' ? [op.output] : op.type === 'measure' ? [] : [op.path];
    const inputs = op.type === 'pack-fs' ? op.entries.map(e => e.file) : op.type === 'measure' ? [op.igvm] : [];
    return { kind: 'internal', id, group, title, op, inputs, outputs, ...extra };
}


/***/ }),

/***/ 6839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ recordedPrefixes),
/* harmony export */   RS: () => (/* binding */ embeddedPaths),
/* harmony export */   aE: () => (/* binding */ readRustc),
/* harmony export */   co: () => (/* binding */ readLinker)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _igvm_diff_path_strings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6721);
// Where and with what a build made its bytes: the checkout, CARGO_HOME, the toolchain (`rustc -vV`)
// and linker of the kernel target, the remapping in force, and which of those paths the built
// parts of each IGVM file hold. Read after the plan, before and during the run.




/** A command's stdout, or null when it fails; run while the build runs (these only describe it). */
function run(root, env, argv) {
    return new Promise(resolve => (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(argv[0], argv.slice(1), { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 }, (error, stdout) => resolve(error ? null : stdout)));
}
/** `rustc -vV` and `--print sysroot`, from the tree (rustup picks its pinned toolchain there). */
async function readRustc(root, env) {
    const [out, sysrootOut] = await Promise.all([
        run(root, env, ['rustc', '-vV']),
        run(root, env, ['rustc', '--print', 'sysroot'])
    ]);
    if (out === null)
        return null;
    const field = (name) => new RegExp(`^${name}: (.+)$`, 'm').exec(out)?.[1]?.trim() ?? null;
    const sysroot = sysrootOut?.trim() || null;
    return {
        version: out.split('\n')[0].trim(),
        release: field('release'),
        commitHash: field('commit-hash'),
        commitDate: field('commit-date'),
        host: field('host'),
        llvmVersion: field('LLVM version'),
        sysroot
    };
}
function onPath(name, env) {
    for (const dir of (env.PATH ?? process.env.PATH ?? '').split(':').filter(Boolean)) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(p))
            return p;
    }
    return null;
}
/**
 * The kernel target's linker: `configured` (target.<triple>.linker) or x86_64-unknown-none's
 * default, rust-lld, which rustc takes from its sysroot.
 */
async function readLinker(root, env, configured, rustc) {
    const name = configured ?? 'rust-lld';
    let file = null;
    if (configured)
        file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(configured) ? configured : onPath(configured, env);
    else if (rustc?.sysroot && rustc.host) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(rustc.sysroot, 'lib', 'rustlib', rustc.host, 'bin', 'rust-lld');
        file = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(p) ? p : onPath('rust-lld', env);
    }
    if (!file || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return { name, path: null, version: null };
    const path = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(file);
    // rust-lld wants a flavour; ld.lld takes it too.
    const out = await run(root, env, [file, ...(configured ? [] : ['-flavor', 'gnu']), '--version']);
    return { name, path, version: out?.split('\n')[0]?.trim() || null };
}
/** The prefixes searched for: the checkout, CARGO_HOME and the toolchain's sysroot. */
function recordedPrefixes(place) {
    const out = [{ what: 'checkout', prefix: place.checkout }];
    if (place.cargoHome)
        out.push({ what: 'CARGO_HOME', prefix: place.cargoHome });
    if (place.rustc?.sysroot)
        out.push({ what: 'sysroot', prefix: place.rustc.sysroot });
    return out;
}
/** Which prefixes the files (relative to the tree → their bytes) hold, and how often. */
function embeddedPaths(files, prefixes) {
    const found = new Map();
    for (const [file, bytes] of files) {
        for (const o of (0,_igvm_diff_path_strings_js__WEBPACK_IMPORTED_MODULE_3__/* .findPathPrefixes */ .H)(bytes, prefixes)) {
            const e = found.get(o.prefix) ?? { what: o.what, prefix: o.prefix, files: {} };
            e.files[file] = (e.files[file] ?? 0) + 1;
            found.set(o.prefix, e);
        }
    }
    return [...found.values()];
}


/***/ }),

/***/ 3431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ firmwareRecord),
/* harmony export */   KQ: () => (/* binding */ recordedInputs),
/* harmony export */   rz: () => (/* binding */ readSourceState),
/* harmony export */   vl: () => (/* binding */ changedPaths)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3292);
/* harmony import */ var _firmware_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5144);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3968);
// What a rebuild needs, read from the svsm tree and the plan: the source state (taken before the
// build writes anything), the options, the helper tools the build compiled, the firmware manifest.






const MAX_DIRTY_FILES = 20;
const sha256Of = (bytes) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
function gitOut(root, args) {
    const r = (0,_util_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .$)(root, args);
    return r.ok ? r.out : null;
}
/**
 * Paths `git status` lists: changed and new files, untracked files that are not ignored (a new
 * recipe is an input too), and submodules with other commits or changed contents. Build outputs
 * the tree ignores (bin/, target/) never count.
 */
function changedPaths(root) {
    const status = gitOut(root, [
        'status',
        '--porcelain=v1',
        '-z',
        '--untracked-files=all',
        '--ignore-submodules=none'
    ]);
    if (status === null)
        return null;
    const fields = status.split('\0');
    const out = [];
    for (let i = 0; i < fields.length; i++) {
        const f = fields[i];
        if (f.length < 4)
            continue;
        out.push(f.slice(3));
        // A rename or copy is followed by its old name.
        if (f[0] === 'R' || f[0] === 'C')
            i++;
    }
    return out;
}
/** Commit, dirty state and lock file of the tree, as they are now. */
function readSourceState(root) {
    const lock = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'Cargo.lock');
    const cargoLockSha256 = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(lock) ? sha256Of((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(lock)) : null;
    const head = gitOut(root, ['rev-parse', '--verify', '-q', 'HEAD'])?.trim() ?? null;
    const dirtyFiles = head === null ? [] : (changedPaths(root) ?? []);
    return {
        commit: head,
        dirty: dirtyFiles.length > 0,
        dirtyFiles: dirtyFiles.slice(0, MAX_DIRTY_FILES),
        cargoLockSha256
    };
}
/** Versions of the packages in Cargo.lock (first entry wins; helpers are unique there). */
function lockVersions(root) {
    const out = new Map();
    const lock = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'Cargo.lock');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(lock))
        return out;
    try {
        const parsed = (0,smol_toml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(lock, 'utf8'));
        for (const p of parsed.package ?? [])
            if (typeof p.name === 'string' && typeof p.version === 'string' && !out.has(p.name))
                out.set(p.name, p.version);
    }
    catch {
        // An unreadable lock file leaves the versions unknown; its sha256 is still recorded.
    }
    return out;
}
/** The helper binaries the plan built, hashed after the run. */
function toolBuilds(root, plan) {
    const versions = lockVersions(root);
    const tool = (name) => {
        // A prebuilt helper (--igvmbuilder FILE) was not built here: its own file is what ran.
        const prebuilt = plan.options.tools?.[name];
        if (prebuilt)
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(prebuilt)
                ? { path: prebuilt, sha256: sha256Of((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(prebuilt)), profile: 'prebuilt', version: null }
                : null;
        // xbuild: helpers/<name>; build.py: helpers/<name>/cargo (then its objcopy-less output).
        const step = plan.steps.find(s => s.id === `helpers/${name}` || s.id === `helpers/${name}/cargo`);
        const path = step?.outputs[0];
        if (!path || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, path)))
            return null;
        return {
            path,
            sha256: sha256Of((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, path))),
            profile: /^target\/(?:[^/]+\/)?([^/]+)\/[^/]+$/.exec(path)?.[1] ?? 'unknown',
            version: versions.get(name) ?? null
        };
    };
    return { igvmbuilder: tool('igvmbuilder'), igvmmeasure: tool('igvmmeasure') };
}
/** The inputs every record of this build shares (`build`: where and with what, when known). */
function recordedInputs(root, plan, source, build) {
    const o = plan.options;
    return {
        source,
        options: {
            dialect: plan.dialect,
            release: o.release,
            allFeatures: o.allFeatures,
            features: o.features.map(f => `${f.pkg}:${f.feature}`),
            offline: o.offline,
            targets: o.targets ? [...o.targets] : null,
            measure: o.measure,
            firmware: o.firmware ?? null,
            recipes: plan.recipes.map(r => r.file),
            ...(o.remapPaths ? { remapPaths: true } : {})
        },
        tools: toolBuilds(root, plan),
        ...(build ? { build } : {})
    };
}
/**
 * The firmware file's record: its sha256, and the manifest.json beside it when that manifest lists
 * a file with this sha256 (a manifest about other bytes would be a false claim). The warning says
 * why a manifest that is there was left out.
 */
function firmwareRecord(root, path) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, path);
    const sha256 = sha256Of((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file));
    const manifestPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), 'manifest.json');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(manifestPath))
        return { firmware: { path, sha256, manifest: null } };
    let json;
    try {
        json = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(manifestPath, 'utf8'));
    }
    catch (e) {
        return {
            firmware: { path, sha256, manifest: null },
            warning: `${manifestPath}: not recorded with the firmware: not JSON (${e.message})`
        };
    }
    const parsed = _firmware_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .firmwareManifestSchema */ .ko.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return {
            firmware: { path, sha256, manifest: null },
            warning: `${manifestPath}: not recorded with the firmware: ${issue.path.join('.') || '(top level)'}: ${issue.message}`
        };
    }
    if (!parsed.data.files.some(f => f.sha256 === sha256)) {
        return {
            firmware: { path, sha256, manifest: null },
            warning: `${manifestPath}: not recorded with the firmware: it lists no file with sha256 ${sha256} (${path})`
        };
    }
    return { firmware: { path, sha256, manifest: parsed.data } };
}


/***/ }),

/***/ 3102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ missingTools),
/* harmony export */   a: () => (/* binding */ findOnPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Tools the plan needs, found before anything runs: on PATH (cargo, objcopy, make, git, the
// firmware command) or, for the helpers upstream builds, at the relative path it invokes them by.


function findOnPath(name, path = process.env.PATH ?? '') {
    for (const dir of path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(candidate).isFile())
                return candidate;
        }
        catch {
            // not here
        }
    }
    return null;
}
const HINTS = {
    cargo: 'install Rust with rustup (https://rustup.rs)',
    objcopy: 'install GNU binutils (Debian/Ubuntu: apt install binutils)',
    make: 'install GNU make (Debian/Ubuntu: apt install make)',
    git: 'install git'
};
/** One message per missing program; steps whose argv[0] is a path are produced by earlier steps. */
function missingTools(plan, path = process.env.PATH ?? '') {
    const needed = new Map();
    for (const s of plan.steps) {
        if (s.kind !== 'command' || s.mayFail || s.argv[0].includes('/'))
            continue;
        if (!needed.has(s.argv[0]))
            needed.set(s.argv[0], s.id);
    }
    const problems = [];
    for (const [tool, step] of needed) {
        if (findOnPath(tool, path))
            continue;
        const hint = HINTS[tool] ?? 'install it or fix the recipe';
        problems.push(`${tool}: not found on PATH (needed by step ${step}); ${hint}`);
    }
    return problems;
}


/***/ }),

/***/ 3968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// git as every room runs it: argv, never a shell; the answer with its stdout and its last words.

function git(cwd, args) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
    return { ok: r.status === 0, out: r.stdout ?? '', err: (r.stderr ?? '').trim() };
}


/***/ }),

/***/ 9906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ streamLogger)
/* harmony export */ });
function streamLogger(out, err, colour = false) {
    const bold = (s) => (colour ? `\x1b[1m${s}\x1b[0m` : s);
    const yellow = (s) => (colour ? `\x1b[33m${s}\x1b[0m` : s);
    return {
        info: m => out.write(`${m}\n`),
        warn: m => err.write(`${yellow('warning')}: ${m}\n`),
        group: t => out.write(`${bold(t)}\n`),
        endGroup: () => { }
    };
}


/***/ })

};
