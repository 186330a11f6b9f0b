export const id = 628;
export const ids = [628];
export const modules = {

/***/ 18980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ coreLogger)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);

/** The engine's messages as GitHub log lines: groups fold, warnings become annotations. */
const coreLogger = {
    info: m => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m),
    warn: m => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
    group: t => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(t),
    endGroup: () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4()
};


/***/ }),

/***/ 65395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ publishReferenceValues)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/reference-values/errors.ts

/**
 * A reference-value file (or build input) that cannot be used: which file, where in it, what and
 * why. Bad input (exit code 2 on the command line).
 */
class errors_ReferenceValuesError extends errors/* BadInput */.kp {
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
function errors_fromZodIssue(source, value, issue) {
    let found = value;
    for (const k of issue.path)
        found = found?.[k];
    const path = issue.path.map(k => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
    const shown = found === undefined ? 'nothing' : (JSON.stringify(found) ?? String(found));
    return new errors_ReferenceValuesError(source, path.replace(/^\./, ''), `found ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}, expected ${issue.message}`);
}

// EXTERNAL MODULE: ./src/reference-values/file-names.ts
var file_names = __webpack_require__(78819);
// EXTERNAL MODULE: ./src/util/write-atomic.ts
var write_atomic = __webpack_require__(12093);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/cborg/cborg.js + 17 modules
var cborg = __webpack_require__(36288);
;// CONCATENATED MODULE: ./src/reference-values/cbor.ts
// The one place CBOR is encoded and decoded (cborg): deterministic encoding as RFC 8949 §4.2.1
// asks (shortest forms, map keys sorted bytewise), and a decoder that keeps every tag as `Tagged`
// so the CoRIM reader, not the CBOR library, says which tag was unexpected and where.


const encodeDeterministic = (value) => (0,cborg/* encode */.lF)(value, cborg/* rfc8949EncodeOptions */.MY);
// Every tag number maps to a decoder that keeps it; cborg looks decoders up by number.
const keepEveryTag = new Proxy({}, {
    get: (_, key) => (typeof key === 'string' && /^\d+$/.test(key) ? cborg/* Tagged */.d2.decoder(Number(key)) : undefined)
});
/** Decodes one CBOR item; throws cborg's error (with its offset) on malformed or trailing bytes. */
function decodeCbor(bytes, strict = false) {
    return decode(bytes, { useMaps: true, rejectDuplicateMapKeys: true, tags: keepEveryTag, strict });
}

;// CONCATENATED MODULE: ./src/reference-values/corim-profile.ts
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

;// CONCATENATED MODULE: ./src/reference-values/hex.ts
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/reference-values/input.ts
// What the reference-value writers need from one build, in this module's own terms: the writers do
// not read the measurement record, from-record.ts fills this in (the mapping is listed below).



/** The recipe platform name of SEV-SNP: only targets that list it get SEV-SNP reference values. */
const SNP_PLATFORM = 'snp';
const digest96 = schemas/* string */.YjP().regex(HEX96, { error: '96 hex digits (48 bytes)' });
const id32 = schemas/* string */.YjP().regex(HEX32, { error: '32 hex digits (16 bytes)' });
/** What a signed ID block makes the attestation report show (absent for an unsigned image). */
const idBlockInputSchema = schemas/* object */.Ikc({
    familyId: id32,
    imageId: id32,
    /** SHA-384 of the ID public key in the SNP ABI layout (the report's ID_KEY_DIGEST). */
    idKeyDigest: digest96,
    /** The same for the author key; null when the block has none. */
    authorKeyDigest: digest96.nullable(),
    guestSvn: schemas/* number */.aig().int().min(0).max(0xffffffff, { error: 'a 32-bit guest SVN' })
});
const targetInputSchema = schemas/* object */.Ikc({
    /** Recipe target (qemu, hyper-v, vanadium). */
    target: schemas/* string */.YjP().regex(/^[A-Za-z0-9._-]+$/, { error: 'a target name of letters, digits, ".", "_", "-"' }),
    /** The IGVM file name these values are for. */
    igvm: schemas/* string */.YjP().min(1),
    /** Recipe platforms (snp, tdp, vsm, native). */
    platforms: schemas/* array */.YOg(schemas/* string */.YjP()),
    /** SEV-SNP launch digest, 96 hex digits. */
    launchDigest: digest96,
    /** SEV-SNP guest policy as the record holds it ("0x30000"). */
    policy: schemas/* string */.YjP()
        .regex(/^0x[0-9a-fA-F]{1,16}$/, { error: 'a hex policy of at most 64 bits, like "0x30000"' }),
    idBlock: idBlockInputSchema.optional(),
    /** TDX MRTD, 96 hex digits, when the image has a TDX platform. */
    tdxMrtd: digest96.optional()
});
const buildInputSchema = schemas/* object */.Ikc({
    repository: schemas/* object */.Ikc({
        /** owner/name, e.g. coconut-svsm/svsm. */
        name: schemas/* string */.YjP().min(1),
        /** Where it lives, e.g. https://github.com/coconut-svsm/svsm. */
        url: schemas/* url */.OZ5({ protocol: /^https?$/, error: 'an http(s) URL' })
    }),
    /** `git describe` of the built tree (may be empty when the tree had no tags). */
    version: schemas/* string */.YjP(),
    targets: schemas/* array */.YOg(targetInputSchema).min(1, { error: 'at least one target' })
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
    throw errors_fromZodIssue(source, value, r.error.issues[0]);
}
const isSnpTarget = (t) => t.platforms.includes(SNP_PLATFORM);

;// CONCATENATED MODULE: ./src/reference-values/corim-encode.ts
// One unsigned CoRIM per build: a CoMID with one reference-value triple per SEV-SNP target, shaped
// like the CoRIM Veraison's SEV-SNP scheme accepts (its test data corim-sevsnp-valid.cbor): the
// class OID by chip, the launch digest as the instance (Veraison finds reference values by it), and
// only the mkeys a build determines, in the types Veraison's evidence has for them.






const bytes = (hex) => new cborg/* Tagged */.d2(TAG.BYTES, fromHex(hex));
/** One measurement-map: { 0: mkey, 1: measurement-values-map }. */
const measurement = (mkey, mval) => new Map([
    [MEASUREMENT_KEY.MKEY, mkey],
    [MEASUREMENT_KEY.MVAL, mval]
]);
const rawValue = (hex) => new Map([[MVAL_KEY.RAW_VALUE, bytes(hex)]]);
/** The measurements of one target, in mkey order. */
function measurements(t) {
    const id = t.idBlock;
    const out = [
        // Guest SVN as min-value (tag 553), as in Veraison's fixture; 0 unless an ID block says otherwise.
        measurement(MKEY.GUEST_SVN, new Map([[MVAL_KEY.SVN, new cborg/* Tagged */.d2(TAG.MIN_SVN, id?.guestSvn ?? 0)]])),
        // 8 bytes big-endian: 0x30000 is 0000000000030000, the order of Veraison's evidence claims.
        measurement(MKEY.POLICY, new Map([[MVAL_KEY.RAW_VALUE, new cborg/* Tagged */.d2(TAG.BYTES, policyBytes(BigInt(t.policy)))]]))
    ];
    if (id)
        out.push(measurement(MKEY.FAMILY_ID, rawValue(id.familyId)), measurement(MKEY.IMAGE_ID, rawValue(id.imageId)));
    out.push(measurement(MKEY.MEASUREMENT, new Map([[MVAL_KEY.DIGESTS, [[SHA384_ALG, fromHex(t.launchDigest)]]]])));
    // Raw 48 bytes, as Veraison's evidence has them (go-gen-ref); AMD's draft says digests instead.
    if (id)
        out.push(measurement(MKEY.ID_KEY_DIGEST, rawValue(id.idKeyDigest)));
    if (id?.authorKeyDigest)
        out.push(measurement(MKEY.AUTHOR_KEY_DIGEST, rawValue(id.authorKeyDigest)));
    return out;
}
function referenceTriple(t) {
    const environment = new Map([
        [ENV_KEY.CLASS, new Map([[CLASS_KEY.CLASS_ID, new cborg/* Tagged */.d2(TAG.OID, oidBytes(CLASS_OID_BY_CHIP))]])],
        [ENV_KEY.INSTANCE, bytes(t.launchDigest)]
    ]);
    return [environment, measurements(t)];
}
/** A name-based UUID (RFC 9562 version 8, from SHA-256): the same triples give the same tag id. */
function contentUuid(content) {
    const h = (0,external_node_crypto_.createHash)('sha256').update('svsm-build CoMID tag-id\0').update(content).digest();
    const u = new Uint8Array(h.subarray(0, 16));
    u[6] = (u[6] & 0x0f) | 0x80;
    u[8] = (u[8] & 0x3f) | 0x80;
    return u;
}
/** The CoRIM id: the repository and its `git describe`, which is what the CoRIM is of. */
const corimId = (input) => input.version ? `${input.repository.name}@${input.version}` : input.repository.name;
function buildCorim(given) {
    const input = parseBuildInput(given); // the adapter's output is checked before any byte is written
    const snp = input.targets.filter(isSnpTarget);
    if (snp.length === 0)
        throw new errors_ReferenceValuesError('reference values', 'targets', `no target lists the "snp" platform (found ${input.targets.map(t => `${t.target}: ${t.platforms.join(',') || 'none'}`).join('; ')}), expected at least one SEV-SNP target for a CoRIM`);
    const triples = new Map([[TRIPLES_KEY.REFERENCE, snp.map(referenceTriple)]]);
    const comid = new Map([
        [COMID_KEY.LANG, 'en'],
        [COMID_KEY.TAG_IDENTITY, new Map([[TAG_IDENTITY_KEY.TAG_ID, contentUuid(encodeDeterministic(triples))]])],
        [COMID_KEY.TRIPLES, triples]
    ]);
    const corim = new cborg/* Tagged */.d2(TAG.CORIM_UNSIGNED, new Map([
        [CORIM_KEY.ID, corimId(input)],
        // A CoMID travels bstr-wrapped inside its tag, as in every CoRIM.
        [CORIM_KEY.TAGS, [new cborg/* Tagged */.d2(TAG.COMID, encodeDeterministic(comid))]],
        [CORIM_KEY.PROFILE, new cborg/* Tagged */.d2(TAG.URI, PROFILE)]
    ]));
    const notes = [];
    if (input.targets.some(t => t.tdxMrtd))
        notes.push(TDX_CORIM_NOTE);
    const skipped = input.targets.filter(t => !isSnpTarget(t)).map(t => t.target);
    if (skipped.length)
        notes.push(`no triple for ${skipped.join(', ')}: not built for SEV-SNP (no "snp" platform)`);
    notes.push('not in the CoRIM: the report version (mkey 0; the AMD product decides it) and the values one machine or ' +
        'one report decides (VMPL, TCBs, platform info, chip id, report data and ids)');
    return { bytes: encodeDeterministic(corim), targets: snp.map(t => t.target), notes };
}

;// CONCATENATED MODULE: ./src/reference-values/json-format.ts
// `--format json`: the same values as the CoRIM and the RVPS message in plain JSON, for scripts and
// verifiers without a CoRIM reader. Hex is upper-case, as in measurements.json.





const JSON_FORMAT = 'svsm-build-reference-values/1';
const hex96 = schemas/* string */.YjP().regex(HEX96, { error: '96 hex digits' });
const hex32 = schemas/* string */.YjP().regex(HEX32, { error: '32 hex digits' });
const referenceValuesJsonSchema = schemas/* object */.Ikc({
    format: schemas/* literal */.euz(JSON_FORMAT, { error: `"${JSON_FORMAT}"` }),
    repository: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), url: schemas/* string */.YjP() }),
    version: schemas/* string */.YjP(),
    targets: schemas/* array */.YOg(schemas/* object */.Ikc({
        target: schemas/* string */.YjP(),
        igvm: schemas/* string */.YjP(),
        platforms: schemas/* array */.YOg(schemas/* string */.YjP()),
        /** Present for targets built for SEV-SNP. */
        snp: schemas/* object */.Ikc({
            launchDigest: hex96,
            policy: schemas/* string */.YjP().regex(/^0x[0-9a-fA-F]{1,16}$/, { error: 'a hex policy like "0x30000"' }),
            /** The report's GUEST_SVN must be at least this (0 unless an ID block is signed). */
            guestSvnMin: schemas/* number */.aig().int().min(0).max(0xffffffff),
            familyId: hex32.optional(),
            imageId: hex32.optional(),
            idKeyDigest: hex96.optional(),
            /** null: signed without an author key. */
            authorKeyDigest: hex96.nullable().optional()
        })
            .optional(),
        tdx: schemas/* object */.Ikc({ mrtd: hex96 }).optional()
    }))
        .min(1, { error: 'at least one target' }),
    notes: schemas/* array */.YOg(schemas/* string */.YjP())
});
function buildJson(given) {
    const input = parseBuildInput(given); // the adapter's output is checked before any byte is written
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
                ...(isSnpTarget(t)
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
        notes: input.targets.some(t => t.tdxMrtd) ? [TDX_CORIM_NOTE] : []
    };
    return { value, text: `${JSON.stringify(value, null, 2)}\n` };
}
function parseJson(text, source = 'reference values (JSON)') {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        throw new ReferenceValuesError(source, '', `not JSON (${e.message}), expected ${JSON_FORMAT}`);
    }
    const r = referenceValuesJsonSchema.safeParse(raw);
    if (!r.success)
        throw fromZodIssue(source, raw, r.error.issues[0]);
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

