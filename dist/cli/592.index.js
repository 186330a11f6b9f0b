export const id = 592;
export const ids = [592];
export const modules = {

/***/ 5100:
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

/***/ 7784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fp: () => (/* binding */ encodeDeterministic),
/* harmony export */   Pg: () => (/* binding */ decodeCbor),
/* harmony export */   d2: () => (/* reexport safe */ cborg__WEBPACK_IMPORTED_MODULE_0__.d2)
/* harmony export */ });
/* harmony import */ var cborg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6288);
// The one place CBOR is encoded and decoded (cborg): deterministic encoding as RFC 8949 §4.2.1
// asks (shortest forms, map keys sorted bytewise), and a decoder that keeps every tag as `Tagged`
// so the CoRIM reader, not the CBOR library, says which tag was unexpected and where.


const encodeDeterministic = (value) => (0,cborg__WEBPACK_IMPORTED_MODULE_0__/* .encode */ .lF)(value, cborg__WEBPACK_IMPORTED_MODULE_0__/* .rfc8949EncodeOptions */ .MY);
// Every tag number maps to a decoder that keeps it; cborg looks decoders up by number.
const keepEveryTag = new Proxy({}, {
    get: (_, key) => (typeof key === 'string' && /^\d+$/.test(key) ? cborg__WEBPACK_IMPORTED_MODULE_0__/* .Tagged */ .d2.decoder(Number(key)) : undefined)
});
/** Decodes one CBOR item; throws cborg's error (with its offset) on malformed or trailing bytes. */
function decodeCbor(bytes, strict = false) {
    return (0,cborg__WEBPACK_IMPORTED_MODULE_0__/* .decode */ .D4)(bytes, { useMaps: true, rejectDuplicateMapKeys: true, tags: keepEveryTag, strict });
}


/***/ }),

/***/ 5608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ oidString),
/* harmony export */   Bp: () => (/* binding */ MVAL_KEY),
/* harmony export */   Cn: () => (/* binding */ PROFILE),
/* harmony export */   DA: () => (/* binding */ MEASUREMENT_KEY),
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   LM: () => (/* binding */ SHA384_ALG),
/* harmony export */   LU: () => (/* binding */ COMID_KEY),
/* harmony export */   Pe: () => (/* binding */ CLASS_OID_BY_CHIP),
/* harmony export */   Pu: () => (/* binding */ MKEY_NAME),
/* harmony export */   Rl: () => (/* binding */ TDX_CORIM_NOTE),
/* harmony export */   XI: () => (/* binding */ CLASS_KEY),
/* harmony export */   _j: () => (/* binding */ TRIPLES_KEY),
/* harmony export */   d7: () => (/* binding */ MKEY),
/* harmony export */   fd: () => (/* binding */ CORIM_KEY),
/* harmony export */   hA: () => (/* binding */ ARK_PROFILE),
/* harmony export */   kC: () => (/* binding */ oidBytes),
/* harmony export */   tE: () => (/* binding */ CLASS_OID_BY_CSP),
/* harmony export */   tb: () => (/* binding */ BUILD_MKEYS),
/* harmony export */   yG: () => (/* binding */ ENV_KEY),
/* harmony export */   yH: () => (/* binding */ TAG_IDENTITY_KEY)
/* harmony export */ });
// The CoRIM numbers this project reads and writes: IETF CoRIM (draft-ietf-rats-corim) map keys and
// tags, and the SEV-SNP measurement keys of AMD's profile (tag:amd.com,2024:snp-corim-profile) in the
// types Veraison's SEV-SNP scheme compares (veraison/services scheme/sevsnp; its evidence comes from
// jraman567/go-gen-ref cmd/sevsnp/parser.go). One source of truth for the writer, reader and dump.
const PROFILE = 'tag:amd.com,2024:snp-corim-profile';
/** Veraison's SEV-SNP scheme also registers this one (trust anchors, the AMD root key). */
const ARK_PROFILE = 'https://amd.com/ark';
/** Attestation by chip (VCEK); by CSP (VLEK) is .3.2. Veraison's reference values use the first. */
const CLASS_OID_BY_CHIP = '1.3.6.1.4.1.3704.3.1';
const CLASS_OID_BY_CSP = '1.3.6.1.4.1.3704.3.2';
const TAG = {
    COSE_SIGN1: 18,
    URI: 32,
    UUID: 37,
    OID: 111,
    CORIM_UNSIGNED: 501,
    CORIM_SIGNED: 502,
    COSWID: 505,
    COMID: 506,
    SVN: 552,
    MIN_SVN: 553,
    PKIX_BASE64_KEY: 554,
    PKIX_BASE64_CERT: 555,
    PKIX_BASE64_CERT_PATH: 556,
    BYTES: 560
};
const CORIM_KEY = { ID: 0, TAGS: 1, DEPENDENT_RIMS: 2, PROFILE: 3, VALIDITY: 4, ENTITIES: 5 };
const COMID_KEY = { LANG: 0, TAG_IDENTITY: 1, ENTITIES: 2, LINKED_TAGS: 3, TRIPLES: 4 };
const TAG_IDENTITY_KEY = { TAG_ID: 0, TAG_VERSION: 1 };
const TRIPLES_KEY = { REFERENCE: 0, ENDORSED: 1, IDENTITY: 2, ATTEST_KEY: 3 };
const ENV_KEY = { CLASS: 0, INSTANCE: 1, GROUP: 2 };
const CLASS_KEY = { CLASS_ID: 0, VENDOR: 1, MODEL: 2, LAYER: 3, INDEX: 4 };
const MEASUREMENT_KEY = { MKEY: 0, MVAL: 1, AUTHORIZED_BY: 2 };
const MVAL_KEY = { VERSION: 0, SVN: 1, DIGESTS: 2, FLAGS: 3, RAW_VALUE: 4, RAW_VALUE_MASK: 5 };
/** IANA Named Information hash algorithm id of sha-384, as `digests` entries carry it. */
const SHA384_ALG = 7;
/** The SEV-SNP mkeys: attestation report fields by AMD's profile numbering. */
const MKEY = {
    VERSION: 0,
    GUEST_SVN: 1,
    POLICY: 2,
    FAMILY_ID: 3,
    IMAGE_ID: 4,
    VMPL: 5,
    CURRENT_TCB: 6,
    PLATFORM_INFO: 7,
    REPORT_DATA: 640,
    MEASUREMENT: 641,
    HOST_DATA: 642,
    ID_KEY_DIGEST: 643,
    AUTHOR_KEY_DIGEST: 644,
    REPORT_ID: 645,
    REPORT_ID_MA: 646,
    REPORTED_TCB: 647,
    CPUID_FAM_ID: 648,
    CPUID_MOD_ID: 649,
    CPUID_STEP: 650,
    CHIP_ID: 3328,
    COMMITTED_TCB: 3329,
    CURRENT_VERSION: 3330,
    COMMITTED_VERSION: 3936,
    LAUNCH_TCB: 3968
};
const MKEY_NAME = new Map(Object.entries(MKEY).map(([k, v]) => [v, k]));
/** The mkeys a build determines; every other one describes a machine or one report. */
const BUILD_MKEYS = new Set([
    MKEY.GUEST_SVN,
    MKEY.POLICY,
    MKEY.FAMILY_ID,
    MKEY.IMAGE_ID,
    MKEY.MEASUREMENT,
    MKEY.ID_KEY_DIGEST,
    MKEY.AUTHOR_KEY_DIGEST
]);
/** Why the TDX MRTD is not in the CoRIM (said wherever the CoRIM is written). */
const TDX_CORIM_NOTE = 'TDX MRTD is not in the CoRIM: no CoRIM profile for TDX is ingested by the verifiers this project targets ' +
    "(Veraison's SEV-SNP scheme reads AMD's profile only); the RVPS message carries it as mr_td.";
