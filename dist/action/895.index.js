export const id = 895;
export const ids = [895];
export const modules = {

/***/ 1631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ guardStrayErrors)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
// The toolkit's libraries can raise errors after their call has returned: @actions/cache deletes
// its archive while the blob SDK's block retries still reopen it, and those ENOENTs arrive as
// uncaught exceptions that would end the process mid-step. A step that is past them (or still
// saving other caches) turns them into one warning each and goes on to its own exit code.

function guardStrayErrors(step) {
    const onError = (e) => {
        const err = e;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`svsm-build ${step}: ignored an error raised by a library after its call had returned: ${err?.message ?? String(e)}`);
    };
    process.on('uncaughtException', onError);
    process.on('unhandledRejection', onError);
    return () => {
        process.off('uncaughtException', onError);
        process.off('unhandledRejection', onError);
    };
}


/***/ }),

/***/ 9895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/cache/keys.ts
var keys = __webpack_require__(11452);
;// CONCATENATED MODULE: ./src/recipe/to-json.ts
function recipeToJson(r) {
    const sep = r.dialect === 'xbuild' ? ',' : ' ';
    const component = (c) => {
        const { features, ...rest } = c;
        const out = { ...rest };
        if (features !== undefined)
            out.features = features.join(sep);
        if (r.dialect === 'build.py') {
            // build.py reads none of these; showing them would suggest it does.
            delete out.no_default_features;
            delete out.env;
        }
        return out;
    };
    const map = (m) => Object.fromEntries(Object.entries(m).map(([k, c]) => [k, component(c)]));
    const igvm = Object.fromEntries(Object.entries(r.igvm).map(([t, c]) => {
        const { 'no-vtom': noVtom, ...rest } = c;
        return [t, r.dialect === 'xbuild' ? { ...rest, 'no-vtom': noVtom } : rest];
    }));
    return { kernel: map(r.kernel), firmware: r.firmware, fs: { modules: map(r.fs.modules) }, igvm };
}

// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/artifacts/names.ts
var names = __webpack_require__(97327);
// EXTERNAL MODULE: ./src/record/load.ts
var load = __webpack_require__(89397);
// EXTERNAL MODULE: ./src/record/write.ts
var write = __webpack_require__(23294);
;// CONCATENATED MODULE: ./src/artifacts/files.ts
// What one build uploads: the IGVM files, measurements.json, the reference-value files written
// next to it (src/reference-values/file-names.ts), the expanded recipes and the plan, and a SHA256SUMS
// over all of them, staged in one folder.









/** Unique per recipe set, target set, profile, features and runner, so matrix legs never collide. */
function defaultArtifactName(result, runner) {
    const p = result.plan;
    const recipes = p.recipes.map(r => (0,external_node_path_.basename)(r.file).replace(/\.json$/, '')).join('+');
    const targets = [...new Set(p.targets.map(t => t.target))].join('+') || 'none';
    const profile = p.options.release ? 'release' : 'debug';
    const h = (0,keys/* shortHash */.BC)(JSON.stringify([p.recipes.map(r => [r.file, r.sha256]), p.options, runner])).slice(0, 8);
    return `svsm-igvm-${recipes}-${targets}-${profile}-${h}`.replace(/[^A-Za-z0-9._+-]/g, '_');
}
/** `referenceValues`: the reference-value files this build wrote (absolute paths), staged by file name. */
function stageArtifact(result, stagingDir, referenceValues = []) {
    (0,external_node_fs_.rmSync)(stagingDir, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(stagingDir, { recursive: true });
    const files = [];
    const add = (name, data, from) => {
        const dest = (0,external_node_path_.join)(stagingDir, name);
        if (from)
            (0,external_node_fs_.copyFileSync)(from, dest);
        else
            (0,external_node_fs_.writeFileSync)(dest, data);
        files.push(dest);
    };
    for (const m of result.measurements) {
        const name = (0,external_node_path_.basename)(m.igvm);
        if (!files.includes((0,external_node_path_.join)(stagingDir, name)))
            add(name, undefined, (0,external_node_path_.resolve)(result.root, m.igvm));
    }
    add(load/* RECORD_FILE */.lt, Buffer.from((0,write/* recordsText */.i)(result.measurements)));
    for (const f of referenceValues)
        add((0,external_node_path_.basename)(f), undefined, f);
    const { recipes, ...plan } = result.plan;
    const planJson = {
        ...plan,
        recipes: recipes.map(r => ({ file: r.file, sha256: r.sha256, recipe: recipeToJson(r) }))
    };
    add('plan.json', Buffer.from(`${JSON.stringify(planJson, null, 2)}\n`));
    const sums = files
        .map(f => `${(0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(f)).digest('hex')}  ${(0,external_node_path_.basename)(f)}`)
        .join('\n');
    add('SHA256SUMS', Buffer.from(`${sums}\n`));
    return files;
}
/** Before the build: every file name the artifact will hold must be one GitHub takes. */
function checkArtifactFiles(plan) {
    for (const t of plan.targets) {
        const bad = (0,names/* artifactPathProblem */.JP)((0,external_node_path_.basename)(t.igvm));
        if (bad)
            throw new util_errors/* UsageError */.eb(`${t.recipe}: the ${t.target} IGVM file name ${(0,external_node_path_.basename)(t.igvm)} ${bad}; rename the output or set upload: false`);
    }
}

// EXTERNAL MODULE: ./src/engine/builtin-measure.ts + 2 modules
var builtin_measure = __webpack_require__(5421);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/firmware/manifest.ts
var manifest = __webpack_require__(55144);
// EXTERNAL MODULE: ./src/util/git.ts
var git = __webpack_require__(13968);
;// CONCATENATED MODULE: ./src/record/recorded-inputs.ts
// What a rebuild needs, read from the svsm tree and the plan: the source state (taken before the
// build writes anything), the options, the helper tools the build compiled, the firmware manifest.






const MAX_DIRTY_FILES = 20;
const sha256Of = (bytes) => (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
function gitOut(root, args) {
    const r = (0,git/* git */.$)(root, args);
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
    const lock = (0,external_node_path_.join)(root, 'Cargo.lock');
    const cargoLockSha256 = (0,external_node_fs_.existsSync)(lock) ? sha256Of((0,external_node_fs_.readFileSync)(lock)) : null;
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

// EXTERNAL MODULE: ./src/record/build-place.ts
var build_place = __webpack_require__(6839);
// EXTERNAL MODULE: ./src/record/schema.ts
var schema = __webpack_require__(27450);
// EXTERNAL MODULE: ./src/run/interrupt.ts
var run_interrupt = __webpack_require__(47214);
// EXTERNAL MODULE: ./src/run/runner.ts + 5 modules
var runner = __webpack_require__(98618);
// EXTERNAL MODULE: ./src/run/tools.ts
var tools = __webpack_require__(53102);
;// CONCATENATED MODULE: ./src/plan/common.ts
// What both dialects read alike: triples, profile paths, step-id keys, firmware, selected targets.

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

;// CONCATENATED MODULE: ./src/engine/cargo-config.ts
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
        return (0,external_node_path_.resolve)(root, home);
    return env.HOME ? (0,external_node_path_.join)(env.HOME, '.cargo') : null;
}
/** The config files cargo reads for a build run in `root`, most specific first. */
function configFiles(root, cargoHome) {
    const out = [];
    const pick = (dir) => {
        // Cargo reads `config` when there is no `config.toml`.
        const file = [(0,external_node_path_.join)(dir, 'config.toml'), (0,external_node_path_.join)(dir, 'config')].find(f => (0,external_node_fs_.existsSync)(f));
        if (file && !out.includes(file))
            out.push(file);
    };
    for (let dir = root;; dir = (0,external_node_path_.dirname)(dir)) {
        pick((0,external_node_path_.join)(dir, '.cargo'));
        if ((0,external_node_path_.dirname)(dir) === dir)
            break;
    }
    if (cargoHome)
        pick(cargoHome);
    return out;
}
function readConfig(file) {
    try {
        return (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(file, 'utf8'));
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
    const root = (0,external_node_fs_.existsSync)(rootGiven) ? (0,external_node_fs_.realpathSync)(rootGiven) : (0,external_node_path_.resolve)(rootGiven);
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
            if (!t || (key !== KERNEL_TRIPLE && !key.startsWith('cfg(')))
                continue;
            if (t.rustflags !== undefined) {
                targetRustflags = true;
                flags.push(...flagList(t.rustflags));
            }
            if (key === KERNEL_TRIPLE && linker === null && typeof t.linker === 'string')
                // A path with a slash is relative to the folder holding .cargo; a bare name is looked up on PATH.
                linker =
                    t.linker.includes('/') && !(0,external_node_path_.isAbsolute)(t.linker)
                        ? (0,external_node_path_.resolve)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(file)), t.linker)
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


// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/util/system-error.ts
var system_error = __webpack_require__(36208);
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
class BuildLocked extends util_errors/* PreflightError */.wG {
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
        throw new util_errors/* PreflightError */.wG(`${(0,external_node_path_.dirname)(path)}: cannot create the build lock ${LOCK_FILE} there: ${(0,system_error/* systemErrorReason */.Qq)(e)}; the build writes its results in bin/, so it must be a writable folder`);
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

;// CONCATENATED MODULE: ./src/recipe/errors.ts
/** A problem in one recipe: which file, where in it (JSON path), what was found, what is expected. */
class RecipeError extends Error {
    file;
    problems;
    constructor(file, problems) {
        super(problems.map(p => formatProblem(file, p)).join('\n'));
        this.file = file;
        this.problems = problems;
        this.name = 'RecipeError';
    }
}
function formatProblem(file, p) {
    const file_ = p.at ? `${file}:${p.at.line}:${p.at.column}` : file;
    const where = p.path ? `${file_}: ${p.path}` : file_;
    return p.found === undefined
        ? `${where}: ${p.expected}`
        : `${where}: expected ${p.expected}, got ${p.found}`;
}
/** `number 3`, `string "x"`, `array [..]`, `nothing (the key is missing)`. */
function describeValue(v) {
    if (v === undefined)
        return 'nothing (the key is missing)';
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return `array ${clip(jsonStart(v))}`;
    if (typeof v === 'object')
        return `object ${clip(jsonStart(v))}`;
    if (typeof v === 'string')
        return `string ${clip(jsonStart(v))}`;
    return `${typeof v} ${String(v)}`;
}
const SHOWN = 60;
function clip(s) {
    return s.length > SHOWN ? `${s.slice(0, SHOWN - 3)}...` : s;
}
/**
 * JSON.stringify of a parsed JSON value, stopped once it is longer than SHOWN characters: a value
 * nested 100,000 deep costs a few dozen steps instead of overflowing the stack.
 */
function jsonStart(v) {
    let out = '';
    const put = (s) => (out += s).length <= SHOWN;
    const walk = (x) => {
        if (Array.isArray(x)) {
            if (!put('['))
                return false;
            for (let i = 0; i < x.length; i++)
                if ((i > 0 && !put(',')) || !walk(x[i] ?? null))
                    return false;
            return put(']');
        }
        if (x !== null && typeof x === 'object') {
            if (!put('{'))
                return false;
            let first = true;
            for (const [k, y] of Object.entries(x)) {
                if ((!first && !put(',')) || !put(`${JSON.stringify(k)}:`) || !walk(y))
                    return false;
                first = false;
            }
            return put('}');
        }
        return put(typeof x === 'string' ? JSON.stringify(x.slice(0, SHOWN)) : String(JSON.stringify(x)));
    };
    walk(v);
    return out;
}
/** Joins a JSON path; keys that are not identifiers are quoted (`kernel."my.part".features`). */
function jsonPath(parts) {
    return parts
        .map(p => typeof p === 'number'
        ? `[${p}]`
        : /^[A-Za-z_][\w-]*$/.test(String(p))
            ? String(p)
            : JSON.stringify(String(p)))
        .join('.')
        .replace(/\.\[/g, '[');
}
/** Problems in several recipe files: every one is reported before anything runs. */
class RecipeErrors extends Error {
    errors;
    constructor(errors) {
        super(errors.map(e => e.message).join('\n'));
        this.errors = errors;
        this.name = 'RecipeErrors';
    }
}

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
const missing = describeValue(undefined);
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
                found: `${describeValue(t.output)}, which ${bad}`
            });
    }
    if (Object.keys(igvm).length === 0)
        warnings.push('igvm: no targets, so no IGVM file is built');
}