;// CONCATENATED MODULE: ./src/reference-values/rvps-names.ts
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

// EXTERNAL MODULE: ./src/igvm/guest-policy.ts
var guest_policy = __webpack_require__(15100);
;// CONCATENATED MODULE: ./src/reference-values/snp-policy.ts
// The SEV-SNP guest policy bits (SNP firmware ABI, GUEST_POLICY) that Trustee's verifier reports
// as claims and its default policy checks one by one. The bit numbers are igvm's POLICY_BITS.

/** The bit POLICY_BITS names `label` (a typo here fails at load, not as a silent zero). */
function bitNamed(label) {
    const found = guest_policy/* POLICY_BITS */.Q.find(([, l]) => l === label);
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

;// CONCATENATED MODULE: ./src/reference-values/rvps-message.ts
// The RVPS "sample" message of one build: {"version","type":"sample","payload":base64(JSON)}, the
// payload a map of name → value (rvps/src/extractors/sample). Digests are lower-case hex, as
// Trustee's verifiers report them (hex::encode); lists where the default policy uses `in`, single
// values where it uses `==`.




const FIELD_NAMES = [
    ['abiMajor', DEFAULT_POLICY_NAMES.snpAbiMajor],
    ['abiMinor', DEFAULT_POLICY_NAMES.snpAbiMinor],
    ['smtAllowed', DEFAULT_POLICY_NAMES.snpSmtAllowed],
    ['singleSocket', DEFAULT_POLICY_NAMES.snpSingleSocket]
];
function buildRvpsMessage(given, options = {}) {
    const input = parseBuildInput(given); // the adapter's output is checked before any byte is written
    const snp = input.targets.filter(isSnpTarget);
    const tdx = input.targets.filter(t => t.tdxMrtd);
    if (snp.length === 0 && tdx.length === 0)
        throw new errors_ReferenceValuesError('reference values', 'targets', `no SEV-SNP target and no TDX MRTD (found ${input.targets.map(t => t.target).join(', ')}), expected at least one value to publish`);
    const names = rvpsNames(input.repository.url, input.version);
    const lower = (h) => h.toLowerCase();
    const unique = (xs) => [...new Set(xs)];
    const snpDigests = unique(snp.map(t => lower(t.launchDigest)));
    const mrtds = unique(tdx.map(t => lower(t.tdxMrtd)));
    const payload = {};
    const notes = [];
    if (options.defaultPolicyNames ?? true) {
        if (snp.length)
            payload[DEFAULT_POLICY_NAMES.snpLaunchMeasurement] = snpDigests;
        const bits = snp.map(t => ({ target: t.target, bits: snpPolicyBits(BigInt(t.policy)) }));
        for (const [field, name] of FIELD_NAMES) {
            const values = unique(bits.map(b => String(b.bits[field])));
            if (values.length === 1)
                payload[name] = bits[0].bits[field];
            else if (values.length > 1)
                notes.push(`${name} left out: the targets' policies differ (${bits.map(b => `${b.target} ${b.bits[field]}`).join(', ')}) and the default policy compares it with ==`);
        }
        if (tdx.length)
            payload[DEFAULT_POLICY_NAMES.tdxMrtd] = mrtds;
        notes.push('RVPS stores each name whole: registering this message replaces snp_launch_measurement and mr_td; ' +
            "the rvps:/// names are this build's own");
    }
    if (snp.length)
        payload[names.snpMeasurement] = snpDigests;
    if (tdx.length)
        payload[names.tdxMrtd] = mrtds;
    // Per target, lists: a target built by two recipes, or signed into a file of another digest,
    // has more than one launch; a verifier's policy asks `in`.
    const add = (name, value) => {
        const list = (payload[name] ??= []);
        if (!list.includes(value))
            list.push(value);
    };
    for (const t of input.targets) {
        const n = names.target(t.target);
        if (isSnpTarget(t)) {
            add(n.snpMeasurement, lower(t.launchDigest));
            add(n.snpPolicy, t.policy);
        }
        if (t.tdxMrtd)
            add(n.tdxMrtd, lower(t.tdxMrtd));
    }
    for (const t of snp) {
        const b = snpPolicyBits(BigInt(t.policy));
        const off = [
            b.debugAllowed && `debugging (bit ${SNP_POLICY_BIT.debug})`,
            b.migrateMa && `a migration agent (bit ${SNP_POLICY_BIT.migrateMa})`
        ].filter(Boolean);
        if (off.length)
            notes.push(`${t.target}: policy ${t.policy} allows ${off.join(' and ')}; Trustee's default policy requires both off, so its configuration claim will not pass`);
    }
    if (snp.length)
        notes.push('not in the message: the values of the machine, not the build: the TCB (snp_bootloader, snp_microcode, ' +
            "snp_snp_svn, snp_tee_svn; the default policy's hardware claim) and SMT/TSME (snp_smt_enabled, " +
            'snp_tsme_enabled; its configuration claim) come from the deployment');
    if (tdx.length)
        notes.push("not in the message: rtmr_1, rtmr_2 and xfam, which the guest's kernel and configuration decide; the default policy's executables and configuration claims need them from the deployment");
    const json = JSON.stringify(payload, null, 2);
    const message = {
        version: RVPS_MESSAGE_VERSION,
        type: 'sample',
        payload: Buffer.from(json).toString('base64')
    };
    return { text: `${JSON.stringify(message, null, 2)}\n`, payload, notes };
}
/** The message as people read it: the same JSON with its payload decoded (not a message RVPS takes). */
function dumpRvpsMessage(text) {
    const m = JSON.parse(text);
    const payload = JSON.parse(Buffer.from(String(m.payload), 'base64').toString('utf8'));
    return `${JSON.stringify({ ...m, payload }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/reference-values/files.ts
// Writing the reference-value files a build publishes next to its measurements.json (their names:
// file-names.ts). The action writes them; the artifact, the attestation and the report carry them.








/** The bytes of each format that applies to `input`, before anything is written. */
function referenceValueContents(input) {
    const contents = {};
    const notes = [];
    if (input.targets.some(isSnpTarget)) {
        const corim = buildCorim(input);
        contents.corim = corim.bytes;
        notes.push(...corim.notes.map(n => `CoRIM: ${n}`));
    }
    else
        notes.push('no CoRIM: no target is built for SEV-SNP');
    if (input.targets.some(t => isSnpTarget(t) || t.tdxMrtd)) {
        const rvps = buildRvpsMessage(input);
        contents.rvps = rvps.text;
        notes.push(...rvps.notes.map(n => `RVPS: ${n}`));
    }
    else
        notes.push('no RVPS message: no SEV-SNP target and no TDX MRTD');
    contents.json = buildJson(input).text;
    return { contents, notes };
}
/**
 * Writes the formats that apply to `input` into `dir` (beside its measurements.json): a CoRIM needs a SEV-SNP
 * target, an RVPS message a SEV-SNP target or a TDX MRTD; the JSON is always written. Every earlier
 * file of these names is removed first, so none of them can describe another build.
 */
function writeReferenceValueFiles(dir, input) {
    const { contents, notes } = referenceValueContents(input);
    for (const name of Object.values(file_names/* REFERENCE_VALUE_FILES */.s))
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, name), { force: true });
    const files = {};
    for (const [format, data] of Object.entries(contents)) {
        const path = (0,external_node_path_.join)(dir, file_names/* REFERENCE_VALUE_FILES */.s[format]);
        (0,write_atomic/* writeFileAtomic */.Z)(path, typeof data === 'string' ? data : Buffer.from(data));
        files[format] = path;
    }
    return { files, notes };
}

;// CONCATENATED MODULE: ./src/reference-values/from-record.ts
// The one adapter from a build's measurement record to the writers' input (input.ts): the CLI's
// `reference-values` and the action read the record with src/record/load.ts and come here.



/**
 * The guest SVN of a signed image's ID block: the record does not carry it because upstream's
 * `igvmmeasure sign` has no option for it and always writes 0 (so min-value 0 holds for any report).
 */
const SIGNED_GUEST_SVN = 0;
/** The TDX MRTD the record's own IGVM reader computed, when it did. */
function tdxMrtdOf(m) {
    const t = m.details?.tdxMrtd;
    return typeof t?.value === 'string' ? t.value : undefined;
}
/**
 * One target entry per launch digest of a record. A signed record asks for its ID block whichever
 * of its digests a report shows (as verify-report reads a record, src/snp/reference.ts): the ID
 * block is not measured, so the signed copy usually has the unsigned file's digest, and then the
 * one entry names the signed file. The SEV-SNP ID block is not part of the TDX measurement, so
 * the MRTD holds for both files.
 */
function targetsOf(m) {
    const tdxMrtd = tdxMrtdOf(m);
    const base = {
        target: m.target,
        platforms: m.platforms,
        policy: m.policy,
        ...(tdxMrtd ? { tdxMrtd } : {})
    };
    const s = m.signed;
    if (!s)
        return [{ ...base, igvm: (0,external_node_path_.basename)(m.igvm), launchDigest: m.launchDigest }];
    const idBlock = {
        familyId: s.familyId,
        imageId: s.imageId,
        idKeyDigest: s.idKeyDigest,
        authorKeyDigest: s.authorKeyDigest,
        guestSvn: SIGNED_GUEST_SVN
    };
    const signed = { ...base, igvm: (0,external_node_path_.basename)(s.igvm), launchDigest: s.launchDigest, idBlock };
    return s.launchDigest === m.launchDigest
        ? [signed]
        : [{ ...base, igvm: (0,external_node_path_.basename)(m.igvm), launchDigest: m.launchDigest, idBlock }, signed];
}
/** The records' one `git describe` (every record of one build has it); a mix is refused. */
function recordVersion(records, source) {
    const first = records[0];
    if (!first)
        throw new errors_ReferenceValuesError(source, '', 'no records, expected at least one');
    const other = records.findIndex(m => m.gitVersion !== first.gitVersion);
    if (other >= 0)
        throw new errors_ReferenceValuesError(source, `[${other}].gitVersion`, `found ${JSON.stringify(records[other].gitVersion)} after ${JSON.stringify(first.gitVersion)} in [0], expected the records of one build (one git version); pass --target or one build's record`);
    return first.gitVersion;
}
/**
 * The writers' input for `records` of one build in `repository`. `source` names the record file
 * in messages. Checked against the input schema before any writer sees it.
 */
function buildInputFromRecords(records, repository, source) {
    return parseBuildInput({ repository, version: recordVersion(records, source), targets: records.flatMap(targetsOf) }, source);
}

// EXTERNAL MODULE: ./src/util/git.ts
var git = __webpack_require__(13968);
;// CONCATENATED MODULE: ./src/reference-values/repository.ts
// Which repository the reference values are of: the record does not say (it holds the commit and
// `git describe`, not where the tree came from), so it is taken, in this order, from
//   1. an explicit option (`--repository`),
//   2. the origin remote of the svsm tree the record was built in (actions/checkout sets it to the
//      repository it checked out, which build.yml's svsm-repository may make another than the caller),
//   3. GITHUB_REPOSITORY (with GITHUB_SERVER_URL) of the Actions run,
// and otherwise refused. The caller prints where it came from: it is never guessed silently.



const OWNER_NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** scp-like git address: `git@github.com:owner/name.git`. */
const SCP_LIKE = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(.+)$/;
/** The path of a repository URL as owner/name (any depth), or null when it has fewer than two parts. */
function pathName(path) {
    const p = path
        .replace(/^\/+/, '')
        .replace(/\/+$/, '')
        .replace(/\.git$/, '');
    return /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+$/.test(p) ? p : null;
}
/**
 * `owner/name` (on `server`), or an https, ssh or scp-like git URL, as the repository's name and
 * https URL (credentials and ports dropped: they are never published). A string saying why not
 * otherwise (a local path names no repository a verifier could look up).
 */
function parseRepository(value, server = 'https://github.com') {
    const v = value.trim();
    if (OWNER_NAME.test(v) && !v.endsWith('.git'))
        return { name: v, url: `${server.replace(/\/+$/, '')}/${v}` };
    const scp = SCP_LIKE.exec(v);
    if (scp && !v.includes('://')) {
        const name = pathName(scp[2]);
        return name ? { name, url: `https://${scp[1]}/${name}` } : 'an scp-like address without owner/name';
    }
    let u;
    try {
        u = new URL(v);
    }
    catch {
        return 'neither owner/name nor a URL';
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(u.protocol))
        return `a ${u.protocol.replace(/:$/, '')} URL, which names no repository a verifier can look up`;
    const name = pathName(decodeURIComponent(u.pathname));
    if (!name)
        return 'a URL without owner/name in its path';
    const scheme = u.protocol === 'http:' ? 'http' : 'https';
    return { name, url: `${scheme}://${u.hostname}/${name}` };
}
/** The first usable source, in the order above; an explicit option that is not usable is refused. */
function chooseRepository(s) {
    const skipped = [];
    if (s.option) {
        const r = parseRepository(s.option.value);
        if (typeof r === 'string')
            throw new errors_ReferenceValuesError(s.option.name, '', `found ${JSON.stringify(s.option.value)}: ${r}; expected owner/name (on github.com) or the repository's https URL`);
        return { repository: r, from: s.option.name, skipped };
    }
    if (s.origin) {
        const r = parseRepository(s.origin.url);
        if (typeof r !== 'string')
            return { repository: r, from: `the origin remote of ${s.origin.tree}`, skipped };
        skipped.push(`the origin remote of ${s.origin.tree} is ${r}`);
    }
    const env = s.env.GITHUB_REPOSITORY;
    if (env) {
        const r = parseRepository(env, s.env.GITHUB_SERVER_URL || undefined);
        if (typeof r !== 'string')
            return { repository: r, from: 'GITHUB_REPOSITORY', skipped };
        skipped.push(`GITHUB_REPOSITORY ${JSON.stringify(env)} is ${r}`);
    }
    throw new errors_ReferenceValuesError('reference values', 'repository', `not known (${[...skipped, 'no --repository', s.origin === undefined ? 'no svsm tree beside the record' : s.origin === null ? 'the svsm tree has no origin remote' : '', 'no GITHUB_REPOSITORY'].filter(Boolean).join('; ')}); expected --repository owner/name or a repository URL`);
}
/**
 * The origin remote of the git tree rooted at `tree` (not of a repository that merely contains
 * it: a downloaded artifact inside some other checkout must not borrow that checkout's name), or
 * null. Argv, no shell; git's own configuration as the user has it.
 */
function originRemote(tree) {
    const gitOut = (...args) => {
        const r = (0,git/* git */.$)(tree, args);
        return r.ok ? r.out.trim() : null;
    };
    const top = gitOut('rev-parse', '--show-toplevel');
    if (!top)
        return null;
    try {
        if ((0,external_node_fs_.realpathSync)(top) !== (0,external_node_fs_.realpathSync)(tree))
            return null;
    }
    catch {
        return null;
    }
    return gitOut('remote', 'get-url', 'origin') || null;
}

// EXTERNAL MODULE: ./src/record/load.ts
var load = __webpack_require__(89397);
;// CONCATENATED MODULE: ./src/action/reference-values.ts
// Reference values of records in the formats verifiers ingest, written next to their
// measurements.json (src/reference-values/file-names.ts names them): by the main step for a build,
// by the sign step for the signed records (with their ID-block values). The repository is the
// origin remote of the svsm tree (actions/checkout sets it to what it checked out, which may be
// build.yml's svsm-repository rather than the caller), else GITHUB_REPOSITORY; the log says which.








/**
 * Writes the files, or (when the build has no record, or the repository cannot be told) removes
 * any earlier ones and says why: a build never publishes reference values of another build.
 */
function publishReferenceValues(result, env, log) {
    const none = (why) => {
        for (const name of Object.values(file_names/* REFERENCE_VALUE_FILES */.s))
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(result.dir, name), { force: true });
        return { files: {}, notes: [why] };
    };
    if (result.measurements.length === 0)
        return none('no reference values: no IGVM file was built');
    try {
        const url = result.tree ? originRemote(result.tree) : null;
        const choice = chooseRepository({ origin: url && result.tree ? { url, tree: result.tree } : null, env });
        for (const s of choice.skipped)
            log.info(`reference values: not used: ${s}`);
        log.info(`reference values of ${choice.repository.name} (${choice.repository.url}, from ${choice.from}) at ${result.measurements[0].gitVersion || '(no version)'}`);
        const written = writeReferenceValueFiles(result.dir, buildInputFromRecords(result.measurements, choice.repository, (0,external_node_path_.join)(result.dir, load/* RECORD_FILE */.lt)));
        for (const [format, path] of Object.entries(written.files))
            log.info(`reference values (${format}): ${path}`);
        for (const n of written.notes)
            log.info(`reference values: ${n}`);
        return written;
    }
    catch (e) {
        if (!(e instanceof errors_ReferenceValuesError))
            throw e;
        log.warn(`reference values not written: ${e.message}`);
        return none(`not written: ${e.message}`);
    }
}