/** An OID's dotted form as the DER content bytes a CBOR tag 111 holds. */
function oidBytes(dotted) {
    const arcs = dotted.split('.').map(a => BigInt(a));
    const out = [];
    const push = (n) => {
        const b = [Number(n & 0x7fn)];
        for (n >>= 7n; n > 0n; n >>= 7n)
            b.unshift(Number(n & 0x7fn) | 0x80);
        out.push(...b);
    };
    push(arcs[0] * 40n + arcs[1]);
    for (const a of arcs.slice(2))
        push(a);
    return new Uint8Array(out);
}
/** DER content bytes of an OID back to dotted form (null when they are not a well-formed OID). */
function oidString(bytes) {
    // Not `= []`: ncc's static evaluator takes an empty array literal for the value, and fails on
    // the BigInt arithmetic below.
    const arcs = new Array();
    let n = 0n;
    for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        if (n === 0n && b === 0x80)
            return null; // non-minimal arc
        n = (n << 7n) | BigInt(b & 0x7f);
        if ((b & 0x80) === 0) {
            arcs.push(n);
            n = 0n;
        }
        else if (i === bytes.length - 1)
            return null;
    }
    if (arcs.length === 0)
        return null;
    const first = arcs.shift();
    const top = first < 40n ? 0n : first < 80n ? 1n : 2n;
    return [top, first - top * 40n, ...arcs].join('.');
}


/***/ }),

/***/ 651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ ReferenceValuesError),
/* harmony export */   z: () => (/* binding */ fromZodIssue)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);

/**
 * A reference-value file (or build input) that cannot be used: which file, where in it, what and
 * why. Bad input (exit code 2 on the command line).
 */
class ReferenceValuesError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadInput */ .kp {
    source;
    where;
    detail;
    constructor(
    /** The file or input named in the message (e.g. `corim-sevsnp-valid.cbor`, `reference values`). */
    source, 
    /** Where in it: a JSON path or a CoRIM path such as `tags[0] (CoMID).triples.reference-values[1]`. */
    where, 
    /** What was found and what is expected. */
    detail) {
        super(`${source}: ${where ? `${where}: ` : ''}${detail}`);
        this.source = source;
        this.where = where;
        this.detail = detail;
        this.name = 'ReferenceValuesError';
    }
}
/** The first issue of a failed zod parse as one ReferenceValuesError: its JSON path, what is there, what is expected. */
function fromZodIssue(source, value, issue) {
    let found = value;
    for (const k of issue.path)
        found = found?.[k];
    const path = issue.path.map(k => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
    const shown = found === undefined ? 'nothing' : (JSON.stringify(found) ?? String(found));
    return new ReferenceValuesError(source, path.replace(/^\./, ''), `found ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}, expected ${issue.message}`);
}


/***/ }),

/***/ 5567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DZ: () => (/* binding */ toUpperHex),
/* harmony export */   _f: () => (/* binding */ policyFromBytes),
/* harmony export */   aD: () => (/* binding */ fromHex),
/* harmony export */   ft: () => (/* binding */ HEX96),
/* harmony export */   nj: () => (/* binding */ toHex),
/* harmony export */   vY: () => (/* binding */ HEX32),
/* harmony export */   we: () => (/* binding */ policyBytes)
/* harmony export */ });
// Hex and byte helpers shared by the formats: digests travel as upper-case hex in the record and
// in this module's values, as bytes in CBOR and as lower-case hex in Trustee's claims.
const HEX96 = /^[0-9A-Fa-f]{96}$/;
const HEX32 = /^[0-9A-Fa-f]{32}$/;
const toHex = (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
const toUpperHex = (b) => toHex(b).toUpperCase();
const fromHex = (h) => new Uint8Array(Buffer.from(h, 'hex'));
/** The guest policy as 8 big-endian bytes: the order Veraison's SEV-SNP claims use (0x30000 → 0000000000030000). */
function policyBytes(policy) {
    const out = new Uint8Array(8);
    new DataView(out.buffer).setBigUint64(0, policy, false);
    return out;
}
const policyFromBytes = (b) => new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0, false);


/***/ }),

/***/ 5838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isSnpTarget),
/* harmony export */   U: () => (/* binding */ parseBuildInput)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(651);
/* harmony import */ var _hex_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5567);
// What the reference-value writers need from one build, in this module's own terms: the writers do
// not read the measurement record, from-record.ts fills this in (the mapping is listed below).



/** The recipe platform name of SEV-SNP: only targets that list it get SEV-SNP reference values. */
const SNP_PLATFORM = 'snp';
const digest96 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_hex_js__WEBPACK_IMPORTED_MODULE_2__/* .HEX96 */ .ft, { error: '96 hex digits (48 bytes)' });
const id32 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_hex_js__WEBPACK_IMPORTED_MODULE_2__/* .HEX32 */ .vY, { error: '32 hex digits (16 bytes)' });
/** What a signed ID block makes the attestation report show (absent for an unsigned image). */
const idBlockInputSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    familyId: id32,
    imageId: id32,
    /** SHA-384 of the ID public key in the SNP ABI layout (the report's ID_KEY_DIGEST). */
    idKeyDigest: digest96,
    /** The same for the author key; null when the block has none. */
    authorKeyDigest: digest96.nullable(),
    guestSvn: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(0xffffffff, { error: 'a 32-bit guest SVN' })
});
const targetInputSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** Recipe target (qemu, hyper-v, vanadium). */
    target: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z0-9._-]+$/, { error: 'a target name of letters, digits, ".", "_", "-"' }),
    /** The IGVM file name these values are for. */
    igvm: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    /** Recipe platforms (snp, tdp, vsm, native). */
    platforms: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    /** SEV-SNP launch digest, 96 hex digits. */
    launchDigest: digest96,
    /** SEV-SNP guest policy as the record holds it ("0x30000"). */
    policy: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^0x[0-9a-fA-F]{1,16}$/, { error: 'a hex policy of at most 64 bits, like "0x30000"' }),
    idBlock: idBlockInputSchema.optional(),
    /** TDX MRTD, 96 hex digits, when the image has a TDX platform. */
    tdxMrtd: digest96.optional()
});
const buildInputSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** owner/name, e.g. coconut-svsm/svsm. */
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        /** Where it lives, e.g. https://github.com/coconut-svsm/svsm. */
        url: zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5({ protocol: /^https?$/, error: 'an http(s) URL' })
    }),
    /** `git describe` of the built tree (may be empty when the tree had no tags). */
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    targets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(targetInputSchema).min(1, { error: 'at least one target' })
});
/**
 * The adapter the CLI and the action use is from-record.ts (buildInputFromRecords). Record field
 * (src/record/schema.ts) → input field:
 *   repository (repository.ts: --repository, the tree's origin, GITHUB_REPOSITORY) → repository
 *   records[*].gitVersion (one build: all equal)    → version
 *   m.target / m.platforms / m.policy               → targets[i].target / .platforms / .policy
 *   basename(m.igvm) / m.launchDigest               → targets[i].igvm / .launchDigest
 *   m.details.tdxMrtd.value (when a string)         → targets[i].tdxMrtd
 *   m.signed (the ID-block-signed copy): the entry names basename(m.signed.igvm) and gets
 *     m.signed.familyId / .imageId                  → targets[i].idBlock.familyId / .imageId
 *     m.signed.idKeyDigest / .authorKeyDigest       → targets[i].idBlock.idKeyDigest / .authorKeyDigest
 *     (no record field; igvmmeasure sign writes 0)  → targets[i].idBlock.guestSvn = 0
 *   and a second entry, with the same ID block, when m.signed.launchDigest differs from m.launchDigest.
 */
