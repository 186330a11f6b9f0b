export const id = 469;
export const ids = [469];
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

/***/ 49469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/action/main/summary.ts
var summary = __webpack_require__(86850);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/action/input-helper.ts
var input_helper = __webpack_require__(64727);
;// CONCATENATED MODULE: ./src/smoke/accel.ts

/** KVM when /dev/kvm can be opened for reading and writing, else TCG (software emulation). */
function pickAccel(wanted, kvmDevice = '/dev/kvm') {
    if (wanted !== 'auto')
        return wanted;
    try {
        (0,external_node_fs_.accessSync)(kvmDevice, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
        return 'kvm';
    }
    catch {
        return 'tcg';
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/smoke/probe.ts
// What QEMU is this, and can it load IGVM files? Asked before booting so that a QEMU without IGVM
// support fails with one clear message instead of an "invalid object type" from deep in a boot.

const parseQemuVersion = (stdout) => /QEMU emulator version (\S+)/.exec(stdout)?.[1] ?? null;
/** `-object help` lists the user-creatable objects; IGVM support means igvm-cfg is one. */
const listsIgvmCfg = (objectHelp) => /^\s*igvm-cfg\s*$/m.test(objectHelp);
function probeQemu(qemu, romDir, env) {
    const rom = romDir ? ['-L', romDir] : [];
    const ask = (args) => {
        const r = (0,external_node_child_process_.spawnSync)(qemu, [...rom, ...args], {
            encoding: 'utf8',
            timeout: 30_000,
            ...(env ? { env } : {})
        });
        if (r.error)
            throw new Error(`cannot run QEMU ${qemu}: ${r.error.message}`);
        if (r.status !== 0)
            throw new Error(`${qemu} ${args.join(' ')} exited with status ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
        return r.stdout;
    };
    const out = ask(['--version']);
    const version = parseQemuVersion(out) ?? out.split('\n')[0].trim();
    return { qemu, version, igvm: listsIgvmCfg(ask(['-object', 'help'])) };
}
function describeQemu(i) {
    return `QEMU ${i.version} (${i.qemu}): IGVM support ${i.igvm ? 'yes' : 'no'}`;
}
/** The error for a QEMU that cannot load IGVM files. */
function noIgvmError(i) {
    return new Error(`${i.qemu} (QEMU ${i.version}) has no IGVM support: its "-object help" does not list igvm-cfg; use a QEMU built with --enable-igvm (the qemu reusable workflow builds one)`);
}

;// CONCATENATED MODULE: ./src/smoke/qemu-argv.ts
/** SVSM test images exit through isa-debug-exit at port 0xf4: QEMU's status is (value << 1) | 1. */
const DEBUG_EXIT_DEVICE = 'isa-debug-exit,iobase=0xf4,iosize=0x04';
/**
 * Under KVM the CPU also asks for 1 GiB pages: upstream's initial page tables use them, and a KVM
 * that cannot offer them (nested, as on some CI hosts) makes QEMU say so at once ("host doesn't
 * support requested feature ... pdpe1gb") instead of leaving a guest that resets in a loop.
 */
const KVM_CPU_FEATURES = ',+pdpe1gb';
function qemuArgv(p, igvm, accel) {
    const argv = [
        p.qemu,
        ...(p['rom-dir'] ? ['-L', p['rom-dir']] : []),
        '-machine',
        `${p.machine},igvm-cfg=igvm0`,
        '-object',
        `igvm-cfg,id=igvm0,file=${igvm}`,
        '-accel',
        accel,
        '-cpu',
        accel === 'kvm' ? `${p.cpu}${KVM_CPU_FEATURES}` : p.cpu,
        '-smp',
        String(p.smp),
        '-m',
        p.memory,
        '-display',
        'none',
        '-serial',
        'stdio',
        '-monitor',
        'none',
        '-no-reboot'
    ];
    if (p['success-exit-code'] !== undefined)
        argv.push('-device', DEBUG_EXIT_DEVICE);
    return [...argv, ...p.args];
}

// EXTERNAL MODULE: ./src/run/process.ts
var run_process = __webpack_require__(68016);
;// CONCATENATED MODULE: ./src/smoke/runner.ts
// Boots an IGVM file and decides: the success pattern in the serial log, or QEMU's exit status
// (isa-debug-exit), within the timeout. Everything QEMU prints goes to the log file as it comes.
// With -no-reboot QEMU exits with status 0 when the guest resets (a triple fault): `reset` says so.




function runSmoke(o) {
    const started = Date.now();
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(o.log), { recursive: true });
    const out = (0,external_node_fs_.createWriteStream)(o.log);
    return new Promise(resolve => {
        let text = '';
        let verdict = null;
        let aborted;
        const child = (0,external_node_child_process_.spawn)(o.argv[0], o.argv.slice(1), {
            stdio: ['ignore', 'pipe', 'pipe'],
            env: o.env ?? process.env
        });
        const stop = (v, graceMs = 0) => {
            if (verdict)
                return;
            verdict = v;
            const kill = () => {
                child.kill('SIGTERM');
                setTimeout(() => child.kill('SIGKILL'), o.killAfterMs ?? 2000).unref();
            };
            if (graceMs > 0)
                setTimeout(kill, graceMs).unref();
            else
                kill();
        };
        const timer = setTimeout(() => stop({ status: 'timeout', reason: `no success within ${o.timeoutMs / 1000} s` }), o.timeoutMs);
        const onData = (b) => {
            out.write(b);
            text += b.toString('utf8');
            if (text.length > 1 << 20)
                text = text.slice(-(1 << 19));
            // With a success exit code too, QEMU gets a moment to end by itself, so its status is known.
            if (o.success.test(text))
                stop({ status: 'passed', reason: `serial log matched /${o.success.source}/` }, o.successExitCode !== undefined ? (o.exitGraceMs ?? 2000) : 0);
            const bad = o.abortOn?.exec(text);
            if (bad && !verdict) {
                aborted = bad[0];
                stop({ status: 'failed', reason: `QEMU printed "${bad[0]}"` });
            }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('error', e => stop({ status: 'failed', reason: `cannot start ${o.argv[0]}: ${e.message}` }));
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            let v = verdict;
            const reset = !v && code === 0 && !signal;
            if (!v) {
                if (o.successExitCode !== undefined && code === o.successExitCode)
                    v = { status: 'passed', reason: `QEMU exited with the success status 0x${code.toString(16)}` };
                else
                    v = {
                        status: 'failed',
                        reason: signal
                            ? `QEMU was killed by ${signal}`
                            : reset
                                ? 'the guest reset (QEMU exits with status 0 at a reset under -no-reboot) before the success pattern appeared'
                                : `QEMU exited with status ${code} before the success pattern appeared`
                    };
            }
            const result = {
                ...v,
                reset,
                ...(aborted !== undefined ? { aborted } : {}),
                exitCode: code,
                ms: Date.now() - started,
                log: o.log,
                tail: (0,run_process/* lastLines */.w$)(text, 30)
            };
            // Resolved once the log is on disk: callers read it next.
            out.end(() => resolve(result));
        });
    });
}

;// CONCATENATED MODULE: ./src/smoke/boot.ts
// One smoke boot as the CLI and the sub-action run it: ask QEMU what it is (and refuse one without
// IGVM support), boot under KVM when it is usable, and when KVM cannot run the image here (no
// 1 GiB pages, or a guest that resets instead of printing) boot again under TCG, saying why.






/** QEMU's warning when the host KVM lacks a CPU feature the profile asks for. */
const KVM_FEATURE_WARNING = /host doesn't support requested feature: [^\n]*pdpe1gb[^\n]*/;
/** QEMU 11.1 on a machine without a device tree (q35) refuses upstream's DEVICE_TREE parameter. */
const NO_DEVICE_TREE = /IGVM: device tree not available/;
const kvmLog = (log) => log.replace(/(\.serial)?\.log$/, '') + '.kvm.serial.log';
async function smokeBoot(o) {
    const p = o.profile;
    const info = probeQemu(p.qemu, p['rom-dir'], o.env);
    o.say(describeQemu(info));
    if (!info.igvm)
        throw noIgvmError(info);
    const boot = async (accel, log) => {
        const argv = qemuArgv(p, o.igvm, accel);
        o.say(`$ ${(0,run_process/* displayArgv */.zq)(argv)}`);
        const result = await runSmoke({
            argv,
            log,
            timeoutMs: p.timeout * 1000,
            success: new RegExp(p.success),
            ...(p['success-exit-code'] !== undefined ? { successExitCode: p['success-exit-code'] } : {}),
            ...(accel === 'kvm' ? { abortOn: KVM_FEATURE_WARNING } : {}),
            ...(o.env ? { env: o.env } : {})
        });
        if (result.status !== 'passed' && NO_DEVICE_TREE.test(result.tail))
            result.reason += `; QEMU ${info.version} takes a file with a DEVICE_TREE directive (upstream's igvmbuilder always writes one) only on a machine with a device tree: set machine = "microvm" in the run profile, or use COCONUT's QEMU fork for ${p.machine}`;
        return { accel, argv, result };
    };
    const accel = pickAccel(p.accel, o.kvmDevice);
    const attempts = [];
    if (accel === 'kvm') {
        const first = await boot('kvm', o.log);
        attempts.push(first);
        const r = first.result;
        const why = r.aborted
            ? `KVM here offers no 1 GiB pages (QEMU: "${r.aborted}"), which upstream's initial page tables use`
            : r.reset
                ? 'the guest reset under KVM instead of printing (a KVM without 1 GiB pages does that to upstream-made images)'
                : null;
        if (why && p.accel === 'auto') {
            const fallback = `${why}; booting under TCG instead`;
            o.say(fallback);
            // The KVM attempt's log is kept beside the one that decides.
            (0,external_node_fs_.renameSync)(o.log, kvmLog(o.log));
            first.result.log = kvmLog(o.log);
            const second = await boot('tcg', o.log);
            attempts.push(second);
            return { qemu: info, accel: 'tcg', fallback, attempts, result: second.result };
        }
        return { qemu: info, accel: 'kvm', attempts, result: r };
    }
    const only = await boot('tcg', o.log);
    return { qemu: info, accel: 'tcg', attempts: [only], result: only.result };
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/smoke/manifest.ts
// Run profiles for the boot smoke test, in the style of Asterinas OSDK's manifest: a default [run]
// and overrides for an IGVM target and/or a scheme that inherit every key they do not set.
//
//   [run]                                  # the default
//   [target.hyper-v.run]                   # = 'cfg(target="hyper-v")'
//   [scheme.tcg.run]                       # = 'cfg(scheme="tcg")'
//   ['cfg(target="qemu", scheme="test")'.run]
//
// The more keys a cfg names, the later it applies: default < one key < two keys.



const runSchema = schemas/* strictObject */.rej({
    qemu: schemas/* string */.YjP({ error: 'a QEMU program (path or name on PATH)' }).optional(),
    machine: schemas/* string */.YjP({ error: 'a machine type such as "q35" or "microvm"' }).optional(),
    'rom-dir': schemas/* string */.YjP({ error: 'a directory of firmware ROMs (QEMU -L)' }).optional(),
    cpu: schemas/* string */.YjP({ error: 'a CPU model such as "max"' }).optional(),
    memory: schemas/* string */.YjP({ error: 'a memory size such as "2G"' }).optional(),
    smp: schemas/* number */.aig({ error: 'a whole number of vCPUs (1 or more)' }).int().min(1).optional(),
    accel: schemas/* enum */.k5n(['auto', 'kvm', 'tcg'], { error: 'auto, kvm or tcg' }).optional(),
    args: schemas/* array */.YOg(schemas/* string */.YjP({ error: 'a QEMU argument (a string)' }), { error: 'an array of extra QEMU arguments' })
        .optional(),
    timeout: schemas/* number */.aig({ error: 'seconds (a number above 0)' }).positive().optional(),
    success: schemas/* string */.YjP({ error: 'a regular expression the serial log must match' }).optional(),
    'success-exit-code': schemas/* number */.aig({ error: 'the QEMU exit status that means success (0x21 for SVSM test images)' })
        .int()
        .optional()
});
const DEFAULT_PROFILE = {
    qemu: 'qemu-system-x86_64',
    machine: 'q35',
    cpu: 'max',
    memory: '2G',
    smp: 1,
    accel: 'auto',
    args: [],
    timeout: 180,
    success: 'COCONUT Secure Virtual Machine Service Module'
};
const CFG = /^cfg\((.*)\)$/;
const CFG_ITEM = /^\s*(target|scheme)\s*=\s*"([^"]*)"\s*$/;
/** Parses `cfg(target="qemu", scheme="tcg")`. */
function parseCfg(text) {
    const m = CFG.exec(text.trim());
    if (!m)
        throw new Error(`expected cfg(target="...", scheme="..."), got ${text}`);
    const sel = {};
    for (const part of m[1].split(',').filter(p => p.trim() !== '')) {
        const item = CFG_ITEM.exec(part);
        if (!item)
            throw new Error(`expected target="..." or scheme="...", got ${part.trim()}`);
        sel[item[1]] = item[2];
    }
    return sel;
}
const isTable = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
/** What a TOML value is, for messages: `number 5`, `string "x"`, `array`, `table`. */
function found(v) {
    if (isTable(v))
        return 'a table';
    if (Array.isArray(v))
        return 'an array';
    if (v instanceof Date)
        return `a date ${v.toISOString()}`;
    return `${typeof v} ${JSON.stringify(v)}`;
}
const SECTIONS = "run, target.<name>.run, scheme.<name>.run or 'cfg(...)'.run";
function parseManifest(text, file = 'smoke.toml') {
    const fail = (where, what) => {
        throw new errors/* BadInput */.kp(`${file}: ${where}: ${what}`);
    };
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        throw new errors/* BadInput */.kp(`${file}: not valid TOML: ${e.message.split('\n')[0]}`);
    }
    const sections = [];
    const add = (cfg, run, where) => {
        if (!isTable(run))
            fail(where, `expected a table of run settings, got ${found(run)}`);
        const r = runSchema.safeParse(run);
        if (!r.success) {
            const lines = r.error.issues.map(i => {
                const at = `${file}: ${where}${i.path.length ? `.${i.path.join('.')}` : ''}`;
                if (i.code === 'unrecognized_keys')
                    return `${at}: unknown key ${i.keys.join(', ')}`;
                const value = i.path.reduce((v, k) => (isTable(v) || Array.isArray(v) ? v[k] : undefined), run);
                return `${at}: expected ${i.message}, got ${found(value)}`;
            });
            throw new errors/* BadInput */.kp(lines.join('\n'));
        }
        sections.push({ cfg, run: r.data });
    };
    /** A table whose one key is `run`: `[target.qemu.run]`, `['cfg(...)'.run]`. */
    const runOf = (table, where) => {
        if (!isTable(table))
            return fail(where, `expected a table holding [${where}.run], got ${found(table)}`);
        for (const k of Object.keys(table))
            if (k !== 'run')
                fail(`${where}.${k}`, 'unknown key (expected run)');
        return table.run ?? {};
    };
    for (const [key, value] of Object.entries(doc)) {
        if (key === 'run')
            add({}, value, 'run');
        else if (key === 'target' || key === 'scheme') {
            if (!isTable(value))
                fail(key, `expected a table of ${key} names, got ${found(value)}`);
            for (const [name, sub] of Object.entries(value))
                add({ [key]: name }, runOf(sub, `${key}.${name}`), `${key}.${name}.run`);
        }
        else if (CFG.test(key)) {
            let cfg;
            try {
                cfg = parseCfg(key);
            }
            catch (e) {
                return fail(`'${key}'`, e.message);
            }
            add(cfg, runOf(value, `'${key}'`), `'${key}'.run`);
        }
        else
            fail(key, `unknown section (expected ${SECTIONS})`);
    }
    return { sections };
}
/** The profile for a target and scheme: defaults, then every matching section, least specific first. */
function resolveProfile(m, sel) {
    const matching = m.sections
        .filter(s => (s.cfg.target === undefined || s.cfg.target === sel.target) &&
        (s.cfg.scheme === undefined || s.cfg.scheme === sel.scheme))
        .map((s, i) => ({ s, i, rank: Object.keys(s.cfg).length }))
        .sort((a, b) => a.rank - b.rank || a.i - b.i);
    let p = { ...DEFAULT_PROFILE };
    for (const { s } of matching)
        p = { ...p, ...s.run };
    return p;
}

// EXTERNAL MODULE: ./src/action/runtime.ts + 4 modules
var runtime = __webpack_require__(40614);
;// CONCATENATED MODULE: ./src/action/smoke/run.ts
// The smoke sub-action: boot the native platform of an IGVM file with a run profile; the serial
// log is shown folded and uploaded; a timeout or crash fails the step with the log's tail.









const schema = schemas/* object */.Ikc({
    igvm: schemas/* string */.YjP().min(1, { error: 'the path of an IGVM file' }),
    qemu: schemas/* string */.YjP(),
    manifest: schemas/* string */.YjP(),
    target: schemas/* string */.YjP(),
    scheme: schemas/* string */.YjP(),
    timeout: schemas/* string */.YjP().regex(/^\d*$/, { error: 'seconds' }),
    'upload-log': schemas/* enum */.k5n(['true', 'false'], { error: 'true or false' }),
    'artifact-name': input_helper/* artifactNameInput */.M,
    machine: schemas/* string */.YjP(),
    'rom-dir': schemas/* string */.YjP(),
    accel: schemas/* enum */.k5n(['', 'auto', 'kvm', 'tcg'], { error: 'auto, kvm or tcg' })
});
async function run() {
    try {
        const defaults = {
            ...Object.fromEntries(Object.keys(schema.shape).map(n => [n, ''])),
            'upload-log': 'true'
        };
        const i = (0,input_helper/* readValidatedInputs */._)(schema, defaults, n => core/* getInput */.V4(n));
        const workspace = (0,runtime/* workspaceDir */.zf)();
        const igvm = (0,external_node_path_.resolve)(workspace, i.igvm);
        if (!(0,external_node_fs_.existsSync)(igvm))
            throw new Error(`input 'igvm': ${i.igvm} does not exist`);
        const manifest = i.manifest
            ? parseManifest((0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(workspace, i.manifest), 'utf8'), i.manifest)
            : { sections: [] };
        const profile = resolveProfile(manifest, {
            ...(i.target ? { target: i.target } : {}),
            ...(i.scheme ? { scheme: i.scheme } : {})
        });
        if (i.qemu)
            profile.qemu = (0,external_node_path_.resolve)(workspace, i.qemu);
        if (i.timeout)
            profile.timeout = Number(i.timeout);
        if (i.machine)
            profile.machine = i.machine;
        if (i['rom-dir'])
            profile['rom-dir'] = (0,external_node_path_.resolve)(workspace, i['rom-dir']);
        if (i.accel)
            profile.accel = i.accel;
        const log = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_path_.dirname)(igvm), `${(0,external_node_path_.basename)(igvm)}.serial.log`);
        const report = await smokeBoot({ profile, igvm, log, say: line => core/* info */.pq(line) });
        const { accel, result: r } = report;
        core/* setOutput */.uH('qemu-version', report.qemu.version);
        if (report.fallback)
            core/* warning */.$e(report.fallback);
        core/* startGroup */.Oh(`Serial log (${(0,external_node_path_.basename)(log)})`);
        core/* info */.pq((0,external_node_fs_.readFileSync)(log, 'utf8'));
        core/* endGroup */.N4();
        if (i['upload-log'] === 'true') {
            try {
                const name = i['artifact-name'] || `smoke-${(0,external_node_path_.basename)(igvm, '.igvm')}-${accel}`;
                await (0,runtime/* artifactStore */.iA)((0,external_node_path_.join)((0,external_node_path_.dirname)(igvm), 'artifacts')).upload(name, [log], (0,external_node_path_.dirname)(log), {});
            }
            catch (e) {
                core/* warning */.$e(`serial log not uploaded: ${e.message}`);
            }
        }
        core/* setOutput */.uH('result', r.status);
        core/* setOutput */.uH('log', log);
        core/* setOutput */.uH('accel', accel);
        await (0,summary/* appendSummary */.f)(`### Smoke boot of ${(0,external_node_path_.basename)(igvm)}: ${r.status}\n\n${r.reason} (${accel}, ${(r.ms / 1000).toFixed(1)} s, QEMU ${report.qemu.version})\n${report.fallback ? `\n${report.fallback}\n` : ''}`);
        if (r.status !== 'passed')
            core/* setFailed */.C1(`smoke boot ${r.status}: ${r.reason}\n--- last lines of the serial log ---\n${r.tail}`);
    }
    catch (e) {
        core/* setFailed */.C1(e.message);
    }
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

/***/ 68016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   w$: () => (/* binding */ lastLines),
/* harmony export */   zq: () => (/* binding */ displayArgv)
/* harmony export */ });
/* unused harmony export KILL_GRACE_MS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// Runs one argv (never through a shell), streams its output, keeps what the caller needs.

/** How long an interrupted command's killed process group may take to disappear. */
const GROUP_GONE_MS = 10_000;
const TAIL_BYTES = 4096;
/** How long a process group gets to end after the signal is passed on, before SIGKILL. */
const KILL_GRACE_MS = 3000;
function runProcess(argv, o) {
    // Told to stop before it even started (between two steps): it is not started at all.
    if (o.interrupt?.signal)
        return Promise.resolve({
            code: null,
            signal: null,
            stdout: '',
            stderrTail: '',
            interrupted: o.interrupt.signal
        });
    return new Promise(resolve => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(argv[0], argv.slice(1), {
            cwd: o.cwd,
            env: o.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            // Its own process group, so that one kill reaches what it spawned too (cargo → rustc). Only
            // when someone passes signals on: otherwise a terminal's Ctrl-C must reach it directly.
            detached: o.interrupt !== undefined
        });
        let interrupted;
        let escalation;
        const killGroup = (signal) => {
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, signal);
            }
            catch {
                // The group is gone already.
            }
        };
        const onSignal = (signal, count) => {
            interrupted ??= signal;
            if (count > 1)
                return killGroup('SIGKILL');
            killGroup(signal);
            escalation = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
            escalation.unref();
        };
        const stopListening = o.interrupt?.listen(onSignal);
        const stdout = [];
        let tail = Buffer.alloc(0);
        let spawnError;
        child.stdout.on('data', (b) => {
            if (o.captureStdout)
                stdout.push(b);
            if (!o.captureStdout || o.echoCapturedStdout)
                o.out?.write(b);
        });
        child.stderr.on('data', (b) => {
            o.err?.write(b);
            tail = Buffer.concat([tail, b]);
            if (tail.length > TAIL_BYTES * 2)
                tail = tail.subarray(tail.length - TAIL_BYTES);
        });
        child.on('error', e => {
            spawnError = e;
        });
        child.on('close', async (code, signal) => {
            stopListening?.();
            clearTimeout(escalation);
            // Whatever of its group outlived it (a rustc whose cargo died first) goes with it, and the
            // build ends only once it is gone: a killed process busy in the kernel dies when it returns.
            if (interrupted) {
                killGroup('SIGKILL');
                if (child.pid !== undefined)
                    await groupGone(child.pid, GROUP_GONE_MS);
            }
            const text = tail.toString('utf8');
            resolve({
                code: spawnError ? null : code,
                signal,
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderrTail: lastLines(text.length > TAIL_BYTES ? text.slice(-TAIL_BYTES) : text, 20),
                ...(spawnError ? { spawnError } : {}),
                ...(interrupted ? { interrupted } : {})
            });
        });
    });
}
/** Waits until no process of group `pgid` is left (true), or `ms` have passed (false). */
async function groupGone(pgid, ms) {
    const deadline = Date.now() + ms;
    for (;;) {
        try {
            process.kill(-pgid, 0);
        }
        catch {
            return true;
        }
        if (Date.now() > deadline)
            return false;
        await new Promise(r => setTimeout(r, 10));
    }
}
function lastLines(text, n) {
    const lines = text.replace(/\s+$/, '').split('\n');
    return lines.slice(-n).join('\n');
}
/** An argv as a user would type it (for messages and logs, never for execution). */
function displayArgv(argv) {
    return argv.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}


/***/ })

};
