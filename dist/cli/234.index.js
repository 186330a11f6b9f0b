export const id = 234;
export const ids = [234];
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

/***/ 2782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ PAGE_4K),
/* harmony export */   Of: () => (/* binding */ PAGE_FLAGS),
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
// IGVM on-disk constants (igvm_defs 0.4.0): header types, body sizes, platforms, page types.
const IGVM_MAGIC = 0x4d564749; // "IGVM"
const PAGE_4K = 4096;
const PAGE_2M = 2 * 1024 * 1024;
const VHT = {
    SUPPORTED_PLATFORM: 0x001,
    GUEST_POLICY: 0x101,
    RELOCATABLE_REGION: 0x102,
    PAGE_TABLE_RELOCATION_REGION: 0x103,
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
/** Exact body length igvm 0.4.0 requires for each type it knows. */
const BODY_SIZE = new Map([
    [VHT.SUPPORTED_PLATFORM, 0x10],
    [VHT.GUEST_POLICY, 0x10],
    [VHT.RELOCATABLE_REGION, 0x30],
    [VHT.PAGE_TABLE_RELOCATION_REGION, 0x20],
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

/***/ 857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ fileInput),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   zZ: () => (/* binding */ bufferInput)
/* harmony export */ });
/* unused harmony export readFully */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Where an IGVM file's bytes come from: a buffer already in memory, or an open file read piece by
// piece (its headers once, file data in windows), so a 1 GiB file never sits in memory whole.

function bufferInput(buf) {
    return { size: buf.length, head: buf, read: (o, n) => buf.subarray(o, o + n), close: () => { } };
}
/** An errno-shaped error, as `fs` throws them, for what `open` accepts but a read would refuse. */
const errno = (code, n, path) => Object.assign(new Error(`${code}: ${path}`), { code, errno: -n, path });
const WINDOW = 1 << 20;
/** A file that could be opened but not read through (it shrank, or the disk failed, meanwhile). */
class InputError extends Error {
    name = 'InputError';
}
/** Fills `buf[at..at+n)` from `position`; a short read means the file shrank since it was checked. */
function readFully(fd, buf, at, n, position) {
    let done = 0;
    while (done < n) {
        const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, at + done, n - done, position + done);
        if (got === 0)
            throw new InputError(`only ${done} of ${n} bytes at offset 0x${position.toString(16)} could be read`);
        done += got;
    }
}
/**
 * Opens `path` and reads its headers: the fixed header says where the variable headers end. Every
 * error here is an errno error, which igvmmeasure reports as "Failed to open firmware file".
 */
function fileInput(path) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (st.isDirectory())
            throw errno('EISDIR', 21, path);
        const size = st.size;
        const fixed = new Uint8Array(Math.min(size, 0x20));
        readFully(fd, fixed, 0, fixed.length, 0);
        const v = new DataView(fixed.buffer);
        const end = fixed.length >= 0x10 ? v.getUint32(8, true) + v.getUint32(0xc, true) : 0;
        // Headers said to reach the end of the file or past it fail on the fixed header alone.
        const head = new Uint8Array(Math.max(fixed.length, end < size ? end : 0));
        head.set(fixed);
        readFully(fd, head, fixed.length, head.length - fixed.length, fixed.length);
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
                        throw new InputError(`${path}: ${e.message} (did the file change while it was measured?)`);
                    }
                }
                return window.subarray(offset - windowAt, offset - windowAt + length);
            },
            close: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd)
        };
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw e;
    }
}


/***/ }),

