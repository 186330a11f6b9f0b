export const id = 705;
export const ids = [705];
export const modules = {

/***/ 86850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ appendSummary)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);

/** Appends to the job summary; off GitHub (no GITHUB_STEP_SUMMARY) it says so instead of failing. */
async function appendSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('no job summary: GITHUB_STEP_SUMMARY is not set');
        return;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write();
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

/***/ 55144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J_: () => (/* binding */ firmwareCacheKey),
/* harmony export */   S: () => (/* binding */ parseFirmwareManifest),
/* harmony export */   ko: () => (/* binding */ firmwareManifestSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _cache_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11452);
// What a firmware build is made of: the cache key covers every input, the manifest travels with
// the images (and into the cache, and into measurement records) so a consumer can see what it got
// and rebuild it. The schema is the one contract for manifest.json.


const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, { error: '64 lowercase hex digits' });
/** How the build was made independent of when it ran (see reproducible.ts). */
const reproducibleSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** Seconds since 1970: the time every stamping tool saw. */
    sourceDateEpoch: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    /** Where the epoch came from, e.g. `committer time of <sha>` or `--source-date-epoch`. */
    epochFrom: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    /** How it was applied to the build (a `+`-joined list of mechanisms, see reproducible.ts). */
    method: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)
});
/** The options that change the images (not the source path or the job count). */
const firmwareOptionsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    platform: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/\.dsc$/, { error: 'a platform description (.dsc)' }),
    arch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    target: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['DEBUG', 'RELEASE', 'NOOPT']),
    toolchainTag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    defines: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    buildDir: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\//, { error: 'an absolute path' })
});
const firmwareManifestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    /** The commit the ref resolved to ('unknown' for a tree that is not a git checkout). */
    commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^([0-9a-f]{40}|unknown)$/, { error: 'a 40-digit commit SHA or "unknown"' }),
    options: firmwareOptionsSchema,
    /** First line of `gcc --version`, `nasm -v`, `iasl -v`, `python3 --version`, `make --version`. */
    toolchains: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    reproducible: reproducibleSchema,
    key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(), sha256 }))
        .min(1, { error: 'at least one image' }),
    primary: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)
})
    .refine(m => m.files.some(f => f.name === m.primary), {
    error: 'primary must name one of files',
    path: ['primary']
});
/** The manifest at `where`, validated: one message naming the file and the first bad field. */
function parseFirmwareManifest(text, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new Error(`${where}: not JSON (${e.message})`);
    }
    const r = firmwareManifestSchema.safeParse(json);
    if (r.success)
        return r.data;
    const issue = r.error.issues[0];
    const path = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
    throw new Error(`${where}: ${path}: ${issue.message}`);
}
/**
 * -D order does not change a build; everything else does, including the epoch and the way it was
 * applied (a build without them stamps the build time, a different epoch gives other bytes).
 */
function firmwareCacheKey(k, i) {
    const o = i.options;
    const parts = {
        commit: i.commit,
        platform: o.platform,
        arch: o.arch,
        target: o.target,
        toolchainTag: o.toolchainTag,
        defines: [...o.defines].sort(),
        buildDir: o.buildDir,
        toolchains: Object.entries(i.toolchains).sort(([a], [b]) => a.localeCompare(b)),
        sourceDateEpoch: i.reproducible.sourceDateEpoch,
        method: i.reproducible.method
    };
    return `${k.prefix}-edk2-v2-${k.os}-${k.arch}-${o.platform.replace(/[^A-Za-z0-9]+/g, '_')}-${o.target}-${(0,_cache_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .shortHash */ .BC)(JSON.stringify(parts))}`;
}


/***/ }),

/***/ 95002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ IgvmError)
/* harmony export */ });
/** A file the igvm crate (0.4.0) would refuse: where, which rule, and the crate's error name. */
class IgvmError extends Error {
    offset;
    rule;
    debug;
    file;
    constructor(offset, rule, 
    /** How the crate's Debug output names it (what igvmmeasure prints after "Error: "). */
    debug, file = 'IGVM file') {
        super(`${file}: offset 0x${offset.toString(16)}: ${rule}`);
        this.offset = offset;
        this.rule = rule;
        this.debug = debug;
        this.file = file;
        this.name = 'IgvmError';
    }
}


/***/ }),

/***/ 12782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ PAGE_4K),
/* harmony export */   Of: () => (/* binding */ PAGE_FLAGS),
/* harmony export */   QO: () => (/* binding */ VHT_OPTIONAL_BIT),
/* harmony export */   Qk: () => (/* binding */ PARAMETER_USAGE_TYPES),
/* harmony export */   Y5: () => (/* binding */ KVM_VMSA_GPA),
/* harmony export */   YU: () => (/* binding */ VBS_REGISTER_SIZE),
/* harmony export */   Z6: () => (/* binding */ PLATFORM_NAMES),
/* harmony export */   et: () => (/* binding */ TYPE_NAMES),
/* harmony export */   gC: () => (/* binding */ NATIVE_CONTEXT_SIZE),
/* harmony export */   gP: () => (/* binding */ IGVM_MAGIC),
/* harmony export */   kI: () => (/* binding */ PAGE_2M),
/* harmony export */   kr: () => (/* binding */ VMSA_STRUCT_SIZE),
/* harmony export */   lz: () => (/* binding */ SEV_FEATURE_NAMES),
/* harmony export */   pD: () => (/* binding */ PLATFORM_TYPE),
/* harmony export */   q1: () => (/* binding */ SNP_PAGE),
/* harmony export */   vN: () => (/* binding */ VHT),
/* harmony export */   xP: () => (/* binding */ BODY_SIZE),
/* harmony export */   xc: () => (/* binding */ DATA_TYPE_NAMES),
/* harmony export */   yM: () => (/* binding */ VMSA),
/* harmony export */   yd: () => (/* binding */ DATA_TYPE)
/* harmony export */ });
// IGVM on-disk constants (igvm_defs 0.4.0, and the CoRIM headers and optional bit of 0.5):
// header types, body sizes, platforms, page types.
const IGVM_MAGIC = 0x4d564749; // "IGVM"
const PAGE_4K = 4096;
const PAGE_2M = 2 * 1024 * 1024;
const VHT = {
    SUPPORTED_PLATFORM: 0x001,
    GUEST_POLICY: 0x101,
    RELOCATABLE_REGION: 0x102,
    PAGE_TABLE_RELOCATION_REGION: 0x103,
    /** igvm 0.5 (feature `corim`): a CoRIM document, and its COSE_Sign1 signature, per platform. */
    CORIM_DOCUMENT: 0x104,
    CORIM_SIGNATURE: 0x105,
    PARAMETER_AREA: 0x301,
    PAGE_DATA: 0x302,
    PARAMETER_INSERT: 0x303,
    VP_CONTEXT: 0x304,
    REQUIRED_MEMORY: 0x305,
    RESERVED_DO_NOT_USE: 0x306,
    VP_COUNT_PARAMETER: 0x307,
    SRAT: 0x308,
    MADT: 0x309,
    MMIO_RANGES: 0x30a,
    SNP_ID_BLOCK: 0x30b,
    MEMORY_MAP: 0x30c,
    ERROR_RANGE: 0x30d,
    COMMAND_LINE: 0x30e,
    SLIT: 0x30f,
    PPTT: 0x310,
    VBS_MEASUREMENT: 0x311,
    DEVICE_TREE: 0x312,
    ENVIRONMENT_INFO_PARAMETER: 0x313
};
/** Header types that carry a parameter-area reference (IGVM_VHS_PARAMETER). */
const PARAMETER_USAGE_TYPES = new Set([
    VHT.VP_COUNT_PARAMETER,
    VHT.SRAT,
    VHT.MADT,
    VHT.MMIO_RANGES,
    VHT.MEMORY_MAP,
    VHT.COMMAND_LINE,
    VHT.SLIT,
    VHT.PPTT,
    VHT.DEVICE_TREE,
    VHT.ENVIRONMENT_INFO_PARAMETER
]);
/** Set on a header type: a loader that does not know the type may skip the header (igvm_defs). */
const VHT_OPTIONAL_BIT = 0x80000000;
/** Exact body length igvm requires for each type it knows (0.4.0's, and 0.5's CoRIM headers). */
const BODY_SIZE = new Map([
    [VHT.SUPPORTED_PLATFORM, 0x10],
    [VHT.GUEST_POLICY, 0x10],
    [VHT.RELOCATABLE_REGION, 0x30],
    [VHT.PAGE_TABLE_RELOCATION_REGION, 0x20],
    [VHT.CORIM_DOCUMENT, 0x10],
    [VHT.CORIM_SIGNATURE, 0x10],
    [VHT.PARAMETER_AREA, 0x10],
    [VHT.PAGE_DATA, 0x18],
    [VHT.PARAMETER_INSERT, 0x10],
    [VHT.VP_CONTEXT, 0x14],
    [VHT.REQUIRED_MEMORY, 0x18],
    [VHT.SNP_ID_BLOCK, 0x2b8],
    [VHT.ERROR_RANGE, 0x10],
    [VHT.VBS_MEASUREMENT, 0x360],
    ...[...PARAMETER_USAGE_TYPES].map(t => [t, 0x08])
]);
const TYPE_NAMES = Object.fromEntries(Object.entries(VHT).map(([k, v]) => [v, k]));
const PLATFORM_TYPE = { NATIVE: 0, VSM_ISOLATION: 1, SEV_SNP: 2, TDX: 3, SEV: 4, SEV_ES: 5 };
const PLATFORM_NAMES = {
    0: 'native',
    1: 'vsm',
    2: 'sev-snp',
    3: 'tdx',
    4: 'sev',
    5: 'sev-es'
};
const PAGE_FLAGS = { IS_2MB: 1, UNMEASURED: 2, SHARED: 4 };
const DATA_TYPE = { NORMAL: 0, SECRETS: 1, CPUID_DATA: 2, CPUID_XF: 3 };
const DATA_TYPE_NAMES = ['normal', 'secrets', 'cpuid', 'cpuid-xf'];
/** SNP PAGE_INFO page types. */
const SNP_PAGE = { NORMAL: 1, VMSA: 2, ZERO: 3, UNMEASURED: 4, SECRETS: 5, CPUID: 6 };
/** SEV VMSA: igvm 0.4.0's SevVmsa is 0x670 bytes; the rest of the page must be zero. */
const VMSA_STRUCT_SIZE = 0x670;
const VMSA = {
    EFER: 0x0d0,
    CR4: 0x148,
    CR3: 0x150,
    CR0: 0x158,
    RIP: 0x178,
    RFLAGS: 0x170,
    SEV_FEATURES: 0x3b0,
    VIRTUAL_TOM: 0x3c8
};
const SEV_FEATURE_NAMES = [
    [0, 'SNP'],
    [1, 'vTOM'],
    [2, 'ReflectVC'],
    [3, 'RestrictInjection'],
    [4, 'AlternateInjection'],
    [5, 'DebugSwap'],
    [6, 'PreventHostIBS'],
    [7, 'BTBIsolation'],
    [8, 'VmplSSS'],
    [9, 'SecureTSC'],
    [14, 'VmsaRegProt'],
    [15, 'SmtProtection']
];
/** IgvmNativeVpContextX64 size; the rest of its 4 KiB page must be zero. */
const NATIVE_CONTEXT_SIZE = 0xe8;
const VBS_REGISTER_SIZE = 0x20;
const KVM_VMSA_GPA = 0xfffffffff000n;


