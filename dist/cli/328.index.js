export const id = 328;
export const ids = [328];
export const modules = {

/***/ 8670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffCommand: () => (/* binding */ diffCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _util_input_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5939);
/* harmony import */ var _igvm_read_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1624);
/* harmony import */ var _util_system_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6208);
/* harmony import */ var _record_load_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9397);
/* harmony import */ var _igvm_diff_diff_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2849);
/* harmony import */ var _igvm_diff_inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3560);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_9___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_9__);
/* harmony import */ var _record_build_place_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6839);
/* harmony import */ var _record_same_build_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(9382);
/* harmony import */ var _igvm_errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5002);
/* harmony import */ var _igvm_id_block_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2540);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5377);
// `svsm-build diff A.igvm B.igvm [--inputs A_BIN_DIR B_BIN_DIR] [--json]`: what differs between
// two IGVM files, attributed to the build inputs in each side's bin/ directory. Exit 0 when
// identical, 1 when they differ, 2 on bad input (never 1 for a file it could not read).















const DIFF_COMMAND = (0,_flags_js__WEBPACK_IMPORTED_MODULE_13__/* .command */ .G5)({
    synopsis: ['svsm-build diff <A.igvm> <B.igvm> [--inputs <A_BIN_DIR> <B_BIN_DIR>] [--json]'],
    about: "Shows what differs between two IGVM files: page ranges (attributed to the kernel, its symbol\ntable, bldr/stage2, tdx-stage1, fs image or firmware found in each side's bin/ directory, and the\npages igvmbuilder computes from them), the VMSA field by field, policy, platforms, parameter areas\nand the ID block. When each bin/ holds the measurements.json of its build, a difference that is\nonly the build paths compiled in (checkout, CARGO_HOME) is named as such.",
    flags: {
        inputs: {
            value: ['<A_BIN_DIR>', '<B_BIN_DIR>'],
            help: "Each side's bin/ directory, to attribute pages to the build inputs"
        },
        json: { help: 'Machine-readable output' }
    },
    args: { min: 2, max: 2, what: 'two IGVM files' },
    footer: 'Exit codes: 0 identical, 1 they differ, 2 bad input.'
});
/** Node reads at most 2 GiB into one buffer; an IGVM file's own offsets are 32-bit. */
const MAX_INPUT_BYTES = 2 ** 31 - 1;
/** A bin/ directory's inputs and, from its measurements.json, the build paths of that build. */
function readBinDir(dir) {
    let entries;
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadInput */ .kp(`--inputs ${dir}: not a directory (expected a build's bin/)`);
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch (e) {
        if (e instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadInput */ .kp)
            throw e;
        const code = e.code;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadInput */ .kp(`--inputs ${dir}: ${code === 'ENOENT' ? 'no such directory' : (0,_util_system_error_js__WEBPACK_IMPORTED_MODULE_5__/* .systemErrorReason */ .Qq)(e)} (expected a build's bin/)`);
    }
    const out = [];
    for (const [name, role] of _igvm_diff_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .BIN_ROLES */ .Cu) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
            out.push({ role, path: p, bytes: (0,_util_input_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)(p, MAX_INPUT_BYTES, `--inputs ${p}`) });
    }
    const firmware = new Set();
    const records = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _record_load_js__WEBPACK_IMPORTED_MODULE_6__/* .RECORD_FILE */ .lt);
    let paths = null;
    const recorded = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(records)
        ? (0,_record_load_js__WEBPACK_IMPORTED_MODULE_6__/* .loadRecords */ .ff)(records, { allowEmpty: true, untrustedNames: true }).records
        : [];
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(records))
        for (const m of recorded) {
            if (m.firmware)
                firmware.add((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(m.firmware.path) ? m.firmware.path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir), m.firmware.path));
            if (m.inputs?.build && paths === null)
                paths = (0,_record_build_place_js__WEBPACK_IMPORTED_MODULE_10__/* .recordedPrefixes */ .Dp)(m.inputs.build);
        }
    for (const f of entries)
        if (f.endsWith('.fd'))
            firmware.add((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f));
    for (const f of firmware)
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f))
            out.push({
                role: firmware.size > 1 ? `firmware ${f}` : 'firmware',
                path: f,
                bytes: (0,_util_input_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)(f, _util_input_file_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_FIRMWARE_BYTES */ .rg, `--inputs ${dir}: firmware ${f}`)
            });
    if (out.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadInput */ .kp(`--inputs ${dir}: none of ${_igvm_diff_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .BIN_ROLES */ .Cu.map(([n]) => n).join(', ')} or a firmware file is there (expected a build's bin/)`);
    return { inputs: out, paths, records: recorded };
}
/** The record of each side that describes its IGVM file (by sha256), for what else differs. */
function recordOf(records, bytes) {
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_9__.createHash)('sha256').update(bytes).digest('hex');
    return records.find(m => m.sha256 === sha256);
}
async function diffCommand(args) {
    const parsed = (0,_flags_js__WEBPACK_IMPORTED_MODULE_13__/* .parseFlags */ .bQ)(DIFF_COMMAND, args);
    if (!parsed)
        return 0;
    const { json, inputs: dirs } = parsed.values;
    const [fa, fb] = parsed.positionals;
    try {
        const [a, b] = [fa, fb].map(f => (0,_igvm_id_block_js__WEBPACK_IMPORTED_MODULE_12__/* .parseIgvmWithBytes */ .S_)((0,_igvm_read_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readIgvmFile */ .q)(f), f));
        const [x, y] = dirs ? [readBinDir(dirs[0]), readBinDir(dirs[1])] : [];
        const inputs = x && y ? { a: x.inputs, b: y.inputs } : undefined;
        const [ra, rb] = x && y ? [recordOf(x.records, a.bytes), recordOf(y.records, b.bytes)] : [];
        const paths = x?.paths && y?.paths
            ? { a: x.paths, b: y.paths, otherDifferences: ra && rb ? (0,_record_same_build_js__WEBPACK_IMPORTED_MODULE_14__/* .differencesBesidesPaths */ .e)(ra, rb) : null }
            : undefined;
        const d = (0,_igvm_diff_diff_js__WEBPACK_IMPORTED_MODULE_7__/* .diffIgvm */ .FR)(a, b, inputs, paths ? { paths } : {});
        process.stdout.write(json ? `${JSON.stringify({ a: fa, b: fb, ...d }, null, 2)}\n` : (0,_igvm_diff_diff_js__WEBPACK_IMPORTED_MODULE_7__/* .renderDiff */ ["in"])(d));
        return d.identical ? 0 : 1;
    }
    catch (e) {
        if (e instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadInput */ .kp || e instanceof _igvm_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .IgvmError */ .k) {
            process.stderr.write(`error: ${e.message}\n`);
            return 2;
        }
        throw e;
    }
}


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

/***/ 1624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ readIgvmFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5002);
/* harmony import */ var _fixed_header_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5741);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6342);
// A whole IGVM file in memory, for the commands that need its bytes (inspect, diff): read only
// when it is a regular file or a pipe (capped) and its fixed header holds, so /dev/zero, a FIFO
// nobody writes to, or 2 GiB of something else are refused before they are read.



/**
 * The file's bytes. Throws an errno error when it cannot be opened (ENOENT, EACCES, EISDIR), an
 * IgvmError when its fixed header is wrong (the same one the parser would throw), an InputError
 * for anything else; each message names the file.
 */
function readIgvmFile(path, o = {}) {
    const input = (0,_input_js__WEBPACK_IMPORTED_MODULE_2__/* .fileInput */ .Fg)(path, o);
    try {
        (0,_fixed_header_js__WEBPACK_IMPORTED_MODULE_1__/* .readFixedHeader */ .w)(input.head, input.size, (offset, rule, debug) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IgvmError */ .k(offset, rule, debug, path);
        });
        return input.head.length === input.size ? input.head : input.read(0, input.size);
    }
    finally {
        input.close();
    }
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


/***/ })

};
