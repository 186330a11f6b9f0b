export const id = 166;
export const ids = [166];
export const modules = {

/***/ 8686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ runBuild)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/firmware/manifest.ts
var manifest = __webpack_require__(5144);
;// CONCATENATED MODULE: ./src/record/recorded-inputs.ts
// What a rebuild needs, read from the svsm tree and the plan: the source state (taken before the
// build writes anything), the options, the helper tools the build compiled, the firmware manifest.






const MAX_DIRTY_FILES = 20;
const sha256Of = (bytes) => (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
function git(root, args) {
    const r = (0,external_node_child_process_.spawnSync)('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return r.status === 0 ? r.stdout : null;
}
/** Commit, dirty state and lock file of the tree, as they are now. */
function readSourceState(root) {
    const lock = (0,external_node_path_.join)(root, 'Cargo.lock');
    const cargoLockSha256 = (0,external_node_fs_.existsSync)(lock) ? sha256Of((0,external_node_fs_.readFileSync)(lock)) : null;
    const head = git(root, ['rev-parse', '--verify', '-q', 'HEAD'])?.trim() ?? null;
    // Untracked files are not in `git describe --dirty` either; ignored build outputs never count.
    const status = head === null ? null : git(root, ['status', '--porcelain', '--untracked-files=no']);
    const dirtyFiles = (status ?? '')
        .split('\n')
        .filter(l => l.length > 3)
        .map(l => l.slice(3));
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
    const lock = (0,external_node_path_.join)(root, 'Cargo.lock');
    if (!(0,external_node_fs_.existsSync)(lock))
        return out;
    try {
        const parsed = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(lock, 'utf8'));
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
            return (0,external_node_fs_.existsSync)(prebuilt)
                ? { path: prebuilt, sha256: sha256Of((0,external_node_fs_.readFileSync)(prebuilt)), profile: 'prebuilt', version: null }
                : null;
        // xbuild: helpers/<name>; build.py: helpers/<name>/cargo (then its objcopy-less output).
        const step = plan.steps.find(s => s.id === `helpers/${name}` || s.id === `helpers/${name}/cargo`);
        const path = step?.outputs[0];
        if (!path || !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, path)))
            return null;
        return {
            path,
            sha256: sha256Of((0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(root, path))),
            profile: /^target\/(?:[^/]+\/)?([^/]+)\/[^/]+$/.exec(path)?.[1] ?? 'unknown',
            version: versions.get(name) ?? null
        };
    };
    return { igvmbuilder: tool('igvmbuilder'), igvmmeasure: tool('igvmmeasure') };
}
/** The inputs every record of this build shares. */
function recordedInputs(root, plan, source) {
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
            recipes: plan.recipes.map(r => r.file)
        },
        tools: toolBuilds(root, plan)
    };
}
/**
 * The firmware file's record: its sha256, and the manifest.json beside it when that manifest lists
 * a file with this sha256 (a manifest about other bytes would be a false claim). The warning says
 * why a manifest that is there was left out.
 */
function firmwareRecord(root, path) {
    const file = (0,external_node_path_.resolve)(root, path);
    const sha256 = sha256Of((0,external_node_fs_.readFileSync)(file));
    const manifestPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), 'manifest.json');
    if (!(0,external_node_fs_.existsSync)(manifestPath))
        return { firmware: { path, sha256, manifest: null } };
    let json;
    try {
        json = JSON.parse((0,external_node_fs_.readFileSync)(manifestPath, 'utf8'));
    }
    catch (e) {
        return {
            firmware: { path, sha256, manifest: null },
            warning: `${manifestPath}: not recorded with the firmware: not JSON (${e.message})`
        };
    }
    const parsed = manifest/* firmwareManifestSchema */.ko.safeParse(json);
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
// EXTERNAL MODULE: ./src/run/runner.ts + 3 modules
var runner = __webpack_require__(7297);
// EXTERNAL MODULE: ./src/run/tools.ts
var tools = __webpack_require__(3102);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/util/system-error.ts
var system_error = __webpack_require__(6208);
;// CONCATENATED MODULE: ./src/engine/lock.ts
// One build per svsm tree at a time: two would write the same bin/ files and each claim the
// other's. The lock file says who holds it; one left by a process that is gone is taken over.






/** Beside the results it guards (bin/ is never cached, unlike target/). */
const LOCK_FILE = 'bin/.svsm-build.lock';
const lockInfo = schemas/* object */.Ikc({
    pid: schemas/* number */.aig().int().positive(),
    host: schemas/* string */.YjP(),
    started: schemas/* string */.YjP(),
    command: schemas/* string */.YjP()
});
class BuildLocked extends errors/* PreflightError */.wG {
    name = 'BuildLocked';
}
/**
 * Takes the lock of the tree at `root` for this process, or throws BuildLocked naming its holder.
 * Returns the function that gives it back (only if it is still ours).
 */
