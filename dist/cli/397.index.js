export const id = 397;
export const ids = [397];
export const modules = {

/***/ 1452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash)
/* harmony export */ });
/* unused harmony exports cargoHomeKeys, targetKeys, firmwareKeys, KEY_LIMITS, MAX_KEY_PREFIX_LENGTH, keyProblem */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Cache keys, pure: every input that changes what a cache holds is in its key, nothing else is.

const CACHE_VERSION = 'v1';
const shortHash = (...parts) => {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const p of parts)
        h.update(typeof p === 'string' ? Buffer.from(p) : p).update('\0');
    return h.digest('hex').slice(0, 16);
};
const base = (c, name) => `${c.prefix}-${name}-${CACHE_VERSION}-${c.os}-${c.arch}`;
/** ~/.cargo registry and git checkouts: what the lock file pins. */
function cargoHomeKeys(c, lockFile) {
    const b = base(c, 'cargo-home');
    return { key: `${b}-${shortHash(lockFile ?? 'no-lock')}`, restoreKeys: [`${b}-`] };
}
/** target/: toolchain → profile → lock and config → build flags, dropped from the right for restore keys. */
function targetKeys(c, i) {
    const toolchain = shortHash(...i.rustcVersions);
    const lock = shortHash(i.lockFile ?? 'no-lock', i.cargoConfig ?? 'no-config', i.rustToolchain ?? 'no-toolchain-file');
    const flags = shortHash(JSON.stringify(i.buildFlags));
    const b = `${base(c, 'target')}-${toolchain}-${i.profile}`;
    return { key: `${b}-${lock}-${flags}`, restoreKeys: [`${b}-${lock}-`, `${b}-`] };
}
/** What a recipe's firmware.command produces: keyed on the command, its output path and the user's key. */
function firmwareKeys(c, command, output, userKey) {
    return {
        key: `${base(c, 'firmware')}-${shortHash(JSON.stringify(command), output, userKey)}`,
        restoreKeys: []
    };
}
/** GitHub's cache service: a key of at most 512 characters, no comma, at most 10 keys per lookup. */
const KEY_LIMITS = { length: 512, keys: 10 };
/**
 * The longest `cache-key-prefix`. The target key, the longest one this project builds, adds 71
 * characters and RUNNER_OS and RUNNER_ARCH to it, so even a 256-character prefix leaves room
 * (the keys test builds every key with it).
 */
const MAX_KEY_PREFIX_LENGTH = 256;
/** Why GitHub would refuse these keys (naming the cache), or null when it takes them. */
function keyProblem(name, key, restoreKeys) {
    const all = [key, ...restoreKeys];
    if (all.length > KEY_LIMITS.keys)
        return `${name} cache: ${all.length} keys (primary and restore keys), GitHub takes at most ${KEY_LIMITS.keys}`;
    for (const k of all) {
        if (k.length > KEY_LIMITS.length)
            return `${name} cache: key ${k.slice(0, 40)}... is ${k.length} characters, GitHub takes at most ${KEY_LIMITS.length}`;
        if (k.includes(','))
            return `${name} cache: key ${k} contains a comma, which GitHub does not take`;
    }
    return null;
}


/***/ }),

/***/ 5144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J_: () => (/* binding */ firmwareCacheKey),
/* harmony export */   ko: () => (/* binding */ firmwareManifestSchema)
/* harmony export */ });
/* unused harmony export parseFirmwareManifest */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _cache_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1452);
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

/***/ 9397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q4: () => (/* binding */ parseRecords),
/* harmony export */   cP: () => (/* binding */ findRecordedFile),
/* harmony export */   ff: () => (/* binding */ loadRecords),
/* harmony export */   lt: () => (/* binding */ RECORD_FILE)
/* harmony export */ });
/* unused harmony exports RecordError, UNTRUSTED_LIMITS, checkRecordNames */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8816);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _util_input_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5939);
/* harmony import */ var _util_relative_path_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9344);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7450);
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
            bytes = (0,_util_input_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(p, maxBytes);
        }
        catch {
            continue;
        }
        if ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex') === sha256)
            return p;
    }
    return null;
}


/***/ }),

/***/ 7450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ measurementSchema),
/* harmony export */   x3: () => (/* binding */ MEASUREMENTS_FILE)
/* harmony export */ });
/* unused harmony export measurementsSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _firmware_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5144);
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


/***/ })

};