/***/ 2234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ parseIgvm),
/* harmony export */   d: () => (/* binding */ parseIgvmInput)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5002);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(857);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2782);
// An IGVM file reader as strict as the igvm crate 0.4.0 that igvmmeasure links: fixed header,
// checksum, variable headers in section order with exact lengths, file data, and the per-header
// validation. Every refusal is one IgvmError naming the byte offset and the rule.




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
const align8 = (n) => (n + 7) & ~7;
const PAGE_BIG = BigInt(_format_js__WEBPACK_IMPORTED_MODULE_3__/* .PAGE_4K */ .AI);
function parseIgvm(buf, name = 'IGVM file') {
    return parseIgvmInput((0,_input_js__WEBPACK_IMPORTED_MODULE_2__/* .bufferInput */ .zZ)(buf), name);
}
/**
 * The same rules on an input that may hold only the headers in memory. With `pageData: false` the
 * page data is checked to lie inside the file but not read: `data` stays null, `fileOffset` says
 * where it is (a measurer streams it later).
 */
function parseIgvmInput(input, name = 'IGVM file', o = {}) {
    const buf = input.head;
    const readPages = o.pageData ?? true;
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const fail = (offset, rule, debug) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IgvmError */ .k(offset, rule, debug, name);
    };
    const u32 = (o) => view.getUint32(o, true);
    if (input.size < 0x18)
        fail(0, `the file has ${input.size} bytes, fewer than the 24-byte fixed header`, 'InvalidFixedHeader');
    if (u32(0) !== _format_js__WEBPACK_IMPORTED_MODULE_3__/* .IGVM_MAGIC */ .gP)
        fail(0, `magic is 0x${u32(0).toString(16)}, expected 0x4d564749 ("IGVM")`, 'InvalidFixedHeader');
    const version = u32(4);
    if (version !== 1 && version !== 2)
        fail(4, `format version ${version} is not 1 or 2`, 'InvalidFixedHeader');
    const fixedSize = version === 2 ? 0x20 : 0x18;
    let arch = 0;
    if (version === 2) {
        if (input.size < 0x20)
            fail(0, 'the file is shorter than the 32-byte V2 fixed header', 'InvalidFixedHeader');
        arch = u32(0x18);
        if (arch > 1)
            fail(0x18, `architecture ${arch} is neither 0 (X64) nor 1 (AArch64)`, 'InvalidFixedHeader');
        if (u32(0x1c) !== _format_js__WEBPACK_IMPORTED_MODULE_3__/* .PAGE_4K */ .AI)
            fail(0x1c, `page size 0x${u32(0x1c).toString(16)} is not 0x1000`, 'InvalidFixedHeader');
    }
    const vhOffset = u32(8);
    const vhSize = u32(0xc);
    const totalSize = u32(0x10);
    const checksum = u32(0x14);
    if (totalSize !== input.size)
        fail(0x10, `total_file_size says ${totalSize} bytes, the file has ${input.size}`, 'InvalidFixedHeader');
    if (vhOffset >= totalSize)
        fail(8, `variable_header_offset 0x${vhOffset.toString(16)} is not below the file size`, 'InvalidFixedHeader');
    const fileDataStart = vhOffset + vhSize;
    if (fileDataStart >= totalSize) {
        fail(0xc, `variable headers end at 0x${fileDataStart.toString(16)}, leaving no file data before 0x${totalSize.toString(16)}`, 'InvalidFixedHeader');
    }
    const header = Buffer.from(buf.subarray(0, fixedSize));
    header.writeUInt32LE(0, 0x14);
    const expected = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(buf.subarray(vhOffset, fileDataStart), (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(header));
    if (expected !== checksum) {
        fail(0x14, `checksum 0x${checksum.toString(16)} does not match the CRC32 0x${expected.toString(16)} of the headers`, `InvalidChecksum { expected: ${expected}, header_value: ${checksum} }`);
    }
    const file = {
        version: version,
        arch,
        totalSize,
        checksum,
        fileDataStart,
        platforms: [],
        policies: [],
        relocations: [],
        directives: []
    };
    /** File data at an absolute offset; offset 0 means none. `read: false` only checks the range. */
    const data = (at, fileOffset, length, read = true) => {
        if (fileOffset === 0)
            return null;
        if (fileOffset < fileDataStart || fileOffset + length > totalSize) {
            fail(at, `file_offset 0x${fileOffset.toString(16)} + 0x${length.toString(16)} bytes is outside the file data (0x${fileDataStart.toString(16)}..0x${totalSize.toString(16)})`, 'InvalidDataSize');
        }
        return read ? input.read(fileOffset, length) : null;
    };
    const areas = new Map();
    let section = 0;
    let at = vhOffset;
    // The current header's body and its readers, made once (not per header: a file has ~16k).
    let body = 0;
    const u64 = (o) => view.getBigUint64(body + o, true);
    const b32 = (o) => view.getUint32(body + o, true);
    const b16 = (o) => view.getUint16(body + o, true);
    const b8 = (o) => view.getUint8(body + o);
    while (at < fileDataStart) {
        if (at + 8 > fileDataStart)
            fail(at, 'a variable header does not fit in the variable header section', 'InvalidVariableHeaderSize');
        const type = u32(at);
        const length = u32(at + 4);
        const sec = type >= 0x1 && type <= 0x100
            ? 1
            : type >= 0x101 && type <= 0x200
                ? 2
                : type >= 0x301 && type <= 0x400
                    ? 3
                    : 0;
        if (sec === 0)
            fail(at, `header type 0x${type.toString(16)} is outside the platform, initialization and directive ranges (optional types included: igvm 0.4.0 refuses them)`, 'InvalidVariableHeaderType');
        if (sec < section)
            fail(at, `${_format_js__WEBPACK_IMPORTED_MODULE_3__/* .TYPE_NAMES */ .et[type] ?? `type 0x${type.toString(16)}`} comes after a header of a later section (platform, then initialization, then directive)`, 'InvalidVariableHeaderSection');
        section = sec;
        const size = _format_js__WEBPACK_IMPORTED_MODULE_3__/* .BODY_SIZE */ .xP.get(type);
        if (size === undefined)
            fail(at, `header type 0x${type.toString(16)} is not a type igvm 0.4.0 knows`, 'InvalidVariableHeaderType');
        if (length !== size)
            fail(at + 4, `${_format_js__WEBPACK_IMPORTED_MODULE_3__/* .TYPE_NAMES */ .et[type]} has length 0x${length.toString(16)}, expected exactly 0x${size.toString(16)}`, 'InvalidVariableHeaderSize');
        body = at + 8;
        if (body + align8(size) > fileDataStart)
            fail(at, `${_format_js__WEBPACK_IMPORTED_MODULE_3__/* .TYPE_NAMES */ .et[type]} runs past the end of the variable header section`, 'InvalidVariableHeaderSize');
        switch (type) {
            case _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VHT */ .vN.SUPPORTED_PLATFORM: {
                const p = {
                    offset: at,
                    mask: b32(0),
                    highestVtl: b8(4),
                    platformType: b8(5),
                    platformVersion: b16(6),
                    sharedGpaBoundary: u64(8)
                };
                if (p.mask === 0 || (p.mask & (p.mask - 1)) !== 0)
                    fail(at, `compatibility_mask 0x${p.mask.toString(16)} must have exactly one bit set`, 'InvalidPlatformType');
                if (p.highestVtl !== 0 && p.highestVtl !== 2)
                    fail(at, `highest_vtl ${p.highestVtl} is neither 0 nor 2`, 'InvalidHighestVtl');
                if (p.platformType > _format_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_TYPE */ .pD.SEV_ES)
                    fail(at, `platform_type ${p.platformType} is not one igvm 0.4.0 knows`, 'InvalidPlatformType');
                if (p.platformVersion !== 1)
                    fail(at, `platform_version ${p.platformVersion} is not 1`, 'InvalidPlatformVersion');
                if ((p.platformType === _format_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_TYPE */ .pD.NATIVE || p.platformType === _format_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_TYPE */ .pD.VSM_ISOLATION) &&
                    p.sharedGpaBoundary !== 0n) {
                    fail(at, `shared_gpa_boundary must be 0 for the ${p.platformType === 0 ? 'native' : 'VSM'} platform`, 'InvalidSharedGpaBoundary');
                }
                if (file.platforms.some(q => q.platformType === p.platformType))
                    fail(at, `platform type ${p.platformType} appears twice`, 'MultiplePlatformHeadersWithSameIsolation');
                if (file.platforms.some(q => q.mask === p.mask))
                    fail(at, `compatibility mask 0x${p.mask.toString(16)} is used by two platforms`, 'InvalidPlatformType');
                if (version === 2 && arch === 1 && p.platformType !== _format_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_TYPE */ .pD.VSM_ISOLATION)
                    fail(at, 'an AArch64 file may only support the VSM platform', 'InvalidPlatformType');
                file.platforms.push(p);
                break;
            }
            case _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VHT */ .vN.GUEST_POLICY:
                if (b32(0xc) !== 0)
                    fail(at, 'GUEST_POLICY reserved field is not zero', 'ReservedNotZero');
                file.policies.push({ offset: at, policy: u64(0), mask: b32(8) });
                break;
            case _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VHT */ .vN.RELOCATABLE_REGION:
                break;
            case _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VHT */ .vN.PAGE_TABLE_RELOCATION_REGION:
                file.relocations.push({ offset: at, mask: b32(0), gpa: u64(8), size: u64(0x10) });
                break;
            case _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VHT */ .vN.PAGE_DATA: {
                const d = {
                    kind: 'page-data',
                    offset: at,
                    gpa: u64(0),
                    mask: b32(8),
                    fileOffset: b32(0xc),
                    flags: b32(0x10),
                    dataType: b16(0x14),
                    data: null
                };
                d.data = data(at, d.fileOffset, _format_js__WEBPACK_IMPORTED_MODULE_3__/* .PAGE_4K */ .AI, readPages); // the crate always reads 4 KiB, even for 2 MiB pages
                if (b16(0x16) !== 0)
                    fail(at, 'PAGE_DATA reserved field is not zero', 'ReservedNotZero');
                if (d.gpa % PAGE_BIG !== 0n)
                    fail(at, `PAGE_DATA gpa 0x${d.gpa.toString(16)} is not 4 KiB aligned`, `UnalignedAddress(${d.gpa})`);
                if (d.dataType > _format_js__WEBPACK_IMPORTED_MODULE_3__/* .DATA_TYPE */ .yd.CPUID_XF)
                    fail(at, `PAGE_DATA data_type ${d.dataType} is not 0-3`, 'InvalidPageDataType');
                file.directives.push(d);
                break;
            }
            case _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VHT */ .vN.PARAMETER_AREA: {
                const bytes = u64(0);
                const index = b32(8);
                const fileOffset = b32(0xc);
                if (bytes > BigInt(totalSize) && fileOffset !== 0)
                    fail(at, 'PARAMETER_AREA data runs past the end of the file', 'InvalidDataSize');
                data(at, fileOffset, Number(bytes), false);
                if (bytes % PAGE_BIG !== 0n)
                    fail(at, `PARAMETER_AREA size 0x${bytes.toString(16)} is not a multiple of 4 KiB`, `UnalignedSize(${bytes})`);
                if (areas.has(index))
                    fail(at, `parameter area ${index} is declared twice`, 'InvalidParameterAreaIndex');
                areas.set(index, 'allocated');
                file.directives.push({ kind: 'parameter-area', offset: at, bytes, index, fileOffset });
                break;
            }
            case _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VHT */ .vN.PARAMETER_INSERT: {
                const d = {
                    kind: 'parameter-insert',
                    offset: at,
                    gpa: u64(0),
                    mask: b32(8),
                    index: b32(0xc)
                };
                if (d.gpa % PAGE_BIG !== 0n)
                    fail(at, `PARAMETER_INSERT gpa 0x${d.gpa.toString(16)} is not 4 KiB aligned`, `UnalignedAddress(${d.gpa})`);
                if (areas.get(d.index) !== 'allocated')
                    fail(at, `PARAMETER_INSERT of area ${d.index}, which is ${areas.has(d.index) ? 'already inserted' : 'not declared'}`, 'InvalidParameterAreaIndex');
                if (file.relocations.some(r => d.gpa >= r.gpa && d.gpa < r.gpa + r.size))
                    fail(at, 'PARAMETER_INSERT lies inside a page table relocation region', 'InvalidParameterInsert');
                areas.set(d.index, 'inserted');
                file.directives.push(d);
                break;
            }
            case _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VHT */ .vN.VP_CONTEXT: {
                const gpa = u64(0);
                const mask = b32(8);
                const fileOffset = b32(0xc);
                const vpIndex = b16(0x10);
                const platform = file.platforms.find(p => p.mask === mask);
                if (!platform)
                    fail(at, `VP_CONTEXT mask 0x${mask.toString(16)} is not exactly the mask of one platform`, 'InvalidVpContextPlatformType');
                const t = platform.platformType;
                let ctx;
                if (t === _format_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_TYPE */ .pD.SEV_SNP || t === _format_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_TYPE */ .pD.SEV_ES) {
                    ctx = data(at, fileOffset, _format_js__WEBPACK_IMPORTED_MODULE_3__/* .PAGE_4K */ .AI) ?? fail(at, 'VP_CONTEXT without file data', 'InvalidDataSize');
                    if (ctx.subarray(_format_js__WEBPACK_IMPORTED_MODULE_3__/* .VMSA_STRUCT_SIZE */ .kr).some(b => b !== 0))
                        fail(fileOffset + _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VMSA_STRUCT_SIZE */ .kr, 'VMSA bytes 0x670..0x1000 must be zero in igvm 0.4.0', 'InvalidVmsa');
                    if (gpa % PAGE_BIG !== 0n)
                        fail(at, `VMSA gpa 0x${gpa.toString(16)} is not 4 KiB aligned`, `UnalignedAddress(${gpa})`);
                }
                else if (t === _format_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_TYPE */ .pD.NATIVE || t === _format_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_TYPE */ .pD.SEV) {
                    ctx = data(at, fileOffset, _format_js__WEBPACK_IMPORTED_MODULE_3__/* .PAGE_4K */ .AI) ?? fail(at, 'VP_CONTEXT without file data', 'InvalidDataSize');
                    if (ctx.subarray(_format_js__WEBPACK_IMPORTED_MODULE_3__/* .NATIVE_CONTEXT_SIZE */ .gC).some(b => b !== 0))
                        fail(fileOffset + _format_js__WEBPACK_IMPORTED_MODULE_3__/* .NATIVE_CONTEXT_SIZE */ .gC, 'native VP context bytes after 0xe8 must be zero', 'InvalidContext');
                }
                else if (t === _format_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_TYPE */ .pD.VSM_ISOLATION) {
                    const head = data(at, fileOffset, 4) ?? fail(at, 'VP_CONTEXT without file data', 'InvalidDataSize');
                    const count = new DataView(head.buffer, head.byteOffset, 4).getUint32(0, true);
                    ctx =
                        data(at, fileOffset, 4 + count * _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VBS_REGISTER_SIZE */ .YU) ??
                            fail(at, 'VP_CONTEXT without file data', 'InvalidDataSize');
                    if (count === 0)
                        fail(at, 'VBS VP context has no registers', 'NoVbsVpContextRegisters');
                    if (vpIndex !== 0)
                        fail(at, `VBS VP context for vp_index ${vpIndex}: only the BSP (0) is supported`, 'InvalidVpIndex');
                    const rv = new DataView(ctx.buffer, ctx.byteOffset + 4, count * _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VBS_REGISTER_SIZE */ .YU);
                    for (let i = 0; i < count; i++) {
                        const vtl = rv.getUint8(i * _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VBS_REGISTER_SIZE */ .YU);
                        const reg = rv.getUint32(i * _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VBS_REGISTER_SIZE */ .YU + 1, true);
                        if (vtl !== rv.getUint8(0))
                            fail(fileOffset + 4 + i * _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VBS_REGISTER_SIZE */ .YU, 'VBS registers for more than one VTL', 'InvalidVtl');
                        if (arch === 0 && !X64_REGISTERS.has(reg))
                            fail(fileOffset + 4 + i * _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VBS_REGISTER_SIZE */ .YU + 1, `VBS register name 0x${reg.toString(16)} is not an X64 register the crate knows`, 'InvalidRegister');
                    }
                }
                else {
                    fail(at, `VP_CONTEXT for platform type ${t}, which has no VP context (TDX uses its reset state)`, 'InvalidVpContextPlatformType');
                }
                file.directives.push({
                    kind: 'vp-context',
                    offset: at,
                    gpa,
                    mask,
                    vpIndex,
                    platformType: t,
                    data: ctx
                });
                break;
            }
            case _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VHT */ .vN.REQUIRED_MEMORY: {
                const d = {
                    kind: 'required-memory',
                    offset: at,
                    gpa: u64(0),
                    mask: b32(8),
                    bytes: b32(0xc),
                    flags: b32(0x10)
                };
                if (b32(0x14) !== 0)
                    fail(at, 'REQUIRED_MEMORY reserved field is not zero', 'ReservedNotZero');
                if (d.gpa % PAGE_BIG !== 0n)
                    fail(at, `REQUIRED_MEMORY gpa 0x${d.gpa.toString(16)} is not 4 KiB aligned`, `UnalignedAddress(${d.gpa})`);
                if (d.bytes % _format_js__WEBPACK_IMPORTED_MODULE_3__/* .PAGE_4K */ .AI !== 0)
                    fail(at, `REQUIRED_MEMORY size 0x${d.bytes.toString(16)} is not a multiple of 4 KiB`, `UnalignedSize(${d.bytes})`);
                file.directives.push(d);
                break;
            }
            case _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VHT */ .vN.RESERVED_DO_NOT_USE:
                fail(at, 'header type 0x306 is reserved (the old SHARED_BOUNDARY_GPA)', 'InvalidVariableHeaderType');
                break;
            case _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VHT */ .vN.SNP_ID_BLOCK:
                file.directives.push({
                    kind: 'snp-id-block',
                    offset: at,
                    mask: b32(0),
                    authorKeyEnabled: b8(4) !== 0,
                    ld: buf.slice(body + 8, body + 56)
                });
                break;
            case _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VHT */ .vN.ERROR_RANGE: {
                const gpa = u64(0);
                if (gpa % PAGE_BIG !== 0n)
                    fail(at, `ERROR_RANGE gpa 0x${gpa.toString(16)} is not 4 KiB aligned`, `UnalignedAddress(${gpa})`);
                file.directives.push({ kind: 'error-range', offset: at, gpa, mask: b32(8), bytes: b32(0xc) });
                break;
            }
            case _format_js__WEBPACK_IMPORTED_MODULE_3__/* .VHT */ .vN.VBS_MEASUREMENT:
                file.directives.push({ kind: 'vbs-measurement', offset: at, mask: b32(0) });
                break;
            default:
                if (_format_js__WEBPACK_IMPORTED_MODULE_3__/* .PARAMETER_USAGE_TYPES */ .Qk.has(type)) {
                    const index = b32(0);
                    if (areas.get(index) !== 'allocated')
                        fail(at, `${_format_js__WEBPACK_IMPORTED_MODULE_3__/* .TYPE_NAMES */ .et[type]} uses parameter area ${index}, which is ${areas.has(index) ? 'already inserted' : 'not declared'}`, 'InvalidParameterAreaIndex');
                    file.directives.push({ kind: 'parameter-usage', offset: at, type, index, byteOffset: b32(4) });
                }
        }
        at = body + align8(size);
    }
    return file;
}


/***/ })

};
