export const id = 833;
export const ids = [833];
export const modules = {

/***/ 2833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  measureCommand: () => (/* binding */ measureCommand)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/igvm/errors.ts
var igvm_errors = __webpack_require__(5002);
// EXTERNAL MODULE: ./src/igvm/input.ts + 2 modules
var igvm_input = __webpack_require__(6342);
// EXTERNAL MODULE: ./src/igvm/measure.ts
var measure = __webpack_require__(2477);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/igvm/hash-sha384.ts
var hash_sha384 = __webpack_require__(7413);
;// CONCATENATED MODULE: ./src/igvm/hash-pages.ts
// SHA-384 of many 4 KiB pages of an open file on every core. The pages are cut into batches; the
// main thread and the workers claim batches in order from one shared counter, read them with
// pread (each into its own buffer) and write the 48-byte digests into shared memory. Whoever
// needs digest k hashes unclaimed batches itself until its own is done, and only then waits: it
// never depends on a worker having started (a worker takes ~40 ms to boot).





const PAGE = 4096;
const DIGEST = 48;
/** Batch states. */
const DONE = 2;
const FAILED = 3;
/**
 * Claims the next batch and hashes it; false when none is left. Runs in workers as source text,
 * so it uses nothing but its arguments and JavaScript's globals. A worker's failure only marks
 * the batch FAILED: the main thread then hashes it again itself, to report the error.
 */
function claimBatch(deps, s, buf, rethrow) {
    const b = Atomics.add(s.next, 0, 1);
    const batches = Math.ceil(s.count / s.batch);
    if (b >= batches)
        return false;
    Atomics.store(s.state, b, 1); // claimed
    try {
        const end = Math.min((b + 1) * s.batch, s.count);
        for (let i = b * s.batch; i < end;) {
            let j = i + 1; // pages i..j-1 lie one after the other in the file: one read
            while (j < end && s.offsets[j] === s.offsets[j - 1] + 4096)
                j++;
            const n = (j - i) * 4096;
            for (let got = 0; got < n;) {
                const r = deps.readSync(s.fd, buf, got, n - got, s.offsets[i] + got);
                if (r === 0)
                    throw new Error(`only ${got} of ${n} bytes at offset 0x${s.offsets[i].toString(16)} could be read`);
                got += r;
            }
            for (let k = i; k < j; k++)
                deps.sha384Into(buf.subarray((k - i) * 4096, (k - i + 1) * 4096), s.digests, k * 48);
            i = j;
        }
        Atomics.store(s.state, b, 2); // DONE
    }
    catch (e) {
        Atomics.store(s.state, b, 3); // FAILED
        if (rethrow)
            throw e;
    }
    finally {
        Atomics.notify(s.state, b);
    }
    return true;
}
/**
 * Each worker claims batches until none is left, then its thread ends. Its SHA-384 is
 * hash-sha384.ts's; the digests arrive as a plain Uint8Array and are made a Buffer again.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const crypto = require('node:crypto')
const sha384Into = crypto.hash
  ? (d, t, at) => void t.write(crypto.hash('sha384', d, 'latin1'), at, 'latin1')
  : (d, t, at) => void crypto.createHash('sha384').update(d).digest().copy(t, at)
const claimBatch = ${claimBatch.toString()}
const deps = { readSync: require('node:fs').readSync, sha384Into }
parentPort.once('message', job => {
  const s = { ...job, digests: Buffer.from(job.digests.buffer) }
  const buf = new Uint8Array(s.batch * 4096)
  while (claimBatch(deps, s, buf, false));
})
`;
const DEPS = { readSync: external_node_fs_.readSync, sha384Into: hash_sha384/* sha384Into */.M };
/**
 * Below this many pages the caller hashes alone: a worker costs ~30 ms of CPU to start, in which
 * one thread hashes about 16 MiB (measured here: bench/measure).
 */
const MIN_PAGES_FOR_WORKERS = 4096;
/**
 * How many other tasks are running right now: the kernel's count of runnable tasks (Linux's
 * /proc/loadavg, ourselves excluded), else the 1-minute load average. The average lags: right
 * after another process ended it still counts it, and a benchmark alternating with us reads ~1.
 */
function busyElsewhere() {
    try {
        const running = Number((0,external_node_fs_.readFileSync)('/proc/loadavg', 'latin1').split(' ')[3]?.split('/')[0]);
        if (Number.isInteger(running) && running >= 1)
            return running - 1;
    }
    catch {
        // not Linux
    }
    return (0,external_node_os_.loadavg)()[0];
}
/**
 * Workers worth starting: one per core nothing else is running on, less the caller's. A worker
 * on a busy core only adds its start-up: on this 2-core machine shared by eight jobs the pool
 * made `measure` slower than hashing alone (bench/measure).
 */
