export const id = 195;
export const ids = [195];
export const modules = {

/***/ 195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  measureCommand: () => (/* binding */ measureCommand),
  toIgvmmeasureArgv: () => (/* binding */ toIgvmmeasureArgv)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: ./src/igvm/errors.ts
var errors = __webpack_require__(2);
// EXTERNAL MODULE: ./src/igvm/measure.ts
var measure = __webpack_require__(477);
// EXTERNAL MODULE: ./src/igvm/parse.ts
var parse = __webpack_require__(234);
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
function runIgvmmeasure(argv, io) {
    const parsed = parseIgvmmeasureArgs(argv);
    if ('code' in parsed)
        return parsed;
    const p = parsed;
    let bytes;
    try {
        bytes = io.readFile(p.input);
    }
    catch (e) {
        const err = e;
        const kind = err.code === 'ENOENT' ? 'NotFound' : err.code === 'EACCES' ? 'PermissionDenied' : 'Other';
        const message = err.code === 'ENOENT'
            ? 'No such file or directory'
            : err.code === 'EACCES'
                ? 'Permission denied'
                : err.message;
        const code = err.errno !== undefined ? Math.abs(err.errno) : 0;
        return {
            stdout: '',
            stderr: `Failed to open firmware file ${p.input}\nError: Os { code: ${code}, kind: ${kind}, message: "${message}" }\n`,
            code: 1
        };
    }
    try {
        const r = (0,measure/* measure */.xP)((0,parse/* parseIgvm */.V)(bytes, p.input), {
            platform: p.platform,
            nativeZero: p.nativeZero,
            checkKvm: p.checkKvm,
            log: p.verbose
        });
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
        if (e instanceof errors/* IgvmError */.k)
            return { stdout: '', stderr: `Error: ${e.debug}\n`, code: 1 };
        if (e instanceof measure/* MeasureError */.TG)
            return { stdout: '', stderr: `Error: ${e.message}\n`, code: 1 };
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/measure.ts
// `svsm-build measure FILE [flags]`: igvmmeasure's `measure`, same output and exit code, without
// building Rust tools. Flags may come in any order; igvmmeasure's own order works too.


const TOP = new Set(['-v', '--verbose', '-c', '--check-kvm', '-n', '--native-zero']);
const SUB = new Set(['-b', '--bare', '-i', '--ignore-idblock']);
/** Reorders `FILE -b -c` into igvmmeasure's `-c FILE measure -b`. */
function toIgvmmeasureArgv(args) {
    if (args.includes('measure'))
        return args;
    const top = [];
    const sub = [];
    const rest = [];
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (TOP.has(a))
            top.push(a);
        else if (SUB.has(a))
            sub.push(a);
        else if (a === '-p' || a === '--platform')
            top.push(a, args[++i] ?? '');
        else
            rest.push(a);
    }
    return [...top, ...rest, 'measure', ...sub];
}
async function measureCommand(args) {
    const r = runIgvmmeasure(toIgvmmeasureArgv(args), { readFile: p => (0,external_node_fs_.readFileSync)(p) });
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    return r.code;
}


/***/ })

};
