export const id = 100;
export const ids = [100];
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

/***/ 18980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ coreLogger)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);

/** The engine's messages as GitHub log lines: groups fold, warnings become annotations. */
const coreLogger = {
    info: m => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m),
    warn: m => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
    group: t => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(t),
    endGroup: () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4()
};


/***/ }),

/***/ 16100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/cache/freshness.ts
var freshness = __webpack_require__(10121);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/cache/prune.ts
// Before the target dir is saved: drop what a later build cannot use, so the cache stays small.
// Each rule is measured by bench/warm-cache/prune-rules.mjs (archive bytes, warm wall, crates
// compiled warm); PRUNE_RULES are those that pay, bench/README.md gives the figures.
// - incremental: incremental/ is per-session compiler state, large and only useful to a rebuild
//   of a changed workspace member on the same machine; cargo's freshness check never reads it;
// - superseded: a crate built again in this job under a new hash (other features, new version)
//   leaves its old artifacts behind; those untouched in this job are removed. Crates this job
//   did not build at all are kept: another recipe or leg may need them.
// Measured and not kept: deps/*.d (rustc's dep-info, which cargo never reads again): 0.01 MB of
// a 94 MB target dir, and the archive the same to 0.01 MB.


/** The rules that pay on the bench (bench/README.md, Caches). */
const PRUNE_RULES = ['incremental', 'superseded'];
/** Profile dirs: target/<profile> and target/<triple>/<profile>. */
function profileDirs(targetDir) {
    if (!(0,external_node_fs_.existsSync)(targetDir))
        return [];
    const out = [];
    for (const e of (0,external_node_fs_.readdirSync)(targetDir, { withFileTypes: true })) {
        if (!e.isDirectory())
            continue;
        const p = (0,external_node_path_.join)(targetDir, e.name);
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(p, '.fingerprint')))
            out.push(p);
        else
            for (const sub of (0,external_node_fs_.readdirSync)(p, { withFileTypes: true }))
                if (sub.isDirectory() && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(p, sub.name, '.fingerprint')))
                    out.push((0,external_node_path_.join)(p, sub.name));
    }
    return out;
}
/** `name-0123456789abcdef` → [name, hash]. */
const UNIT = /^(.+)-([0-9a-f]{16})$/;
function pruneTargetDir(targetDir, jobStartMs, rules = PRUNE_RULES) {
    const report = { removedBytes: 0, removedEntries: 0, byRule: {} };
    const remove = (rule, p) => {
        const bytes = sizeOf(p);
        report.removedBytes += bytes;
        report.removedEntries++;
        report.byRule[rule] = (report.byRule[rule] ?? 0) + bytes;
        (0,external_node_fs_.rmSync)(p, { recursive: true, force: true });
    };
    for (const prof of profileDirs(targetDir)) {
        if (rules.includes('incremental') && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(prof, 'incremental')))
            remove('incremental', (0,external_node_path_.join)(prof, 'incremental'));
        if (rules.includes('superseded'))
            for (const [sub, entry] of supersededEntries(prof, jobStartMs))
                remove('superseded', (0,external_node_path_.join)(prof, sub, entry));
    }
    return report;
}
/** [subdir, entry] of every unit superseded in this job (see the top of the file). */
function supersededEntries(prof, jobStartMs) {
    // Units per crate name: which hashes were (re)built in this job, which were not.
    const fp = (0,external_node_path_.join)(prof, '.fingerprint');
    const units = new Map();
    for (const d of (0,external_node_fs_.readdirSync)(fp)) {
        const m = UNIT.exec(d);
        if (!m)
            continue;
        const list = units.get(m[1]) ?? [];
        list.push({ hash: m[2], touched: newestMtime((0,external_node_path_.join)(fp, d)) >= jobStartMs });
        units.set(m[1], list);
    }
    const stale = new Set();
    for (const list of units.values()) {
        if (!list.some(u => u.touched))
            continue;
        for (const u of list)
            if (!u.touched)
                stale.add(u.hash);
    }
    const out = [];
    if (stale.size === 0)
        return out;
    for (const sub of ['.fingerprint', 'build', 'deps']) {
        const dir = (0,external_node_path_.join)(prof, sub);
        if (!(0,external_node_fs_.existsSync)(dir))
            continue;
        for (const e of (0,external_node_fs_.readdirSync)(dir)) {
            const m = /-([0-9a-f]{16})(\.|$)/.exec(e);
            if (m && stale.has(m[1]))
                out.push([sub, e]);
        }
    }
    return out;
}
function newestMtime(dir) {
    let t = 0;
    for (const e of (0,external_node_fs_.readdirSync)(dir))
        t = Math.max(t, (0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, e)).mtimeMs);
    return t;
}
function sizeOf(p) {
    const st = (0,external_node_fs_.statSync)(p, { throwIfNoEntry: false });
    if (!st)
        return 0;
    if (!st.isDirectory())
        return st.size;
    let total = 0;
    for (const e of (0,external_node_fs_.readdirSync)(p))
        total += sizeOf((0,external_node_path_.join)(p, e));
    return total;
}