function acquireBuildLock(root, command, note, now = new Date()) {
    const path = (0,external_node_path_.resolve)(root, LOCK_FILE);
    try {
        return takeLock(root, path, command, note, now);
    }
    catch (e) {
        // A read-only bin/, a full disk, a file where bin/ should be: one message naming the folder.
        if (!(0,system_error/* isSystemError */.Or)(e))
            throw e;
        throw new errors/* PreflightError */.wG(`${(0,external_node_path_.dirname)(path)}: cannot create the build lock ${LOCK_FILE} there: ${(0,system_error/* systemErrorReason */.Qq)(e)}; the build writes its results in bin/, so it must be a writable folder`);
    }
}
function takeLock(root, path, command, note, now) {
    const mine = { pid: process.pid, host: (0,external_node_os_.hostname)(), started: now.toISOString(), command };
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
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
            (0,external_node_fs_.rmSync)(path, { force: true });
    };
}
/**
 * Creates `path` with `text` unless it exists. Written whole under another name, then linked, so
 * nobody ever reads a half-written lock; where hard links are not supported, created in place.
 */
function createExclusive(path, text) {
    const tmp = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, text);
    try {
        (0,external_node_fs_.linkSync)(tmp, path);
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
        (0,external_node_fs_.rmSync)(tmp, { force: true });
    }
    try {
        (0,external_node_fs_.writeFileSync)(path, text, { flag: 'wx' });
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
        (0,external_node_fs_.renameSync)(path, aside);
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
        (0,external_node_fs_.linkSync)(aside, path);
        return moved === 'gone' ? 'unreadable' : moved;
    }
    finally {
        (0,external_node_fs_.rmSync)(aside, { force: true });
    }
}
function readLock(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
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
    const elsewhere = holder.host !== (0,external_node_os_.hostname)() ? ` (another host: its pid cannot be checked from here)` : '';
    return (`another build of ${root} is running: pid ${holder.pid} on ${holder.host}${elsewhere}, started ${holder.started} (${age} s ago): ${holder.command}\n` +
        `Wait for it to finish, or stop it; if it is gone, remove ${path}`);
}

// EXTERNAL MODULE: ./src/engine/prepare.ts + 11 modules
var prepare = __webpack_require__(2134);
;// CONCATENATED MODULE: ./src/engine/build.ts
// The whole engine: prepare → preflight → run → measurements. The CLI and the action call this.












async function runBuild(req, io, prepared = (0,prepare/* prepareBuild */.y)(req)) {
    const { root, plan, warnings } = prepared;
    for (const w of warnings)
        io.log.warn(w);
    preflight(root, plan, req.env);
    // Before anything is removed: those may be the results of a build that is still running.
    const release = acquireBuildLock(root, io.command ?? process.argv.join(' '), m => io.log.warn(m));
    try {
        return await buildLocked(root, plan, warnings, req, io);
    }
    finally {
        release();
    }
}
async function buildLocked(root, plan, warnings, req, io) {
    // Nothing from an earlier run may look like a result of this one.
    const results = [schema/* MEASUREMENTS_FILE */.x3, ...plan.targets.map(t => t.igvm)].map(f => (0,external_node_path_.resolve)(root, f));
    const removeResults = () => results.forEach(f => (0,external_node_fs_.rmSync)(f, { force: true }));
    removeResults();
    const toolchain = rustcVersion(root, req.env);
    const source = readSourceState(root);
    let outcome;
    try {
        outcome = await (0,runner/* runPlan */.F)(plan, {
            root,
            env: { ...process.env, ...req.env },
            out: io.out,
            err: io.err,
            log: io.log,
            measure: io.measure,
            ...(io.skip ? { skip: io.skip } : {}),
            ...(io.interrupt ? { interrupt: io.interrupt } : {})
        });
        // A signal after the last step still means "stop": the run gives no result.
        if (io.interrupt?.signal)
            throw new interrupt/* Interrupted */.j$(io.interrupt.signal, `interrupted by ${io.interrupt.signal} after the last step`);
    }
    catch (e) {
        // A failed or stopped run leaves no IGVM file of its own either (an earlier target's).
        removeResults();
        throw e;
    }
    const inputs = recordedInputs(root, plan, source);
    const measurements = plan.targets.map(t => {
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
            inputs,
            ...(d.details ? { details: d.details } : {})
        };
    });
    try {
        writeRecords((0,external_node_path_.resolve)(root, schema/* MEASUREMENTS_FILE */.x3), measurements);
    }
    catch (e) {
        // A full disk: no IGVM file stays without the record that says what it is.
        removeResults();
        throw e;
    }
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
function rustcVersion(root, env) {
    try {
        return (0,external_node_child_process_.execFileSync)('rustc', ['-V'], {
            cwd: root,
            env: { ...process.env, ...env },
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore']
        }).trim();
    }
    catch {
        return undefined;
    }
}
function recordFirmware(root, path, log, warnings) {
    const r = firmwareRecord(root, path);
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
/* unused harmony export TDX_NOTE */
/* harmony import */ var _igvm_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6718);
/* harmony import */ var _igvm_measure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2477);
/* harmony import */ var _igvm_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2234);
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