// EXTERNAL MODULE: ./src/recipe/types.ts
var types = __webpack_require__(59067);
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
            const path = jsonPath([...base, name]);
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
    const config = treeRemaps || o.cargo.rustflagsKey === 'target' ? `target.${KERNEL_TRIPLE}.rustflags` : 'build.rustflags';
    return { by: treeRemaps ? 'xbuild' : 'remap-paths', config, flags: remapFlags(o.cargo) };
}
/** `--config <key>=[...]`: each flag a JSON string, which is also a TOML basic string. */
const remapArgs = (r) => r ? ['--config', `${r.config}=[${r.flags.map(f => JSON.stringify(f)).join(',')}]`] : [];

// EXTERNAL MODULE: ./src/plan/step.ts
var step = __webpack_require__(55409);
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
    if (triple === KERNEL_TRIPLE)
        argv.push(...remapArgs(remapOf('build.py', o)));
    return argv;
}
function build(id, group, name, c, triple, recipe, o) {
    if (c.type === 'make')
        return makeStep({ id, group, name, recipe }, c, o);
    // build.py looks for target/<triple>/<profile>/<output_file or name> and, when that is
    // missing, passes the bare name on (the objcopy then fails on it).
    const out = `target/${triple}/${profileDir(o)}/${c.output_file ?? name}`;
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
    const prof = profileDir(o);
    const tool = (n) => o.tools?.[n] ?? `target/${HOST_TRIPLE}/${prof}/${n}`;
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
        steps.push(...firmwareAndFsResetSteps(key, r, firmware));
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
            const parts = ['bin/stage2', 'bin/svsm', ...('tdx-stage1' in r.kernel ? ['bin/tdx-stage1'] : [])];
            steps.push(igvmBuildStep({ key, recipe, target, igvm, argv, parts, firmware, fsImage }));
            const igvmmeasure = o.measure === 'igvmmeasure' ? tool('igvmmeasure') : null;
            addMeasureSteps({ steps, targets }, { key, recipe, target, t, igvm, firmware }, igvmmeasure);
        }
    });
    return { steps, targets, built };
}

;// CONCATENATED MODULE: ./src/plan/features.ts
function parseFeatureArgs(values) {
    const features = [];
    const warnings = [];
    for (const value of values) {
        for (const raw of value.split(',')) {
            const colon = raw.indexOf(':');
            const pkg = colon < 0 ? 'svsm' : raw.slice(0, colon).trim();
            const feature = (colon < 0 ? raw : raw.slice(colon + 1)).trim();
            if (feature === '' || pkg === '') {
                warnings.push(`WARNING: Empty feature specified: '${raw}'`);
                continue;
            }
            features.push({ raw, pkg, feature });
        }
    }
    return { features, warnings };
}
/** Command-line features whose package no built component matched. */
function unusedFeatureWarnings(features, built) {
    return features
        .filter(f => !built.has(f.pkg))
        .map(f => `WARNING: Command line feature not used: '${f.raw}'`);
}