// EXTERNAL MODULE: ./src/cache/safe.ts
var safe = __webpack_require__(7537);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/action/guard.ts
var guard = __webpack_require__(1631);
// EXTERNAL MODULE: ./src/action/logger.ts
var logger = __webpack_require__(18980);
// EXTERNAL MODULE: ./src/action/runtime.ts + 4 modules
var runtime = __webpack_require__(40614);
// EXTERNAL MODULE: ./src/action/main/state.ts
var main_state = __webpack_require__(19207);
;// CONCATENATED MODULE: ./src/action/main/post.ts
// The action's post step: prune the target dir, record source stamps, save every cache that did
// not hit exactly. Every failure is a warning; a save is reported only when the service took it.









/** The post step; failures are warnings (a cache is an optimisation). */
async function run() {
    // Not removed at the end: stray errors may come after this returns, until the process exits.
    (0,guard/* guardStrayErrors */.C)('post');
    try {
        await runPost();
    }
    catch (e) {
        core/* warning */.$e(`svsm-build post: ${e.message}`);
    }
}
async function runPost() {
    const done = {};
    const state = (0,main_state/* readPostState */.c)();
    if (!state) {
        core/* info */.pq('svsm-build: main did not get as far as the caches; nothing to save');
        return done;
    }
    if (!state.save) {
        core/* info */.pq('svsm-build: not saving caches (save-cache policy)');
        return done;
    }
    const store = (0,runtime/* cacheStore */.ww)(state.backend, state.localCacheDir, state.workspace);
    for (const c of state.caches) {
        if (c.outcome === 'exact') {
            core/* info */.pq(`${c.name} cache: exact hit on ${c.key}; not saved again`);
            done[c.name] = 'exact';
            continue;
        }
        if (c.name === 'target' && !(0,safe/* nothingToCache */.vE)(c)) {
            const pruned = pruneTargetDir(state.targetDir, state.jobStartMs);
            const files = (0,freshness/* recordStamps */.Uh)(state.root, state.targetDir);
            core/* info */.pq(`target: pruned ${pruned.removedEntries} entries (${(0,markdown/* formatSize */.X)(pruned.removedBytes)}); stamps for ${files} source files`);
        }
        done[c.name] = await (0,safe/* saveSafely */.yV)(store, c, logger/* coreLogger */.W);
    }
    const count = (r) => Object.values(done).filter(v => v === r).length;
    core/* info */.pq(`svsm-build caches: ${count('saved')} saved, ${count('exact')} exact hits, ${count('skipped')} with nothing to save, ${count('failed')} not saved`);
    return done;
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

/***/ 40614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iA: () => (/* binding */ artifactStore),
  TG: () => (/* binding */ cacheBackend),
  ww: () => (/* binding */ cacheStore),
  oD: () => (/* binding */ defaultLocalCacheDir),
  xr: () => (/* binding */ onGitHub),
  GQ: () => (/* reexport */ runnerPlatform),
  zf: () => (/* binding */ workspaceDir)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/artifacts/local.ts
var local = __webpack_require__(65880);
// EXTERNAL MODULE: ./src/artifacts/github.ts
var github = __webpack_require__(89416);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 91 modules
var cache = __webpack_require__(18091);
;// CONCATENATED MODULE: ./src/cache/github.ts
// GitHub's cache service through @actions/cache. saveCache does not throw when the service
// refuses or fails: it logs the cause and returns -1. So the adapter reads the return value and
// turns -1 into an error carrying the cause the library printed.

function githubCacheStore() {
    return {
        kind: 'github',
        // restoreCache answers a failure like a miss (undefined); what it printed tells them apart.
        restore: async (paths, key, restoreKeys) => {
            const { value, lines } = await capturingStdout(() => cache/* restoreCache */.P3(paths, key, restoreKeys));
            const failed = lines
                .map(l => l.replace(/^::(warning|error)::/, ''))
                .find(l => l.startsWith('Failed to restore:'));
            if (value === undefined && failed)
                throw new Error(failed.replace(/%0A/g, ' '));
            return value;
        },
        save: async (paths, key) => {
            const { value: id, lines } = await capturingStdout(() => cache/* saveCache */.Io(paths, key));
            if (id === -1 || !Number.isFinite(id))
                throw new Error(`the cache service did not take it (${causeOf(lines)})`);
        }
    };
}
const githubCacheAvailable = () => cache/* isFeatureAvailable */.w3();
/**
 * The library's own explanation: its last "Failed to save" style line. When the reservation
 * failed it blames "another job" whatever happened; the real cause is only in its debug line.
 */
function causeOf(lines) {
    const said = lines
        .map(l => l.replace(/^::(warning|error)::/, '').trim())
        .filter(l => /^(Failed to save|Cache reservation failed|Unable to|Cache save skipped)/.test(l));
    const reserve = lines
        .map(l => /^::debug::Failed to reserve cache: (?:\w*Error: )?(.*)$/.exec(l)?.[1])
        .filter(Boolean)
        .at(-1);
    const text = said.at(-1) ?? 'saveCache returned -1 without saying why';
    return `${text}${reserve ? `; cause: ${reserve}` : ''}`.replace(/%0A/g, ' ');
}
/** Runs `fn` while keeping a copy of what is written to stdout (still written). */
async function capturingStdout(fn) {
    const lines = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk, ...rest) => {
        lines.push(...String(chunk).split('\n'));
        return write(chunk, ...rest);
    });
    try {
        return { value: await fn(), lines };
    }
    finally {
        process.stdout.write = write;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/cache/archive.ts
// One cached path as one compressed archive, made as @actions/cache makes its own: GNU tar in
// POSIX (pax) format, which keeps sub-second mtimes (cargo compares them), piped through zstd on
// every core, or gzip where zstd is missing. Tar and the compressor are two processes joined by
// a pipe, never a shell. They get `process.env` explicitly: its PATH decides which tools run.


const ARCHIVE_SUFFIX = { zstd: '.tar.zst', gzip: '.tar.gz', none: '.tar' };
/** Compress and decompress commands; `none` is a plain tar (entries written before compression). */
const PROGRAMS = {
    // -T0: one thread per core. --long=30: a 1 GiB window, which @actions/cache 6.3.0 leaves off;
    // on the bench it makes 13.28 MB of what its archive makes 16.63 MB. Unpacking needs it too.
    zstd: { pack: ['zstd', '-T0', '--long=30', '-q', '-c'], unpack: ['zstd', '-d', '--long=30', '-q', '-c'] },
    gzip: { pack: ['gzip', '-c'], unpack: ['gzip', '-d', '-c'] },
    none: undefined
};
/** Whether zstd runs, per PATH (asked once per PATH). */
const zstdFound = new Map();
/** zstd when it is on PATH, gzip otherwise (what @actions/cache falls back to). */
function packCompression() {
    const path = process.env.PATH ?? '';
    if (!zstdFound.has(path))
        zstdFound.set(path, (0,external_node_child_process_.spawnSync)('zstd', ['--version'], { stdio: 'ignore', env: process.env }).status === 0);
    return zstdFound.get(path) ? 'zstd' : 'gzip';
}
/** Writes `member` (a name inside `dir`) to `file`. */
async function packArchive(file, dir, member, c) {
    const tarArgv = ['tar', '--posix', '-cf', '-', '-C', dir, member];
    const prog = PROGRAMS[c];
    const out = (0,external_node_fs_.openSync)(file, 'w');
    try {
        if (!prog)
            return await finished(run(tarArgv, 'ignore', out));
        const tar = run(tarArgv, 'ignore', 'pipe');
        const z = run(prog.pack, tar.stdout, out);
        tar.stdout.destroy(); // our copy of the pipe: a compressor that dies must not leave tar blocked
        await Promise.all([finished(tar), finished(z)]);
    }
    finally {
        (0,external_node_fs_.closeSync)(out);
    }
}
/** Unpacks `file` into `dir`. */
async function unpackArchive(file, dir, c) {
    const prog = PROGRAMS[c];
    if (!prog)
        return finished(run(['tar', '-xf', file, '-C', dir], 'ignore', 'ignore'));
    const input = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const z = run(prog.unpack, input, 'pipe');
        const tar = run(['tar', '-xf', '-', '-C', dir], z.stdout, 'ignore');
        z.stdout.destroy();
        await Promise.all([finished(z), finished(tar)]);
    }
    finally {
        (0,external_node_fs_.closeSync)(input);
    }
}
const run = ([cmd, ...args], stdin, stdout) => (0,external_node_child_process_.spawn)(cmd, args, { stdio: [stdin, stdout, 'pipe'], env: process.env });
/** Resolves when the process exits 0; otherwise rejects with its name, status and stderr. */
function finished(p) {
    const name = p.spawnargs[0];
    let stderr = '';
    p.stderr?.setEncoding('utf8').on('data', (d) => (stderr += d));
    return new Promise((resolve, reject) => {
        p.on('error', e => reject(new Error(e.code === 'ENOENT' ? `${name} is not on PATH` : `${name}: ${e.message}`)));
        p.on('close', (code, signal) => code === 0
            ? resolve()
            : reject(new Error(`${name} exited with ${code ?? signal}${stderr.trim() ? `: ${stderr.trim()}` : ''}`)));
    });
}