/***/ }),

/***/ 15100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ POLICY_BITS),
/* harmony export */   b: () => (/* binding */ policyDifferences)
/* harmony export */ });
// The SEV-SNP guest policy (SNP ABI "GUEST_POLICY"), as an IGVM file declares it and an attestation
// report echoes it: its bits by name, and the differences between two policies in words.
/** SNP guest policy bits above the ABI version bytes (SNP ABI "GUEST_POLICY"). */
const POLICY_BITS = [
    [16, 'SMT'],
    [17, 'reserved-must-be-one'],
    [18, 'migrate-MA'],
    [19, 'debug'],
    [20, 'single-socket'],
    [21, 'CXL-allow'],
    [22, 'mem-AES-256-XTS'],
    [23, 'RAPL-disable'],
    [24, 'ciphertext-hiding'],
    [25, 'page-swap-disable']
];
/** Each difference between two policies, named ("debug 0 -> 1", "ABI minor 0 -> 1"). */
function policyDifferences(expected, found) {
    const out = [];
    const byte = (v, s) => (v >> s) & 0xffn;
    if (byte(expected, 0n) !== byte(found, 0n))
        out.push(`ABI minor ${byte(expected, 0n)} -> ${byte(found, 0n)}`);
    if (byte(expected, 8n) !== byte(found, 8n))
        out.push(`ABI major ${byte(expected, 8n)} -> ${byte(found, 8n)}`);
    const bit = (v, n) => Number((v >> BigInt(n)) & 1n);
    const named = new Set(POLICY_BITS.map(([n]) => n));
    for (const [n, label] of POLICY_BITS)
        if (bit(expected, n) !== bit(found, n))
            out.push(`${label} ${bit(expected, n)} -> ${bit(found, n)}`);
    for (let n = 26; n < 64; n++)
        if (!named.has(n) && bit(expected, n) !== bit(found, n))
            out.push(`bit ${n} ${bit(expected, n)} -> ${bit(found, n)}`);
    return out;
}


/***/ }),

/***/ 81498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TG: () => (/* binding */ MeasureError),
  xP: () => (/* binding */ measure),
  nj: () => (/* binding */ toHex)
});

// UNUSED EXPORTS: IN_MEMORY, KVM_MESSAGES, hashedPages

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/igvm/format.ts
var format = __webpack_require__(12782);
;// CONCATENATED MODULE: ./src/igvm/hash-sha384.ts
// SHA-384 written where it is needed. Node's one-shot crypto.hash (20.12+) is the fast path, with
// 'latin1' output: asked for 'buffer' it first fails to look the name up as an encoding, which
// costs more than hashing the 112-byte PAGE_INFO itself (the chain ran 3x slower that way).

const oneShot = external_node_crypto_.hash;
/** Writes the SHA-384 of `data` into `target[at..at+48)` (`target` may be `data` itself). */
const sha384Into = oneShot
    ? (data, target, at) => void target.write(oneShot('sha384', data, 'latin1'), at, 'latin1')
    : (data, target, at) => void external_node_crypto_.createHash('sha384').update(data).digest().copy(target, at);
function sha384(data) {
    const b = Buffer.allocUnsafe(48);
    sha384Into(data, b, 0);
    return b;
}