function defaultWorkers(cores = (0,external_node_os_.availableParallelism)(), busy = busyElsewhere()) {
    return Math.max(0, Math.min(cores - 1, Math.ceil(cores - busy) - 1));
}
/**
 * Starts `n` workers now, to boot while the caller does something else (parses the headers);
 * each waits for the one job `hashPages` gives it. unref: the process may end while one boots.
 */
function startHashers(n) {
    return Array.from({ length: Math.max(n, 0) }, () => {
        const w = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true });
        w.unref();
        // One that cannot start claims nothing: the caller hashes its share, the digests are the same.
        w.on('error', () => { });
        return w;
    });
}
const shared = (make, bytes) => new make(new SharedArrayBuffer(bytes));
/** Hashes the 4 KiB pages at `offsets` in the open file `fd`. */
function hashPages(fd, offsets, o = {}) {
    const batch = o.batch ?? 256;
    const count = offsets.length;
    const batches = Math.ceil(count / batch);
    const s = {
        fd,
        batch,
        count,
        offsets: shared(Float64Array, count * 8),
        digests: Buffer.from(new SharedArrayBuffer(count * DIGEST)),
        next: shared(Int32Array, 4),
        state: shared(Int32Array, batches * 4)
    };
    s.offsets.set(offsets);
    const pool = o.started ??
        startHashers(Math.min(o.workers ?? (count < MIN_PAGES_FOR_WORKERS ? 0 : defaultWorkers()), batches - 1));
    for (const w of pool)
        w.postMessage(s);
    const buf = new Uint8Array(batch * PAGE);
    /** Hashes a batch here: the next one, or `again`, one that failed in a worker (to say why). */
    let hashedHere = 0;
    const here = (again) => {
        hashedHere++;
        try {
            return claimBatch(DEPS, again === undefined ? s : { ...s, next: new Int32Array([again]) }, buf, true);
        }
        catch (e) {
            const why = e.message;
            throw new igvm_input/* InputError */.dz(`${o.name ?? 'IGVM file'}: ${why} (did the file change while it was measured?)`);
        }
    };
    return {
        workers: pool.length,
        get hashedHere() {
            return hashedHere;
        },
        get(k) {
            if (!(k >= 0 && k < count))
                throw new RangeError(`page ${k} is not among the ${count} pages hashed`);
            const b = Math.floor(k / batch);
            for (;;) {
                const st = Atomics.load(s.state, b);
                if (st === DONE)
                    break;
                if (st === FAILED)
                    here(b);
                // While any batch is unclaimed, hash one here rather than wait (a worker has b, or soon will).
                else if (Atomics.load(s.next, 0) < batches)
                    here();
                else
                    Atomics.wait(s.state, b, st);
            }
            return s.digests.subarray(k * DIGEST, (k + 1) * DIGEST);
        },
        close() {
            Atomics.store(s.next, 0, batches);
            for (const w of pool)
                void w.terminate();
        }
    };
}

// EXTERNAL MODULE: ./src/igvm/parse.ts + 6 modules
var parse = __webpack_require__(6065);
;// CONCATENATED MODULE: ./src/igvm/measure-input.ts
// Measures an input as igvmmeasure does. A file is streamed: its headers are parsed, then the
// pages the SNP digest hashes are read and hashed on every core while the chain is computed in
// order here; a buffer is measured where it lies.



function measureInput(input, name, o = {}, pool = {}) {
    if (input.fd === undefined)
        return (0,measure/* measure */.xP)((0,parse/* parseIgvmInput */.d)(input, name), o, measure/* IN_MEMORY */.u);
    // A file big enough for workers has them boot while its headers are parsed.
    const started = startHashers(pool.workers ?? (input.size >= MIN_PAGES_FOR_WORKERS * 4096 ? defaultWorkers() : 0));
    let file;
    try {
        file = (0,parse/* parseIgvmInput */.d)(input, name, { pageData: false });
    }
    catch (e) {
        for (const w of started)
            void w.terminate();
        throw e;
    }
    const pages = (0,measure/* hashedPages */.AX)(file, o.platform);
    const hashes = hashPages(input.fd, pages.map(d => d.fileOffset), { name, started });
    try {
        return (0,measure/* measure */.xP)(file, o, {
            hash: (_, k) => hashes.get(k),
            bytes: d => input.read(d.fileOffset, 4096)
        });
    }
    finally {
        hashes.close();
    }
}

;// CONCATENATED MODULE: ./src/igvm/igvmmeasure-cli.ts
// `igvmmeasure [-v] [-c] [-p P] [-n] <INPUT> measure [-i] [-b]` with the real tool's stdout,
// stderr and exit code, for files read through `io`.




