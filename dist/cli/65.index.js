export const id = 65;
export const ids = [65];
export const modules = {

/***/ 5002:
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

/***/ 5741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ checkChecksum),
/* harmony export */   w: () => (/* binding */ readFixedHeader)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2782);
// The fixed header (igvm 0.4.0's rules): magic, format version, V2's architecture and page size,
// the sizes that must agree with the file, and the CRC32 over it and the variable headers.


/**
 * The fixed header of a file of `size` bytes whose first bytes are `buf` (at least the fixed
 * header, when the file has one). Checks everything but the checksum, which needs the headers.
 */
function readFixedHeader(buf, size, fail) {
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const u32 = (o) => view.getUint32(o, true);
    if (size < 0x18)
        fail(0, `the file has ${size} bytes, fewer than the 24-byte fixed header`, 'InvalidFixedHeader');
    if (u32(0) !== _format_js__WEBPACK_IMPORTED_MODULE_1__/* .IGVM_MAGIC */ .gP)
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
        if (u32(0x1c) !== _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_4K */ .AI)
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
    const expected = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(buf.subarray(h.vhOffset, h.fileDataStart), (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(header));
    if (expected !== h.checksum) {
        fail(0x14, `checksum 0x${h.checksum.toString(16)} does not match the CRC32 0x${expected.toString(16)} of the headers`, `InvalidChecksum { expected: ${expected}, header_value: ${h.checksum} }`);
    }
}


/***/ }),

/***/ 2782:
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

/***/ 6342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ InputError),
  zZ: () => (/* binding */ bufferInput),
  Fg: () => (/* binding */ fileInput)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/igvm/errors.ts
var errors = __webpack_require__(5002);
// EXTERNAL MODULE: ./src/igvm/fixed-header.ts
var fixed_header = __webpack_require__(5741);
// EXTERNAL MODULE: ./src/util/input-file.ts
var input_file = __webpack_require__(5939);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/igvm/input-error.ts

/** A file that could not be read as the reader needs (not a regular file or a pipe, a pipe that
 * stayed silent, a file that shrank while it was read). The message names the file. */
class InputError extends util_errors/* BadInput */.kp {
    name = 'InputError';
}

// EXTERNAL MODULE: ./src/igvm/format.ts
var format = __webpack_require__(2782);
;// CONCATENATED MODULE: ./src/igvm/pipe-input.ts
// A pipe (stdin, a FIFO, a socket) read into memory, bounded three ways: by the size its fixed
// header declares (the stream is not read past it), by a cap on that size, and by how long it may
// stay silent. A FIFO is opened without waiting for a writer, so nothing here blocks forever.




const PIPE_MAX_BYTES = 1 << 30;
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
function readPipe(fd, path, o = {}) {
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
                n = (0,external_node_fs_.readSync)(fd, chunk, 0, Math.min(chunk.length, limit - total), null);
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
    if (head.readUInt32LE(0) !== format/* IGVM_MAGIC */.gP || (version !== 1 && version !== 2))
        return head;
    const declared = head.readUInt32LE(0x10);
    if (declared > maxBytes)
        throw new InputError(`${path}: the fixed header declares ${declared} bytes; a pipe is read into memory, up to ${maxBytes} bytes: save the file to disk and give its path`);
    if (fill(declared + 1))
        throw new errors/* IgvmError */.k(0x10, `total_file_size says ${declared} bytes, the pipe carries more`, 'InvalidFixedHeader', path);
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
const WINDOW = 1 << 20;
/** Fills `buf[at..at+n)` from `position`; a short read means the file shrank since it was checked. */
function readFully(fd, buf, at, n, position) {
    let done = 0;
    while (done < n) {
        const got = (0,external_node_fs_.readSync)(fd, buf, at + done, n - done, position + done);
        if (got === 0)
            throw new InputError(`only ${done} of ${n} bytes at offset 0x${position.toString(16)} could be read`);
        done += got;
    }
}
/** What a file that is neither regular nor a pipe is, for the refusal. */
/** The fixed header when it holds for a file of `size` bytes, or null (the parser says why). */
function plausibleFixedHeader(fixed, size) {
    try {
        return (0,fixed_header/* readFixedHeader */.w)(fixed, size, (offset, rule, debug) => {
            throw new errors/* IgvmError */.k(offset, rule, debug);
        });
    }
    catch (e) {
        if (e instanceof errors/* IgvmError */.k)
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
    const fd = stdin ? 0 : (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    const close = () => {
        if (!stdin)
            (0,external_node_fs_.closeSync)(fd);
    };
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (st.isDirectory())
            throw errno('EISDIR', 21, path);
        if (st.isFIFO() || st.isSocket()) {
            const input = bufferInput(readPipe(fd, path, o));
            close();
            return input;
        }
        if (!st.isFile())
            throw new InputError(`${path}: ${(0,input_file/* fileKind */.h_)(st)}, not a regular file or a pipe`);
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


/***/ }),

/***/ 6065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ parseIgvm),
  d: () => (/* binding */ parseIgvmInput)
});

// EXTERNAL MODULE: ./src/igvm/format.ts
var format = __webpack_require__(2782);
// EXTERNAL MODULE: ./src/igvm/errors.ts
var errors = __webpack_require__(5002);
// EXTERNAL MODULE: ./src/igvm/fixed-header.ts
var fixed_header = __webpack_require__(5741);
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

// EXTERNAL MODULE: ./src/igvm/input.ts + 2 modules
var input = __webpack_require__(6342);
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
    return parseIgvmInput((0,input/* bufferInput */.zZ)(buf), name);
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
    const fixed = (0,fixed_header/* readFixedHeader */.w)(input.head, input.size, fail);
    (0,fixed_header/* checkChecksum */.E)(input.head, fixed, fail);
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


/***/ })

};