/** Validates a build input; one message naming the JSON path, what is there and what is expected. */
function parseBuildInput(value, source = 'reference-value input') {
    const r = buildInputSchema.safeParse(value);
    if (r.success)
        return r.data;
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fromZodIssue */ .z)(source, value, r.error.issues[0]);
}
const isSnpTarget = (t) => t.platforms.includes(SNP_PLATFORM);


/***/ }),

/***/ 6684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nc: () => (/* binding */ buildJson),
/* harmony export */   RV: () => (/* binding */ JSON_FORMAT),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8816);
/* harmony import */ var _corim_profile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5608);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(651);
/* harmony import */ var _hex_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5567);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5838);
// `--format json`: the same values as the CoRIM and the RVPS message in plain JSON, for scripts and
// verifiers without a CoRIM reader. Hex is upper-case, as in measurements.json.





const JSON_FORMAT = 'svsm-build-reference-values/1';
const hex96 = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(_hex_js__WEBPACK_IMPORTED_MODULE_4__/* .HEX96 */ .ft, { error: '96 hex digits' });
const hex32 = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(_hex_js__WEBPACK_IMPORTED_MODULE_4__/* .HEX32 */ .vY, { error: '32 hex digits' });
const referenceValuesJsonSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    format: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(JSON_FORMAT, { error: `"${JSON_FORMAT}"` }),
    repository: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), url: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() }),
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    targets: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        target: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        igvm: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        platforms: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
        /** Present for targets built for SEV-SNP. */
        snp: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
            launchDigest: hex96,
            policy: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^0x[0-9a-fA-F]{1,16}$/, { error: 'a hex policy like "0x30000"' }),
            /** The report's GUEST_SVN must be at least this (0 unless an ID block is signed). */
            guestSvnMin: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0).max(0xffffffff),
            familyId: hex32.optional(),
            imageId: hex32.optional(),
            idKeyDigest: hex96.optional(),
            /** null: signed without an author key. */
            authorKeyDigest: hex96.nullable().optional()
        })
            .optional(),
        tdx: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ mrtd: hex96 }).optional()
    }))
        .min(1, { error: 'at least one target' }),
    notes: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP())
});
function buildJson(given) {
    const input = (0,_input_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBuildInput */ .U)(given); // the adapter's output is checked before any byte is written
    const value = {
        format: JSON_FORMAT,
        repository: input.repository,
        version: input.version,
        targets: input.targets.map(t => {
            const id = t.idBlock;
            return {
                target: t.target,
                igvm: t.igvm,
                platforms: t.platforms,
                ...((0,_input_js__WEBPACK_IMPORTED_MODULE_2__/* .isSnpTarget */ .F)(t)
                    ? {
                        snp: {
                            launchDigest: t.launchDigest.toUpperCase(),
                            policy: t.policy,
                            guestSvnMin: id?.guestSvn ?? 0,
                            ...(id
                                ? {
                                    familyId: id.familyId.toUpperCase(),
                                    imageId: id.imageId.toUpperCase(),
                                    idKeyDigest: id.idKeyDigest.toUpperCase(),
                                    authorKeyDigest: id.authorKeyDigest?.toUpperCase() ?? null
                                }
                                : {})
                        }
                    }
                    : {}),
                ...(t.tdxMrtd ? { tdx: { mrtd: t.tdxMrtd.toUpperCase() } } : {})
            };
        }),
        notes: input.targets.some(t => t.tdxMrtd) ? [_corim_profile_js__WEBPACK_IMPORTED_MODULE_0__/* .TDX_CORIM_NOTE */ .Rl] : []
    };
    return { value, text: `${JSON.stringify(value, null, 2)}\n` };
}
function parseJson(text, source = 'reference values (JSON)') {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReferenceValuesError */ .W(source, '', `not JSON (${e.message}), expected ${JSON_FORMAT}`);
    }
    const r = referenceValuesJsonSchema.safeParse(raw);
    if (!r.success)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fromZodIssue */ .z)(source, raw, r.error.issues[0]);
    const doc = r.data;
    return {
        format: 'json',
        repository: doc.repository.name,
        version: doc.version,
        targets: doc.targets.map(t => ({
            target: t.target,
            ...(t.snp
                ? {
                    snp: {
                        launchDigest: t.snp.launchDigest.toUpperCase(),
                        policy: BigInt(t.snp.policy),
                        guestSvn: { value: t.snp.guestSvnMin, match: 'min' },
                        ...(t.snp.familyId ? { familyId: t.snp.familyId.toUpperCase() } : {}),
                        ...(t.snp.imageId ? { imageId: t.snp.imageId.toUpperCase() } : {}),
                        ...(t.snp.idKeyDigest ? { idKeyDigest: t.snp.idKeyDigest.toUpperCase() } : {}),
                        ...(t.snp.authorKeyDigest !== undefined
                            ? { authorKeyDigest: t.snp.authorKeyDigest?.toUpperCase() ?? null }
                            : {})
                    }
                }
                : {}),
            ...(t.tdx ? { tdxMrtd: t.tdx.mrtd.toUpperCase() } : {})
        })),
        warnings: []
    };
}


/***/ }),

/***/ 1241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ detectFormat),
  o: () => (/* binding */ readReferenceValues)
});

// EXTERNAL MODULE: ./src/reference-values/cbor.ts
var cbor = __webpack_require__(7784);
// EXTERNAL MODULE: ./src/reference-values/corim-profile.ts
var corim_profile = __webpack_require__(5608);
// EXTERNAL MODULE: ./src/reference-values/errors.ts
var errors = __webpack_require__(651);
// EXTERNAL MODULE: ./src/reference-values/hex.ts
var hex = __webpack_require__(5567);
;// CONCATENATED MODULE: ./src/reference-values/corim-decode.ts
// Reads SEV-SNP reference values out of an unsigned CoRIM (this project's or one shaped like
// Veraison's test data). It first checks every triple the way Veraison's SEV-SNP scheme does
// (scheme/sevsnp/corim.go: class id and instance of reference values, vendor and model of trust
// anchors, a uint mkey on every measurement), then reads the mkeys a build determines.