// EXTERNAL MODULE: ./src/fsimage/packit.ts
var packit = __webpack_require__(41590);
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
                return cargo([...argv, '--target', KERNEL_TRIPLE, ...remap], [], {
                    capture: 'cargo-test-executable',
                    produces: { cargoTestTarget: name }
                });
            }
            default: {
                const out = `target/${KERNEL_TRIPLE}/${profileDir(o)}/${name}`;
                const argv = ['cargo', 'build', c.binary ? '--bin' : '--package', name, '--target', KERNEL_TRIPLE];
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
    const prof = profileDir(o);
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
        const firmware = resolveFirmware(r, o, warnings);
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
            if (t.comport !== undefined && passes('--comport'))
                argv.push('--comport', t.comport);
            if (o.verbose)
                argv.push('--verbose');
            if (t['no-vtom'] && passes('--no-vtom'))
                argv.push('--no-vtom');
            argv.push(...t.platforms.map(p => PLATFORM_FLAG[p]), target);
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
    const keys = recipeKeys(recipes);
    const { steps, targets, built } = (dialect === 'xbuild' ? planXbuild : planBuildpy)(recipes, keys, options, warnings);
    if (options.targets) {
        for (const t of options.targets) {
            if (!targets.some(p => p.target === t))
                warnings.push(`target ${t}: no recipe builds it`);
        }
    }
    if (dialect === 'xbuild')
        warnings.push(...unusedFeatureWarnings(options.features, built));
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
        out.push({ path: binPath(name), what: `${jsonPath(['kernel', name])} ${of}, copied to bin/${name}` });
        if (c.type === 'make' && c.output_file !== undefined)
            out.push({
                path: clean(c.output_file),
                what: `${jsonPath(['kernel', name, 'output_file'])} ${of}, which make writes`
            });
    }
    out.push({ path: 'bin/fs', what: `fs ${of}: the folder bin/fs, emptied for every recipe` });
    if (Object.keys(r.fs.modules).length > 0)
        out.push({ path: 'bin/svsm-fs.bin', what: `fs.modules ${of}: the fs image bin/svsm-fs.bin` });
    for (const [name, c] of Object.entries(r.fs.modules))
        out.push({
            path: clean(`bin/fs/${fsImageName(name, c)}`),
            what: `${jsonPath(['fs', 'modules', name])} ${of}`
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
            const jp = jsonPath(['igvm', target, 'output']);
            outputs.push({
                path,
                what: `the output of ${jsonPath(['igvm', target])} of ${r.file} (${jp})`,
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
        errors.push(new RecipeError(o.output.recipe, [
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
        throw new RecipeErrors(errors);
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
            new RecipeError(r.file, [
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
        throw new RecipeErrors(errors);
}

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
        throw new RecipeError(displayName, [
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
        throw new RecipeError(file, issuesToProblems(parsed.error.issues, raw));
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    const { recipe, problems, warnings: more } = expandRecipe(parsed.data, raw, { file, dialect, sha256 });
    if (problems.length > 0)
        throw new RecipeError(file, problems);
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
        throw new RecipeError(file, [
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
                    path: jsonPath([...issue.path, key]),
                    expected: 'an IGVM target: "qemu", "hyper-v" or "vanadium"',
                    found: `unknown target ${JSON.stringify(key)}`
                });
            }
            continue;
        }
        const path = jsonPath(issue.path);
        out.push({ path, expected: issue.message, found: describeValue(valueAt(raw, issue.path)) });
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
            const p = jsonPath([...path, k]);
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

// EXTERNAL MODULE: ./src/reference-values/file-names.ts
var file_names = __webpack_require__(78819);
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
    throw new RecipeError(given, [
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
    { path: LOCK_FILE, what: "svsm-build's build lock" },
    ...Object.entries(file_names/* REFERENCE_VALUE_FILES */.s).map(([format, name]) => ({
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
            if (!(e instanceof RecipeError))
                throw e;
            errors.push(e);
        }
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new RecipeErrors(errors);
    checkOutputCollisions(recipes, RESERVED, req.options.targets);
    checkFirmwareEnv(recipes, dialect, req.env, req.options.firmware);
    const cargo = readCargoConfig(root, req.env);
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
            if (!(e instanceof RecipeError))
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

;// CONCATENATED MODULE: ./src/engine/build.ts
// The whole engine: prepare → preflight → run → measurements. The CLI and the action call this.













async function runBuild(req, io, prepared = prepareBuild(req)) {
    const { root, plan, warnings } = prepared;
    for (const w of warnings)
        io.log.warn(w);
    preflight(root, plan, req.env);
    // Before anything is removed: those may be the results of a build that is still running.
    const release = acquireBuildLock(root, io.command ?? process.argv.join(' '), m => io.log.warn(m));
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
    const source = readSourceState(root);
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
            throw new run_interrupt/* Interrupted */.j$(io.interrupt.signal, `interrupted by ${io.interrupt.signal} after the last step`);
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
    const inputs = recordedInputs(root, plan, source, place);
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
    (0,write/* writeRecords */.W)((0,external_node_path_.resolve)(root, schema/* MEASUREMENTS_FILE */.x3), measurements);
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
        throw new util_errors/* PreflightError */.wG([...new Set(problems)].join('\n'));
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
        const flags = remapsIn(env.flags);
        return flags.length > 0 ? [{ by: env.name, where: env.name, flags }] : [];
    }
    return [
        ...(plan.remap ? [{ by: plan.remap.by, where: plan.remap.config, flags: plan.remap.flags }] : []),
        ...cargo.configRemaps.map(c => ({ by: 'cargo config', where: c.file, flags: c.flags }))
    ];
}
function recordFirmware(root, path, log, warnings) {
    const r = firmwareRecord(root, path);
    if (r.warning && !warnings.includes(r.warning)) {
        log.warn(r.warning);
        warnings.push(r.warning);
    }
    return r.firmware;
}

;// CONCATENATED MODULE: ./src/preflight/checks.ts
// Before any build: what the recipes need from the checkout and the machine, and what the
// checkout will put into every digest (the `git describe` string compiled into the kernel).





/** Submodule paths from .gitmodules. */
function submodulePaths(root) {
    const p = (0,external_node_path_.join)(root, '.gitmodules');
    if (!(0,external_node_fs_.existsSync)(p))
        return [];
    return [...(0,external_node_fs_.readFileSync)(p, 'utf8').matchAll(/^\s*path\s*=\s*(.+?)\s*$/gm)].map(m => m[1]);
}
const isEmptyDir = (p) => !(0,external_node_fs_.existsSync)(p) || (0,external_node_fs_.readdirSync)(p).length === 0;
/** The vTPM (libtcgtpm: OpenSSL and the TPM reference code, built with cmake) is in the build. */
function usesVtpm(plan) {
    if (plan.options.allFeatures)
        return true;
    if (plan.options.features.some(f => f.feature === 'vtpm'))
        return true;
    return plan.recipes.some(r => [...Object.values(r.kernel), ...Object.values(r.fs.modules)].some(c => c.features?.includes('vtpm')));
}
/** Directories that must be populated: packit always (a workspace member), the TPM sources for vtpm. */
function requiredSubmodules(root, plan) {
    if (!usesVtpm(plan))
        return ['packit'];
    const tpm = submodulePaths(root).filter(p => p.startsWith('libtcgtpm/'));
    return [...new Set(['packit', 'libtcgtpm/deps/openssl', 'libtcgtpm/deps/tpm-20-ref', ...tpm])];
}
function missingSubmodules(root, plan) {
    return requiredSubmodules(root, plan).filter(p => isEmptyDir((0,external_node_path_.join)(root, p)));
}
function submoduleError(missing) {
    return (`missing submodule${missing.length > 1 ? 's' : ''}: ${missing.join(', ')} (empty or absent). ` +
        'Check out svsm with its submodules: in a workflow, actions/checkout with `submodules: recursive`; ' +
        'locally, `git submodule update --init --recursive`.');
}
/** C tools libtcgtpm's build calls; missing ones, with what provides them. */
function missingCTools(path = process.env.PATH ?? '') {
    const missing = [];
    if (!(0,tools/* findOnPath */.a)('cmake', path))
        missing.push('cmake');
    if (!(0,tools/* findOnPath */.a)('pkg-config', path) && !(0,tools/* findOnPath */.a)('pkgconf', path))
        missing.push('pkg-config');
    if (!['cc', 'gcc', 'clang'].some(c => (0,tools/* findOnPath */.a)(c, path)))
        missing.push('a C compiler (cc, gcc or clang)');
    return missing;
}
const checks_gitOut = (root, args) => {
    const r = (0,git/* git */.$)(root, args);
    return r.ok ? r.out.trim() : null;
};
function gitState(root) {
    const isRepo = checks_gitOut(root, ['rev-parse', '--git-dir']) !== null;
    if (!isRepo)
        return { describe: '', shallow: false, tags: false, dirty: false, isRepo };
    return {
        describe: (checks_gitOut(root, ['describe', '--always', '--dirty=+']) ?? '').replace(/^v/, ''),
        shallow: checks_gitOut(root, ['rev-parse', '--is-shallow-repository']) === 'true',
        tags: (checks_gitOut(root, ['tag', '--list']) ?? '') !== '',
        dirty: (checks_gitOut(root, ['status', '--porcelain', '--untracked-files=no']) ?? '') !== '',
        isRepo
    };
}
/** Warnings about what the git state does to the digest; empty when nothing is off. */
function gitWarnings(s) {
    if (!s.isRepo)
        return ['the svsm tree is not a git checkout: the kernel gets an empty version string'];
    const why = [];
    if (s.shallow)
        why.push('the clone is shallow');
    if (!s.tags)
        why.push('it has no tags');
    if (s.dirty)
        why.push('tracked files are modified');
    if (why.length === 0)
        return [];
    return [
        `${why.join(', ')}: the kernel will embed the version "${s.describe}" (git describe --always --dirty=+), ` +
            'which is part of every launch digest. For digests that match a full, clean clone, check out with ' +
            '`fetch-depth: 0` (tags included) and do not modify tracked files before the build.'
    ];
}
/**
 * Everything the action checks before building: throws PreflightError for what would fail the
 * build (submodules, the vTPM's C tools), returns warnings for what changes the digests.
 */
function checkCheckout(root, plan, env) {
    const missing = missingSubmodules(root, plan);
    if (missing.length > 0)
        throw new util_errors/* PreflightError */.wG(submoduleError(missing));
    if (usesVtpm(plan)) {
        const tools = missingCTools(env.PATH);
        if (tools.length > 0) {
            throw new util_errors/* PreflightError */.wG(`the vTPM (feature vtpm) is built with C tools that are missing: ${tools.join(', ')}. ` +
                'On Ubuntu runners: `sudo apt-get install -y build-essential cmake pkg-config`.');
        }
    }
    return gitWarnings(gitState(root));
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/toolchain/rust-toolchain.ts
// The toolchain an svsm tree pins: rust-toolchain.toml (or the older one-line rust-toolchain).




const rust_toolchain_schema = schemas/* object */.Ikc({
    toolchain: schemas/* object */.Ikc({
        channel: schemas/* string */.YjP({ error: 'a string such as "1.88.0"' }),
        targets: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        components: schemas/* array */.YOg(schemas/* string */.YjP()).optional()
    })
});
function readPinnedToolchain(root) {
    for (const file of ['rust-toolchain.toml', 'rust-toolchain']) {
        const p = (0,external_node_path_.join)(root, file);
        if (!(0,external_node_fs_.existsSync)(p))
            continue;
        const text = (0,external_node_fs_.readFileSync)(p, 'utf8');
        if (file === 'rust-toolchain' && !text.trimStart().startsWith('[')) {
            return { file, channel: text.trim(), targets: [], components: [] };
        }
        let parsed;
        try {
            parsed = rust_toolchain_schema.parse((0,dist/* parse */.qg)(text));
        }
        catch (e) {
            throw new Error(`${file}: expected [toolchain] with a channel: ${e.message.split('\n')[0]}`);
        }
        return {
            file,
            channel: parsed.toolchain.channel,
            targets: parsed.toolchain.targets ?? [],
            components: parsed.toolchain.components ?? []
        };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/toolchain/setup.ts
const KERNEL_TARGET = 'x86_64-unknown-none';
/** Pure: which toolchains the plan will call. */
function toolchainNeeds(pinned, plan) {
    const needs = [];
    if (pinned) {
        const targets = [...new Set([...pinned.targets, KERNEL_TARGET])];
        needs.push({ toolchain: pinned.channel, targets, components: pinned.components, why: pinned.file });
    }
    for (const r of plan.recipes) {
        for (const [name, c] of [...Object.entries(r.kernel), ...Object.entries(r.fs.modules)]) {
            if (c.toolchain === undefined || needs.some(n => n.toolchain === c.toolchain))
                continue;
            needs.push({
                toolchain: c.toolchain,
                targets: [KERNEL_TARGET],
                components: [],
                why: `${r.file}: ${name}`
            });
        }
    }
    return needs;
}
/** Installed toolchain names from `rustup toolchain list` ("1.88.0-x86_64-unknown-linux-gnu (default)"). */
function installedToolchains(list) {
    return list
        .split('\n')
        .map(l => l.trim().split(/\s+/)[0] ?? '')
        .filter(Boolean);
}
function isInstalled(installed, toolchain) {
    return installed.some(t => t === toolchain || t.startsWith(`${toolchain}-`));
}
/** rustup's own names: a channel, version or beta, an optional date, an optional host triple. */
const RUSTUP_RELEASE = /^(stable|beta|nightly|\d+\.\d+(\.\d+)?(-beta(\.\d+)?)?)(-\d{4}-\d{2}-\d{2})?(-[a-z0-9_]+(-[a-z0-9_.]+){1,3})?$/;
/** A name rustup cannot install: a toolchain made with `rustup toolchain link`. */
function isCustomToolchain(name) {
    return !RUSTUP_RELEASE.test(name);
}
/** Returns the rustup commands it ran (none when everything was there). */
async function ensureToolchains(needs, rustup) {
    const ran = [];
    const run = async (args) => {
        ran.push(args);
        await rustup.run(args);
    };
    const installed = installedToolchains(await rustup.run(['toolchain', 'list']));
    for (const n of needs) {
        if (isCustomToolchain(n.toolchain)) {
            if (!installed.includes(n.toolchain))
                throw new Error(`${n.why}: toolchain "${n.toolchain}" is not installed, and rustup cannot install it (not one of ` +
                    `its releases): link it first (rustup toolchain link ${n.toolchain} <folder>), or set toolchain: skip`);
            continue;
        }
        if (!isInstalled(installed, n.toolchain)) {
            const args = ['toolchain', 'install', n.toolchain, '--profile', 'minimal', '--no-self-update'];
            for (const t of n.targets)
                args.push('-t', t);
            for (const c of n.components)
                args.push('-c', c);
            await run(args);
            continue;
        }
        const have = (await rustup.run(['target', 'list', '--installed', '--toolchain', n.toolchain]))
            .split('\n')
            .map(s => s.trim());
        const missing = n.targets.filter(t => !have.includes(t));
        if (missing.length > 0)
            await run(['target', 'add', '--toolchain', n.toolchain, ...missing]);
    }
    return ran;
}

// EXTERNAL MODULE: ./src/cache/safe.ts
var safe = __webpack_require__(7537);
// EXTERNAL MODULE: ./src/cache/store.ts
var store = __webpack_require__(17631);
;// CONCATENATED MODULE: ./src/action/main/caches.ts
// The caches one build uses: cargo home, the target dir and, when a recipe builds its firmware
// with a command and the user names a key for it, that firmware file.







const read = (p) => ((0,external_node_fs_.existsSync)(p) ? (0,external_node_fs_.readFileSync)(p) : null);
const cargoHome = (env) => (0,external_node_path_.resolve)(env.CARGO_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cargo'));
/** `rustc -vV` of each toolchain (through rustup when there is one), in the tree. */
function rustcVersions(root, needs, env) {
    const run = (cmd, args) => {
        try {
            return (0,external_node_child_process_.execFileSync)(cmd, args, {
                cwd: root,
                env,
                encoding: 'utf8',
                stdio: ['ignore', 'pipe', 'ignore']
            }).trim();
        }
        catch {
            return null;
        }
    };
    const viaRustup = needs.map(n => run('rustup', ['run', n.toolchain, 'rustc', '-vV']));
    if (needs.length > 0 && viaRustup.every(v => v !== null))
        return viaRustup;
    return [run('rustc', ['-vV']) ?? 'rustc: unknown'];
}
/** What in the plan changes cargo's output: components, features, dialect (not the IGVM targets). */
function buildFlags(plan) {
    return {
        dialect: plan.dialect,
        allFeatures: plan.options.allFeatures,
        features: plan.options.features.map(f => `${f.pkg}:${f.feature}`),
        offline: plan.options.offline,
        components: plan.recipes.map(r => ({ kernel: r.kernel, fs: r.fs.modules }))
    };
}
function cacheSpecs(root, targetDir, plan, k, rustc, firmwareCacheKey, env) {
    const lock = read((0,external_node_path_.join)(root, 'Cargo.lock'));
    const home = cargoHome(env);
    const specs = [
        {
            name: 'cargo-home',
            paths: [(0,external_node_path_.join)(home, 'registry', 'index'), (0,external_node_path_.join)(home, 'registry', 'cache'), (0,external_node_path_.join)(home, 'git', 'db')],
            ...(0,keys/* cargoHomeKeys */.Q1)(k, lock)
        },
        {
            name: 'target',
            paths: [targetDir],
            ...(0,keys/* targetKeys */.qM)(k, {
                rustcVersions: rustc,
                lockFile: lock,
                cargoConfig: read((0,external_node_path_.join)(root, '.cargo', 'config.toml')),
                rustToolchain: read((0,external_node_path_.join)(root, 'rust-toolchain.toml')),
                profile: plan.options.release ? 'release' : 'debug',
                buildFlags: buildFlags(plan)
            })
        }
    ];
    if (firmwareCacheKey) {
        for (const r of plan.recipes) {
            const cmd = r.firmware?.command;
            const out = plan.targets.find(t => t.recipe === r.file)?.firmware;
            if (!cmd || !out)
                continue;
            specs.push({
                name: `firmware (${r.file})`,
                paths: [(0,external_node_path_.resolve)(root, out)],
                ...(0,keys/* firmwareKeys */.Ss)(k, cmd, out, firmwareCacheKey)
            });
        }
    }
    return specs;
}
/**
 * cache-hit over the caches that have something in them: a miss whose paths the build did not
 * create either (a tree without registry dependencies has no ~/.cargo/registry) does not count,
 * so such a tree can still be an exact hit.
 */
function cacheHit(restored, log) {
    if (restored.length === 0)
        return 'miss';
    const counted = restored.filter(r => {
        const empty = r.outcome === 'miss' && (0,safe/* nothingToCache */.vE)(r);
        if (empty)
            log?.(`${r.name} cache: nothing to cache (${r.paths.join(', ')}); not counted in cache-hit`);
        return !empty;
    });
    return counted.length === 0 ? 'miss' : (0,store/* combineOutcomes */.j)(counted.map(r => r.outcome));
}

// EXTERNAL MODULE: ./src/action/main/inputs.ts
var main_inputs = __webpack_require__(67569);
// EXTERNAL MODULE: ./src/action/logger.ts
var logger = __webpack_require__(18980);
// EXTERNAL MODULE: ./src/cache/freshness.ts
var freshness = __webpack_require__(10121);
;// CONCATENATED MODULE: ./src/action/main/restore.ts
// Restoring the caches before the build, and what an exact firmware hit lets the build skip.






async function restoreCaches(store, specs, o) {
    core/* startGroup */.Oh(`Restoring caches (${o.backend})`);
    const restored = [];
    for (const s of specs)
        restored.push(await (0,safe/* restoreSafely */.v_)(store, s, logger/* coreLogger */.W));
    if (restored.some(r => r.name === 'target' && r.outcome !== 'miss')) {
        const { reset, changed } = (0,freshness/* applyStamps */.xt)(o.root, o.targetDir);
        logger/* coreLogger */.W.info(`source mtimes: ${reset} unchanged file(s) got their cached mtime back, ${changed} changed`);
    }
    core/* endGroup */.N4();
    return restored;
}
/** Firmware commands whose every output came back from an exact cache hit need not run. */
function firmwareStepsFromCache(plan, restored, root) {
    const hits = new Set(restored.filter(r => r.name.startsWith('firmware') && r.outcome === 'exact').flatMap(r => r.paths));
    return new Set(plan.steps
        .filter(s => s.group === 'firmware' &&
        s.outputs.length > 0 &&
        s.outputs.every(o => hits.has((0,external_node_path_.resolve)(root, o)) && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, o))))
        .map(s => s.id));
}

// EXTERNAL MODULE: ./src/action/guard.ts
var guard = __webpack_require__(1631);
// EXTERNAL MODULE: ./src/action/runtime.ts + 4 modules
var runtime = __webpack_require__(40614);
;// CONCATENATED MODULE: ./src/action/main/save-policy.ts

/** save-cache: always | never | default-branch (only pushes to the repository's default branch). */
function shouldSaveCache(policy, env) {
    if (policy !== 'default-branch')
        return policy === 'always';
    if (!env.GITHUB_REF)
        return true; // not on GitHub: the local cache is the developer's own
    const branch = defaultBranch(env);
    return branch !== null && env.GITHUB_REF === `refs/heads/${branch}`;
}
function defaultBranch(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path || !(0,external_node_fs_.existsSync)(path))
        return null;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return event.repository?.default_branch ?? null;
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./src/action/reference-values.ts + 13 modules
var reference_values = __webpack_require__(65395);
// EXTERNAL MODULE: ./src/action/main/state.ts
var state = __webpack_require__(19207);
// EXTERNAL MODULE: ./src/action/main/summary.ts
var summary = __webpack_require__(86850);
// EXTERNAL MODULE: ./src/util/write-atomic.ts
var write_atomic = __webpack_require__(12093);
;// CONCATENATED MODULE: ./src/attest/predicate.ts
// The measurement attestation: an in-toto statement whose subject is one IGVM file and whose
// predicate is its measurement record. build.yml signs it with actions/attest; a verifier holding
// only the IGVM file finds it with `gh attestation verify --predicate-type MEASUREMENT_PREDICATE_TYPE`.



/** This project's predicate type (a URI of its own; the version changes when the shape does). */
const MEASUREMENT_PREDICATE_TYPE = 'https://svsm-build.dev/measurement/v1';
const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const hex = (n, upper = false) => schemas/* string */.YjP().regex(new RegExp(`^[0-9${upper ? 'A-F' : 'a-f'}]{${n}}$`));
const measurementPredicateSchema = schemas/* object */.Ikc({
    /** The SEV-SNP launch digest the IGVM file gives (what the attestation report's MEASUREMENT shows). */
    launchDigest: hex(96, true),
    /** The guest policy igvmbuilder wrote. */
    policy: schemas/* string */.YjP(),
    platforms: schemas/* array */.YOg(schemas/* string */.YjP()),
    target: schema/* measurementSchema */.aY.shape.target,
    file: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), size: schemas/* number */.aig().int().nonnegative(), sha256: hex(64) }),
    /**
     * Where the bytes came from, for a verifier who rebuilds: the checkout and CARGO_HOME of the
     * build, whether absolute build paths are compiled into the file's parts (then only a rebuild at
     * those paths gives these bytes; `svsm-build reproduce` does that), and whether the build
     * remapped them. Absent when the record does not say (an older svsm-build).
     */
    buildPaths: schemas/* object */.Ikc({
        checkout: schemas/* string */.YjP(),
        cargoHome: schemas/* string */.YjP().nullable(),
        embedded: schemas/* boolean */.zMY(),
        remapped: schemas/* boolean */.zMY()
    })
        .optional(),
    /** The whole measurement record (without svsm-build's reader details): inputs, options, tools. */
    record: schema/* measurementSchema */.aY.omit({ details: true })
});
const inTotoStatementSchema = schemas/* object */.Ikc({
    _type: schemas/* literal */.euz(IN_TOTO_STATEMENT_TYPE),
    subject: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), digest: schemas/* object */.Ikc({ sha256: hex(64) }) })).min(1),
    predicateType: schemas/* literal */.euz(MEASUREMENT_PREDICATE_TYPE),
    predicate: measurementPredicateSchema
});
function measurementPredicate(m) {
    const { details: _details, ...record } = m;
    const b = m.inputs?.build;
    return {
        launchDigest: m.launchDigest,
        policy: m.policy,
        platforms: [...m.platforms],
        target: m.target,
        file: { name: (0,external_node_path_.basename)(m.igvm), size: m.size, sha256: m.sha256 },
        ...(b
            ? {
                buildPaths: {
                    checkout: b.checkout,
                    cargoHome: b.cargoHome,
                    embedded: b.embeddedPaths.length > 0,
                    remapped: b.remap.length > 0
                }
            }
            : {}),
        record
    };
}
/** The statement actions/attest builds from `subject-digest` and `predicate-path`, built here for tests and tools. */
function measurementStatement(m) {
    return {
        _type: IN_TOTO_STATEMENT_TYPE,
        subject: [{ name: basename(m.igvm), digest: { sha256: m.sha256 } }],
        predicateType: MEASUREMENT_PREDICATE_TYPE,
        predicate: measurementPredicate(m)
    };
}

;// CONCATENATED MODULE: ./src/attest/write-predicates.ts
// Writes one attestation predicate per built IGVM file beside the build's outputs, for
// actions/attest's predicate-path. The folder is written into, never emptied: a file there that
// svsm-build did not write stops it before anything is written; its own earlier predicates are
// replaced (or removed, when this build has no IGVM file of that name).





/** Where the action writes them, in the svsm tree. */
const PREDICATE_DIR = 'bin/attestations';
const SUFFIX = '.predicate.json';
/** A predicate of a real record is a few KiB; anything far larger is not one of ours. */
const MAX_PREDICATE_BYTES = 1 << 20;
/** A predicate file svsm-build wrote: `<igvm name>.predicate.json` holding a measurement predicate. */
function isOurs(path) {
    if (!(0,external_node_path_.basename)(path).endsWith(SUFFIX))
        return false;
    try {
        const st = (0,external_node_fs_.lstatSync)(path);
        if (!st.isFile() || st.size > MAX_PREDICATE_BYTES)
            return false;
        return measurementPredicateSchema.safeParse(JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'))).success;
    }
    catch {
        return false;
    }
}
/**
 * Writes the predicates of `measurements` into `dir` (made when missing). `label` is how errors
 * name the folder (the CLI's `--out DIR`).
 */
function writePredicates(dir, measurements, label = dir) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(dir);
    }
    catch {
        st = null;
    }
    if (st && !st.isDirectory())
        throw new util_errors/* BadInput */.kp(`${label}: not a directory; expected a folder for the predicates`);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const existing = (0,external_node_fs_.readdirSync)(dir);
    const foreign = existing.find(name => !isOurs((0,external_node_path_.join)(dir, name)));
    if (foreign !== undefined)
        throw new util_errors/* BadInput */.kp(`${label}: holds ${foreign}, which svsm-build did not write; nothing was written (predicates go into a new folder or one holding only earlier predicates)`);
    const written = measurements.map(m => {
        const predicate = (0,external_node_path_.join)(dir, `${(0,external_node_path_.basename)(m.igvm)}${SUFFIX}`);
        (0,write_atomic/* writeFileAtomic */.Z)(predicate, `${JSON.stringify(measurementPredicate(m), null, 2)}\n`);
        return { target: m.target, igvm: m.igvm, sha256: m.sha256, predicate };
    });
    // Earlier predicates of ours that this build did not rewrite are about other files.
    const now = new Set(written.map(w => (0,external_node_path_.basename)(w.predicate)));
    for (const name of existing)
        if (!now.has(name))
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, name), { force: true });
    return written;
}

;// CONCATENATED MODULE: ./src/action/main/run.ts
// The action's main step: inputs → toolchain → preflight → caches → build → reference values →
// artifacts → outputs and summary → state for post.


























/** The main step; the entry point of dist/main and of `npm run local-action`. */
async function run() {
    (0,guard/* guardStrayErrors */.C)('main');
    // A cancelled job: GitHub sends SIGINT, then SIGTERM, to this process alone.
    const interrupt = new run_interrupt/* Interrupt */.OK();
    const untrap = (0,run_interrupt/* trapSignals */.rm)(interrupt, m => core/* warning */.$e(m));
    try {
        await runMain(process.env, interrupt);
    }
    catch (e) {
        core/* setFailed */.C1(e.message);
        if (e instanceof run_interrupt/* Interrupted */.j$)
            process.exitCode = e.exitCode;
    }
    finally {
        untrap();
    }
}
async function runMain(env = process.env, interrupt) {
    const jobStartMs = Date.now();
    const inputs = (0,main_inputs/* readInputs */.Ko)(n => core/* getInput */.V4(n));
    const workspace = (0,runtime/* workspaceDir */.zf)(env);
    (0,main_inputs/* checkInputFiles */.Mx)(inputs, workspace);
    const root = (0,external_node_path_.resolve)(workspace, inputs['svsm-path']);
    const log = logger/* coreLogger */.W;
    const request = {
        root,
        recipes: inputs.recipe,
        dialect: inputs.dialect,
        options: {
            release: inputs.release,
            allFeatures: inputs['all-features'],
            features: parseFeatureArgs(inputs.features).features,
            verbose: inputs.verbose,
            offline: inputs.offline,
            ...(inputs['remap-paths'] ? { remapPaths: true } : {}),
            measure: inputs.measure,
            ...(inputs.targets.length > 0 ? { targets: inputs.targets } : {}),
            ...(inputs.firmware ? { firmware: (0,external_node_path_.resolve)(workspace, inputs.firmware) } : {})
        },
        env: { ...env }
    };
    const prepared = prepareBuild(request);
    const { plan } = prepared;
    if (inputs.upload)
        checkArtifactFiles(plan);
    // Toolchain
    const pinned = readPinnedToolchain(root);
    const needs = toolchainNeeds(pinned, plan);
    if (inputs.toolchain === 'auto') {
        const ran = await ensureToolchains(needs, rustupIn(root, env));
        log.info(ran.length === 0
            ? `toolchains already installed: ${needs.map(n => n.toolchain).join(', ') || 'none pinned'}`
            : `installed: ${ran.map(a => a.join(' ')).join('; ')}`);
    }
    // Preflight: what the recipes need from the checkout and the machine, before any build.
    for (const w of checkCheckout(root, plan, env))
        core/* warning */.$e(w);
    // Caches
    const targetDir = (0,external_node_path_.join)(root, 'target');
    const backend = (0,runtime/* cacheBackend */.TG)(env);
    const localCacheDir = inputs['local-cache-dir']
        ? (0,external_node_path_.resolve)(workspace, inputs['local-cache-dir'])
        : (0,runtime/* defaultLocalCacheDir */.oD)(env);
    const restored = inputs.cache
        ? await restoreCaches((0,runtime/* cacheStore */.ww)(backend, localCacheDir, workspace), cacheSpecs(root, targetDir, plan, { prefix: inputs['cache-key-prefix'], ...(0,runtime/* runnerPlatform */.GQ)(env) }, rustcVersions(root, needs, env), inputs['firmware-cache-key'], env), { root, targetDir, backend })
        : [];
    const skip = firmwareStepsFromCache(plan, restored, root);
    (0,state/* savePostState */.L)({
        root,
        workspace,
        targetDir,
        jobStartMs,
        save: inputs.cache && shouldSaveCache(inputs['save-cache'], env),
        backend,
        localCacheDir,
        caches: restored.map(r => ({
            name: r.name,
            paths: r.paths,
            key: r.key,
            restoreKeys: r.restoreKeys,
            outcome: r.outcome,
            ...(r.matchedKey ? { matchedKey: r.matchedKey } : {})
        }))
    });
    // Build
    const result = await runBuild(request, {
        out: process.stdout,
        err: process.stderr,
        log,
        measure: builtin_measure/* builtinMeasure */.I,
        skip,
        ...(interrupt ? { interrupt } : {}),
        command: `svsm-build-action main step${env.GITHUB_RUN_ID ? ` (run ${env.GITHUB_RUN_ID}, job ${env.GITHUB_JOB ?? '?'})` : ''}`
    }, prepared);
    // Reference values, next to bin/measurements.json (before the artifact, which carries them)
    const referenceValues = (0,reference_values/* publishReferenceValues */.x)({ dir: (0,external_node_path_.join)(result.root, 'bin'), measurements: result.measurements, tree: result.root }, env, log);
    // Artifacts
    let artifact;
    let uploadError;
    if (inputs.upload && result.measurements.length > 0) {
        const name = inputs['artifact-name'] || defaultArtifactName(result, (0,runtime/* runnerPlatform */.GQ)(env));
        const staging = (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `svsm-build-${process.pid}`, name);
        const files = stageArtifact(result, staging, Object.values(referenceValues.files));
        const dir = inputs['local-artifact-dir']
            ? (0,external_node_path_.resolve)(workspace, inputs['local-artifact-dir'])
            : (0,external_node_path_.join)(root, 'bin', 'artifacts');
        try {
            artifact = await (0,runtime/* artifactStore */.iA)(dir, env).upload(name, files, staging, inputs['retention-days'] ? { retentionDays: inputs['retention-days'] } : {});
            log.info(`artifact ${artifact.name}: ${files.length} files${artifact.url ? `, ${artifact.url}` : ''}`);
        }
        catch (e) {
            // Fails the step, but only after the outputs and the summary (nothing else is lost).
            uploadError = new Error(`uploading artifact ${name} failed: ${e.message}`);
        }
    }
    setOutputs(result, restored, artifact);
    core/* setOutput */.uH('reference-values', JSON.stringify(referenceValues.files));
    setPredicateOutputs(writePredicates((0,external_node_path_.join)(result.root, PREDICATE_DIR), result.measurements));
    if (inputs.summary)
        await writeSummary(result, restored, inputs, referenceValues, artifact);
    if (uploadError)
        throw uploadError;
}
function setOutputs(result, restored, artifact) {
    core/* setOutput */.uH('measurements', JSON.stringify(result.measurements));
    core/* setOutput */.uH('digests', JSON.stringify(Object.fromEntries(result.measurements.map(m => [m.target, m.launchDigest]))));
    core/* setOutput */.uH('igvm-files', JSON.stringify(result.measurements.map(m => (0,external_node_path_.join)(result.root, m.igvm))));
    core/* setOutput */.uH('measurements-file', (0,external_node_path_.join)(result.root, 'bin', 'measurements.json'));
    core/* setOutput */.uH('artifact-id', artifact?.id !== undefined ? String(artifact.id) : '');
    core/* setOutput */.uH('artifact-url', artifact?.url ?? '');
    core/* setOutput */.uH('cache-hit', cacheHit(restored, m => core/* info */.pq(m)));
    core/* setOutput */.uH('git-version', result.gitVersion);
}
/** For actions/attest: one predicate file per IGVM file; the single path when there is one file. */
function setPredicateOutputs(written) {
    core/* setOutput */.uH('attestation-predicates', JSON.stringify(written));
    core/* setOutput */.uH('attestation-predicate', written.length === 1 ? written[0].predicate : '');
}
async function writeSummary(result, restored, inputs, referenceValues, artifact) {
    const caches = inputs.cache
        ? restored.map(r => ({
            name: r.name,
            outcome: r.outcome,
            key: r.key,
            ...(r.matchedKey ? { matchedKey: r.matchedKey } : {})
        }))
        : [{ name: 'all', outcome: 'disabled' }];
    const md = (0,markdown/* renderReport */.B)({
        measurements: result.measurements,
        caches,
        steps: result.steps,
        warnings: result.warnings,
        referenceValues: [referenceValueLinks(referenceValues, artifact)],
        ...(artifact ? { artifact } : {})
    });
    await (0,summary/* appendSummary */.f)(md);
}
/** The summary's line: the files written, in the artifact when it was uploaded. */
function referenceValueLinks(written, artifact) {
    const formats = Object.keys(written.files);
    return {
        formats,
        ...(artifact ? { artifact: { name: artifact.name, ...(artifact.url ? { url: artifact.url } : {}) } } : {})
    };
}
function rustupIn(root, env) {
    return {
        async run(args) {
            const r = (0,external_node_child_process_.spawnSync)('rustup', args, { cwd: root, env, encoding: 'utf8' });
            if (r.error)
                throw new util_errors/* PreflightError */.wG(`rustup: ${r.error.message}; install rustup or set toolchain: skip`);
            if (r.status !== 0)
                throw new util_errors/* PreflightError */.wG(`rustup ${args.join(' ')} failed (exit ${r.status}): ${r.stderr.trim()}`);
            return r.stdout;
        }
    };
}


/***/ }),

/***/ 19207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ savePostState),
/* harmony export */   c: () => (/* binding */ readPostState)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
// What main hands to post (core.saveState / getState), typed and validated.


const stateSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    root: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    workspace: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    targetDir: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    jobStartMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    save: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    backend: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['github', 'local']),
    localCacheDir: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    caches: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        restoreKeys: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        outcome: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['exact', 'partial', 'miss']),
        matchedKey: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
    }))
});
const NAME = 'svsm-build';
function savePostState(s) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(NAME, JSON.stringify(s));
}
/** The state main left, or null when main stopped before the build (nothing to save). */
function readPostState() {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(NAME);
    if (!raw)
        return null;
    return stateSchema.parse(JSON.parse(raw));
}


/***/ }),

/***/ 10121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uh: () => (/* binding */ recordStamps),
/* harmony export */   xt: () => (/* binding */ applyStamps)
/* harmony export */ });
/* unused harmony export STAMPS_FILE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13968);
// Cargo decides freshness by mtimes: in a fresh clone every source file is newer than the
// restored target/, so every workspace member would rebuild. We record, at save time, each source
// file's content hash and mtime; after a restore, a file whose content is unchanged gets its old
// mtime back. Changed files keep their new mtime and rebuild as they must. Small generated files
// (release/src/git_version.rs) are recorded with their content and written back.




const STAMPS_FILE = '.svsm-build-stamps.json';
const GENERATED_FILES = ['release/src/git_version.rs'];
const sha256 = (b) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(b).digest('hex');
/** Tracked files (git ls-files); empty when the tree is not a git checkout. */
function trackedFiles(root) {
    const r = (0,_util_git_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$)(root, ['ls-files', '-z']);
    return r.ok ? r.out.split('\0').filter(Boolean) : [];
}
/** Writes the stamps into the target dir, so they travel with the target cache. */
function recordStamps(root, targetDir) {
    const stamps = { version: 1, files: {}, generated: {} };
    for (const f of trackedFiles(root)) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, f);
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(p);
            if (!st.isFile())
                continue;
            stamps.files[f] = { sha256: sha256((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(p)), mtimeMs: st.mtimeMs };
        }
        catch {
            // deleted in the work tree
        }
    }
    for (const f of GENERATED_FILES) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, f);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(p))
            stamps.generated[f] = { content: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(p, 'utf8'), mtimeMs: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(p).mtimeMs };
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(targetDir, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(targetDir, STAMPS_FILE), JSON.stringify(stamps));
    return Object.keys(stamps.files).length;
}
/** Gives unchanged files their recorded mtimes back; returns how many were reset and how many differ. */
function applyStamps(root, targetDir) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(targetDir, STAMPS_FILE);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return { reset: 0, changed: 0 };
    let stamps;
    try {
        stamps = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
    }
    catch {
        return { reset: 0, changed: 0 };
    }
    let reset = 0;
    let changed = 0;
    for (const [f, s] of Object.entries(stamps.files ?? {})) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, f);
        try {
            if (sha256((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(p)) !== s.sha256) {
                changed++;
                continue;
            }
            setMtime(p, s.mtimeMs);
            reset++;
        }
        catch {
            changed++;
        }
    }
    for (const [f, g] of Object.entries(stamps.generated ?? {})) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, f);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(p) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(p, 'utf8') !== g.content)
            continue;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(p), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(p, g.content);
        setMtime(p, g.mtimeMs);
    }
    return { reset, changed };
}
/** Seconds as a number keep the sub-millisecond part a Date would drop. */
const setMtime = (p, ms) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.utimesSync)(p, ms / 1000, ms / 1000);


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