;// CONCATENATED MODULE: ./src/cache/local.ts
// A cache in a local directory, with GitHub's semantics: prefix matching on restore keys (newest
// first), entries never overwritten. Each path is one archive compressed as @actions/cache does
// (archive.ts), so what the bench measures here is what the GitHub backend moves; a relative path
// restores under the current workspace, like @actions/cache does. Entries written before
// compression (plain tars, no `compression` in the manifest) still restore.



const entryDir = (root, key) => (0,external_node_path_.join)(root, encodeURIComponent(key));
const archiveName = (i, c) => `${i}${ARCHIVE_SUFFIX[c]}`;
function localCacheStore(root, workspace) {
    const stored = (p) => {
        const abs = (0,external_node_path_.resolve)(workspace, p);
        const rel = (0,external_node_path_.relative)(workspace, abs);
        return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? abs : rel;
    };
    return {
        kind: 'local',
        async restore(paths, key, restoreKeys) {
            const manifests = listManifests(root);
            const exact = manifests.find(m => m.key === key);
            const match = exact ??
                restoreKeys
                    .map(prefix => manifests.filter(m => m.key.startsWith(prefix)).sort(newestFirst)[0])
                    .find(Boolean);
            if (!match)
                return undefined;
            const c = match.compression ?? 'none';
            const wanted = new Set(paths.map(stored));
            for (const [i, p] of match.paths.entries()) {
                if (!wanted.has(p))
                    continue;
                const dest = (0,external_node_path_.resolve)(workspace, p);
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(dest), { recursive: true });
                const archive = (0,external_node_path_.join)(entryDir(root, match.key), archiveName(i, c));
                await unpackArchive(archive, (0,external_node_path_.dirname)(dest), c).catch((e) => {
                    throw new Error(`${archive}: ${e.message}`);
                });
            }
            return match.key;
        },
        async save(paths, key) {
            const dir = entryDir(root, key);
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'manifest.json')))
                return; // like GitHub: an entry is never replaced
            const tmp = `${dir}.tmp-${process.pid}`;
            (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
            (0,external_node_fs_.mkdirSync)(tmp, { recursive: true });
            try {
                const compression = packCompression();
                const kept = [];
                for (const p of paths) {
                    const abs = (0,external_node_path_.resolve)(workspace, p);
                    if (!(0,external_node_fs_.existsSync)(abs))
                        continue;
                    await packArchive((0,external_node_path_.join)(tmp, archiveName(kept.length, compression)), (0,external_node_path_.dirname)(abs), (0,external_node_path_.basename)(abs), compression);
                    kept.push(stored(p));
                }
                const seq = Math.max(0, ...listManifests(root).map(m => m.seq ?? 0)) + 1;
                const manifest = { key, paths: kept, created: Date.now(), seq, compression };
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(tmp, 'manifest.json'), JSON.stringify(manifest));
                (0,external_node_fs_.mkdirSync)(root, { recursive: true });
                (0,external_node_fs_.renameSync)(tmp, dir);
            }
            catch (e) {
                (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true }); // no half-written entry that looks complete
                throw e;
            }
        }
    };
}
const newestFirst = (a, b) => (b.seq ?? 0) - (a.seq ?? 0) || b.created - a.created;
function listManifests(root) {
    if (!(0,external_node_fs_.existsSync)(root))
        return [];
    return (0,external_node_fs_.readdirSync)(root)
        .map(d => (0,external_node_path_.join)(root, d, 'manifest.json'))
        .filter(external_node_fs_.existsSync)
        .map(f => JSON.parse((0,external_node_fs_.readFileSync)(f, 'utf8')));
}