const TRIPLE_NAME = {
    [corim_profile/* TRIPLES_KEY */._j.REFERENCE]: 'reference-values',
    [corim_profile/* TRIPLES_KEY */._j.ENDORSED]: 'endorsed-values',
    [corim_profile/* TRIPLES_KEY */._j.IDENTITY]: 'identity-triples',
    [corim_profile/* TRIPLES_KEY */._j.ATTEST_KEY]: 'attester-verification-keys'
};
const isMap = (v) => v instanceof Map;
const isBytes = (v) => v instanceof Uint8Array;
const isUint = (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0) || (typeof v === 'bigint' && v >= 0n);
const tagged = (v, tag) => v instanceof cbor/* Tagged */.d2 && v.tag === tag;
/** A short description of a CBOR value for messages ("found ..."). */
function describeCbor(v) {
    if (v === undefined)
        return 'nothing';
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return `${v}`;
    if (isUint(v))
        return `the unsigned integer ${v}`;
    if (typeof v === 'number' || typeof v === 'bigint')
        return `the number ${v}`;
    if (typeof v === 'string')
        return `the text string ${JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v)}`;
    if (isBytes(v))
        return `a byte string of ${v.length} bytes`;
    if (Array.isArray(v))
        return `an array of ${v.length}`;
    if (isMap(v))
        return `a map with keys ${[...v.keys()].map(k => String(k)).join(', ') || '(none)'}`;
    if (v.tag === corim_profile/* TAG */.Dk.OID && isBytes(v.value))
        return `an OID, tag 111 (${(0,corim_profile/* oidString */.A8)(v.value) ?? 'malformed'})`;
    return `tag ${v.tag} holding ${describeCbor(v.value)}`;
}
class Reader {
    source;
    warnings = [];
    constructor(source) {
        this.source = source;
    }
    fail(where, detail) {
        throw new errors/* ReferenceValuesError */.W(this.source, where, detail);
    }
    /** The value of `key`, or a failure naming the key when it is absent. */
    need(m, key, where, what, expected) {
        if (!m.has(key))
            this.fail(where, `no ${what} (key ${key}), expected ${expected}`);
        return m.get(key);
    }
    map(v, where, expected) {
        if (!isMap(v))
            this.fail(where, `found ${describeCbor(v)}, expected ${expected}`);
        return v;
    }
    array(v, where, expected) {
        if (!Array.isArray(v))
            this.fail(where, `found ${describeCbor(v)}, expected ${expected}`);
        return v;
    }
}
// ---- checks of every triple, as Veraison's SEV-SNP scheme makes them ----
function checkReferenceEnvironment(r, env, where) {
    const cls = r.map(r.need(env, corim_profile/* ENV_KEY */.yG.CLASS, where, 'class', `a class with the class id ${corim_profile/* CLASS_OID_BY_CHIP */.Pe}`), `${where}.class`, 'a class map');
    const id = r.need(cls, corim_profile/* CLASS_KEY */.XI.CLASS_ID, `${where}.class`, 'class id', `the OID ${corim_profile/* CLASS_OID_BY_CHIP */.Pe} (tag 111)`);
    if (!tagged(id, corim_profile/* TAG */.Dk.OID) || !isBytes(id.value))
        r.fail(`${where}.class.class-id`, `found ${describeCbor(id)}, expected an OID (tag 111), ${corim_profile/* CLASS_OID_BY_CHIP */.Pe}`);
    const instance = r.need(env, corim_profile/* ENV_KEY */.yG.INSTANCE, where, 'instance', 'the launch digest as bytes (tag 560)');
    if (!tagged(instance, corim_profile/* TAG */.Dk.BYTES) || !isBytes(instance.value))
        r.fail(`${where}.instance`, `found ${describeCbor(instance)}, expected bytes (tag 560)`);
}
function checkMeasurements(r, list, where) {
    list.forEach((m, i) => {
        const at = `${where}[${i}]`;
        const map = r.map(m, at, 'a measurement map {0: mkey, 1: values}');
        if (!map.has(corim_profile/* MEASUREMENT_KEY */.DA.MKEY))
            r.fail(at, 'no mkey (key 0), expected an unsigned integer mkey naming the report field (641 = MEASUREMENT)');
        const key = map.get(corim_profile/* MEASUREMENT_KEY */.DA.MKEY);
        if (!isUint(key))
            r.fail(`${at}.mkey`, `found ${describeCbor(key)}, expected an unsigned integer (AMD's SEV-SNP mkeys)`);
        r.map(r.need(map, corim_profile/* MEASUREMENT_KEY */.DA.MVAL, at, 'measurement values', 'a map'), `${at}.values`, 'a map');
    });
}
function checkTrustAnchor(r, env, keys, where) {
    const cls = r.map(r.need(env, corim_profile/* ENV_KEY */.yG.CLASS, `${where}.environment`, 'class', 'a class with vendor and model'), `${where}.environment.class`, 'a class map');
    const text = (key, what, expected) => {
        const v = r.need(cls, key, `${where}.environment.class`, what, expected);
        if (typeof v !== 'string')
            r.fail(`${where}.environment.class.${what}`, `found ${describeCbor(v)}, expected ${expected}`);
    };
    text(corim_profile/* CLASS_KEY */.XI.VENDOR, 'vendor', 'the text "Advanced Micro Devices"');
    text(corim_profile/* CLASS_KEY */.XI.MODEL, 'model', 'the AMD product of the root key, e.g. "ARK-Genoa"');
    keys.forEach((k, i) => {
        if (!tagged(k, corim_profile/* TAG */.Dk.PKIX_BASE64_CERT) && !tagged(k, corim_profile/* TAG */.Dk.PKIX_BASE64_CERT_PATH))
            r.fail(`${where}.verification-keys[${i}]`, `found ${describeCbor(k)}, expected a PEM certificate (tag 555) or certificate path (tag 556)`);
    });
}
/** Reads the reference triples (not yet interpreted) after checking every triple of the CoMID. */
function checkComid(r, comid, where) {
    const identity = r.map(r.need(comid, corim_profile/* COMID_KEY */.LU.TAG_IDENTITY, where, 'tag-identity', 'a map with the tag id'), `${where}.tag-identity`, 'a map with the tag id');
    if (!identity.has(corim_profile/* TAG_IDENTITY_KEY */.yH.TAG_ID))
        r.fail(`${where}.tag-identity`, 'no tag id (key 0), expected a UUID or text');
    const triples = r.map(r.need(comid, corim_profile/* COMID_KEY */.LU.TRIPLES, where, 'triples', 'a triples map'), `${where}.triples`, 'a map');
    const refs = [];
    for (const [key, list] of triples) {
        const name = typeof key === 'number' ? TRIPLE_NAME[key] : undefined;
        const at = `${where}.triples.${name ?? `key ${String(key)}`}`;
        if (key === corim_profile/* TRIPLES_KEY */._j.REFERENCE) {
            r.array(list, at, 'an array of [environment, measurements]').forEach((t, i) => {
                const [env, ms] = r.array(t, `${at}[${i}]`, 'a triple [environment, measurements]');
                const envMap = r.map(env, `${at}[${i}].environment`, 'an environment map');
                checkReferenceEnvironment(r, envMap, `${at}[${i}].environment`);
                const list = r.array(ms, `${at}[${i}].measurements`, 'an array of measurement maps');
                checkMeasurements(r, list, `${at}[${i}].measurements`);
                refs.push({ env: envMap, ms: list, at: `${at}[${i}]` });
            });
        }
        else if (key === corim_profile/* TRIPLES_KEY */._j.ATTEST_KEY) {
            r.array(list, at, 'an array of [environment, keys]').forEach((t, i) => {
                const [env, keys] = r.array(t, `${at}[${i}]`, 'a triple [environment, keys]');
                checkTrustAnchor(r, r.map(env, `${at}[${i}].environment`, 'an environment map'), r.array(keys, `${at}[${i}].verification-keys`, 'an array of keys'), `${at}[${i}]`);
            });
        }
        else
            r.warnings.push(`${at}: ignored (svsm-build reads reference values only)`);
    }
    return refs;
}
// ---- the values a build determines ----
function rawBytes(r, mval, at, size) {
    if (mval.has(corim_profile/* MVAL_KEY */.Bp.RAW_VALUE_MASK))
        r.fail(at, `a raw-value-mask (key ${corim_profile/* MVAL_KEY */.Bp.RAW_VALUE_MASK}): masked values are not supported, expected the whole value`);
    const v = r.need(mval, corim_profile/* MVAL_KEY */.Bp.RAW_VALUE, at, 'raw-value', `${size} bytes (tag 560)`);
    if (!tagged(v, corim_profile/* TAG */.Dk.BYTES) || !isBytes(v.value) || v.value.length !== size)
        r.fail(`${at}.raw-value`, `found ${describeCbor(v)}, expected ${size} bytes (tag 560)`);
    return v.value;
}
function sha384Digest(r, mval, at) {
    const list = r.array(r.need(mval, corim_profile/* MVAL_KEY */.Bp.DIGESTS, at, 'digests', `[[${corim_profile/* SHA384_ALG */.LM}, <48 bytes>]]`), `${at}.digests`, 'an array of [algorithm, digest]');
    const sha384 = list.filter(d => Array.isArray(d) && (d[0] === corim_profile/* SHA384_ALG */.LM || d[0] === 'sha-384') && isBytes(d[1]));
    if (sha384.length !== 1 || sha384[0][1].length !== 48)
        r.fail(`${at}.digests`, `found ${sha384.length} sha-384 digests${sha384.length === 1 ? ` of ${sha384[0][1].length} bytes` : ''} among ${list.length}, expected one [${corim_profile/* SHA384_ALG */.LM}, <48 bytes>]`);
    return sha384[0][1];
}
/** ID and author key digests: raw bytes as Veraison's evidence has them, or digests as AMD's draft has them. */
const keyDigest = (r, mval, at) => mval.has(corim_profile/* MVAL_KEY */.Bp.DIGESTS) ? sha384Digest(r, mval, at) : rawBytes(r, mval, at, 48);
function guestSvn(r, mval, at) {
    const v = r.need(mval, corim_profile/* MVAL_KEY */.Bp.SVN, at, 'svn', 'min-value (tag 553) or exact value (tag 552)');
    const inner = v instanceof cbor/* Tagged */.d2 && (v.tag === corim_profile/* TAG */.Dk.MIN_SVN || v.tag === corim_profile/* TAG */.Dk.SVN) ? v.value : v;
    if (!isUint(inner) ||
        inner > 0xffffffff ||
        (v instanceof cbor/* Tagged */.d2 && v.tag !== corim_profile/* TAG */.Dk.MIN_SVN && v.tag !== corim_profile/* TAG */.Dk.SVN))
        r.fail(`${at}.svn`, `found ${describeCbor(v)}, expected a 32-bit guest SVN as min-value (tag 553) or exact (tag 552)`);
    return { value: Number(inner), match: tagged(v, corim_profile/* TAG */.Dk.MIN_SVN) ? 'min' : 'exact' };
}
function readTriple(r, t, ignored) {
    const id = t.env.get(corim_profile/* ENV_KEY */.yG.CLASS).get(corim_profile/* CLASS_KEY */.XI.CLASS_ID);
    const oid = (0,corim_profile/* oidString */.A8)(id.value);
    if (oid !== corim_profile/* CLASS_OID_BY_CHIP */.Pe && oid !== corim_profile/* CLASS_OID_BY_CSP */.tE)
        r.fail(`${t.at}.environment.class.class-id`, `found the OID ${oid ?? 'malformed'}, expected ${corim_profile/* CLASS_OID_BY_CHIP */.Pe} (by chip) or ${corim_profile/* CLASS_OID_BY_CSP */.tE} (by CSP)`);
    const byKey = new Map();
    t.ms.forEach((m, i) => {
        const key = Number(m.get(corim_profile/* MEASUREMENT_KEY */.DA.MKEY));
        const at = `${t.at}.measurements[${i}] (mkey ${key} ${corim_profile/* MKEY_NAME */.Pu.get(key) ?? 'unknown'})`;
        if (byKey.has(key))
            r.fail(at, `mkey ${key} a second time, expected each mkey once per triple`);
        byKey.set(key, { mval: m.get(corim_profile/* MEASUREMENT_KEY */.DA.MVAL), at });
    });
    const get = (key) => byKey.get(key);
    const launch = get(corim_profile/* MKEY */.d7.MEASUREMENT);
    if (!launch)
        r.fail(`${t.at}.measurements`, `no launch digest: found mkeys ${[...byKey.keys()].join(', ') || '(none)'}, expected mkey ${corim_profile/* MKEY */.d7.MEASUREMENT} (MEASUREMENT) with [[${corim_profile/* SHA384_ALG */.LM}, <48 bytes>]]`);
    const snp = { launchDigest: (0,hex/* toUpperHex */.DZ)(sha384Digest(r, launch.mval, launch.at)) };
    const policy = get(corim_profile/* MKEY */.d7.POLICY);
    if (policy)
        snp.policy = (0,hex/* policyFromBytes */._f)(rawBytes(r, policy.mval, policy.at, 8));
    const svn = get(corim_profile/* MKEY */.d7.GUEST_SVN);
    if (svn)
        snp.guestSvn = guestSvn(r, svn.mval, svn.at);
    const family = get(corim_profile/* MKEY */.d7.FAMILY_ID);
    if (family)
        snp.familyId = (0,hex/* toUpperHex */.DZ)(rawBytes(r, family.mval, family.at, 16));
    const image = get(corim_profile/* MKEY */.d7.IMAGE_ID);
    if (image)
        snp.imageId = (0,hex/* toUpperHex */.DZ)(rawBytes(r, image.mval, image.at, 16));
    const idKey = get(corim_profile/* MKEY */.d7.ID_KEY_DIGEST);
    if (idKey)
        snp.idKeyDigest = (0,hex/* toUpperHex */.DZ)(keyDigest(r, idKey.mval, idKey.at));
    const author = get(corim_profile/* MKEY */.d7.AUTHOR_KEY_DIGEST);
    if (author)
        snp.authorKeyDigest = (0,hex/* toUpperHex */.DZ)(keyDigest(r, author.mval, author.at));
    for (const key of byKey.keys())
        if (!corim_profile/* BUILD_MKEYS */.tb.has(key))
            ignored.add(key);
    const instance = t.env.get(corim_profile/* ENV_KEY */.yG.INSTANCE).value;
    if ((0,hex/* toUpperHex */.DZ)(instance) !== snp.launchDigest)
        r.warnings.push(`${t.at}.environment.instance is ${instance.length} bytes other than the launch digest: Veraison looks reference values up by the launch digest, so it would not find this triple`);
    return { snp };
}
/** The SEV-SNP reference values of a CoRIM, or one ReferenceValuesError naming what is missing or wrong. */
function decodeCorim(bytes, source = 'CoRIM') {
    const r = new Reader(source);
    let top;
    try {
        top = (0,cbor/* decodeCbor */.Pg)(bytes);
    }
    catch (e) {
        r.fail('', `not CBOR (${e.message}), expected an unsigned CoRIM (tag 501)`);
    }
    if (top instanceof cbor/* Tagged */.d2 && (top.tag === corim_profile/* TAG */.Dk.COSE_SIGN1 || top.tag === corim_profile/* TAG */.Dk.CORIM_SIGNED))
        r.fail('', `a signed CoRIM (tag ${top.tag}); its signature is not checked here, expected the unsigned CoRIM (tag 501) it carries`);
    if (!tagged(top, corim_profile/* TAG */.Dk.CORIM_UNSIGNED))
        r.fail('', `found ${describeCbor(top)}, expected an unsigned CoRIM (tag 501)`);
    const corim = r.map(top.value, 'corim', 'the CoRIM map');
    const id = r.need(corim, corim_profile/* CORIM_KEY */.fd.ID, 'corim', 'id', 'a text or UUID id');
    const profile = r.need(corim, corim_profile/* CORIM_KEY */.fd.PROFILE, 'corim', 'profile', `the URI ${corim_profile/* PROFILE */.Cn} (tag 32)`);
    if (!tagged(profile, corim_profile/* TAG */.Dk.URI) || (profile.value !== corim_profile/* PROFILE */.Cn && profile.value !== corim_profile/* ARK_PROFILE */.hA))
        r.fail('corim.profile', `found ${describeCbor(profile)}, expected the URI ${corim_profile/* PROFILE */.Cn} (tag 32)`);
    const tags = r.array(r.need(corim, corim_profile/* CORIM_KEY */.fd.TAGS, 'corim', 'tags', 'an array of CoMIDs (tag 506)'), 'corim.tags', 'an array');
    const refs = [];
    tags.forEach((t, i) => {
        const at = `tags[${i}]`;
        if (!(t instanceof cbor/* Tagged */.d2))
            r.fail(at, `found ${describeCbor(t)}, expected a CoMID (tag 506)`);
        if (t.tag !== corim_profile/* TAG */.Dk.COMID) {
            r.warnings.push(`${at}: tag ${t.tag} ignored (svsm-build reads CoMIDs, tag 506)`);
            return;
        }
        if (!isBytes(t.value))
            r.fail(`${at} (CoMID)`, `found ${describeCbor(t.value)}, expected the CoMID as a byte string`);
        let comid;
        try {
            comid = (0,cbor/* decodeCbor */.Pg)(t.value);
        }
        catch (e) {
            r.fail(`${at} (CoMID)`, `not CBOR (${e.message}), expected a CoMID map`);
        }
        refs.push(...checkComid(r, r.map(comid, `${at} (CoMID)`, 'a CoMID map'), `${at} (CoMID)`));
    });
    if (refs.length === 0)
        r.fail('', `no reference-value triple in ${tags.length} tag${tags.length === 1 ? '' : 's'}, expected at least one with the launch digest (mkey ${corim_profile/* MKEY */.d7.MEASUREMENT})`);
    const ignored = new Set();
    const targets = refs.map(t => readTriple(r, t, ignored));
    if (ignored.size)
        r.warnings.push(`mkeys svsm-build does not compare (a machine or one report decides them, not the build): ${[...ignored]
            .sort((a, b) => a - b)
            .map(k => `${k} ${corim_profile/* MKEY_NAME */.Pu.get(k) ?? 'unknown'}`)
            .join(', ')}`);
    // This project's id is `owner/name@version`; any other id is only reported.
    const named = typeof id === 'string' ? /^([^\s@/]+\/[^\s@/]+)(?:@(\S+))?$/.exec(id) : null;
    return {
        format: 'corim',
        id: typeof id === 'string' ? id : describeCbor(id),
        ...(named ? { repository: named[1], ...(named[2] ? { version: named[2] } : {}) } : {}),
        targets,
        warnings: r.warnings
    };
}

