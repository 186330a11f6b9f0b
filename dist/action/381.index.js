export const id = 381;
export const ids = [381];
export const modules = {

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

/***/ 41590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SC: () => (/* binding */ packItCompare),
/* harmony export */   gw: () => (/* binding */ writePackItFile)
/* harmony export */ });
/* unused harmony exports PackItError, encodePackIt, packItCliOrder */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_write_atomic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12093);
// PackIt archives (COCONUT's bin/svsm-fs.bin): an 8-byte header, then per file a 12-byte prelude
// (type 1, name length, data length; little-endian), the UTF-8 name and the data. No padding,
// no index, no trailer.


const PACKIT_MAGIC = Buffer.from('PKIT', 'ascii');
const MAX_NAME = 0xffff;
class PackItError extends Error {
}
/** Encodes entries in the given order (the packit library's `write_file` sequence). */
function encodePackIt(entries) {
    const header = Buffer.alloc(8);
    PACKIT_MAGIC.copy(header, 0);
    header.writeUInt32LE(8, 4);
    const parts = [header];
    for (const { name, data } of entries) {
        const nameBytes = Buffer.from(name, 'utf8');
        // The encoder accepts an empty name, but every decoder (and so the SVSM kernel) rejects it.
        if (nameBytes.length === 0)
            throw new PackItError('PackIt: a file name must not be empty');
        if (nameBytes.length > MAX_NAME) {
            throw new PackItError(`PackIt: file name of ${nameBytes.length} bytes is longer than ${MAX_NAME}: ${name.slice(0, 40)}...`);
        }
        const prelude = Buffer.alloc(12);
        prelude.writeUInt16LE(1, 0);
        prelude.writeUInt16LE(nameBytes.length, 2);
        prelude.writeBigUInt64LE(BigInt(data.length), 4);
        parts.push(prelude, nameBytes, data);
    }
    return Buffer.concat(parts);
}
/** The order `packit pack --input DIR` uses: siblings by the bytes of their names, depth first. */
function packItCliOrder(names) {
    return [...names].sort(packItCompare);
}
function packItCompare(a, b) {
    const pa = a.split('/');
    const pb = b.split('/');
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
        const c = Buffer.compare(Buffer.from(pa[i]), Buffer.from(pb[i]));
        if (c !== 0)
            return c;
    }
    return pa.length - pb.length;
}
/** Writes the archive whole or not at all (no half-written image remains). */
function writePackItFile(output, files) {
    const data = encodePackIt(files.map(f => ({ name: f.name, data: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(f.file) })));
    (0,_util_write_atomic_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Z)(output, data);
    return data.length;
}


/***/ }),

/***/ 55409:
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

/***/ 47214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ Interrupt),
/* harmony export */   j$: () => (/* binding */ Interrupted),
/* harmony export */   rm: () => (/* binding */ trapSignals)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
// SIGINT / SIGTERM during a build. A terminal's Ctrl-C reaches the whole foreground group, but
// GitHub's runner signals the step's node process alone (SIGINT, then SIGTERM); so each child
// runs in its own process group (cargo spawns rustc) and the signal is passed on to every group.

/** What the build was told to stop with; one per build, shared by every running process. */
class Interrupt {
    /** The first signal received (it decides the exit code), or null. */
    signal = null;
    count = 0;
    listeners = new Set();
    trigger(signal) {
        this.count++;
        this.signal ??= signal;
        for (const l of [...this.listeners])
            l(signal, this.count);
    }
    /** Calls `fn` on every signal from now on; returns the function that stops that. */
    listen(fn) {
        this.listeners.add(fn);
        return () => this.listeners.delete(fn);
    }
}
/** The build stopped because it was told to; it produced nothing. */
class Interrupted extends Error {
    signal;
    name = 'Interrupted';
    constructor(signal, message) {
        super(message);
        this.signal = signal;
    }
    /** 128 + the signal's number, as a shell reports a command killed by it (130, 143). */
    get exitCode() {
        return 128 + (node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals[this.signal] ?? 0);
    }
}
/** Routes SIGINT and SIGTERM to `interrupt` until the returned function is called. */
function trapSignals(interrupt, note) {
    const handlers = ['SIGINT', 'SIGTERM'].map(signal => {
        const h = () => {
            note(interrupt.count === 0
                ? `${signal} received: stopping the running commands and removing this build's results`
                : `${signal} received again: killing the running commands`);
            interrupt.trigger(signal);
        };
        process.on(signal, h);
        return () => process.off(signal, h);
    });
    return () => handlers.forEach(off => off());
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


/***/ }),