;// CONCATENATED MODULE: ./src/util/platform.ts
/** RUNNER_OS / RUNNER_ARCH on GitHub, node's names elsewhere (part of every cache key). */
const runnerPlatform = (env = process.env) => ({
    os: env.RUNNER_OS || process.platform,
    arch: env.RUNNER_ARCH || process.arch
});

;// CONCATENATED MODULE: ./src/action/runtime.ts
// GitHub services when the Actions runtime is there, local folders otherwise (a developer's
// machine, another CI, @github/local-action).






const onGitHub = (env = process.env) => Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
const defaultLocalCacheDir = (env = process.env) => (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'svsm-build');
const workspaceDir = (env = process.env) => (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
function cacheStore(backend, localDir, workspace) {
    return backend === 'github' ? githubCacheStore() : localCacheStore(localDir, workspace);
}
function cacheBackend(env = process.env) {
    return onGitHub(env) && githubCacheAvailable() ? 'github' : 'local';
}
function artifactStore(localDir, env = process.env) {
    return onGitHub(env) ? (0,github/* githubArtifactStore */.T)(env) : (0,local/* localArtifactStore */.f)(localDir);
}



/***/ }),

/***/ 89416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ githubArtifactStore),
/* harmony export */   h: () => (/* binding */ githubArtifactSource)
/* harmony export */ });
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75203);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// GitHub Actions artifacts through @actions/artifact: uploads (the build) and reading them back
// (the report job), for this run or another.