// EXTERNAL MODULE: ./src/reference-values/json-format.ts
var json_format = __webpack_require__(6684);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/reference-values/rvps-names.ts
var rvps_names = __webpack_require__(7928);
;// CONCATENATED MODULE: ./src/reference-values/rvps-parse.ts
// Reads an RVPS message back: a "sample" message (this project's or one written by hand with the
// default-policy names) or a "corim" message (base64 CoRIM, which RVPS's CoRIM extractor takes).




const messageSchema = schemas/* object */.Ikc({
    // RVPS fills in "0.1.0" when the field is absent, and refuses any other version.
    version: schemas/* literal */.euz(rvps_names/* RVPS_MESSAGE_VERSION */.fs, { error: `"${rvps_names/* RVPS_MESSAGE_VERSION */.fs}"` })
        .default(rvps_names/* RVPS_MESSAGE_VERSION */.fs),
    type: schemas/* string */.YjP({ error: 'the provenance type, "sample" or "corim"' }),
    payload: schemas/* string */.YjP({ error: 'the provenance, base64' })
});
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const HEX96 = /^[0-9a-fA-F]{96}$/;
const show = (v) => {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
};
function parseRvpsMessage(text, source = 'RVPS message') {
    const fail = (where, detail) => {
        throw new errors/* ReferenceValuesError */.W(source, where, detail);
    };
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        fail('', `not JSON (${e.message}), expected {"version","type","payload"}`);
    }
    const m = messageSchema.safeParse(raw);
    if (!m.success)
        throw (0,errors/* fromZodIssue */.z)(source, raw, m.error.issues[0]);
    const { type, payload } = m.data;
    if (!BASE64.test(payload))
        fail('payload', 'found characters outside standard base64, expected base64 with padding');
    const bytes = Buffer.from(payload, 'base64');
    if (type === 'corim') {
        const v = decodeCorim(bytes, `${source} (CoRIM payload)`);
        return {
            ...v,
            format: 'rvps',
            warnings: ['an RVPS "corim" message: read as the CoRIM it carries', ...v.warnings]
        };
    }
    if (type !== 'sample')
        fail('type', `found ${show(type)}, expected "sample" or "corim"`);
    let body;
    try {
        body = JSON.parse(bytes.toString('utf8'));
    }
    catch (e) {
        fail('payload', `the decoded payload is not JSON (${e.message}), expected {"<name>": [<value>, ...]}`);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        fail('payload', `the decoded payload is ${show(body)}, expected an object {"<name>": [<value>, ...]}`);
    return readSample(body, fail);
}
function readSample(body, fail) {
    const warnings = [];
    const at = (name) => `payload[${JSON.stringify(name)}]`;
    const digests = (name, v) => {
        if (!Array.isArray(v) || v.length === 0 || !v.every(x => typeof x === 'string' && HEX96.test(x)))
            fail(at(name), `found ${show(v)}, expected a list of 96-hex-digit digests`);
        return v.map(x => x.toUpperCase());
    };
    const list = (name, v, re, expected) => {
        if (!Array.isArray(v) || v.length === 0 || !v.every(x => typeof x === 'string' && re.test(x)))
            fail(at(name), `found ${show(v)}, expected ${expected}`);
        return v;
    };
    /** Per target: its launch digests, policies and MRTDs, as lists (a target may have several launches). */
    const perTarget = new Map();
    const buildDigests = { snp: new Set(), tdx: new Set() };
    const fields = {};
    const repos = new Set();
    const tags = new Set();
    for (const [name, v] of Object.entries(body)) {
        const parsed = (0,rvps_names/* parseRvpsName */.yl)(name);
        if (parsed) {
            repos.add(parsed.repository);
            tags.add(parsed.tag);
            if (parsed.kind === 'build') {
                for (const d of digests(name, v))
                    buildDigests[parsed.what === 'snp-measurement' ? 'snp' : 'tdx'].add(d);
                continue;
            }
            const t = perTarget.get(parsed.target) ?? { snp: [], policies: [], tdx: [] };
            perTarget.set(parsed.target, t);
            if (parsed.what === 'snp-measurement')
                t.snp.push(...digests(name, v).filter(d => !t.snp.includes(d)));
            else if (parsed.what === 'tdx-mrtd')
                t.tdx.push(...digests(name, v).filter(d => !t.tdx.includes(d)));
            else
                t.policies.push(...list(name, v, /^0x[0-9a-fA-F]{1,16}$/, 'a list of hex policies, like ["0x30000"]').filter(p => !t.policies.includes(p)));
            continue;
        }
        switch (name) {
            case rvps_names/* DEFAULT_POLICY_NAMES */.mZ.snpLaunchMeasurement:
                for (const d of digests(name, v))
                    buildDigests.snp.add(d);
                break;
            case rvps_names/* DEFAULT_POLICY_NAMES */.mZ.tdxMrtd:
                for (const d of digests(name, v))
                    buildDigests.tdx.add(d);
                break;
            case rvps_names/* DEFAULT_POLICY_NAMES */.mZ.snpAbiMajor:
            case rvps_names/* DEFAULT_POLICY_NAMES */.mZ.snpAbiMinor:
                if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 255)
                    fail(at(name), `found ${show(v)}, expected a number 0-255 (the default policy compares it with ==)`);
                fields[name === rvps_names/* DEFAULT_POLICY_NAMES */.mZ.snpAbiMajor ? 'abiMajor' : 'abiMinor'] = v;
                break;
            case rvps_names/* DEFAULT_POLICY_NAMES */.mZ.snpSmtAllowed:
            case rvps_names/* DEFAULT_POLICY_NAMES */.mZ.snpSingleSocket:
                if (typeof v !== 'boolean')
                    fail(at(name), `found ${show(v)}, expected true or false (the default policy compares it with ==)`);
                fields[name === rvps_names/* DEFAULT_POLICY_NAMES */.mZ.snpSmtAllowed ? 'smtAllowed' : 'singleSocket'] = v;
                break;
            default:
                warnings.push(`${at(name)}: not a name svsm-build compares, ignored`);
        }
    }
    const targets = [];
    for (const [target, t] of perTarget) {
        if (t.policies.length && !t.snp.length)
            fail('payload', `a snp/policy name for target ${target} without its snp/measurement name, expected both`);
        // A policy goes with the target's digests only when there is one; several cannot be paired.
        const policy = t.policies.length === 1 ? BigInt(t.policies[0]) : undefined;
        if (t.policies.length > 1)
            warnings.push(`target ${target}: ${t.policies.length} policies (${t.policies.join(', ')}) for ${t.snp.length} launch digest(s); which goes with which is not said, so the policy is not compared`);
        const snp = t.snp.map(d => ({
            target,
            snp: { launchDigest: d, ...(policy !== undefined ? { policy } : {}) }
        }));
        // An MRTD joins the target's one SEV-SNP launch (one image with both platforms), else stands alone.
        if (snp.length === 1 && t.tdx.length === 1)
            targets.push({ ...snp[0], tdxMrtd: t.tdx[0] });
        else
            targets.push(...snp, ...t.tdx.map(d => ({ target, tdxMrtd: d })));
    }
    if (targets.length) {
        // The build-wide lists should hold exactly the per-target values; say so when they do not.
        const own = {
            snp: new Set(targets.flatMap(t => (t.snp ? [t.snp.launchDigest] : []))),
            tdx: new Set(targets.flatMap(t => (t.tdxMrtd ? [t.tdxMrtd] : [])))
        };
        for (const kind of ['snp', 'tdx'])
            for (const d of buildDigests[kind])
                if (!own[kind].has(d))
                    warnings.push(`${kind === 'snp' ? 'launch digest' : 'MRTD'} ${d} is listed for no target`);
    }
    else {
        for (const d of buildDigests.snp)
            targets.push({ snp: { launchDigest: d } });
        for (const d of buildDigests.tdx)
            targets.push({ tdxMrtd: d });
    }
    if (targets.length === 0)
        fail('payload', `no launch digest or MRTD among ${Object.keys(body).length} names, expected ${rvps_names/* DEFAULT_POLICY_NAMES */.mZ.snpLaunchMeasurement}, ${rvps_names/* DEFAULT_POLICY_NAMES */.mZ.tdxMrtd} or rvps:/// names`);
    if (repos.size > 1 || tags.size > 1)
        warnings.push(`names of more than one build: ${[...repos].join(', ')} at ${[...tags].map(t => t ?? '(no tag)').join(', ')}`);
    const tag = tags.size === 1 ? [...tags][0] : undefined;
    return {
        format: 'rvps',
        ...(repos.size === 1 ? { repository: [...repos][0] } : {}),
        ...(tag ? { version: tag } : {}),
        targets,
        ...(Object.keys(fields).length ? { snpPolicyFields: fields } : {}),
        warnings
    };
}