/***/ }),

/***/ 5421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ builtinMeasure)
});

// EXTERNAL MODULE: ./src/igvm/format.ts
var format = __webpack_require__(12782);
// EXTERNAL MODULE: ./src/igvm/measure.ts + 1 modules
var measure = __webpack_require__(81498);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/igvm/tdx.ts
// The TDX MRTD of an IGVM file, as the igvm crate's measurement/tdx.rs (HEAD, not in 0.4.0)
// computes it: one SHA-384 over MEM.PAGE.ADD (128 bytes) and MR.EXTEND (384 bytes, 256 bytes of
// page data each) records. No COCONUT tool computes it; it is reported as such. A parameter area
// adds one page per 4 KiB of its declared size: the walk stops (MeasureError) rather than add
// more than 4 GiB of them, or pages past the top of the address space.



const PAGE_ADD = Buffer.alloc(128);
Buffer.from('MEM.PAGE.ADD').copy(PAGE_ADD);
const EXTEND = Buffer.alloc(384);
Buffer.from('MR.EXTEND').copy(EXTEND);
const CHUNK = 256;
const TOP = 1n << 64n;
/** Parameter area bytes walked per file at most: 2^20 pages, about a quarter of a second. */
const AREA_BUDGET = 1n << 32n;
const hex = (v) => `0x${v.toString(16)}`;
function tdxMrtd(file) {
    const mask = file.platforms.find(p => p.platformType === format/* PLATFORM_TYPE */.pD.TDX)?.mask;
    if (mask === undefined)
        return null;
    const h = (0,external_node_crypto_.createHash)('sha384');
    const areas = new Map();
    let walked = 0n;
    const addPage = (gpa, data) => {
        PAGE_ADD.writeBigUInt64LE(gpa, 16);
        h.update(PAGE_ADD);
        if (data === undefined)
            return; // not measured: the page is added, its contents are not extended
        for (let off = 0; off < format/* PAGE_4K */.AI; off += CHUNK) {
            EXTEND.writeBigUInt64LE(gpa + BigInt(off), 16);
            EXTEND.fill(0, 128);
            if (data)
                EXTEND.set(data.subarray(off, off + CHUNK), 128);
            h.update(EXTEND);
        }
    };
    for (const d of file.directives) {
        // Headers with a mask apply only when it covers the TDX mask; parameter areas have none.
        if ('mask' in d && (d.mask & mask) !== mask)
            continue;
        if (d.kind === 'parameter-area')
            areas.set(d.index, d.bytes);
        else if (d.kind === 'page-data') {
            if (d.flags & format/* PAGE_FLAGS */.Of.SHARED)
                continue;
            addPage(d.gpa, d.flags & format/* PAGE_FLAGS */.Of.UNMEASURED ? undefined : d.data);
        }
        else if (d.kind === 'parameter-insert') {
            const size = areas.get(d.index) ?? 0n;
            const area = `parameter area ${d.index} inserted at ${hex(d.gpa)} has ${hex(size)} bytes`;
            if (d.gpa + size > TOP)
                throw new measure/* MeasureError */.TG(`${area}: it runs past the top of the 64-bit guest physical address space`);
            walked += size;
            if (walked > AREA_BUDGET)
                throw new measure/* MeasureError */.TG(`${area}, more than the 4 GiB of parameter areas svsm-build walks for the MRTD`);
            for (let gpa = d.gpa; gpa < d.gpa + size; gpa += BigInt(format/* PAGE_4K */.AI))
                addPage(gpa, undefined);
        }
    }
    return h.digest();
}