;// CONCATENATED MODULE: ./src/igvm/measure.ts
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
    sev: format/* PLATFORM_TYPE */.pD.SEV,
    'sev-es': format/* PLATFORM_TYPE */.pD.SEV_ES,
    'sev-snp': format/* PLATFORM_TYPE */.pD.SEV_SNP
};
const ZERO_PAGE_HASH = sha384(new Uint8Array(format/* PAGE_4K */.AI));
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
    hash: d => sha384(d.data),
    bytes: d => d.data
};
/** Does the SNP digest take the SHA-384 of this directive's file data? */
const hashesContents = (d, mask) => (d.mask & mask) !== 0 &&
    (d.flags & PAGE_FLAGS.IS_2MB) === 0 &&
    d.dataType === DATA_TYPE.NORMAL &&
    (d.flags & PAGE_FLAGS.UNMEASURED) === 0 &&
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
    const sev = snp ? null : (0,external_node_crypto_.createHash)('sha256');
    const log = [];
    let idBlock;
    let vmsaCount = 0;
    const record = (gpa, type, contents) => {
        info.set(contents, 0x30);
        info[0x62] = type;
        view.setBigUint64(0x68, gpa, true);
        sha384Into(info, info, 0);
        if (o.log) {
            const name = LOG_NAMES[type];
            const last = log.at(-1);
            if (last && last.type === name && last.gpa + last.length === gpa)
                last.length += BigInt(format/* PAGE_4K */.AI);
            else
                log.push({ gpa, length: BigInt(format/* PAGE_4K */.AI), type: name });
        }
    };
    /** One 4 KiB page; `d` is the directive whose file data it has, if any. */
    const page4k = (gpa, flags, dataType, d) => {
        if (sev) {
            if (d)
                sev.update(contents.bytes(d));
            return;
        }
        if (dataType === format/* DATA_TYPE */.yd.NORMAL) {
            if (flags & format/* PAGE_FLAGS */.Of.UNMEASURED)
                record(gpa, format/* SNP_PAGE */.q1.UNMEASURED, NO_CONTENTS);
            else if (!d && o.nativeZero)
                record(gpa, format/* SNP_PAGE */.q1.ZERO, NO_CONTENTS);
            else
                record(gpa, format/* SNP_PAGE */.q1.NORMAL, d ? contents.hash(d, hashed++) : ZERO_PAGE_HASH);
        }
        else if (dataType === format/* DATA_TYPE */.yd.SECRETS)
            record(gpa, format/* SNP_PAGE */.q1.SECRETS, NO_CONTENTS);
        else if (dataType === format/* DATA_TYPE */.yd.CPUID_DATA || dataType === format/* DATA_TYPE */.yd.CPUID_XF)
            record(gpa, format/* SNP_PAGE */.q1.CPUID, NO_CONTENTS);
    };
    for (const d of file.directives) {
        switch (d.kind) {
            case 'page-data': {
                if ((d.mask & mask) === 0)
                    break;
                if (d.flags & format/* PAGE_FLAGS */.Of.IS_2MB) {
                    // igvm 0.4.0 keeps 4 KiB of data, so igvmmeasure's size assertion fails on such a page.
                    if (d.fileOffset !== 0)
                        throw new MeasureError(`a 2 MiB page at 0x${d.gpa.toString(16)} has file data; igvmmeasure panics on it (only 4 KiB of data can be stored)`);
                    for (let off = 0; off < format/* PAGE_2M */.kI; off += format/* PAGE_4K */.AI)
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
                page4k(d.gpa, format/* PAGE_FLAGS */.Of.UNMEASURED, format/* DATA_TYPE */.yd.NORMAL, null);
                break;
            case 'vp-context': {
                if (d.platformType !== format/* PLATFORM_TYPE */.pD.SEV_SNP && d.platformType !== format/* PLATFORM_TYPE */.pD.SEV_ES)
                    break;
                if (o.checkKvm) {
                    if (vmsaCount > 0)
                        throw new MeasureError(KVM_MESSAGES.count);
                    if (d.gpa !== format/* KVM_VMSA_GPA */.Y5)
                        throw new MeasureError(KVM_MESSAGES.gpa(d.gpa));
                    const cr0 = Buffer.from(d.data.buffer, d.data.byteOffset, d.data.byteLength).readBigUInt64LE(format/* VMSA */.yM.CR0);
                    if (cr0 !== 0x31n && cr0 !== 0x30n)
                        throw new MeasureError(KVM_MESSAGES.cr0(cr0));
                }
                vmsaCount++;
                if (sev)
                    sev.update(d.data);
                else
                    record(d.gpa, format/* SNP_PAGE */.q1.VMSA, sha384(d.data));
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

/***/ 34685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ parseIgvm)
});

// UNUSED EXPORTS: parseIgvmInput

// EXTERNAL MODULE: ./src/igvm/format.ts
var format = __webpack_require__(12782);
// EXTERNAL MODULE: ./src/igvm/errors.ts
var errors = __webpack_require__(95002);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/igvm/fixed-header.ts
// The fixed header (igvm 0.4.0's rules): magic, format version, V2's architecture and page size,
// the sizes that must agree with the file, and the CRC32 over it and the variable headers.


/**
 * The fixed header of a file of `size` bytes whose first bytes are `buf` (at least the fixed
 * header, when the file has one). Checks everything but the checksum, which needs the headers.
 */
function fixed_header_readFixedHeader(buf, size, fail) {
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const u32 = (o) => view.getUint32(o, true);
    if (size < 0x18)
        fail(0, `the file has ${size} bytes, fewer than the 24-byte fixed header`, 'InvalidFixedHeader');
    if (u32(0) !== format/* IGVM_MAGIC */.gP)
        fail(0, `magic is 0x${u32(0).toString(16)}, expected 0x4d564749 ("IGVM")`, 'InvalidFixedHeader');
    const version = u32(4);
    if (version !== 1 && version !== 2)
        fail(4, `format version ${version} is not 1 or 2`, 'InvalidFixedHeader');
    let arch = 0;
    if (version === 2) {
        if (size < 0x20)
            fail(0, 'the file is shorter than the 32-byte V2 fixed header', 'InvalidFixedHeader');
        arch = u32(0x18);
        if (arch > 1)
            fail(0x18, `architecture ${arch} is neither 0 (X64) nor 1 (AArch64)`, 'InvalidFixedHeader');
        if (u32(0x1c) !== format/* PAGE_4K */.AI)
            fail(0x1c, `page size 0x${u32(0x1c).toString(16)} is not 0x1000`, 'InvalidFixedHeader');
    }
    const vhOffset = u32(8);
    const vhSize = u32(0xc);
    const totalSize = u32(0x10);
    if (totalSize !== size)
        fail(0x10, `total_file_size says ${totalSize} bytes, the file has ${size}`, 'InvalidFixedHeader');
    if (vhOffset >= totalSize)
        fail(8, `variable_header_offset 0x${vhOffset.toString(16)} is not below the file size`, 'InvalidFixedHeader');
    const fileDataStart = vhOffset + vhSize;
    if (fileDataStart >= totalSize) {
        fail(0xc, `variable headers end at 0x${fileDataStart.toString(16)}, leaving no file data before 0x${totalSize.toString(16)}`, 'InvalidFixedHeader');
    }
    return {
        version: version,
        arch,
        fixedSize: version === 2 ? 0x20 : 0x18,
        vhOffset,
        totalSize,
        checksum: u32(0x14),
        fileDataStart
    };
}
/** The checksum: CRC32 of the fixed header (its checksum field zero), then the variable headers. */
function checkChecksum(buf, h, fail) {
    const header = Buffer.from(buf.subarray(0, h.fixedSize));
    header.writeUInt32LE(0, 0x14);
    const expected = (0,external_node_zlib_.crc32)(buf.subarray(h.vhOffset, h.fileDataStart), (0,external_node_zlib_.crc32)(header));
    if (expected !== h.checksum) {
        fail(0x14, `checksum 0x${h.checksum.toString(16)} does not match the CRC32 0x${expected.toString(16)} of the headers`, `InvalidChecksum { expected: ${expected}, header_value: ${h.checksum} }`);
    }
}

;// CONCATENATED MODULE: ./src/igvm/header-context.ts
// What every header rule works with: the header being read (its offset and body readers), the file
// built so far, the parameter areas' states, file data lookups, and the one way to refuse.

class HeaderContext {
    input;
    name;
    file;
    readPages;
    view;
    /** Offset of the header being read, and of its body (8 bytes on). */
    at = 0;
    body = 0;
    /** Parameter areas by index: declared, then inserted (once). */
    areas = new Map();
    /** Compatibility mask bits that have a CoRIM document, and a CoRIM signature, so far. */
    corimDocuments = 0;
    corimSignatures = 0;
    constructor(input, name, file, 
    /** false: page data is checked to lie inside the file but not read (a measurer streams it). */
    readPages) {
        this.input = input;
        this.name = name;
        this.file = file;
        this.readPages = readPages;
        const buf = input.head;
        this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    fail = (offset, rule, debug) => {
        throw new errors/* IgvmError */.k(offset, rule, debug, this.name);
    };
    /** A u32 at an absolute offset (header type and length). */
    u32At(o) {
        return this.view.getUint32(o, true);
    }
    // Readers of the current header's body.
    u64(o) {
        return this.view.getBigUint64(this.body + o, true);
    }
    b32(o) {
        return this.view.getUint32(this.body + o, true);
    }
    b16(o) {
        return this.view.getUint16(this.body + o, true);
    }
    b8(o) {
        return this.view.getUint8(this.body + o);
    }
    bytes(o, n) {
        return this.input.head.slice(this.body + o, this.body + o + n);
    }
    /** File data at an absolute offset; offset 0 means none. `read: false` only checks the range. */
    data(fileOffset, length, read = true) {
        if (fileOffset === 0)
            return null;
        const { fileDataStart, totalSize } = this.file;
        if (fileOffset < fileDataStart || fileOffset + length > totalSize) {
            this.fail(this.at, `file_offset 0x${fileOffset.toString(16)} + 0x${length.toString(16)} bytes is outside the file data (0x${fileDataStart.toString(16)}..0x${totalSize.toString(16)})`, 'InvalidDataSize');
        }
        return read ? this.input.read(fileOffset, length) : null;
    }
}

;// CONCATENATED MODULE: ./src/igvm/headers-corim.ts
// igvm 0.5's CoRIM headers (initialization section, IGVM_VHS_CORIM_DATA): a CoRIM document, or a
// COSE_Sign1 signature of it, for the platforms of a compatibility mask. Per platform bit at most
// one document and one signature, the signature after its document; reserved zero; the payload
// inside the file data. They are kept for `inspect` and never measured.

/** The single bits of a mask, low to high. */
const bits = (mask) => Array.from({ length: 32 }, (_, i) => (1 << i) >>> 0).filter(b => (mask & b) !== 0);
function corimHeader(c, type) {
    const kind = type === format/* VHT */.vN.CORIM_DOCUMENT ? 'document' : 'signature';
    const name = type === format/* VHT */.vN.CORIM_DOCUMENT ? 'CORIM_DOCUMENT' : 'CORIM_SIGNATURE';
    const mask = c.b32(0);
    const fileOffset = c.b32(4);
    const size = c.b32(8);
    if (c.b32(0xc) !== 0)
        c.fail(c.at, `${name} reserved field is not zero`, 'ReservedNotZero');
    const data = c.data(fileOffset, size, c.readPages) ?? (fileOffset === 0 ? new Uint8Array(0) : null);
    for (const bit of bits(mask)) {
        const hex = `0x${bit.toString(16)}`;
        if (kind === 'document') {
            if (c.corimDocuments & bit)
                c.fail(c.at, `a second CoRIM document for compatibility mask ${hex}`, `MultipleCorimDocuments(${bit})`);
            c.corimDocuments = (c.corimDocuments | bit) >>> 0;
        }
        else {
            if (c.corimSignatures & bit)
                c.fail(c.at, `a second CoRIM signature for compatibility mask ${hex}`, `MultipleCorimSignatures(${bit})`);
            if (!(c.corimDocuments & bit))
                c.fail(c.at, `a CoRIM signature for compatibility mask ${hex} before any CoRIM document for it`, `MissingCorimDocument(${bit})`);
            c.corimSignatures = (c.corimSignatures | bit) >>> 0;
        }
    }
    c.file.corim.push({ kind, offset: c.at, mask, fileOffset, size, data });
}

;// CONCATENATED MODULE: ./src/igvm/headers-init.ts
function guestPolicy(c) {
    if (c.b32(0xc) !== 0)
        c.fail(c.at, 'GUEST_POLICY reserved field is not zero', 'ReservedNotZero');
    c.file.policies.push({ offset: c.at, policy: c.u64(0), mask: c.b32(8) });
}
function relocatableRegion() { }
function pageTableRelocation(c) {
    c.file.relocations.push({ offset: c.at, mask: c.b32(0), gpa: c.u64(8), size: c.u64(0x10) });
}

;// CONCATENATED MODULE: ./src/igvm/headers-directive.ts
// Directive headers other than VP contexts: pages, parameter areas and their uses and inserts,
// required memory, the SNP ID block, error ranges, the VBS measurement. Each with igvm 0.4.0's
// checks: alignment, reserved fields, data types, areas declared once and inserted once.

const PAGE_BIG = BigInt(format/* PAGE_4K */.AI);
const unaligned = (c, what, gpa) => c.fail(c.at, `${what} gpa 0x${gpa.toString(16)} is not 4 KiB aligned`, `UnalignedAddress(${gpa})`);
function pageData(c) {
    const d = {
        kind: 'page-data',
        offset: c.at,
        gpa: c.u64(0),
        mask: c.b32(8),
        fileOffset: c.b32(0xc),
        flags: c.b32(0x10),
        dataType: c.b16(0x14),
        data: null
    };
    d.data = c.data(d.fileOffset, format/* PAGE_4K */.AI, c.readPages); // the crate always reads 4 KiB, even for 2 MiB pages
    if (c.b16(0x16) !== 0)
        c.fail(c.at, 'PAGE_DATA reserved field is not zero', 'ReservedNotZero');
    if (d.gpa % PAGE_BIG !== 0n)
        unaligned(c, 'PAGE_DATA', d.gpa);
    if (d.dataType > format/* DATA_TYPE */.yd.CPUID_XF)
        c.fail(c.at, `PAGE_DATA data_type ${d.dataType} is not 0-3`, 'InvalidPageDataType');
    c.file.directives.push(d);
}
function parameterArea(c) {
    const bytes = c.u64(0);
    const index = c.b32(8);
    const fileOffset = c.b32(0xc);
    if (bytes > BigInt(c.file.totalSize) && fileOffset !== 0)
        c.fail(c.at, 'PARAMETER_AREA data runs past the end of the file', 'InvalidDataSize');
    c.data(fileOffset, Number(bytes), false);
    if (bytes % PAGE_BIG !== 0n)
        c.fail(c.at, `PARAMETER_AREA size 0x${bytes.toString(16)} is not a multiple of 4 KiB`, `UnalignedSize(${bytes})`);
    if (c.areas.has(index))
        c.fail(c.at, `parameter area ${index} is declared twice`, 'InvalidParameterAreaIndex');
    c.areas.set(index, 'allocated');
    c.file.directives.push({ kind: 'parameter-area', offset: c.at, bytes, index, fileOffset });
}
function parameterInsert(c) {
    const d = {
        kind: 'parameter-insert',
        offset: c.at,
        gpa: c.u64(0),
        mask: c.b32(8),
        index: c.b32(0xc)
    };
    if (d.gpa % PAGE_BIG !== 0n)
        unaligned(c, 'PARAMETER_INSERT', d.gpa);
    if (c.areas.get(d.index) !== 'allocated')
        c.fail(c.at, `PARAMETER_INSERT of area ${d.index}, which is ${c.areas.has(d.index) ? 'already inserted' : 'not declared'}`, 'InvalidParameterAreaIndex');
    if (c.file.relocations.some(r => d.gpa >= r.gpa && d.gpa < r.gpa + r.size))
        c.fail(c.at, 'PARAMETER_INSERT lies inside a page table relocation region', 'InvalidParameterInsert');
    c.areas.set(d.index, 'inserted');
    c.file.directives.push(d);
}
/** The IGVM_VHS_PARAMETER headers (memory map, command line, ...): an area not yet inserted. */
function parameterUsage(c, type) {
    const index = c.b32(0);
    if (c.areas.get(index) !== 'allocated')
        c.fail(c.at, `${format/* TYPE_NAMES */.et[type]} uses parameter area ${index}, which is ${c.areas.has(index) ? 'already inserted' : 'not declared'}`, 'InvalidParameterAreaIndex');
    c.file.directives.push({ kind: 'parameter-usage', offset: c.at, type, index, byteOffset: c.b32(4) });
}
function requiredMemory(c) {
    const d = {
        kind: 'required-memory',
        offset: c.at,
        gpa: c.u64(0),
        mask: c.b32(8),
        bytes: c.b32(0xc),
        flags: c.b32(0x10)
    };
    if (c.b32(0x14) !== 0)
        c.fail(c.at, 'REQUIRED_MEMORY reserved field is not zero', 'ReservedNotZero');
    if (d.gpa % PAGE_BIG !== 0n)
        unaligned(c, 'REQUIRED_MEMORY', d.gpa);
    if (d.bytes % format/* PAGE_4K */.AI !== 0)
        c.fail(c.at, `REQUIRED_MEMORY size 0x${d.bytes.toString(16)} is not a multiple of 4 KiB`, `UnalignedSize(${d.bytes})`);
    c.file.directives.push(d);
}
function snpIdBlock(c) {
    c.file.directives.push({
        kind: 'snp-id-block',
        offset: c.at,
        mask: c.b32(0),
        authorKeyEnabled: c.b8(4) !== 0,
        ld: c.bytes(8, 48)
    });
}
function errorRange(c) {
    const gpa = c.u64(0);
    if (gpa % PAGE_BIG !== 0n)
        unaligned(c, 'ERROR_RANGE', gpa);
    c.file.directives.push({ kind: 'error-range', offset: c.at, gpa, mask: c.b32(8), bytes: c.b32(0xc) });
}
function vbsMeasurement(c) {
    c.file.directives.push({ kind: 'vbs-measurement', offset: c.at, mask: c.b32(0) });
}

;// CONCATENATED MODULE: ./src/igvm/headers-platform.ts
// IGVM_VHT_SUPPORTED_PLATFORM: one bit of compatibility mask per platform, each platform type once,
// the VTL, type and version igvm 0.4.0 knows, no shared GPA boundary where there is no sharing.

function supportedPlatform(c) {
    const { at, fail, file } = c;
    const p = {
        offset: at,
        mask: c.b32(0),
        highestVtl: c.b8(4),
        platformType: c.b8(5),
        platformVersion: c.b16(6),
        sharedGpaBoundary: c.u64(8)
    };
    if (p.mask === 0 || (p.mask & (p.mask - 1)) !== 0)
        fail(at, `compatibility_mask 0x${p.mask.toString(16)} must have exactly one bit set`, 'InvalidPlatformType');
    if (p.highestVtl !== 0 && p.highestVtl !== 2)
        fail(at, `highest_vtl ${p.highestVtl} is neither 0 nor 2`, 'InvalidHighestVtl');
    if (p.platformType > format/* PLATFORM_TYPE */.pD.SEV_ES)
        fail(at, `platform_type ${p.platformType} is not one igvm 0.4.0 knows`, 'InvalidPlatformType');
    if (p.platformVersion !== 1)
        fail(at, `platform_version ${p.platformVersion} is not 1`, 'InvalidPlatformVersion');
    if ((p.platformType === format/* PLATFORM_TYPE */.pD.NATIVE || p.platformType === format/* PLATFORM_TYPE */.pD.VSM_ISOLATION) &&
        p.sharedGpaBoundary !== 0n) {
        fail(at, `shared_gpa_boundary must be 0 for the ${p.platformType === 0 ? 'native' : 'VSM'} platform`, 'InvalidSharedGpaBoundary');
    }
    if (file.platforms.some(q => q.platformType === p.platformType))
        fail(at, `platform type ${p.platformType} appears twice`, 'MultiplePlatformHeadersWithSameIsolation');
    if (file.platforms.some(q => q.mask === p.mask))
        fail(at, `compatibility mask 0x${p.mask.toString(16)} is used by two platforms`, 'InvalidPlatformType');
    if (file.version === 2 && file.arch === 1 && p.platformType !== format/* PLATFORM_TYPE */.pD.VSM_ISOLATION)
        fail(at, 'an AArch64 file may only support the VSM platform', 'InvalidPlatformType');
    file.platforms.push(p);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/util/input-file.ts
var input_file = __webpack_require__(15939);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/igvm/input-error.ts

/** A file that could not be read as the reader needs (not a regular file or a pipe, a pipe that
 * stayed silent, a file that shrank while it was read). The message names the file. */
class input_error_InputError extends (/* unused pure expression or super */ null && (BadInput)) {
    name = 'InputError';
}

;// CONCATENATED MODULE: ./src/igvm/pipe-input.ts
// A pipe (stdin, a FIFO, a socket) read into memory, bounded three ways: by the size its fixed
// header declares (the stream is not read past it), by a cap on that size, and by how long it may
// stay silent. A FIFO is opened without waiting for a writer, so nothing here blocks forever.




const PIPE_MAX_BYTES = (/* unused pure expression or super */ null && (1 << 30));
const IDLE_MS = 30_000;
const FIXED_V2 = 0x20;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** Waits `ms` without spinning (the read is synchronous, like the rest of the reader). */
const pause = (ms) => void Atomics.wait(sleeper, 0, 0, ms);
/**
 * The file on the pipe `fd` (opened non-blocking). Ends at end of stream; refuses a stream that
 * carries more than its fixed header declares, declares more than `maxBytes`, or stays silent.
 * A stream that is not an IGVM file is cut after its first 32 bytes (the parser names the fault).
 */
function pipe_input_readPipe(fd, path, o = {}) {
    const idleMs = o.idleMs ?? IDLE_MS;
    const maxBytes = o.maxBytes ?? PIPE_MAX_BYTES;
    const chunks = [];
    let total = 0;
    let lastData = Date.now();
    const chunk = Buffer.allocUnsafe(1 << 20);
    /** Reads until `limit` bytes are in or the stream ends; false at end of stream. */
    const fill = (limit) => {
        while (total < limit) {
            let n;
            try {
                n = readSync(fd, chunk, 0, Math.min(chunk.length, limit - total), null);
            }
            catch (e) {
                if (e.code !== 'EAGAIN')
                    throw e;
                if (Date.now() - lastData >= idleMs)
                    throw new InputError(`${path}: nothing came through the pipe for ${idleMs / 1000} s`);
                pause(Math.min(20, idleMs));
                continue;
            }
            if (n === 0)
                return false;
            chunks.push(Buffer.from(chunk.subarray(0, n)));
            total += n;
            lastData = Date.now();
        }
        return true;
    };
    const bytes = () => Buffer.concat(chunks, total);
    if (!fill(FIXED_V2)) {
        if (total === 0)
            throw new InputError(`${path}: the pipe ended before anything was written to it`);
        return bytes();
    }
    const head = bytes();
    const version = head.readUInt32LE(4);
    if (head.readUInt32LE(0) !== IGVM_MAGIC || (version !== 1 && version !== 2))
        return head;
    const declared = head.readUInt32LE(0x10);
    if (declared > maxBytes)
        throw new InputError(`${path}: the fixed header declares ${declared} bytes; a pipe is read into memory, up to ${maxBytes} bytes: save the file to disk and give its path`);
    if (fill(declared + 1))
        throw new IgvmError(0x10, `total_file_size says ${declared} bytes, the pipe carries more`, 'InvalidFixedHeader', path);
    return bytes();
}

;// CONCATENATED MODULE: ./src/igvm/input.ts
// Where an IGVM file's bytes come from: a buffer already in memory, an open regular file read piece
// by piece (its headers once, file data in windows, so a 1 GiB file never sits in memory whole),
// or a pipe read whole with a cap. Nothing past the fixed header is read until it holds.







function bufferInput(buf) {
    return { size: buf.length, head: buf, read: (o, n) => buf.subarray(o, o + n), close: () => { } };
}
/** An errno-shaped error, as `fs` throws them, for what `open` accepts but a read would refuse. */
const errno = (code, n, path) => Object.assign(new Error(`${code}: ${path}`), { code, errno: -n, path });
const WINDOW = (/* unused pure expression or super */ null && (1 << 20));
/** Fills `buf[at..at+n)` from `position`; a short read means the file shrank since it was checked. */
function readFully(fd, buf, at, n, position) {
    let done = 0;
    while (done < n) {
        const got = readSync(fd, buf, at + done, n - done, position + done);
        if (got === 0)
            throw new InputError(`only ${done} of ${n} bytes at offset 0x${position.toString(16)} could be read`);
        done += got;
    }
}
/** What a file that is neither regular nor a pipe is, for the refusal. */
/** The fixed header when it holds for a file of `size` bytes, or null (the parser says why). */
function plausibleFixedHeader(fixed, size) {
    try {
        return readFixedHeader(fixed, size, (offset, rule, debug) => {
            throw new IgvmError(offset, rule, debug);
        });
    }
    catch (e) {
        if (e instanceof IgvmError)
            return null;
        throw e;
    }
}
/** Names of standard input: read from fd 0 itself (a socket there cannot be opened again). */
const STDIN = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);
/**
 * Opens `path` and reads its headers once its fixed header holds (a regular file), or all of it
 * (a pipe, capped). Opening never waits for a FIFO's writer. Errno errors (which igvmmeasure
 * reports as "Failed to open firmware file") pass through; every other refusal is an InputError
 * naming the file.
 */
function fileInput(path, o = {}) {
    const stdin = STDIN.has(path);
    const fd = stdin ? 0 : openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const close = () => {
        if (!stdin)
            closeSync(fd);
    };
    try {
        const st = fstatSync(fd);
        if (st.isDirectory())
            throw errno('EISDIR', 21, path);
        if (st.isFIFO() || st.isSocket()) {
            const input = bufferInput(readPipe(fd, path, o));
            close();
            return input;
        }
        if (!st.isFile())
            throw new InputError(`${path}: ${fileKind(st)}, not a regular file or a pipe`);
        return regularInput(fd, path, st.size, close);
    }
    catch (e) {
        close();
        throw e;
    }
}
function regularInput(fd, path, size, close) {
    const fixed = new Uint8Array(Math.min(size, 0x20));
    const whole = (e) => e instanceof InputError
        ? new InputError(`${path}: ${e.message} (did the file change while it was measured?)`)
        : e;
    try {
        readFully(fd, fixed, 0, fixed.length, 0);
    }
    catch (e) {
        throw whole(e);
    }
    // The variable headers are read only when the fixed header holds (else the parser refuses it).
    const end = plausibleFixedHeader(fixed, size)?.fileDataStart ?? 0;
    const head = new Uint8Array(Math.max(fixed.length, end));
    head.set(fixed);
    try {
        readFully(fd, head, fixed.length, head.length - fixed.length, fixed.length);
    }
    catch (e) {
        throw whole(e);
    }
    // Later reads (VP contexts, SEV page data) go through one window that moves forward.
    let window = new Uint8Array(0);
    let windowAt = 0;
    return {
        size,
        head,
        fd,
        read(offset, length) {
            if (offset + length <= head.length)
                return head.subarray(offset, offset + length);
            if (offset < windowAt || offset + length > windowAt + window.length) {
                window = new Uint8Array(Math.min(Math.max(length, WINDOW), size - offset));
                windowAt = offset;
                try {
                    readFully(fd, window, 0, window.length, offset);
                }
                catch (e) {
                    throw whole(e);
                }
            }
            return window.subarray(offset - windowAt, offset - windowAt + length);
        },
        close
    };
}

;// CONCATENATED MODULE: ./src/igvm/vp-context.ts
// IGVM_VHT_VP_CONTEXT: the mask names exactly one platform, and the context is that platform's:
// a SEV VMSA (0x670 bytes, rest of the page zero in igvm 0.4.0), a native context (0xe8 bytes),
// or VBS registers for one VTL, of the BSP, with X64 register names the crate maps.

/** Hyper-V register names the crate maps to X64 registers (others make it refuse the context). */
const X64_REGISTERS = new Set([
    0x00020000, 0x00020001, 0x00020002, 0x00020003, 0x00020004, 0x00020005, 0x00020006, 0x00020007, 0x00020008,
    0x00020009, 0x0002000a, 0x0002000b, 0x0002000c, 0x0002000d, 0x0002000e, 0x0002000f, 0x00020010, 0x00020011,
    0x00040000, 0x00040001, 0x00040002, 0x00040003, 0x00040004, 0x00060000, 0x00060001, 0x00060002, 0x00060003,
    0x00060004, 0x00060005, 0x00060006, 0x00060007, 0x00070000, 0x00070001, 0x00080001, 0x00080004, 0x00080005,
    0x0008000d, 0x0008000e, 0x0008000f, 0x00080010, 0x0008001f, 0x00080020, 0x00080021, 0x00080022, 0x00080023,
    0x00080024, 0x00080025, 0x00080026, 0x00080027, 0x00080028, 0x00080029, 0x0008002a, 0x0008002b, 0x0008002c,
    0x0008002d, 0x0008002e, 0x0008002f, 0x00080030, 0x00080031, 0x00080032, 0x00080033, 0x00080034
]);
const vp_context_PAGE_BIG = BigInt(format/* PAGE_4K */.AI);
function vpContext(c) {
    const { at, fail } = c;
    const gpa = c.u64(0);
    const mask = c.b32(8);
    const fileOffset = c.b32(0xc);
    const vpIndex = c.b16(0x10);
    const platform = c.file.platforms.find(p => p.mask === mask);
    if (!platform)
        fail(at, `VP_CONTEXT mask 0x${mask.toString(16)} is not exactly the mask of one platform`, 'InvalidVpContextPlatformType');
    const t = platform.platformType;
    const contextData = (length) => c.data(fileOffset, length) ?? fail(at, 'VP_CONTEXT without file data', 'InvalidDataSize');
    let ctx;
    if (t === format/* PLATFORM_TYPE */.pD.SEV_SNP || t === format/* PLATFORM_TYPE */.pD.SEV_ES) {
        ctx = contextData(format/* PAGE_4K */.AI);
        if (ctx.subarray(format/* VMSA_STRUCT_SIZE */.kr).some(b => b !== 0))
            fail(fileOffset + format/* VMSA_STRUCT_SIZE */.kr, 'VMSA bytes 0x670..0x1000 must be zero in igvm 0.4.0', 'InvalidVmsa');
        if (gpa % vp_context_PAGE_BIG !== 0n)
            fail(at, `VMSA gpa 0x${gpa.toString(16)} is not 4 KiB aligned`, `UnalignedAddress(${gpa})`);
    }
    else if (t === format/* PLATFORM_TYPE */.pD.NATIVE || t === format/* PLATFORM_TYPE */.pD.SEV) {
        ctx = contextData(format/* PAGE_4K */.AI);
        if (ctx.subarray(format/* NATIVE_CONTEXT_SIZE */.gC).some(b => b !== 0))
            fail(fileOffset + format/* NATIVE_CONTEXT_SIZE */.gC, 'native VP context bytes after 0xe8 must be zero', 'InvalidContext');
    }
    else if (t === format/* PLATFORM_TYPE */.pD.VSM_ISOLATION) {
        ctx = vbsContext(c, fileOffset, vpIndex, contextData);
    }
    else {
        fail(at, `VP_CONTEXT for platform type ${t}, which has no VP context (TDX uses its reset state)`, 'InvalidVpContextPlatformType');
    }
    c.file.directives.push({ kind: 'vp-context', offset: at, gpa, mask, vpIndex, platformType: t, data: ctx });
}
/** A register count, then `count` 32-byte registers: VTL u8, name u32, ... */
function vbsContext(c, fileOffset, vpIndex, contextData) {
    const { at, fail } = c;
    const head = contextData(4);
    const count = new DataView(head.buffer, head.byteOffset, 4).getUint32(0, true);
    const ctx = contextData(4 + count * format/* VBS_REGISTER_SIZE */.YU);
    if (count === 0)
        fail(at, 'VBS VP context has no registers', 'NoVbsVpContextRegisters');
    if (vpIndex !== 0)
        fail(at, `VBS VP context for vp_index ${vpIndex}: only the BSP (0) is supported`, 'InvalidVpIndex');
    const rv = new DataView(ctx.buffer, ctx.byteOffset + 4, count * format/* VBS_REGISTER_SIZE */.YU);
    for (let i = 0; i < count; i++) {
        const vtl = rv.getUint8(i * format/* VBS_REGISTER_SIZE */.YU);
        const reg = rv.getUint32(i * format/* VBS_REGISTER_SIZE */.YU + 1, true);
        if (vtl !== rv.getUint8(0))
            fail(fileOffset + 4 + i * format/* VBS_REGISTER_SIZE */.YU, 'VBS registers for more than one VTL', 'InvalidVtl');
        if (c.file.arch === 0 && !X64_REGISTERS.has(reg))
            fail(fileOffset + 4 + i * format/* VBS_REGISTER_SIZE */.YU + 1, `VBS register name 0x${reg.toString(16)} is not an X64 register the crate knows`, 'InvalidRegister');
    }
    return ctx;
}

;// CONCATENATED MODULE: ./src/igvm/parse.ts
// An IGVM file reader as strict as the igvm crate 0.4.0 that igvmmeasure links: the fixed header
// and checksum, then the variable headers in section order, each with its exact length and its
// own rules (headers-*.ts, vp-context.ts). Every refusal is one IgvmError naming the byte offset
// and the rule. What igvm 0.5 added is read too, so that a file without it is judged exactly as
// 0.4.0 judges it: the CoRIM headers (kept, not measured), and the optional bit: a header that
// has it and whose type is unknown is skipped and listed; a known type is read as without it.










/** The rules of each header type the reader knows (BODY_SIZE lists the same types). */
const RULES = new Map([
    [format/* VHT */.vN.SUPPORTED_PLATFORM, supportedPlatform],
    [format/* VHT */.vN.GUEST_POLICY, guestPolicy],
    [format/* VHT */.vN.RELOCATABLE_REGION, relocatableRegion],
    [format/* VHT */.vN.PAGE_TABLE_RELOCATION_REGION, pageTableRelocation],
    [format/* VHT */.vN.CORIM_DOCUMENT, corimHeader],
    [format/* VHT */.vN.CORIM_SIGNATURE, corimHeader],
    [format/* VHT */.vN.PAGE_DATA, pageData],
    [format/* VHT */.vN.PARAMETER_AREA, parameterArea],
    [format/* VHT */.vN.PARAMETER_INSERT, parameterInsert],
    [format/* VHT */.vN.VP_CONTEXT, vpContext],
    [format/* VHT */.vN.REQUIRED_MEMORY, requiredMemory],
    [format/* VHT */.vN.SNP_ID_BLOCK, snpIdBlock],
    [format/* VHT */.vN.ERROR_RANGE, errorRange],
    [format/* VHT */.vN.VBS_MEASUREMENT, vbsMeasurement],
    ...[...format/* PARAMETER_USAGE_TYPES */.Qk].map(t => [t, parameterUsage])
]);
const align8 = (n) => (n + 7) & ~7;
/** 1 platform, 2 initialization, 3 directive; 0 outside every range. */
const sectionOf = (type) => type >= 0x1 && type <= 0x100
    ? 1
    : type >= 0x101 && type <= 0x200
        ? 2
        : type >= 0x301 && type <= 0x400
            ? 3
            : 0;
function parseIgvm(buf, name = 'IGVM file') {
    return parseIgvmInput(bufferInput(buf), name);
}
/**
 * The same rules on an input that may hold only the headers in memory. With `pageData: false` the
 * page data is checked to lie inside the file but not read: `data` stays null, `fileOffset` says
 * where it is (a measurer streams it later).
 */
function parseIgvmInput(input, name = 'IGVM file', o = {}) {
    const fail = (offset, rule, debug) => {
        throw new errors/* IgvmError */.k(offset, rule, debug, name);
    };
    const fixed = fixed_header_readFixedHeader(input.head, input.size, fail);
    checkChecksum(input.head, fixed, fail);
    const file = {
        version: fixed.version,
        arch: fixed.arch,
        totalSize: fixed.totalSize,
        checksum: fixed.checksum,
        fileDataStart: fixed.fileDataStart,
        platforms: [],
        policies: [],
        relocations: [],
        corim: [],
        directives: [],
        skipped: []
    };
    walkHeaders(new HeaderContext(input, name, file, o.pageData ?? true), fixed.vhOffset);
    return file;
}
/** The variable headers from `start` to the file data, in section order, each by its rules. */
function walkHeaders(c, start) {
    const { fail } = c;
    const end = c.file.fileDataStart;
    let section = 0;
    for (let at = start; at < end;) {
        if (at + 8 > end)
            fail(at, 'a variable header does not fit in the variable header section', 'InvalidVariableHeaderSize');
        let type = c.u32At(at);
        const length = c.u32At(at + 4);
        if (type >= format/* VHT_OPTIONAL_BIT */.QO) {
            if (!RULES.has(type - format/* VHT_OPTIONAL_BIT */.QO)) {
                at = skip(c, at, type, length);
                continue;
            }
            type -= format/* VHT_OPTIONAL_BIT */.QO;
        }
        const sec = sectionOf(type);
        if (sec === 0)
            fail(at, `header type 0x${type.toString(16)} is outside the platform, initialization and directive ranges`, 'InvalidVariableHeaderType');
        if (sec < section)
            fail(at, `${format/* TYPE_NAMES */.et[type] ?? `type 0x${type.toString(16)}`} comes after a header of a later section (platform, then initialization, then directive)`, 'InvalidVariableHeaderSection');
        section = sec;
        const size = format/* BODY_SIZE */.xP.get(type);
        if (size === undefined)
            fail(at, `header type 0x${type.toString(16)} is not a type igvm knows (0.4.0's, or 0.5's CoRIM headers); only a header with the optional bit (0x80000000) may be unknown`, 'InvalidVariableHeaderType');
        if (length !== size)
            fail(at + 4, `${format/* TYPE_NAMES */.et[type]} has length 0x${length.toString(16)}, expected exactly 0x${size.toString(16)}`, 'InvalidVariableHeaderSize');
        if (at + 8 + align8(size) > end)
            fail(at, `${format/* TYPE_NAMES */.et[type]} runs past the end of the variable header section`, 'InvalidVariableHeaderSize');
        c.at = at;
        c.body = at + 8;
        RULES.get(type)(c, type);
        at = c.body + align8(size);
    }
}
/** An optional header of an unknown type: listed, and stepped over. Returns the next header's offset. */
function skip(c, at, type, length) {
    const next = at + 8 + Math.ceil(length / 8) * 8;
    if (next > c.file.fileDataStart)
        c.fail(at, `optional header type 0x${type.toString(16)} of 0x${length.toString(16)} bytes runs past the end of the variable header section`, 'InvalidVariableHeaderSize');
    c.file.skipped.push({ offset: at, type, length });
    return next;
}


/***/ }),

/***/ 89397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ff: () => (/* binding */ loadRecords),
/* harmony export */   lt: () => (/* binding */ RECORD_FILE)
/* harmony export */ });
/* unused harmony exports RecordError, UNTRUSTED_LIMITS, parseRecords, checkRecordNames, findRecordedFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38816);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _util_input_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15939);
/* harmony import */ var _util_relative_path_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9344);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27450);
// The one way a measurements.json is read: a file, a folder holding one (a downloaded artifact) or
// a tree's bin/. Every record file is input from elsewhere: sizes are capped, the JSON checked
// against the record's schema, and the first problem named with the file and its JSON path.