/***/ 98618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ runSteps)
});

// UNUSED EXPORTS: StepFailure

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/relative-path.ts
var relative_path = __webpack_require__(9344);
// EXTERNAL MODULE: ./src/igvm/igvmmeasure-output.ts
var igvmmeasure_output = __webpack_require__(53166);
;// CONCATENATED MODULE: ./src/run/cargo-json.ts
// `cargo test --no-run --message-format=json-render-diagnostics` prints one JSON object per line;
// the test executable of a package is the last lib compiler-artifact built with the test profile.
function cargoTestExecutable(stdout, name) {
    const target = name.replace(/-/g, '_');
    let found = null;
    for (const line of stdout.split('\n')) {
        if (!line.startsWith('{'))
            continue;
        let msg;
        try {
            msg = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (msg.reason === 'compiler-artifact' &&
            msg.target?.name === target &&
            msg.target.kind?.includes('lib') &&
            msg.profile?.test === true &&
            typeof msg.executable === 'string') {
            found = msg.executable;
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/run/git-version.ts


/** The Rust file xbuild generates from `git describe` (compiled into the kernel). */
function gitVersionFile(version) {
    return [
        '// SPDX-License-Identifier: MIT',
        '//',
        '// This file is automatically generated - Any changes will be overwritten',
        '//',
        '',
        `pub const GIT_VERSION: &str = "${version.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}";`,
        ''
    ].join('\n');
}
function writeIfChanged(path, content) {
    if ((0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.readFileSync)(path, 'utf8') === content)
        return false;
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, content);
    return true;
}

// EXTERNAL MODULE: ./src/run/interrupt.ts
var interrupt = __webpack_require__(47214);
// EXTERNAL MODULE: ./src/run/process.ts
var process = __webpack_require__(68016);
// EXTERNAL MODULE: ./src/run/step-failure.ts
var step_failure = __webpack_require__(70540);
;// CONCATENATED MODULE: ./src/run/command.ts
// One command step: its argv (with what an earlier step produced put in), run from its folder,
// and what the runner reads from its stdout (git version, cargo's test executable, a digest).








function interruptedAt(step, signal, when) {
    return new interrupt/* Interrupted */.j$(signal, `interrupted by ${signal} at step ${step.id} (${step.title}), ${when}`);
}
function resolveArgv(step, produced) {
    if (!step.argFrom)
        return step.argv;
    const argv = [...step.argv];
    const from = produced.get(step.argFrom.step);
    if (from !== undefined)
        argv[step.argFrom.index] = from;
    return argv;
}
/** Runs one command step; returns what it captured (git version, digest) or the produced path. */
async function runCommand(step, ctx, produced) {
    const argv = resolveArgv(step, produced);
    ctx.log.group(step.title);
    ctx.log.info(`$ ${(0,process/* displayArgv */.zq)(argv)}`);
    for (const o of step.outputs)
        if (o.startsWith('bin/'))
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(ctx.root, o)), { recursive: true });
    if (ctx.interrupt?.signal) {
        ctx.log.endGroup();
        throw interruptedAt(step, ctx.interrupt.signal, 'before it started');
    }
    const r = await (0,process/* runProcess */.R3)(argv, {
        cwd: (0,external_node_path_.resolve)(ctx.root, step.cwd),
        env: { ...ctx.env, ...step.env },
        out: step.capture === 'git-version' ? null : ctx.out,
        err: ctx.err,
        captureStdout: step.capture !== undefined,
        echoCapturedStdout: step.capture === 'igvmmeasure',
        ...(ctx.interrupt ? { interrupt: ctx.interrupt } : {})
    });
    ctx.log.endGroup();
    if (r.interrupted) {
        throw interruptedAt(step, r.interrupted, `while \`${(0,process/* displayArgv */.zq)(argv)}\` ran (its process group was stopped)`);
    }
    const ok = r.code === 0 && !r.spawnError;
    if (!ok && step.mayFail) {
        ctx.log.warn(`${(0,process/* displayArgv */.zq)(argv)} failed (${r.spawnError?.message ?? `exit code ${r.code}`}); using an empty version string, as upstream does`);
    }
    else if (!ok) {
        const how = r.spawnError
            ? `could not be started: ${r.spawnError.code === 'ENOENT' ? `${argv[0]} not found` : r.spawnError.message}`
            : r.signal
                ? `was killed by ${r.signal}`
                : `exited with code ${r.code}`;
        // Asked after a failure, not before: a tree that builds without a tool is not refused.
        const hint = ctx.hint?.();
        const tail = r.stderrTail ? `\n--- last lines of its stderr ---\n${r.stderrTail}` : '';
        throw new step_failure/* StepFailure */.p(step, `step ${step.id} (${step.title}) failed: \`${(0,process/* displayArgv */.zq)(argv)}\` ${how}${hint ? `; ${hint}` : ''}${tail}`, r.code, r.stderrTail);
    }
    return capture(step, ctx, ok ? r.stdout : '', ok, produced);
}
function capture(step, ctx, stdout, ok, produced) {
    switch (step.capture) {
        case 'git-version': {
            const version = ok ? (stdout.split('\n')[0] ?? '').trim().replace(/^v/, '') : '';
            // Written only when it changes: a rewrite would make cargo rebuild the kernel for nothing.
            if (step.writeVersionTo)
                writeIfChanged((0,external_node_path_.resolve)(ctx.root, step.writeVersionTo), gitVersionFile(version));
            return version;
        }
        case 'cargo-test-executable': {
            const name = step.produces.cargoTestTarget;
            const exe = cargoTestExecutable(stdout, name);
            if (!exe)
                throw new step_failure/* StepFailure */.p(step, `step ${step.id}: cargo printed no test executable for ${name} (a lib target with test = true is needed)`);
            produced.set(step.id, exe);
            return exe;
        }
        case 'igvmmeasure': {
            const blocks = (0,igvmmeasure_output/* parseIgvmmeasureOutput */.Q)(stdout);
            if (blocks.length !== 1)
                throw new step_failure/* StepFailure */.p(step, `step ${step.id}: expected one "Launch Digest" block from igvmmeasure, found ${blocks.length}`);
            return blocks[0].digest;
        }
    }
    if (step.produces && 'path' in step.produces) {
        const { path, fallback } = step.produces;
        produced.set(step.id, fallback !== undefined && !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(ctx.root, path)) ? fallback : path);
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/fsimage/packit.ts
var packit = __webpack_require__(41590);
;// CONCATENATED MODULE: ./src/run/owned-dir.ts
// Folders svsm-build may empty: only those it made. It marks a folder when it makes it (or takes
// an empty one), and refuses one holding anything else, naming what it found: a user's folder
// passed as a build directory is never emptied.



const OWNED_MARKER = '.svsm-build-owned';
const MARKER_TEXT = 'svsm-build made this folder and empties it before each build; it empties no folder without this file.\n';
const isOwned = (dir) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, OWNED_MARKER)) && (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(dir, OWNED_MARKER)).isFile();
/** `dir` as an empty folder of svsm-build's own (bar its marker); refused when it holds a stranger's files. */
function emptyOwnedDir(dir) {
    if (!(0,external_node_fs_.existsSync)(dir))
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    else if (!(0,external_node_fs_.statSync)(dir).isDirectory())
        throw new errors/* BadInput */.kp(`${dir}: not a folder (expected a new or empty folder for the build)`);
    const entries = (0,external_node_fs_.readdirSync)(dir).filter(e => e !== OWNED_MARKER);
    if (!isOwned(dir) && entries.length > 0) {
        throw new errors/* BadInput */.kp(`${dir}: holds ${entries.sort()[0]}, which svsm-build did not put there: it empties only a folder it made ` +
            `(one with a ${OWNED_MARKER} file); pass a new or empty folder, or remove this one yourself`);
    }
    for (const e of entries)
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, e), { recursive: true, force: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, OWNED_MARKER), MARKER_TEXT);
}
/** True when `inner` is `outer` or lies inside it. */
function isWithin(inner, outer) {
    const r = (0,external_node_path_.relative)((0,external_node_path_.resolve)(outer), (0,external_node_path_.resolve)(inner));
    return r === '' || (r !== '..' && !r.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(r));
}