/***/ 2134:
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
// EXTERNAL MODULE: ./src/util/relative-path.ts
var relative_path = __webpack_require__(9344);
;// CONCATENATED MODULE: ./src/recipe/output-name.ts
// The one check that an IGVM output name (igvm.<target>.output) can be the file bin/<output>:
// refused when planning, so `build` never meets a name it cannot write.

/** What is wrong with `output` as a file under bin/ (a clause: "has a \"..\" part"), or null. */
function outputNameProblem(output) {
    return (0,relative_path/* relativePathProblem */.BE)(output);
}

// EXTERNAL MODULE: ./src/recipe/types.ts
var types = __webpack_require__(9067);
;// CONCATENATED MODULE: ./src/recipe/expand.ts
// Fills every default the dialect applies, and rejects what upstream would only reject (or crash
// on) in the middle of a build: by then kernels have been compiled for nothing.



const DEFAULT_POLICY = '0x30000';
const DEFAULT_OUTPUT = 'default.json';
const DEFAULT_PLATFORMS = ['snp', 'tdp', 'vsm'];
const DEFAULT_OBJCOPY = 'elf64-x86-64';
/** Roles the dialect's igvmbuilder call gives kernel parts; other parts are built and ignored. */
const KERNEL_ROLES = {
    xbuild: { svsm: '--kernel', bldr: '--bldr', 'tdx-stage1': '--tdx-stage1' },
    'build.py': { stage2: '--stage2', svsm: '--kernel', 'tdx-stage1': '--tdx-stage1' }
};
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
            out[name] = expandComponent(c, path, dialect, problems, warnings);
        }
        return out;
    };
    const kernel = expandComponents(input.kernel, ['kernel']);
    const modules = expandComponents(input.fs?.modules, ['fs', 'modules']);
    const firmware = expandFirmware(input.firmware, dialect, problems, warnings);
    const igvm = {};
    const rawIgvm = (raw.igvm ?? {});
    const igvmIn = (input.igvm ?? {});
    for (const target of Object.keys(rawIgvm)) {
        const t = igvmIn[target];
        if (!t || !types/* IGVM_TARGETS */.TL.includes(target))
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
function expandComponent(c, path, dialect, problems, warnings) {
    const type = c.type ?? 'cargo';
    const out = {
        type,
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
    if (type === 'make' && out.output_file === undefined) {
        problems.push({
            path: `${path}.output_file`,
            expected: 'a make target: a "make" build item needs "output_file"',
            found: describeMissing()
        });
    }
    if (type === 'cargo' && out.toolchain !== undefined) {
        problems.push({
            path: `${path}.toolchain`,
            expected: 'no toolchain: a non-default toolchain is only allowed for "type": "test" items',
            found: `string ${JSON.stringify(out.toolchain)}`
        });
    }
    if (type === 'make' && out.toolchain !== undefined)
        warnings.push(`${path}.toolchain: ignored for "make" items`);
    if (type !== 'make' && out.output_file !== undefined && dialect === 'xbuild') {
        warnings.push(`${path}.output_file: ignored by xbuild for "${type}" items (it is used only by "make")`);
    }
    if (type === 'make' && Object.keys(out.env).length > 0)
        warnings.push(`${path}.env: ignored for "make" items`);
    return out;
}
const describeMissing = () => 'nothing (the key is missing)';
function expandFirmware(f, dialect, problems, warnings) {
    if (f == null)
        return null;
    const out = {};
    if (f.command != null) {
        if (f.command.length === 0) {
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
        else {
            out.command = f.command;
        }
    }
    if (f.file != null)
        out.file = f.file;
    if (f.env != null)
        out.env = f.env;
    if (out.file !== undefined && out.env !== undefined)
        warnings.push('firmware: both "file" and "env" given; "file" wins');
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
                found: describeMissing()
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
                    found: describeMissing()
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
    const seen = new Map();
    for (const [target, t] of Object.entries(igvm)) {
        const path = `igvm.${target}.output`;
        const bad = outputNameProblem(t.output);
        if (bad) {
            problems.push({
                path,
                expected: 'a file name under bin/, like "coconut-qemu.igvm"',
                found: `${(0,recipe_errors/* describeValue */.bp)(t.output)}, which ${bad}`
            });
            continue;
        }
        const other = seen.get(t.output);
        if (other)
            warnings.push(`${path}: bin/${t.output} is also the output of igvm.${other}; the later target overwrites it`);
        seen.set(t.output, target);
    }
    if (Object.keys(igvm).length === 0)
        warnings.push('igvm: no targets, so no IGVM file is built');
}

;// CONCATENATED MODULE: ./src/plan/common.ts
// Pieces both dialects share: step construction, profile paths, firmware resolution.

const KERNEL_TRIPLE = 'x86_64-unknown-none';
const HOST_TRIPLE = 'x86_64-unknown-linux-gnu';
const profileDir = (o) => (o.release ? 'release' : 'debug');
const PLATFORM_FLAG = { native: '--native', snp: '--snp', tdp: '--tdp', vsm: '--vsm' };
/** Short, unique names for recipes in step ids: file name without `.json`, numbered when repeated. */
function recipeKeys(recipes) {
    const seen = new Map();
    return recipes.map(r => {
        const base = (0,external_node_path_.basename)(r.file).replace(/\.json$/, '');
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return n === 1 ? base : `${base}#${n}`;
    });
}
function command(s) {
    return { kind: 'command', cwd: '.', env: {}, ...s };
}
function internal(id, group, title, op, extra = {}) {
    const outputs = op.type === 'pack-fs' ? [op.output] : op.type === 'measure' ? [] : [op.path];
    const inputs = op.type === 'pack-fs' ? op.entries.map(e => e.file) : op.type === 'measure' ? [op.igvm] : [];
    return { kind: 'internal', id, group, title, op, inputs, outputs, ...extra };
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
            warnings.push(`${r.file}: firmware.env: ${fw.env} is not set, so the IGVM files get no firmware (upstream does the same, silently)`);
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
/**
 * What follows igvmbuilder for one target in both dialects: `igvmmeasure [--check-kvm]
 * [--native-zero] bin/<output> measure` (unless `igvmmeasure` is null: builtin mode), then our own
 * measurement, which cross-checks what igvmmeasure printed.
 */
function measureSteps(a, igvmmeasure) {
    const { key, recipe, t, igvm } = a;
    const target = a.target;
    const steps = [];
    const igvmmeasureStep = igvmmeasure ? `${key}:igvm/${target}/igvmmeasure` : undefined;
    if (igvmmeasureStep) {
        const argv = [igvmmeasure];
        if (t['check-kvm'])
            argv.push('--check-kvm');
        if (t['measure-native-zeroes'])
            argv.push('--native-zero');
        argv.push(igvm, 'measure');
        steps.push(command({
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
    steps.push(internal(measureStep, 'measure', `Checking the launch digest of ${igvm}`, op, { recipe, target }));
    return {
        steps,
        plan: {
            measureStep,
            recipe,
            target,
            igvm,
            platforms: [...t.platforms],
            policy: t.policy,
            checkKvm: t['check-kvm'],
            nativeZero: t['measure-native-zeroes'],
            firmware: a.firmware
        }
    };
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
    return argv;
}
function build(id, group, name, c, triple, recipe, o) {
    const title = `Building ${name}...`;
    if (c.type === 'make') {
        const argv = ['make', c.output_file];
        if (o.release)
            argv.push('RELEASE=1');
        if (o.verbose)
            argv.push('V=2');
        return command({
            id: `${id}/make`,
            group,
            title,
            recipe,
            argv,
            inputs: [],
            outputs: [c.output_file],
            produces: { path: c.output_file }
        });
    }
    // build.py looks for target/<triple>/<profile>/<output_file or name> and, when that is
    // missing, passes the bare name on (the objcopy then fails on it).
    const out = `target/${triple}/${profileDir(o)}/${c.output_file ?? name}`;
    return command({
        id: `${id}/cargo`,
        group,
        title,
        recipe,
        argv: cargo(name, c, triple, o),
        inputs: [],
        outputs: [out],
        produces: { path: out, fallback: name }
    });
}
function objcopy(id, group, name, c, from, dst, recipe) {
    const src = from.produces.path;
    return command({
        id: `${id}/objcopy`,
        group,
        title: `Copying ${name} to ${dst}`,
        recipe,
        argv: ['objcopy', '-O', c.objcopy, '--strip-unneeded', src, dst],
        inputs: [src],
        outputs: [dst],
        argFrom: { index: 4, step: from.id }
    });
}
function planBuildpy(recipes, keys, o, warnings) {
    const steps = [];
    const targets = [];
    const built = new Set();
    const prof = profileDir(o);
    const tool = (n) => o.tools?.[n] ?? `target/${HOST_TRIPLE}/${prof}/${n}`;
    // Reported as the build's git version; build.py itself leaves the file to release/build.rs.
    steps.push(command({
        id: 'git-version',
        group: 'prepare',
        title: 'Reading the git version',
        argv: ['git', 'describe', '--always', '--dirty=+'],
        inputs: [],
        outputs: [],
        capture: 'git-version',
        mayFail: true
    }));
    steps.push(internal('mkdir-bin', 'prepare', 'Creating bin/', { type: 'mkdir', path: 'bin' }));
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
        steps.push(build(`helpers/${name}`, 'helpers', name, c, HOST_TRIPLE, undefined, o));
    }
    recipes.forEach((r, i) => {
        const key = keys[i];
        const recipe = r.file;
        const kernelBuilds = Object.entries(r.kernel).map(([name, c]) => {
            built.add(name);
            return [name, c, build(`${key}:kernel/${name}`, 'kernel', name, c, KERNEL_TRIPLE, recipe, o)];
        });
        steps.push(...kernelBuilds.map(([, , s]) => s));
        steps.push(...kernelBuilds.map(([name, c, s]) => objcopy(`${key}:kernel/${name}`, 'kernel', name, c, s, `bin/${name}`, recipe)));
        const firmware = resolveFirmware(r, o, warnings);
        if (r.firmware?.command) {
            steps.push(command({
                id: `${key}:firmware/command`,
                group: 'firmware',
                title: 'Running the firmware command',
                recipe,
                argv: [...r.firmware.command],
                inputs: [],
                outputs: firmware ? [firmware] : []
            }));
        }
        steps.push(internal(`${key}:fs/reset`, 'fs', 'Resetting bin/fs', { type: 'reset-dir', path: 'bin/fs' }, { recipe }));
        const modules = Object.entries(r.fs.modules);
        for (const [name, c] of modules) {
            built.add(name);
            const b = build(`${key}:fs/${name}`, 'fs', name, c, KERNEL_TRIPLE, recipe, o);
            // build.py formats "bin/fs/{path}", so "/init" becomes "bin/fs//init".
            const dst = `bin/fs/${c.path ?? name}`;
            steps.push(b, objcopy(`${key}:fs/${name}`, 'fs', name, c, b, dst, recipe));
        }
        const fsImage = modules.length > 0 ? 'bin/svsm-fs.bin' : null;
        if (fsImage) {
            const inputs = modules.map(([name, c]) => `bin/fs/${fsImageName(name, c)}`);
            steps.push(command({
                id: `${key}:fs/packit`,
                group: 'fs',
                title: `Writing ${fsImage}`,
                recipe,
                argv: [tool('packit'), 'pack', '--input', 'bin/fs', '--output', fsImage],
                inputs,
                outputs: [fsImage]
            }));
        }
        for (const [target, t] of selectedTargets(r, o)) {
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
            argv.push(...t.platforms.map(p => PLATFORM_FLAG[p]));
            if (firmware)
                argv.push('--firmware', firmware);
            if (fsImage)
                argv.push('--filesystem', fsImage);
            argv.push(target);
            const inputs = [
                'bin/stage2',
                'bin/svsm',
                ...('tdx-stage1' in r.kernel ? ['bin/tdx-stage1'] : []),
                ...(firmware ? [firmware] : []),
                ...(fsImage ? [fsImage] : [])
            ];
            steps.push(command({
                id: `${key}:igvm/${target}/build`,
                group: 'igvm',
                title: `Building ${igvm} (${target})`,
                recipe,
                target: target,
                argv,
                inputs,
                outputs: [igvm]
            }));
            const m = measureSteps({ key, recipe, target, t, igvm, firmware }, o.measure === 'igvmmeasure' ? tool('igvmmeasure') : null);
            steps.push(...m.steps);
            targets.push(m.plan);
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
    const prof = profileDir(o);
    const id = `${prefix}:${group}/${name}`;
    const title = `Building ${name}...`;
    const build = (() => {
        switch (c.type) {
            case 'make': {
                const features = o.allFeatures ? '' : [...(c.features ?? []), ...cliFeatures(name, o)].join(',');
                const argv = ['make', c.output_file];
                if (o.release)
                    argv.push('RELEASE=1');
                if (o.verbose)
                    argv.push('V=2');
                return command({
                    id: `${id}/make`,
                    group,
                    title,
                    recipe,
                    argv,
                    env: { FEATURES: features, FEATURES_TEST: features },
                    inputs: [],
                    outputs: [c.output_file],
                    produces: { path: c.output_file }
                });
            }
            case 'test': {
                const argv = ['cargo'];
                if (c.toolchain !== undefined)
                    argv.push(`+${c.toolchain}`);
                argv.push('test', '--no-run', '--message-format=json-render-diagnostics', '--package', name, '--target', KERNEL_TRIPLE);
                argv.push(...featureArgs(name, c, o), ...tailArgs(c, o));
                return command({
                    id: `${id}/cargo`,
                    group,
                    title,
                    recipe,
                    argv,
                    env: { ...c.env },
                    inputs: [],
                    outputs: [],
                    capture: 'cargo-test-executable',
                    produces: { cargoTestTarget: name }
                });
            }
            default: {
                const argv = ['cargo', 'build', c.binary ? '--bin' : '--package', name, '--target', KERNEL_TRIPLE];
                argv.push(...featureArgs(name, c, o), ...tailArgs(c, o));
                const out = `target/${KERNEL_TRIPLE}/${prof}/${name}`;
                return command({
                    id: `${id}/cargo`,
                    group,
                    title,
                    recipe,
                    argv,
                    env: { ...c.env },
                    inputs: [],
                    outputs: [out],
                    produces: { path: out }
                });
            }
        }
    })();
    const src = c.type === 'test' ? `<test executable of ${name}>` : build.produces.path;
    const objcopy = command({
        id: `${id}/objcopy`,
        group,
        title: `Copying ${name} to ${dst}`,
        recipe,
        argv: ['objcopy', '-O', c.objcopy, o.release ? '--strip-unneeded' : '--strip-debug', src, dst],
        inputs: c.type === 'test' ? [] : [src],
        outputs: [dst],
        argFrom: c.type === 'test' ? { index: 4, step: build.id } : undefined
    });
    if (!objcopy.argFrom)
        delete objcopy.argFrom;
    return [build, objcopy];
}
function planXbuild(recipes, keys, o, warnings) {
    const steps = [];
    const targets = [];
    const built = new Set();
    const helpersBuilt = new Set();
    const prof = profileDir(o);
    steps.push(command({
        id: 'git-version',
        group: 'prepare',
        title: `Writing ${GIT_VERSION_FILE}`,
        argv: ['git', 'describe', '--always', '--dirty=+'],
        inputs: [],
        outputs: [GIT_VERSION_FILE],
        capture: 'git-version',
        writeVersionTo: GIT_VERSION_FILE,
        mayFail: true
    }));
    // A prebuilt helper (--igvmbuilder, --igvmmeasure) is used as given; the tree's own is built.
    const toolPath = (name) => o.tools?.[name] ?? `target/${prof}/${name}`;
    const helper = (name) => {
        built.add(name);
        if (helpersBuilt.has(name) || o.tools?.[name])
            return;
        helpersBuilt.add(name);
        const out = `target/${prof}/${name}`;
        steps.push(command({
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
        steps.push(internal(`${key}:kernel/mkdir`, 'kernel', 'Creating bin/', { type: 'mkdir', path: 'bin' }, { recipe }));
        for (const [name, c] of Object.entries(r.kernel)) {
            built.add(name);
            steps.push(...componentSteps(key, 'kernel', name, c, `bin/${name}`, recipe, o));
        }
        const firmware = resolveFirmware(r, o, warnings);
        if (r.firmware?.command) {
            steps.push(command({
                id: `${key}:firmware/command`,
                group: 'firmware',
                title: 'Running the firmware command',
                recipe,
                argv: [...r.firmware.command],
                inputs: [],
                outputs: firmware ? [firmware] : []
            }));
        }
        steps.push(internal(`${key}:fs/reset`, 'fs', 'Resetting bin/fs', { type: 'reset-dir', path: 'bin/fs' }, { recipe }));
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
            steps.push(internal(`${key}:fs/pack`, 'fs', `Writing ${fsImage}`, { type: 'pack-fs', output: fsImage, entries }, { recipe }));
        }
        for (const [target, t] of selectedTargets(r, o)) {
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
            if (t.comport !== undefined)
                argv.push('--comport', t.comport);
            if (o.verbose)
                argv.push('--verbose');
            if (t['no-vtom'])
                argv.push('--no-vtom');
            argv.push(...t.platforms.map(p => PLATFORM_FLAG[p]), target);
            helper('igvmbuilder');
            const inputs = [
                ...parts.map(p => `bin/${p}`),
                ...(firmware ? [firmware] : []),
                ...(fsImage ? [fsImage] : [])
            ];
            steps.push(command({
                id: `${key}:igvm/${target}/build`,
                group: 'igvm',
                title: `Building ${igvm} (${target})`,
                recipe,
                target: target,
                argv,
                inputs,
                outputs: [igvm]
            }));
            if (o.measure === 'igvmmeasure')
                helper('igvmmeasure');
            const m = measureSteps({ key, recipe, target, t, igvm, firmware }, o.measure === 'igvmmeasure' ? toolPath('igvmmeasure') : null);
            steps.push(...m.steps);
            targets.push(m.plan);
        }
    });
    return { steps, targets, built };
}

;// CONCATENATED MODULE: ./src/plan/plan.ts




function makePlan(recipes, dialect, options) {
    const warnings = [];
    const keys = recipeKeys(recipes);
    const { steps, targets, built } = (dialect === 'xbuild' ? planXbuild : planBuildpy)(recipes, keys, options, warnings);
    if (options.targets) {
        for (const t of options.targets) {
            if (!targets.some(p => p.target === t))
                warnings.push(`target ${t}: no recipe builds it`);
        }
    }
    if (dialect === 'xbuild')
        warnings.push(...(0,features/* unusedFeatureWarnings */.E)(options.features, built));
    const { env: _env, ...rest } = options;
    return { dialect, options: rest, recipes, steps, targets, warnings };
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

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/recipe/bundled.ts
// Recipe inputs: a path (relative to svsm-path) or the name of a recipe bundled with the action.



/** Bundled names → files in this repository's recipes/ (kept equal to upstream's configs). */
const BUNDLED_RECIPES = {
    qemu: 'qemu-target.json',
    'hyper-v': 'hyperv-target.json',
    vanadium: 'vanadium-target.json',
    'all-targets': 'all-targets.json',
    'qemu-test': 'test/qemu-test-target.json',
    'hyper-v-test': 'test/hyperv-test-target.json',
    'vanadium-test': 'test/vanadium-test-target.json'
};
/** recipes/ next to dist/ (the bundle lives in dist/<entry>/index.js) or next to src/. */
function bundledRecipesDir() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 4; i++) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'recipes', 'all-targets.json')))
            return (0,external_node_path_.join)(dir, 'recipes');
        dir = (0,external_node_path_.dirname)(dir);
    }
    return (0,external_node_path_.join)(dir, 'recipes');
}
/** The bundled recipe a name stands for, or null. */
function bundledRecipe(name) {
    const file = BUNDLED_RECIPES[name];
    return file ? (0,external_node_path_.join)(bundledRecipesDir(), file) : null;
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

;// CONCATENATED MODULE: ./src/recipe/load.ts
// Reads one recipe file and turns it into an ExpandedRecipe, or a RecipeError that lists every
// problem with its JSON path. Nothing is built from a recipe that fails here.






/** Loads `file` (resolved against `root`; `displayName` is how errors name it). */
function loadRecipe(file, dialect, root = '.', displayName = file) {
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
    return parseRecipe(bytes, displayName, dialect);
}
function parseRecipe(bytes, file, dialect) {
    const raw = parseJson(bytes.toString('utf8'), file);
    const schema = dialect === 'xbuild' ? xbuildRecipe : buildpyRecipe;
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
        throw new recipe_errors/* RecipeError */.tF(file, issuesToProblems(parsed.error.issues, raw));
    const warnings = unknownKeyWarnings(raw, dialect).map(w => `${file}: ${w}`);
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
/** Upstream ignores unknown keys (serde/dict.get); a typo such as "featurs" would go unnoticed. */
function unknownKeyWarnings(raw, dialect) {
    const known = KNOWN_KEYS[dialect];
    const warnings = [];
    const check = (obj, path, keys) => {
        if (obj === null || typeof obj !== 'object' || Array.isArray(obj))
            return;
        for (const k of Object.keys(obj)) {
            if (!keys.includes(k)) {
                warnings.push(`${(0,recipe_errors/* jsonPath */.U1)([...path, k])}: unknown key, ignored (${dialect} reads only ${keys.join(', ')})`);
            }
        }
    };
    const r = raw;
    check(r, [], known.root);
    for (const [name, c] of Object.entries(r.kernel ?? {}))
        check(c, ['kernel', name], known.component);
    check(r.firmware, ['firmware'], known.firmware);
    check(r.fs, ['fs'], known.fs);
    const modules = (r.fs?.modules ?? {});
    for (const [name, c] of Object.entries(modules))
        check(c, ['fs', 'modules', name], known.component);
    for (const [name, t] of Object.entries(r.igvm ?? {}))
        check(t, ['igvm', name], known.target);
    return warnings;
}

// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/engine/prepare.ts
// Recipes on disk → Plan: resolve the files, pick the dialect, load, expand and plan them.








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
    const recipes = [];
    const errors = [];
    for (const file of req.recipes) {
        try {
            const loaded = loadRecipe(locateRecipe(root, file), dialect, root, file);
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
    const plan = makePlan(recipes, dialect, { ...req.options, env: req.env });
    warnings.push(...plan.warnings);
    return { root, plan, warnings };
}
/**
 * Upstream resolves recipes against its root; a path that only exists from here is accepted too,
 * and so is the name of a recipe bundled with svsm-build (qemu, hyper-v, ..., see recipe/bundled.ts).
 */
function locateRecipe(root, file) {
    if ((0,external_node_path_.isAbsolute)(file))
        return file;
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, file)))
        return file;
    const fromCwd = (0,external_node_path_.resolve)(file);
    if ((0,external_node_fs_.existsSync)(fromCwd))
        return (0,external_node_path_.relative)(root, fromCwd).startsWith('..') ? fromCwd : (0,external_node_path_.relative)(root, fromCwd);
    return bundledRecipe(file) ?? file;
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
// page data each) records. No COCONUT tool computes it; it is reported as such.


const PAGE_ADD = Buffer.alloc(128);
Buffer.from('MEM.PAGE.ADD').copy(PAGE_ADD);
const EXTEND = Buffer.alloc(384);
Buffer.from('MR.EXTEND').copy(EXTEND);
const CHUNK = 256;
function tdxMrtd(file) {
    const mask = file.platforms.find(p => p.platformType === format/* PLATFORM_TYPE */.pD.TDX)?.mask;
    if (mask === undefined)
        return null;
    const h = (0,external_node_crypto_.createHash)('sha384');
    const areas = new Map();
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
            for (let gpa = d.gpa; gpa < d.gpa + size; gpa += BigInt(format/* PAGE_4K */.AI))
                addPage(gpa, undefined);
        }
    }
    return h.digest();
}

;// CONCATENATED MODULE: ./src/igvm/inventory.ts
// What is inside an IGVM file, per platform: pages by kind, parameter areas, VMSAs, policy,
// required memory, ID block, and the digests (SNP default and native-zero; TDX MRTD).



const hex = (v) => `0x${v.toString(16)}`;
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
            areas.get(d.index)?.usedBy.push(format/* TYPE_NAMES */.et[d.type] ?? hex(d.type));
        else if (d.kind === 'parameter-insert') {
            const a = areas.get(d.index);
            if (a)
                a.insertedAt = hex(d.gpa);
        }
        else if (d.kind === 'vp-context' &&
            (d.platformType === format/* PLATFORM_TYPE */.pD.SEV_SNP || d.platformType === format/* PLATFORM_TYPE */.pD.SEV_ES)) {
            const v = Buffer.from(d.data.buffer, d.data.byteOffset, d.data.byteLength);
            const features = v.readBigUInt64LE(format/* VMSA */.yM.SEV_FEATURES);
            vmsas.push({
                gpa: hex(d.gpa),
                mask: hex(d.mask),
                cr0: hex(v.readBigUInt64LE(format/* VMSA */.yM.CR0)),
                rip: hex(v.readBigUInt64LE(format/* VMSA */.yM.RIP)),
                sevFeatures: hex(features),
                sevFeatureNames: format/* SEV_FEATURE_NAMES */.lz.filter(([b]) => ((features >> BigInt(b)) & 1n) === 1n).map(([, n]) => n),
                virtualTom: hex(v.readBigUInt64LE(format/* VMSA */.yM.VIRTUAL_TOM))
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
    const mrtd = tdxMrtd(file);
    if (mrtd)
        digests.tdxMrtd = (0,measure/* toHex */.nj)(mrtd);
    return {
        formatVersion: file.version,
        platforms: file.platforms.map(p => ({
            type: byMask.get(p.mask),
            mask: hex(p.mask),
            highestVtl: p.highestVtl,
            sharedGpaBoundary: hex(p.sharedGpaBoundary)
        })),
        policies: file.policies.map(p => ({
            mask: hex(p.mask),
            policy: hex(p.policy),
            decoded: snpPolicy(p.policy)
        })),
        pages,
        parameterAreas: [...areas.values()],
        vmsas,
        requiredMemory: required,
        idBlock: { present: idBlock, matches },
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
    lines.push(`ID block: ${inv.idBlock.present ? (inv.idBlock.matches ? 'present, matches' : 'present, DOES NOT match') : 'none'}`);
    if (inv.digests.snp)
        lines.push(`SEV-SNP launch digest:              ${inv.digests.snp}`, `SEV-SNP launch digest (native-zero): ${inv.digests.snpNativeZero}`);
    if (inv.digests.snpError)
        lines.push(`SEV-SNP launch digest: ${inv.digests.snpError}`);
    if (inv.digests.tdxMrtd)
        lines.push(`TDX MRTD (svsm-build, after the igvm crate; no COCONUT tool computes it): ${inv.digests.tdxMrtd}`);
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
/* unused harmony exports KVM_MESSAGES, PLATFORM_NOT_IN_FILE, platformMask */
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


/***/ }),

/***/ 2093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _system_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6208);
// A file appears whole or not at all: written beside its place, then renamed over it. On an error
// (a full disk, a read-only folder) nothing is left: neither the half-written temporary file nor a
// claim that the file was written.


function writeFileAtomic(path, data) {
    const tmp = `${path}.tmp-${process.pid}`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, data);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, path);
    }
    catch (e) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        }
        catch {
            // The first error is the one to report (a folder that refuses writes refuses this too).
        }
        // The caller knows the file by its own name, not by the temporary one.
        if ((0,_system_error_js__WEBPACK_IMPORTED_MODULE_1__/* .isSystemError */ .Or)(e))
            e.path = path;
        throw e;
    }
}


/***/ })

};
