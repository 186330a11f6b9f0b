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


/***/ }),

/***/ 477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TG: () => (/* binding */ MeasureError),
/* harmony export */   nj: () => (/* binding */ toHex),
/* harmony export */   xP: () => (/* binding */ measure)
/* harmony export */ });
/* unused harmony exports KVM_MESSAGES, PLATFORM_NOT_IN_FILE, platformMask */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(782);
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
// One-shot hashing (Node 20.12+) avoids a Hash object per 4 KiB page.
const oneShot = node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash;
const sha384 = oneShot
    ? (d) => oneShot('sha384', d, 'buffer')
    : (d) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha384').update(d).digest();
const ZERO_PAGE_HASH = sha384(new Uint8Array(_format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_4K */ .AI));
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
function measure(file, o = {}) {
    const platform = o.platform ?? 'sev-snp';
    const mask = platformMask(file, platform);
    if (mask === null)
        throw new MeasureError(PLATFORM_NOT_IN_FILE);
    const snp = platform === 'sev-snp';
    const info = Buffer.alloc(0x70);
    info.writeUInt16LE(0x70, 0x60);
    let ld = Buffer.alloc(48);
    const sev = snp ? null : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const log = [];
    let idBlock;
    let vmsaCount = 0;
    const record = (gpa, type, contents) => {
        ld.copy(info, 0);
        info.set(contents, 0x30);
        info[0x62] = type;
        info.writeBigUInt64LE(gpa, 0x68);
        ld = sha384(info);
        if (o.log) {
            const name = LOG_NAMES[type];
            const last = log.at(-1);
            if (last && last.type === name && last.gpa + last.length === gpa)
                last.length += BigInt(_format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_4K */ .AI);
            else
                log.push({ gpa, length: BigInt(_format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_4K */ .AI), type: name });
        }
    };
    const page4k = (gpa, flags, dataType, data) => {
        if (sev) {
            if (data)
                sev.update(data);
            return;
        }
        if (dataType === _format_js__WEBPACK_IMPORTED_MODULE_1__/* .DATA_TYPE */ .yd.NORMAL) {
            if (flags & _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_FLAGS */ .Of.UNMEASURED)
                record(gpa, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .SNP_PAGE */ .q1.UNMEASURED, NO_CONTENTS);
            else if (!data && o.nativeZero)
                record(gpa, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .SNP_PAGE */ .q1.ZERO, NO_CONTENTS);
            else
                record(gpa, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .SNP_PAGE */ .q1.NORMAL, data ? sha384(data) : ZERO_PAGE_HASH);
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
                    if (d.data)
                        throw new MeasureError(`a 2 MiB page at 0x${d.gpa.toString(16)} has file data; igvmmeasure panics on it (only 4 KiB of data can be stored)`);
                    for (let off = 0; off < _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_2M */ .kI; off += _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_4K */ .AI)
                        page4k(d.gpa + BigInt(off), d.flags, d.dataType, null);
                }
                else
                    page4k(d.gpa, d.flags, d.dataType, d.data);
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
                    record(d.gpa, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .SNP_PAGE */ .q1.VMSA, sha384(d.data));
                break;
            }
            case 'snp-id-block':
                if (snp && (d.mask & mask) !== 0)
                    idBlock = Buffer.from(d.ld);
                break;
        }
    }
    return { digest: sev ? sev.digest() : ld, ...(idBlock ? { idBlock } : {}), vmsaCount, log };
}
const toHex = (b) => Buffer.from(b).toString('hex').toUpperCase();


/***/ })

};