;// CONCATENATED MODULE: ./src/run/operations.ts
// The steps svsm-build does itself: folders, the fs image, copies and files for the EDK2 build,
// and the measurement of a built IGVM file (checked against what igvmmeasure printed).







function runOperation(step, ctx, printed, digests) {
    const op = step.op;
    const abs = (p) => (0,external_node_path_.resolve)(ctx.root, p);
    switch (op.type) {
        case 'mkdir':
            (0,external_node_fs_.mkdirSync)(abs(op.path), { recursive: true });
            return;
        case 'reset-dir':
            (0,external_node_fs_.rmSync)(abs(op.path), { recursive: true, force: true });
            (0,external_node_fs_.mkdirSync)(abs(op.path), { recursive: true });
            return;
        case 'pack-fs': {
            ctx.log.group(step.title);
            const size = (0,packit/* writePackItFile */.gw)(abs(op.output), op.entries.map(e => ({ name: e.name, file: abs(e.file) })));
            ctx.log.info(`${op.output}: ${op.entries.length} file(s), ${size} bytes`);
            ctx.log.endGroup();
            return;
        }
        case 'measure':
            digests.set(step.id, measure(step, op, abs(op.igvm), ctx.measure, printed));
            return;
        case 'sync-dir':
            return syncDir(abs(op.from), abs(op.path));
        case 'copy-files':
            (0,external_node_fs_.mkdirSync)(abs(op.path), { recursive: true });
            for (const f of op.files)
                (0,external_node_fs_.copyFileSync)(abs(f.from), abs(f.to));
            return;
        case 'write-file':
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(abs(op.path)), { recursive: true });
            (0,external_node_fs_.writeFileSync)(abs(op.path), op.content);
            return;
    }
}
/** `to` becomes a fresh copy of `from` without `.git`; a folder is its own copy. */
function syncDir(from, to) {
    if (from === to)
        return;
    if (isWithin(from, to) || isWithin(to, from))
        throw new errors/* BadInput */.kp(`${to}: cannot hold a copy of ${from}, one lies inside the other`);
    emptyOwnedDir(to);
    (0,external_node_fs_.cpSync)(from, to, { recursive: true, filter: src => !src.endsWith('/.git') });
}
function measure(step, op, file, reader, printed) {
    if (!reader)
        throw new step_failure/* StepFailure */.p(step, `step ${step.id}: this run has no IGVM reader to measure with`);
    let builtin;
    // Hash and measure now: a later recipe may write the same output name.
    const bytes = (0,external_node_fs_.readFileSync)(file);
    try {
        builtin = reader(bytes, { checkKvm: op.checkKvm, nativeZero: op.nativeZero });
    }
    catch (e) {
        throw new step_failure/* StepFailure */.p(step, `step ${step.id}: ${op.igvm}: ${e.message}`);
    }
    const fromTool = op.igvmmeasureStep ? printed.get(op.igvmmeasureStep) : undefined;
    if (fromTool !== undefined && fromTool !== builtin.digest) {
        throw new step_failure/* StepFailure */.p(step, `step ${step.id}: launch digests disagree for ${op.igvm}\n  igvmmeasure: ${fromTool}\n  svsm-build:  ${builtin.digest}\n` +
            'One of the two is wrong; do not publish this digest.');
    }
    return {
        igvm: op.igvm,
        size: bytes.length,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
        builtin: builtin.digest,
        ...(builtin.details ? { details: builtin.details } : {}),
        ...(fromTool !== undefined ? { printed: fromTool } : {})
    };
}