;// CONCATENATED MODULE: ./src/reference-values/read.ts
// One entry point for `verify-report --reference-values FILE`: which format the bytes are, and the
// reference values in them. A measurement record (a JSON array) is recognised but read elsewhere.




/** CBOR major type 6 (a tag) first: a CoRIM, signed or not. JSON otherwise, told apart by its shape. */
function detectFormat(bytes) {
    if (bytes.length > 0 && bytes[0] >> 5 === 6)
        return 'corim';
    let v;
    try {
        v = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    }
    catch {
        return null;
    }
    if (Array.isArray(v))
        return 'record';
    if (typeof v !== 'object' || v === null)
        return null;
    const o = v;
    if (o.format === json_format/* JSON_FORMAT */.RV)
        return 'json';
    if ('payload' in o && 'type' in o)
        return 'rvps';
    return null;
}
/** The reference values of a CoRIM, an RVPS message or this project's JSON; a record is the caller's to read. */
function readReferenceValues(bytes, source) {
    const format = detectFormat(bytes);
    const text = () => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    switch (format) {
        case 'corim':
            return decodeCorim(bytes, source);
        case 'rvps':
            return parseRvpsMessage(text(), source);
        case 'json':
            return (0,json_format/* parseJson */.qF)(text(), source);
        case 'record':
            throw new errors/* ReferenceValuesError */.W(source, '', 'a measurement record (a JSON array): read it as measurements.json');
        default:
            throw new errors/* ReferenceValuesError */.W(source, '', `neither CBOR nor JSON of a known shape, expected an unsigned CoRIM (tag 501), an RVPS message {"version","type","payload"} or ${json_format/* JSON_FORMAT */.RV} JSON`);
    }
}