const USAGE = 'Usage: igvmmeasure [OPTIONS] <INPUT> <COMMAND>';
const usageError = (msg) => ({
    stdout: '',
    stderr: `error: ${msg}\n\n${USAGE}\n\nFor more information, try '--help'.\n`,
    code: 2
});
const LINE = '='.repeat(111);
/** clap's rules: top-level options before the subcommand, INPUT anywhere before it. */
function parseIgvmmeasureArgs(argv) {
    const p = {
        verbose: false,
        checkKvm: false,
        nativeZero: false,
        platform: 'sev-snp',
        input: '',
        bare: false,
        ignoreIdBlock: false
    };
    let input;
    let command;
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (command) {
            if (a === '-b' || a === '--bare')
                p.bare = true;
            else if (a === '-i' || a === '--ignore-idblock')
                p.ignoreIdBlock = true;
            else
                return usageError(`unexpected argument '${a}' found`);
            continue;
        }
        if (a === '-v' || a === '--verbose')
            p.verbose = true;
        else if (a === '-c' || a === '--check-kvm')
            p.checkKvm = true;
        else if (a === '-n' || a === '--native-zero')
            p.nativeZero = true;
        else if (a === '-p' || a === '--platform' || a.startsWith('--platform=')) {
            const v = a.startsWith('--platform=') ? a.slice(11) : argv[++i];
            if (v !== 'sev' && v !== 'sev-es' && v !== 'sev-snp')
                return usageError(`invalid value '${v ?? ''}' for '--platform <PLATFORM>'\n  [possible values: sev, sev-es, sev-snp]`);
            p.platform = v;
        }
        else if (a.startsWith('-'))
            return usageError(`unexpected argument '${a}' found`);
        else if (input === undefined)
            input = a;
        else if (a === 'measure')
            command = a;
        else if (a === 'sign')
            return {
                stdout: '',
                stderr: 'Error: "svsm-build does not sign IGVM files; use igvmmeasure sign"\n',
                code: 2
            };
        else
            return usageError(`unrecognized subcommand '${a}'`);
    }
    if (input === undefined)
        return usageError('the following required arguments were not provided:\n  <INPUT>\n  <COMMAND>');
    if (!command)
        return usageError('the following required arguments were not provided:\n  <COMMAND>');
    p.input = input;
    return p;
}
/** How Rust's std::io::Error prints the errno errors an open or a read gives. */
const OS_ERRORS = {
    ENOENT: ['NotFound', 'No such file or directory'],
    EACCES: ['PermissionDenied', 'Permission denied'],
    EISDIR: ['IsADirectory', 'Is a directory']
};
function runIgvmmeasure(argv, io, pool = {}) {
    const parsed = parseIgvmmeasureArgs(argv);
    if ('code' in parsed)
        return parsed;
    const p = parsed;
    let input;
    try {
        input = 'open' in io ? io.open(p.input) : (0,igvm_input/* bufferInput */.zZ)(io.readFile(p.input));
    }
    catch (e) {
        // What only svsm-build refuses (a device, a silent pipe) names the file; a pipe's fixed
        // header is judged as the parser would; errno errors are printed as Rust prints them.
        if (e instanceof igvm_input/* InputError */.dz)
            return { stdout: '', stderr: `Error: ${e.message}\n`, code: 1 };
        if (e instanceof igvm_errors/* IgvmError */.k)
            return { stdout: '', stderr: `Error: ${e.debug}\n`, code: 1 };
        const err = e;
        const [kind, message] = OS_ERRORS[err.code ?? ''] ?? ['Other', err.message];
        const code = err.errno !== undefined ? Math.abs(err.errno) : 0;
        return {
            stdout: '',
            stderr: `Failed to open firmware file ${p.input}\nError: Os { code: ${code}, kind: ${kind}, message: "${message}" }\n`,
            code: 1
        };
    }
    try {
        const r = measureInput(input, p.input, {
            platform: p.platform,
            nativeZero: p.nativeZero,
            checkKvm: p.checkKvm,
            log: p.verbose
        }, pool);
        const digest = (0,measure/* toHex */.nj)(r.digest);
        let stdout = p.verbose
            ? r.log
                .map(l => `gpa 0x${l.gpa.toString(16)} len 0x${l.length.toString(16)} (${l.type} page)\n`)
                .join('')
            : '';
        stdout += p.bare
            ? `${digest}\n`
            : `\n${LINE}\nigvmmeasure '${p.input}'\nLaunch Digest: ${digest}\n${LINE}\n\n`;
        if (p.platform === 'sev-snp' && !p.ignoreIdBlock && r.idBlock && !r.idBlock.equals(r.digest)) {
            return {
                stdout,
                stderr: `Error: An ID block has been provided in the IGVM file but the calculated measurement does not match the expected measurement in the ID block. \nExpected: ${(0,measure/* toHex */.nj)(r.idBlock)}\n`,
                code: 1
            };
        }
        return { stdout, stderr: '', code: 0 };
    }
    catch (e) {
        if (e instanceof igvm_errors/* IgvmError */.k)
            return { stdout: '', stderr: `Error: ${e.debug}\n`, code: 1 };
        if (e instanceof measure/* MeasureError */.TG || e instanceof igvm_input/* InputError */.dz)
            return { stdout: '', stderr: `Error: ${e.message}\n`, code: 1 };
        throw e;
    }
    finally {
        input.close();
    }
}

// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/commands/measure.ts
// `svsm-build measure FILE [flags]`: igvmmeasure's `measure`, same output and exit code, without
// building Rust tools. Flags may come in any order; igvmmeasure's own order (`-c FILE measure -b`)
// works too.




const MEASURE_COMMAND = (0,flags/* command */.G5)({
    synopsis: [
        'svsm-build measure <FILE> [OPTIONS]',
        "svsm-build measure [-v] [-c] [-n] [-p PLATFORM] <FILE> measure [-b] [-i]   (igvmmeasure's order)"
    ],
    about: "Prints the launch digest of an IGVM file exactly as upstream's igvmmeasure does (same output,\nsame exit code), without building it.",
    flags: {
        verbose: { short: 'v', help: 'Print every measured page' },
        'check-kvm': { short: 'c', help: 'Check that KVM can launch the file (as igvmmeasure -c)' },
        'native-zero': { short: 'n', help: 'Measure zero pages as data, as a native-zero launch does' },
        platform: {
            short: 'p',
            value: '<PLATFORM>',
            choices: ['sev', 'sev-es', 'sev-snp'],
            help: 'Platform to measure for (default sev-snp)'
        },
        bare: { short: 'b', help: 'Print the digest alone' },
        'ignore-idblock': { short: 'i', help: "Do not compare the digest with the file's ID block" }
    },
    args: { min: 1, max: 2, what: 'one IGVM file (optionally followed by the word measure)' },
    footer: 'Exit codes: 0 measured, 1 the file cannot be read or measured (or its ID block disagrees), 2 usage error.\nSVSM_MEASURE_WORKERS=N sets how many worker threads hash pages.'
});
/** The parsed flags as igvmmeasure's argv: `[-v] [-c] [-n] [-p P] FILE measure [-b] [-i]`. */
function toIgvmmeasureArgv(file, v) {
    return [
        ...(v.verbose ? ['-v'] : []),
        ...(v['check-kvm'] ? ['-c'] : []),
        ...(v['native-zero'] ? ['-n'] : []),
        ...(v.platform ? ['-p', v.platform] : []),
        file,
        'measure',
        ...(v.bare ? ['-b'] : []),
        ...(v['ignore-idblock'] ? ['-i'] : [])
    ];
}
/**
 * SVSM_MEASURE_WORKERS: how many worker threads hash pages, whatever the file's size and the
 * machine's load (the benchmark runs both ways). One whole number, checked here without zod:
 * importing zod costs ~40 ms of CPU, more than measuring a small file.
 */
function workersFromEnv() {
    const raw = process.env.SVSM_MEASURE_WORKERS;
    if (raw === undefined)
        return {};
    return /^\d{1,3}$/.test(raw) && Number(raw) <= 256
        ? { workers: Number(raw) }
        : `SVSM_MEASURE_WORKERS is ${JSON.stringify(raw)}, expected a whole number of worker threads from 0 to 256`;
}
async function measureCommand(args) {
    const parsed = (0,flags/* parseFlags */.bQ)(MEASURE_COMMAND, args);
    if (!parsed)
        return 0;
    const [file, word] = parsed.positionals;
    if (word === 'sign')
        throw new errors/* UsageError */.eb('svsm-build does not sign IGVM files; use igvmmeasure sign (or the sign sub-action)', (0,flags/* usageOf */.Fs)(MEASURE_COMMAND));
    if (word !== undefined && word !== 'measure')
        throw new errors/* UsageError */.eb(`unexpected argument ${word}; expected one IGVM file (optionally followed by the word measure)`, (0,flags/* usageOf */.Fs)(MEASURE_COMMAND));
    const pool = workersFromEnv();
    if (typeof pool === 'string') {
        process.stderr.write(`error: ${pool}\n`);
        return 2;
    }
    const r = runIgvmmeasure(toIgvmmeasureArgv(file, parsed.values), { open: igvm_input/* fileInput */.Fg }, pool);
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    return r.code;
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


/***/ })

};