;// CONCATENATED MODULE: ./src/igvm/inventory.ts
// What is inside an IGVM file, per platform: pages by kind, parameter areas, VMSAs, policy,
// required memory, ID block, and the digests (SNP default and native-zero; TDX MRTD).



const inventory_hex = (v) => `0x${v.toString(16)}`;
function snpPolicy(p) {
    const bit = (n) => ((p >> BigInt(n)) & 1n) === 1n;
    return {
        abiMinor: Number(p & 0xffn),
        abiMajor: Number((p >> 8n) & 0xffn),
        smt: bit(16),
        reservedMustBeOne: bit(17),
        migrateMa: bit(18),
        debug: bit(19),
        singleSocket: bit(20)
    };
}
function inventory(file) {
    const byMask = new Map(file.platforms.map(p => [p.mask, format/* PLATFORM_NAMES */.Z6[p.platformType] ?? String(p.platformType)]));
    const names = (mask) => file.platforms.filter(p => (p.mask & mask) !== 0).map(p => byMask.get(p.mask));
    const pages = {};
    for (const p of file.platforms)
        pages[byMask.get(p.mask)] = {
            data: 0,
            zero: 0,
            unmeasured: 0,
            cpuid: 0,
            secrets: 0,
            shared: 0,
            large: 0,
            bytes: 0
        };
    const areas = new Map();
    const vmsas = [];
    let required = { bytes: 0, ranges: 0 };
    let idBlock = false;
    for (const d of file.directives) {
        if (d.kind === 'page-data') {
            for (const name of names(d.mask)) {
                const c = pages[name];
                const size = d.flags & format/* PAGE_FLAGS */.Of.IS_2MB ? format/* PAGE_2M */.kI : format/* PAGE_4K */.AI;
                c.bytes += size;
                if (d.flags & format/* PAGE_FLAGS */.Of.IS_2MB)
                    c.large++;
                if (d.flags & format/* PAGE_FLAGS */.Of.SHARED)
                    c.shared++;
                const type = format/* DATA_TYPE_NAMES */.xc[d.dataType];
                if (type === 'cpuid' || type === 'cpuid-xf')
                    c.cpuid++;
                else if (type === 'secrets')
                    c.secrets++;
                else if (d.flags & format/* PAGE_FLAGS */.Of.UNMEASURED)
                    c.unmeasured++;
                else if (d.data)
                    c.data++;
                else
                    c.zero++;
            }
        }
        else if (d.kind === 'parameter-area')
            areas.set(d.index, { index: d.index, bytes: Number(d.bytes), insertedAt: null, usedBy: [] });
        else if (d.kind === 'parameter-usage')
            areas.get(d.index)?.usedBy.push(format/* TYPE_NAMES */.et[d.type] ?? inventory_hex(d.type));
        else if (d.kind === 'parameter-insert') {
            const a = areas.get(d.index);
            if (a)
                a.insertedAt = inventory_hex(d.gpa);
        }
        else if (d.kind === 'vp-context' &&
            (d.platformType === format/* PLATFORM_TYPE */.pD.SEV_SNP || d.platformType === format/* PLATFORM_TYPE */.pD.SEV_ES)) {
            const v = Buffer.from(d.data.buffer, d.data.byteOffset, d.data.byteLength);
            const features = v.readBigUInt64LE(format/* VMSA */.yM.SEV_FEATURES);
            vmsas.push({
                gpa: inventory_hex(d.gpa),
                mask: inventory_hex(d.mask),
                cr0: inventory_hex(v.readBigUInt64LE(format/* VMSA */.yM.CR0)),
                rip: inventory_hex(v.readBigUInt64LE(format/* VMSA */.yM.RIP)),
                sevFeatures: inventory_hex(features),
                sevFeatureNames: format/* SEV_FEATURE_NAMES */.lz.filter(([b]) => ((features >> BigInt(b)) & 1n) === 1n).map(([, n]) => n),
                virtualTom: inventory_hex(v.readBigUInt64LE(format/* VMSA */.yM.VIRTUAL_TOM))
            });
        }
        else if (d.kind === 'required-memory')
            required = { bytes: required.bytes + d.bytes, ranges: required.ranges + 1 };
        else if (d.kind === 'snp-id-block')
            idBlock = true;
    }
    const digests = {};
    let matches = null;
    if (file.platforms.some(p => p.platformType === format/* PLATFORM_TYPE */.pD.SEV_SNP)) {
        try {
            const r = (0,measure/* measure */.xP)(file);
            const nativeZero = (0,measure/* measure */.xP)(file, { nativeZero: true }).digest;
            digests.snp = (0,measure/* toHex */.nj)(r.digest);
            digests.snpNativeZero = (0,measure/* toHex */.nj)(nativeZero);
            // The file does not say which zero-page mode it is launched with (igvmmeasure's
            // --native-zero): the block matches when it asserts the digest of either.
            if (r.idBlock)
                matches = r.idBlock.equals(r.digest) || r.idBlock.equals(nativeZero);
        }
        catch (e) {
            if (!(e instanceof measure/* MeasureError */.TG))
                throw e;
            digests.snpError = e.message;
        }
    }
    try {
        const mrtd = tdxMrtd(file);
        if (mrtd)
            digests.tdxMrtd = (0,measure/* toHex */.nj)(mrtd);
    }
    catch (e) {
        if (!(e instanceof measure/* MeasureError */.TG))
            throw e;
        digests.tdxMrtdError = e.message;
    }
    return {
        formatVersion: file.version,
        platforms: file.platforms.map(p => ({
            type: byMask.get(p.mask),
            mask: inventory_hex(p.mask),
            highestVtl: p.highestVtl,
            sharedGpaBoundary: inventory_hex(p.sharedGpaBoundary)
        })),
        policies: file.policies.map(p => ({
            mask: inventory_hex(p.mask),
            policy: inventory_hex(p.policy),
            decoded: snpPolicy(p.policy)
        })),
        pages,
        parameterAreas: [...areas.values()],
        vmsas,
        requiredMemory: required,
        idBlock: { present: idBlock, matches },
        ...(file.corim.length > 0
            ? {
                corim: file.corim.map(h => ({
                    kind: h.kind,
                    platforms: names(h.mask),
                    mask: inventory_hex(h.mask),
                    bytes: h.size,
                    offset: inventory_hex(h.offset)
                }))
            }
            : {}),
        ...(file.skipped.length > 0
            ? {
                skippedOptional: file.skipped.map(h => ({
                    type: inventory_hex(h.type),
                    offset: inventory_hex(h.offset),
                    bytes: h.length
                }))
            }
            : {}),
        digests
    };
}
function renderInventoryTable(inv) {
    const lines = [`IGVM format V${inv.formatVersion}`];
    lines.push(`platforms: ${inv.platforms.map(p => `${p.type} (mask ${p.mask}${p.sharedGpaBoundary !== '0x0' ? `, vTOM ${p.sharedGpaBoundary}` : ''})`).join(', ')}`);
    for (const p of inv.policies)
        lines.push(`policy: ${p.policy} (mask ${p.mask})`);
    lines.push('pages        data   zero  unmeas  cpuid  secrets  shared  2MiB  bytes');
    for (const [name, c] of Object.entries(inv.pages)) {
        lines.push(`  ${name.padEnd(9)} ${[c.data, c.zero, c.unmeasured, c.cpuid, c.secrets, c.shared, c.large].map(n => String(n).padStart(6)).join(' ')}  ${c.bytes}`);
    }
    lines.push(`parameter areas: ${inv.parameterAreas.map(a => `#${a.index} ${a.bytes} B at ${a.insertedAt ?? '(not inserted)'}${a.usedBy.length ? ` [${a.usedBy.join(', ')}]` : ''}`).join('; ') || 'none'}`);
    for (const v of inv.vmsas)
        lines.push(`VMSA at ${v.gpa}: cr0 ${v.cr0}, rip ${v.rip}, sev_features ${v.sevFeatures} (${v.sevFeatureNames.join(', ')})`);
    lines.push(`required memory: ${inv.requiredMemory.bytes} bytes in ${inv.requiredMemory.ranges} range(s)`);
    for (const h of inv.corim ?? [])
        lines.push(`CoRIM ${h.kind} for ${h.platforms.join(', ') || `mask ${h.mask} (no platform)`}: ${h.bytes} bytes at header ${h.offset} (not measured)`);
    for (const h of inv.skippedOptional ?? [])
        lines.push(`optional header ${h.type} at ${h.offset} (${h.bytes} bytes): type not known, skipped`);
    lines.push(`ID block: ${inv.idBlock.present ? (inv.idBlock.matches ? 'present, matches' : 'present, DOES NOT match') : 'none'}`);
    if (inv.digests.snp)
        lines.push(`SEV-SNP launch digest:              ${inv.digests.snp}`, `SEV-SNP launch digest (native-zero): ${inv.digests.snpNativeZero}`);
    if (inv.digests.snpError)
        lines.push(`SEV-SNP launch digest: ${inv.digests.snpError}`);
    if (inv.digests.tdxMrtd)
        lines.push(`TDX MRTD (svsm-build, after the igvm crate; no COCONUT tool computes it): ${inv.digests.tdxMrtd}`);
    if (inv.digests.tdxMrtdError)
        lines.push(`TDX MRTD: not computed: ${inv.digests.tdxMrtdError}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/igvm/parse.ts + 10 modules
var parse = __webpack_require__(34685);
;// CONCATENATED MODULE: ./src/engine/builtin-measure.ts
// Our own reader in the shape the runner wants: the SEV-SNP digest igvmmeasure would print for the
// target's flags, plus the file's inventory and (for TDX platforms) the MRTD.



const TDX_NOTE = 'computed by svsm-build after the igvm crate (measurement/tdx.rs); no COCONUT tool computes it';
const builtinMeasure = (bytes, o) => {
    const file = (0,parse/* parseIgvm */.V)(bytes);
    const r = (0,measure/* measure */.xP)(file, { checkKvm: o.checkKvm, nativeZero: o.nativeZero });
    if (r.idBlock && !r.idBlock.equals(r.digest)) {
        throw new measure/* MeasureError */.TG(`the ID block expects ${(0,measure/* toHex */.nj)(r.idBlock)}, the file measures ${(0,measure/* toHex */.nj)(r.digest)}`);
    }
    const inv = inventory(file);
    const { digests, ...rest } = inv;
    return {
        digest: (0,measure/* toHex */.nj)(r.digest),
        details: {
            inventory: rest,
            ...(digests.tdxMrtd ? { tdxMrtd: { value: digests.tdxMrtd, note: TDX_NOTE } } : {})
        }
    };
};


/***/ }),

/***/ 53166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseIgvmmeasureOutput)
/* harmony export */ });
/* unused harmony export formatIgvmmeasureBlock */
// igvmmeasure's `measure` block: a blank line, 111 '=', `igvmmeasure '<file>'`,
// `Launch Digest: <HEX>`, the '=' line again and a blank line.
const BLOCK = /^igvmmeasure '([^\n]*)'\nLaunch Digest: ([0-9A-F]+)$/gm;
/** Every digest block in `stdout`, in order. */
function parseIgvmmeasureOutput(stdout) {
    return [...stdout.replace(/\r\n/g, '\n').matchAll(BLOCK)].map(m => ({ file: m[1], digest: m[2] }));
}
function formatIgvmmeasureBlock(file, digest) {
    const line = '='.repeat(111);
    return `\n${line}\nigvmmeasure '${file}'\nLaunch Digest: ${digest}\n${line}\n\n`;
}


/***/ }),

/***/ 23294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ writeRecords),
/* harmony export */   i: () => (/* binding */ recordsText)
/* harmony export */ });
/* harmony import */ var _util_write_atomic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12093);
// The one way a measurements.json is written: pretty JSON with a final newline, whole or not at all.

const recordsText = (records) => `${JSON.stringify(records, null, 2)}\n`;
const writeRecords = (file, records) => (0,_util_write_atomic_js__WEBPACK_IMPORTED_MODULE_0__/* .writeFileAtomic */ .Z)(file, recordsText(records));


/***/ }),

/***/ 13968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// git as every room runs it: argv, never a shell; the answer with its stdout and its last words.

function git(cwd, args) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
    return { ok: r.status === 0, out: r.stdout ?? '', err: (r.stderr ?? '').trim() };
}


/***/ }),

/***/ 12093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _system_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36208);
// A file appears whole or not at all: written beside its place, then renamed over it. On an error
// (a full disk, a read-only folder) nothing is left: neither the half-written temporary file nor a
// claim that the file was written.


function writeFileAtomic(path, data) {
    const tmp = `${path}.tmp-${process.pid}`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, data);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, path);
    }
    catch (e) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        }
        catch {
            // The first error is the one to report (a folder that refuses writes refuses this too).
        }
        // The caller knows the file by its own name, not by the temporary one.
        if ((0,_system_error_js__WEBPACK_IMPORTED_MODULE_1__/* .isSystemError */ .Or)(e))
            e.path = path;
        throw e;
    }
}


/***/ })

};