/***/ }),

/***/ 7928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S6: () => (/* binding */ rvpsNames),
/* harmony export */   fs: () => (/* binding */ RVPS_MESSAGE_VERSION),
/* harmony export */   mZ: () => (/* binding */ DEFAULT_POLICY_NAMES),
/* harmony export */   yl: () => (/* binding */ parseRvpsName)
/* harmony export */ });
/* unused harmony export repositoryPath */
// The names reference values go under in Trustee's RVPS (confidential-containers/trustee):
// - the names its attestation service's default policy queries
//   (attestation-service/src/ear_token/ear_default_policy_cpu.rego), so that policy works as it is;
// - names after its reference-value URI convention (rvps/docs/reference-value-uri.md):
//   rvps:///<namespace>/.../<name>:<tag>, the repository as the namespace, the version as the tag.
/** The message version RVPS accepts (rvps/src/lib.rs MESSAGE_VERSION). */
const RVPS_MESSAGE_VERSION = '0.1.0';
/** What the default policy queries with query_reference_value(...). */
const DEFAULT_POLICY_NAMES = {
    /** `input.snp.measurement in query_reference_value("snp_launch_measurement")` */
    snpLaunchMeasurement: 'snp_launch_measurement',
    /** `input.tdx.quote.body.mr_td in query_reference_value("mr_td")` */
    tdxMrtd: 'mr_td',
    /** Compared with `==`, so a single value, not a list. */
    snpAbiMajor: 'snp_guest_abi_major',
    snpAbiMinor: 'snp_guest_abi_minor',
    snpSmtAllowed: 'snp_smt_allowed',
    snpSingleSocket: 'snp_single_socket'
};
const SNP_MEASUREMENT = 'snp/measurement';
const SNP_POLICY = 'snp/policy';
const TDX_MRTD = 'tdx/mr_td';
/** Per-target names sit under `igvm/<target>`, as recipes name targets `igvm.<target>`. */
const PER_TARGET = 'igvm';
/** `https://github.com/coconut-svsm/svsm(.git)` → `github.com/coconut-svsm/svsm`. */
function repositoryPath(url) {
    const u = new URL(url);
    return `${u.host}${u.pathname}`.replace(/\/+$/, '').replace(/\.git$/, '');
}
/** The URI names of one build: rvps:///<repository path>/...:<version> (no tag when the version is empty). */
function rvpsNames(repositoryUrl, version) {
    const base = `rvps:///${repositoryPath(repositoryUrl)}`;
    const tag = version ? `:${version}` : '';
    const name = (...segments) => `${base}/${segments.join('/')}${tag}`;
    return {
        snpMeasurement: name(SNP_MEASUREMENT),
        tdxMrtd: name(TDX_MRTD),
        target: t => ({
            snpMeasurement: name(PER_TARGET, t, SNP_MEASUREMENT),
            snpPolicy: name(PER_TARGET, t, SNP_POLICY),
            tdxMrtd: name(PER_TARGET, t, TDX_MRTD)
        })
    };
}
const WHAT = {
    [SNP_MEASUREMENT]: 'snp-measurement',
    [SNP_POLICY]: 'snp-policy',
    [TDX_MRTD]: 'tdx-mrtd'
};
const TARGET_NAME = /^rvps:\/\/\/(.+?)\/igvm\/([^/:]+)\/(snp\/measurement|snp\/policy|tdx\/mr_td)(?::([^:\s]+))?$/;
const BUILD_NAME = /^rvps:\/\/\/(.+)\/(snp\/measurement|tdx\/mr_td)(?::([^:\s]+))?$/;
/** A URI name this module writes, read back (null for any other name). */
function parseRvpsName(name) {
    const t = TARGET_NAME.exec(name);
    if (t)
        return {
            kind: 'target',
            repository: t[1],
            target: t[2],
            what: WHAT[t[3]],
            ...(t[4] ? { tag: t[4] } : {})
        };
    const b = BUILD_NAME.exec(name);
    if (b)
        return {
            kind: 'build',
            repository: b[1],
            what: WHAT[b[2]],
            ...(b[3] ? { tag: b[3] } : {})
        };
    return null;
}