/***/ 6839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ recordedPrefixes),
/* harmony export */   RS: () => (/* binding */ embeddedPaths),
/* harmony export */   aE: () => (/* binding */ readRustc),
/* harmony export */   co: () => (/* binding */ readLinker)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
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

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ escapeText),
/* harmony export */   a: () => (/* binding */ code)
/* harmony export */ });
// Untrusted text (recipe paths, features, git versions, anything from a fork) in markdown tables:
// no HTML, no table breaks, no line breaks, no mentions or links that trigger anything.
function escapeText(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(/@/g, '&#64;')
        .replace(/[\r\n]+/g, ' ')
        .replace(/([\\*_[\]()#!~])/g, '\\$1');
}
/**
 * Inline code that cannot be broken out of: GitHub still reads markdown inside inline HTML, so
 * every character markdown gives a meaning becomes an entity (rendered as itself).
 */
function code(s) {
    const text = s.replace(/&/g, '&amp;').replace(/[\r\n]+/g, ' ');
    return `<code>${text.replace(/[<>|@`[\]()*_~\\#!]/g, c => `&#${c.charCodeAt(0)};`)}</code>`;
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderReport),
/* harmony export */   X: () => (/* binding */ formatSize)
/* harmony export */ });
/* harmony import */ var _reference_values_file_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78819);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14031);