function githubArtifactStore(env = process.env) {
    const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9();
    return {
        kind: 'github',
        async upload(name, files, rootDir, o) {
            const r = await client.uploadArtifact(name, files, rootDir, o.retentionDays ? { retentionDays: o.retentionDays } : {});
            // Only a finalized artifact has an id; without one nothing may be presented as uploaded.
            if (r.id === undefined || !Number.isFinite(r.id))
                throw new Error(`the artifact service did not confirm ${name} (no artifact id)`);
            const url = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
                ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${r.id}`
                : undefined;
            return { name, size: r.size ?? 0, id: r.id, ...(url ? { url } : {}) };
        }
    };
}
function githubArtifactSource(run) {
    const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9();
    const find = run ? { findBy: run } : {};
    return {
        list: async () => (await client.listArtifacts({ latest: true, ...find })).artifacts.map(a => ({
            id: a.id,
            name: a.name,
            size: a.size
        })),
        download: async (a, dir) => (await client.downloadArtifact(a.id, { path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, a.name), ...find })).downloadPath ??
            (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, a.name)
    };
}


/***/ }),

/***/ 65880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ localArtifactStore),
/* harmony export */   n: () => (/* binding */ localArtifactSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
// Artifacts as folders: <dir>/<name>/..., refusing a name twice as GitHub does (409), and read back.



function localArtifactStore(dir) {
    return {
        kind: 'local',
        async upload(name, files, rootDir, o) {
            const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dest))
                throw new Error(`an artifact named ${name} already exists in ${dir} (GitHub answers 409 Conflict); choose another artifact-name`);
            const tmp = `${dest}.tmp-${process.pid}`;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { recursive: true, force: true });
            let size = 0;
            for (const f of files) {
                const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(rootDir), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(f));
                if (rel.startsWith('..'))
                    throw new Error(`${f} is not under the artifact root ${rootDir}`);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tmp, rel)), { recursive: true });
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(f, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tmp, rel));
                size += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(f).size;
            }
            if (o.retentionDays)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tmp, '.retention-days'), `${o.retentionDays}\n`);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, dest);
            const id = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).length;
            return { name, id, url: (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(dest).href, size };
        }
    };
}
/** Reading back what localArtifactStore wrote. */
function localArtifactSource(root) {
    return {
        async list() {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(root))
                return [];
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(root)
                .filter(n => !n.includes('.tmp-') && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, n)).isDirectory())
                .sort()
                .map((name, i) => ({ id: i + 1, name, size: 0 }));
        },
        async download(a, dir) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.cpSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, a.name), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, a.name), { recursive: true });
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, a.name);
        }
    };
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

/***/ 7537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vE: () => (/* binding */ nothingToCache),
/* harmony export */   v_: () => (/* binding */ restoreSafely),
/* harmony export */   yV: () => (/* binding */ saveSafely)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11452);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17631);
// A cache is an optimisation: a service that is down, slow or read-only (fork pull requests) costs
// a warning, never the job, and never waits for ever.



const RESTORE_TIMEOUT_MS = Number(process.env.SVSM_BUILD_CACHE_RESTORE_TIMEOUT_MS ?? 10 * 60_000);
const SAVE_TIMEOUT_MS = Number(process.env.SVSM_BUILD_CACHE_SAVE_TIMEOUT_MS ?? 20 * 60_000);
async function restoreSafely(store, spec, log, timeoutMs = RESTORE_TIMEOUT_MS) {
    const bad = (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyProblem */ .dD)(spec.name, spec.key, spec.restoreKeys);
    if (bad) {
        log.warn(`${bad}; not restored`);
        return { ...spec, outcome: 'miss' };
    }
    try {
        const matched = await withTimeout(store.restore(spec.paths, spec.key, spec.restoreKeys), timeoutMs, `restoring the ${spec.name} cache`);
        const outcome = (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeOf */ .s)(spec.key, matched);
        log.info(`${spec.name} cache: ${outcome}${matched ? ` (${matched})` : ` (no entry for ${spec.key})`}`);
        return { ...spec, outcome, ...(matched ? { matchedKey: matched } : {}) };
    }
    catch (e) {
        log.warn(`${spec.name} cache not restored: ${e.message}`);
        return { ...spec, outcome: 'miss' };
    }
}
/** A cache with none of its paths on disk has nothing to save (and is not a failed save). */
const nothingToCache = (spec) => !spec.paths.some(p => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p));
/**
 * saved only when the store says it took the entry; skipped (a note) when there is nothing to
 * cache; failed (a warning naming the cache and the cause) when the service refused, failed or
 * timed out.
 */
async function saveSafely(store, spec, log, timeoutMs = SAVE_TIMEOUT_MS) {
    if (nothingToCache(spec)) {
        log.info(`${spec.name} cache: nothing to save (${spec.paths.join(', ')} not there); skipped`);
        return 'skipped';
    }
    const bad = (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyProblem */ .dD)(spec.name, spec.key, []);
    if (bad) {
        log.warn(`${bad}; not saved`);
        return 'failed';
    }
    try {
        await withTimeout(store.save(spec.paths, spec.key), timeoutMs, `saving the ${spec.name} cache`);
        log.info(`${spec.name} cache saved as ${spec.key}`);
        return 'saved';
    }
    catch (e) {
        log.warn(`${spec.name} cache not saved: ${e.message}`);
        return 'failed';
    }
}
function withTimeout(p, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s; going on without it`)), ms);
        timer.unref();
    });
    return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}


/***/ }),

/***/ 17631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ combineOutcomes),
/* harmony export */   s: () => (/* binding */ outcomeOf)
/* harmony export */ });
function outcomeOf(key, matched) {
    return matched === undefined ? 'miss' : matched === key ? 'exact' : 'partial';
}
/** exact when every cache hit exactly, miss when none hit, partial otherwise. */
function combineOutcomes(outcomes) {
    if (outcomes.length > 0 && outcomes.every(o => o === 'exact'))
        return 'exact';
    if (outcomes.every(o => o === 'miss'))
        return 'miss';
    return 'partial';
}


/***/ }),

/***/ 78819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ REFERENCE_VALUE_USE),
/* harmony export */   s: () => (/* binding */ REFERENCE_VALUE_FILES)
/* harmony export */ });
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


/***/ }),

/***/ 13968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// git as every room runs it: argv, never a shell; the answer with its stdout and its last words.

function git(cwd, args) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
    return { ok: r.status === 0, out: r.stdout ?? '', err: (r.stderr ?? '').trim() };
}


/***/ })

};