/***/ }),

/***/ 6088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ SNP_POLICY_BIT),
/* harmony export */   q: () => (/* binding */ snpPolicyBits)
/* harmony export */ });
/* harmony import */ var _igvm_guest_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5100);
// The SEV-SNP guest policy bits (SNP firmware ABI, GUEST_POLICY) that Trustee's verifier reports
// as claims and its default policy checks one by one. The bit numbers are igvm's POLICY_BITS.

/** The bit POLICY_BITS names `label` (a typo here fails at load, not as a silent zero). */
function bitNamed(label) {
    const found = _igvm_guest_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .POLICY_BITS */ .Q.find(([, l]) => l === label);
    if (!found)
        throw new Error(`POLICY_BITS has no bit named ${label}`);
    return BigInt(found[0]);
}
const SMT = bitNamed('SMT');
const MIGRATE_MA = bitNamed('migrate-MA');
const DEBUG = bitNamed('debug');
const SINGLE_SOCKET = bitNamed('single-socket');
const bit = (p, n) => ((p >> n) & 1n) === 1n;
function snpPolicyBits(policy) {
    return {
        abiMinor: Number(policy & 0xffn),
        abiMajor: Number((policy >> 8n) & 0xffn),
        smtAllowed: bit(policy, SMT),
        migrateMa: bit(policy, MIGRATE_MA),
        debugAllowed: bit(policy, DEBUG),
        singleSocket: bit(policy, SINGLE_SOCKET)
    };
}
/** The bit numbers, for messages ("debugging (bit 19)"). */
const SNP_POLICY_BIT = { smt: SMT, migrateMa: MIGRATE_MA, debug: DEBUG, singleSocket: SINGLE_SOCKET };


/***/ })

};