const fileName = (f) => _reference_values_file_names_js__WEBPACK_IMPORTED_MODULE_0__/* .REFERENCE_VALUE_FILES */ .s[f];
/** Where the published values are, each file with the verifier that takes it. */
function renderReferenceValues(links) {
    const lines = links
        .filter(l => l.formats.length > 0)
        .map(l => {
        const where = l.artifact
            ? `in artifact ${l.artifact.url ? `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(l.artifact.name)}](${encodeURI(l.artifact.url)})` : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(l.artifact.name)}`
            : `in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)('bin/')}`;
        return `- ${where}: ${l.formats.map(f => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(fileName(f))} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(_reference_values_file_names_js__WEBPACK_IMPORTED_MODULE_0__/* .REFERENCE_VALUE_USE */ .Y[f])})`).join(', ')}`;
    });
    if (lines.length === 0)
        return null;
    return [
        '**Reference values** for verifiers (check a report with `svsm-build verify-report --reference-values FILE`):',
        ...lines
    ].join('\n');
}
function formatSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let v = bytes / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(1)} ${units[i]}`;
}
const flagList = (m) => [m.checkKvm ? 'check-kvm' : '', m.nativeZero ? 'native-zero' : ''].filter(Boolean).join(', ') || 'none';
function renderMeasurementsTable(ms) {
    const rows = ms.map(m => `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(m.target)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.igvm)} | ${formatSize(m.size)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.launchDigest)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(m.platforms.join(', '))} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.policy)} | ${flagList(m)} |`);
    return [
        '| Target | IGVM file | Size | SEV-SNP launch digest | Platforms | Policy | Measure flags |',
        '|---|---|---|---|---|---|---|',
        ...rows
    ].join('\n');
}
function renderInputs(ms) {
    const rows = [];
    const seen = new Set();
    for (const m of ms) {
        const features = Object.entries(m.features)
            .filter(([, f]) => f.length > 0)
            .map(([c, f]) => `${c}: ${f.join(',')}`)
            .join('; ');
        const row = `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.recipe)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.recipeSha256.slice(0, 16))} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.gitVersion || '(empty)')} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(m.toolchain ?? 'unknown')} | ${m.profile} | ${m.allFeatures ? 'all' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(features || 'none')} | ${m.firmware ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.firmware.path)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.firmware.sha256.slice(0, 16))}` : 'none'} |`;
        if (seen.has(row))
            continue;
        seen.add(row);
        rows.push(row);
    }
    return [
        '| Recipe | Recipe sha256 | Git version | Toolchain | Profile | Features | Firmware |',
        '|---|---|---|---|---|---|---|',
        ...rows
    ].join('\n');
}
function renderFiles(ms) {
    return ms.map(m => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(m.target)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.igvm)} sha256 ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.sha256)}`).join('<br>\n');
}
/** TDX MRTDs, for images with a TDX platform: computed by svsm-build only, and said so. */
function renderMrtds(ms) {
    const rows = ms.flatMap(m => {
        const t = m.details?.tdxMrtd;
        return typeof t?.value === 'string' ? [`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(m.target)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(t.value)} |`] : [];
    });
    if (rows.length === 0)
        return null;
    return [
        '| Target | TDX MRTD (computed by svsm-build after the igvm crate; no COCONUT tool computes it) |',
        '|---|---|',
        ...rows
    ].join('\n');
}
function renderReport(r) {
    const out = [];
    const n = r.measurements.length;
    out.push(`### ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(r.title ?? 'svsm-build')}: ${n} IGVM file${n === 1 ? '' : 's'}`);
    out.push('');
    if (n > 0) {
        out.push(renderMeasurementsTable(r.measurements), '');
        out.push(renderInputs(r.measurements), '');
        const mrtds = renderMrtds(r.measurements);
        if (mrtds)
            out.push(mrtds, '');
        out.push('<details><summary>File hashes</summary>', '', renderFiles(r.measurements), '', '</details>', '');
    }
    else {
        out.push('No IGVM file was built.', '');
    }
    for (const s of r.sections ?? [])
        out.push(s, '');
    const refs = renderReferenceValues(r.referenceValues ?? []);
    if (refs)
        out.push(refs, '');
    if (r.artifact) {
        out.push(`Artifact: ${r.artifact.url ? `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(r.artifact.name)}](${encodeURI(r.artifact.url)})` : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(r.artifact.name)}`, '');
    }
    if (r.caches && r.caches.length > 0) {
        out.push('| Cache | Result | Key |', '|---|---|---|');
        for (const c of r.caches)
            out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(c.name)} | ${c.outcome} | ${c.matchedKey ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(c.matchedKey) : c.key ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(c.key) : ''} |`);
        out.push('');
    }
    if (r.steps && r.steps.length > 0) {
        const total = r.steps.reduce((a, s) => a + s.ms, 0);
        out.push(`<details><summary>Build steps (${r.steps.length}, ${(total / 1000).toFixed(1)} s)</summary>`, '', '| Step | Time | Status |', '|---|---|---|');
        for (const s of r.steps)
            out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(s.title)} | ${(s.ms / 1000).toFixed(1)} s | ${s.status} |`);
        out.push('', '</details>', '');
    }
    if (r.warnings && r.warnings.length > 0) {
        out.push('<details><summary>Warnings</summary>', '', ...r.warnings.map(w => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(w)}`), '', '</details>', '');
    }
    return out.join('\n');
}


/***/ })

};