;// CONCATENATED MODULE: ./src/run/runner.ts
// The one loop that runs steps, for every build svsm-build does (svsm plans, EDK2, QEMU, Linux):
// in order, from the context's root; it stops at the first failure with a message naming the step,
// the command, its exit code and the end of its stderr, and removes what that step was writing.









async function runSteps(steps, ctx) {
    const results = [];
    const produced = new Map();
    const printed = new Map();
    const digests = new Map();
    let gitVersion = '';
    for (const step of steps) {
        const started = performance.now();
        const record = (status, extra = {}) => results.push({
            id: step.id,
            title: step.title,
            group: step.group,
            status,
            ms: Math.round(performance.now() - started),
            ...extra
        });
        if (ctx.interrupt?.signal)
            throw interruptedAt(step, ctx.interrupt.signal, 'before it started');
        if (ctx.skip?.has(step.id)) {
            ctx.log.info(`${step.title}: skipped, its output came from the cache`);
            record('skipped');
            continue;
        }
        try {
            if (step.kind === 'command') {
                const r = await runCommand(step, ctx, produced);
                if (step.capture === 'git-version')
                    gitVersion = r ?? '';
                if (step.capture === 'igvmmeasure' && r !== undefined)
                    printed.set(step.id, r);
                record('ok', { argv: resolveArgv(step, produced), code: 0 });
            }
            else {
                runOperation(step, ctx, printed, digests);
                record('ok');
            }
        }
        catch (e) {
            record('failed', e instanceof step_failure/* StepFailure */.p ? { code: e.code } : {});
            // Whatever the failing step was writing under bin/ is not a result (a name that climbs out of
            // bin/, such as a make component's output_file "bin/../x", is never removed).
            for (const o of step.outputs)
                if (o.startsWith('bin/') && (0,relative_path/* relativePathProblem */.B)(o) === null)
                    (0,external_node_fs_.rmSync)((0,external_node_path_.resolve)(ctx.root, o), { force: true, recursive: true });
            if (ctx.interrupt?.signal && !(e instanceof interrupt/* Interrupted */.j$))
                throw interruptedAt(step, ctx.interrupt.signal, 'while it ran');
            // A folder the user named that cannot be used is theirs to fix: its own message, exit 2.
            throw e instanceof step_failure/* StepFailure */.p || e instanceof interrupt/* Interrupted */.j$ || e instanceof errors/* BadInput */.kp
                ? e
                : new step_failure/* StepFailure */.p(step, `step ${step.id} (${step.title}) failed: ${e.message}`);
        }
        ctx.afterStep?.(step);
    }
    return { results, gitVersion, digests };
}


/***/ }),

/***/ 70540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ StepFailure)
/* harmony export */ });
class StepFailure extends Error {
    step;
    code;
    stderrTail;
    constructor(step, message, code = null, stderrTail = '') {
        super(message);
        this.step = step;
        this.code = code;
        this.stderrTail = stderrTail;
        this.name = 'StepFailure';
    }
}


/***/ }),

/***/ 53102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ missingTools),
/* harmony export */   a: () => (/* binding */ findOnPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
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


/***/ })

};