const RECORD_FILE = 'measurements.json';
/** A record file that cannot be used: exit code 2 on the command line. */
class RecordError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BadInput */ .kp {
    name = 'RecordError';
}
/** Bounds for a record from a run we do not trust (a fork's artifact): sizes, counts, lengths. */
const UNTRUSTED_LIMITS = { bytes: 1 << 20, records: 64, stringLength: 512 };
/** Any record file: large enough for every real build, small enough to refuse an endless file. */
const MAX_BYTES = 64 << 20;
/** measurementSchema with every string and list bounded. */
const boundedMeasurement = _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .measurementSchema */ .aY.superRefine((m, ctx) => {
    const walk = (v, path) => {
        if (typeof v === 'string' && v.length > UNTRUSTED_LIMITS.stringLength)
            ctx.addIssue({
                code: 'custom',
                path,
                message: `string longer than ${UNTRUSTED_LIMITS.stringLength} characters`
            });
        else if (Array.isArray(v)) {
            if (v.length > UNTRUSTED_LIMITS.records)
                ctx.addIssue({ code: 'custom', path, message: `more than ${UNTRUSTED_LIMITS.records} items` });
            v.forEach((x, i) => walk(x, [...path, i]));
        }
        else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v))
                walk(x, [...path, k]);
    };
    walk(m, []);
});
/** The record file a source names: the file itself, or measurements.json in the folder or its bin/. */
function recordFileOf(source) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(source);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        throw new RecordError(`${source}: no such file or directory`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).isDirectory())
        return path;
    const file = [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, RECORD_FILE), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, 'bin', RECORD_FILE)].find(f => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(f));
    if (!file)
        throw new RecordError(`${source}: no ${RECORD_FILE} in this folder (nor in bin/)`);
    return file;
}
/** Already-parsed JSON as records, or the first problem with its JSON path. */
function parseRecords(json, file, o = {}) {
    const schema = o.untrusted
        ? zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(boundedMeasurement).max(UNTRUSTED_LIMITS.records)
        : zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .measurementSchema */ .aY);
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new RecordError(`${file}: expected a ${RECORD_FILE} array; ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    }
    if (parsed.data.length === 0 && !o.allowEmpty)
        throw new RecordError(`${file}: no records (an empty array)`);
    return parsed.data;
}
/** Reads and validates the records a source names. */
function loadRecords(source, o = {}) {
    const file = recordFileOf(source);
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file);
    const max = o.untrusted ? UNTRUSTED_LIMITS.bytes : MAX_BYTES;
    if (!st.isFile())
        throw new RecordError(`${file}: not a regular file`);
    if (st.size > max)
        throw new RecordError(`${file}: ${st.size} bytes, more than the ${max} allowed`);
    let json;
    try {
        json = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
    }
    catch (e) {
        throw new RecordError(`${file}: not JSON: ${e.message}`);
    }
    const records = parseRecords(json, file, o);
    if (o.untrustedNames)
        checkRecordNames(records, file);
    return { file, records };
}
/** How every record names its IGVM file: bin/<output>, the output a recipe gave. */
const IGVM_PREFIX = 'bin/';
/**
 * The names in records read from elsewhere, before any is used as a path: recipes and IGVM files
 * stay inside the tree (relative, no "..", nothing that cannot be a file name); a firmware path
 * is at least a path. Where the IGVM file lies beside the record (a tree's bin/, an artifact), it
 * must be the file the record describes: same size, same sha256.
 */
function checkRecordNames(records, file) {
    const refuse = (at, name, problem, expected) => {
        throw new RecordError(`${file}: ${at}: ${JSON.stringify(name)} ${problem}; expected ${expected}`);
    };
    const inTree = (at, name, expected) => {
        const problem = (0,_util_relative_path_js__WEBPACK_IMPORTED_MODULE_7__/* .relativePathProblem */ .B)(name);
        if (problem)
            refuse(at, name, problem, expected);
    };
    const RECIPE = 'a recipe path inside the svsm tree (like configs/qemu-target.json) or a bundled recipe name';
    records.forEach((m, i) => {
        if (!m.igvm.startsWith(IGVM_PREFIX))
            refuse(`[${i}].igvm`, m.igvm, 'is not under bin/', 'bin/<file name>, the file its build wrote');
        inTree(`[${i}].igvm`, m.igvm, 'bin/<file name>, the file its build wrote');
        if (m.signed)
            inTree(`[${i}].signed.igvm`, m.signed.igvm, 'the file name of the signed copy');
        inTree(`[${i}].recipe`, m.recipe, RECIPE);
        m.inputs?.options.recipes.forEach((r, j) => inTree(`[${i}].inputs.options.recipes[${j}]`, r, RECIPE));
        // Firmware may come from anywhere (an absolute --firmware, FW_FILE=../edk2/...): its sha256
        // says which file it is, and reproduce uses only a file with that sha256.
        for (const [at, fw] of [
            [`[${i}].firmware.path`, m.firmware?.path],
            [`[${i}].inputs.options.firmware`, m.inputs?.options.firmware]
        ])
            if (fw != null && (fw === '' || (0,_util_relative_path_js__WEBPACK_IMPORTED_MODULE_7__/* .controlCharacter */ .T)(fw) !== undefined))
                refuse(at, fw, 'cannot be a path', 'a firmware file path (not empty, no control characters)');
        checkBeside(m, i, file);
    });
}
/** The record's IGVM file where it lies beside the record: a tree's bin/<output>, or an artifact's <name>. */
function checkBeside(m, i, file) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file);
    const found = [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, m.igvm.slice(IGVM_PREFIX.length)), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(m.igvm))].find(p => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(p));
    if (!found)
        return;
    const at = `${file}: [${i}].igvm: ${m.igvm}`;
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(found);
    if (!st.isFile())
        throw new RecordError(`${at}: ${found} beside the record is ${(0,_util_input_file_js__WEBPACK_IMPORTED_MODULE_4__/* .fileKind */ .h_)(st)}, not the IGVM file`);
    if (st.size !== m.size)
        throw new RecordError(`${at}: ${found} beside the record has ${st.size} bytes, the record says ${m.size}: the record is not about this file`);
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_util_input_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(found, m.size)).digest('hex');
    if (sha256 !== m.sha256)
        throw new RecordError(`${at}: ${found} beside the record has sha256 ${sha256}, the record says ${m.sha256}: the record is not about this file`);
}
/**
 * The first of `candidates` that is a regular file (at most `maxBytes`) with the recorded sha256,
 * or null: a path from a record is used only for the bytes the record pins.
 */
function findRecordedFile(candidates, sha256, maxBytes) {
    for (const p of candidates) {
        let bytes;
        try {
            bytes = readRegularFile(p, maxBytes);
        }
        catch {
            continue;
        }
        if (createHash('sha256').update(bytes).digest('hex') === sha256)
            return p;
    }
    return null;
}


/***/ }),

/***/ 27450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ measurementSchema),
/* harmony export */   x3: () => (/* binding */ MEASUREMENTS_FILE)
/* harmony export */ });
/* unused harmony export measurementsSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _firmware_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55144);
// One record per built IGVM file: what bin/measurements.json holds and every report shows.
// Its JSON Schema (schemas/measurements.schema.json) is generated from this file.


const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
const launchDigest = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9A-F]{96}$/);
/** A helper tool the build compiled and ran (igvmbuilder, igvmmeasure). */
const toolBuildSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** Relative to the svsm tree, as the plan ran it (absolute for a prebuilt one). */
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    sha256,
    /** Cargo profile directory it was built in (debug, release), or `prebuilt` (--igvmbuilder FILE). */
    profile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** Its package version in Cargo.lock (null when the lock file does not list it). */
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable()
});
/** `rustc -vV` of the toolchain the tree's build used (rustup picks it from rust-toolchain.toml). */
const rustcSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** The first line: `rustc 1.96.0 (ac68faa20 2026-05-25)`. */
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    release: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    commitHash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    commitDate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    host: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    llvmVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    /** `rustc --print sysroot`: where its core and alloc (and rust-lld) come from. */
    sysroot: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable()
});
/** The linker of the kernel target: the target's default (rust-lld) or target.<triple>.linker. */
const linkerSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** The file it resolves to, symbolic links followed (null: not found). */
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    /** Its `--version` line. */
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable()
});
/** One path remapping in force for the kernel target. */
const remapSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /**
     * Who set it: svsm-build's remap-paths option, the tree's own xbuild, the tree's cargo
     * configuration, or an environment variable (which then replaces every other rustflags).
     */
    by: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['remap-paths', 'xbuild', 'cargo config', 'RUSTFLAGS', 'CARGO_ENCODED_RUSTFLAGS']),
    /** The cargo config key, or the config file, that carried the flags. */
    where: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    flags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
});
/** Occurrences of one recorded prefix in the built parts the IGVM file was made from. */
const embeddedPathSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    what: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['checkout', 'CARGO_HOME', 'sysroot']),
    prefix: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** File (relative to the tree) → occurrences in it. */
    files: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive())
});
/** Where and with what the bytes were made: what decides whether a rebuild elsewhere gives them again. */
const buildPlaceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** The tree's absolute path, as cargo saw it (symbolic links resolved). */
    checkout: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\//, { error: 'an absolute path' }),
    /** CARGO_HOME as cargo resolved it (null: neither CARGO_HOME nor HOME was set). */
    cargoHome: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\//, { error: 'an absolute path' }).nullable(),
    rustc: rustcSchema.nullable(),
    linker: linkerSchema.nullable(),
    /** Every path remapping in force (empty: none; build paths compile in as they are). */
    remap: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(remapSchema),
    /** The files searched for the prefixes: this IGVM file's kernel parts and fs image. */
    searched: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    /** The prefixes found in them (empty: no absolute build path is compiled in). */
    embeddedPaths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(embeddedPathSchema)
});
/** Everything a rebuild needs that the rest of the record does not already say. */
const recordedInputsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** HEAD of the svsm tree (null: not a git checkout). */
        commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .regex(/^[0-9a-f]{40,64}$/)
            .nullable(),
        /** The tree differed from HEAD when the build started (changed, new or untracked files, submodules). */
        dirty: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        /** The first of those paths (at most 20), so a verifier sees what was not committed. */
        dirtyFiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        /** Cargo.lock at the tree's root (null: none). */
        cargoLockSha256: sha256.nullable()
    }),
    /** How svsm-build was asked to build (the command line / action inputs). */
    options: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        dialect: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['xbuild', 'build.py']),
        release: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        allFeatures: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        /** -f values, one `pkg:feat` each, in order. */
        features: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        offline: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        targets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['qemu', 'hyper-v', 'vanadium'])).nullable(),
        measure: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['igvmmeasure', 'builtin']),
        /** --firmware (null: the recipe's own firmware.file / firmware.env). */
        firmware: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** Every recipe of the build, in order (one build makes all their records). */
        recipes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        /** --remap-paths / remap-paths: true (absent: not asked for). */
        remapPaths: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional()
    }),
    tools: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ igvmbuilder: toolBuildSchema.nullable(), igvmmeasure: toolBuildSchema.nullable() }),
    /** Where and with what it was built (absent in records written before svsm-build recorded it). */
    build: buildPlaceSchema.optional()
});
/** The ID-block-signed copy of the file (sign.yml); the unsigned fields stay as built. */
const signedSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    igvm: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    sha256,
    launchDigest,
    /** SHA-384 of the ID public key, as the attestation report's ID_KEY_DIGEST shows it (upper-case hex). */
    idKeyDigest: launchDigest,
    authorKeyDigest: launchDigest.nullable(),
    /** Upper-case hex, as the attestation report's FAMILY_ID / IMAGE_ID. */
    familyId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9A-F]{32}$/),
    imageId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9A-F]{32}$/)
});
const measurementSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    target: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['qemu', 'hyper-v', 'vanadium']),
    recipe: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** Recipe file sha256: the same name with other content is another build. */
    recipeSha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    igvm: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    sha256,
    /** SEV-SNP launch digest, upper-case hex as igvmmeasure prints it. */
    launchDigest,
    /** Who computed launchDigest: igvmmeasure (cross-checked by svsm-build) or svsm-build alone. */
    measuredBy: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['igvmmeasure', 'builtin']),
    platforms: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    policy: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    checkKvm: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    nativeZero: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    gitVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    profile: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['debug', 'release']),
    /** Features per component, as passed to cargo (recipe + command line). */
    features: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())),
    allFeatures: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    firmware: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** manifest.json beside the firmware file (`svsm-build firmware` writes it), when it lists that file. */
        manifest: _firmware_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .firmwareManifestSchema */ .ko.nullable().optional()
    })
        .nullable(),
    toolchain: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** What a rebuild needs (absent in records written before svsm-build recorded it). */
    inputs: recordedInputsSchema.optional(),
    signed: signedSchema.optional(),
    /** Extra facts from our own IGVM reader (inventory, TDX MRTD), when available. */
    details: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()).optional()
});
const measurementsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(measurementSchema);
const MEASUREMENTS_FILE = 'bin/measurements.json';


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


/***/ })

};
