export const id = 341;
export const ids = [341];
export const modules = {

/***/ 341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectCommand: () => (/* binding */ inspectCommand)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _igvm_read_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1624);
/* harmony import */ var _igvm_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5002);
/* harmony import */ var _igvm_id_block_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2540);
/* harmony import */ var _igvm_inventory_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6718);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5377);
// `svsm-build inspect FILE [--json]`: what an IGVM file holds, and its digests; for a signed file
// also the ID key and author key digests, the values a verifier pins next to the launch digest.






/** Node reads at most 2 GiB into one buffer; an IGVM file's own offsets are 32-bit. */
const INSPECT_COMMAND = (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .command */ .G5)({
    synopsis: ['svsm-build inspect <FILE> [--json]'],
    about: 'Shows what an IGVM file holds (platforms, pages by kind, parameter areas, VMSAs) and its digests:\nSEV-SNP, SEV, SEV-ES launch digests and the TDX MRTD; for a signed file the ID key and author\nkey digests, the values a verifier pins next to the launch digest.',
    flags: { json: { help: 'Machine-readable output' } },
    args: { min: 1, max: 1, what: 'one IGVM file' },
    footer: 'Exit codes: 0 shown, 1 the file cannot be read or is not a valid IGVM file, 2 usage error.'
});
async function inspectCommand(args) {
    const parsed = (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .bQ)(INSPECT_COMMAND, args);
    if (!parsed)
        return 0;
    const json = parsed.values.json;
    const file = parsed.positionals[0];
    try {
        const parsed = (0,_igvm_id_block_js__WEBPACK_IMPORTED_MODULE_3__/* .parseIgvmWithBytes */ .S_)((0,_igvm_read_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readIgvmFile */ .q)(file), file);
        const inv = (0,_igvm_inventory_js__WEBPACK_IMPORTED_MODULE_4__/* .inventory */ .p)(parsed.file);
        const facts = (0,_igvm_id_block_js__WEBPACK_IMPORTED_MODULE_3__/* .idBlockFacts */ .IH)(parsed);
        const signatures = (0,_igvm_id_block_js__WEBPACK_IMPORTED_MODULE_3__/* .idBlockSignatures */ .Cf)(parsed);
        process.stdout.write(json
            ? `${JSON.stringify({ ...inv, signed: facts && { ...facts, signatures } }, null, 2)}\n`
            : (0,_igvm_inventory_js__WEBPACK_IMPORTED_MODULE_4__/* .renderInventoryTable */ .P)(inv) + (facts ? renderSigned(facts, signatures) : ''));
        return 0;
    }
    catch (e) {
        // The system's refusals (ENOENT, EISDIR) are the entry point's, as for every command.
        if (!(e instanceof _igvm_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IgvmError */ .k || e instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadInput */ .kp))
            throw e;
        process.stderr.write(`error: ${e.message}\n`);
        return 1;
    }
}
function renderSigned(f, s) {
    const ok = (v) => (v ? 'valid' : 'INVALID');
    return [
        `ID block launch digest:             ${f.ld}`,
        `ID key digest:                      ${f.idKeyDigest} (ID block signature ${ok(s.idBlock)})`,
        `author key digest:                  ${f.authorKeyDigest ?? 'none (no author key)'}${s.author === null ? '' : ` (signature ${ok(s.author)})`}`,
        `family id ${f.familyId}, image id ${f.imageId}, version ${f.version}, guest svn ${f.guestSvn}, policy ${f.policy}`,
        ''
    ].join('\n');
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

/***/ 2540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ idBlockSignatures),
/* harmony export */   IH: () => (/* binding */ idBlockFacts),
/* harmony export */   S_: () => (/* binding */ parseIgvmWithBytes),
/* harmony export */   rw: () => (/* binding */ verifySnpSignature)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2782);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6065);
// The SEV-SNP ID block of a signed IGVM file, decoded into the values an attestation report
// carries (ID key digest, author key digest, family and image id) so a verifier can pin them.
// The reader keeps only the ld of the block, so the body is read again from the file bytes.



function parseIgvmWithBytes(bytes, name) {
    return { file: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseIgvm */ .V)(bytes, name), bytes };
}
// IGVM_VHS_SNP_ID_BLOCK body offsets (igvm-format.md).
const B = {
    AUTHOR_KEY_ENABLED: 0x4,
    LD: 0x8,
    FAMILY_ID: 0x38,
    IMAGE_ID: 0x48,
    VERSION: 0x58,
    GUEST_SVN: 0x5c,
    ID_SIGNATURE: 0x68,
    ID_KEY: 0xf8,
    AUTHOR_SIGNATURE: 0x190,
    AUTHOR_KEY: 0x220
};
const POINT = 72;
/** The SNP ABI's ECDSA public key structure: curve u32, Qx, Qy, zero padding to 0x404 bytes. */
const SNP_PUBKEY_SIZE = 0x404;
const upper = (b) => Buffer.from(b).toString('hex').toUpperCase();
function rawBlock(parsed) {
    const { file, bytes } = parsed;
    const snp = file.platforms.find(p => p.platformType === _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PLATFORM_TYPE */ .pD.SEV_SNP);
    if (!snp)
        return null;
    // The last block that applies to SEV-SNP is the one igvmmeasure compares and a loader uses.
    const d = file.directives.filter(x => x.kind === 'snp-id-block' && (x.mask & snp.mask) !== 0).at(-1);
    if (!d)
        return null;
    const body = Buffer.from(bytes.buffer, bytes.byteOffset + d.offset + 8, 0x2b8);
    const policy = file.policies.find(p => (p.mask & snp.mask) !== 0)?.policy ?? 0n;
    return { body, policy };
}
/** The IGVM key (curve u32, reserved u32, Qx, Qy) rewritten in the SNP ABI layout. */
function snpPublicKey(igvmKey) {
    const k = Buffer.from(igvmKey.buffer, igvmKey.byteOffset, 8 + 2 * POINT);
    const out = Buffer.alloc(SNP_PUBKEY_SIZE);
    out.writeUInt32LE(k.readUInt32LE(0), 0);
    k.copy(out, 4, 8, 8 + 2 * POINT);
    return out;
}
const sha384Upper = (b) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha384').update(b).digest('hex').toUpperCase();
function idBlockFacts(parsed) {
    const raw = rawBlock(parsed);
    if (!raw)
        return null;
    const { body } = raw;
    const key = (at) => body.subarray(at, at + 8 + 2 * POINT);
    return {
        ld: upper(body.subarray(B.LD, B.LD + 48)),
        familyId: upper(body.subarray(B.FAMILY_ID, B.FAMILY_ID + 16)),
        imageId: upper(body.subarray(B.IMAGE_ID, B.IMAGE_ID + 16)),
        version: body.readUInt32LE(B.VERSION),
        guestSvn: body.readUInt32LE(B.GUEST_SVN),
        policy: `0x${raw.policy.toString(16)}`,
        idKeyDigest: sha384Upper(snpPublicKey(key(B.ID_KEY))),
        authorKeyDigest: body[B.AUTHOR_KEY_ENABLED] ? sha384Upper(snpPublicKey(key(B.AUTHOR_KEY))) : null
    };
}
/** Little-endian 72-byte integer to the big-endian 48 bytes of a P-384 value. */
const p384Be = (le) => Buffer.from(le.subarray(0, 48)).reverse();
/** An ECDSA P-384 public key from its SNP little-endian Qx/Qy fields. */
function p384Key(qxLe, qyLe) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({
        key: {
            kty: 'EC',
            crv: 'P-384',
            x: p384Be(qxLe).toString('base64url'),
            y: p384Be(qyLe).toString('base64url')
        },
        format: 'jwk'
    });
}
/** Verifies an SNP-layout signature (r, s little-endian, 72 bytes each) with SHA-384. */
function verifySnpSignature(key, data, sig) {
    const p1363 = Buffer.concat([p384Be(sig.subarray(0, POINT)), p384Be(sig.subarray(POINT, 2 * POINT))]);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha384', data, { key, dsaEncoding: 'ieee-p1363' }, p1363);
}
function idBlockSignatures(parsed) {
    const raw = rawBlock(parsed);
    if (!raw)
        return null;
    const { body } = raw;
    const signed = Buffer.alloc(0x60);
    body.copy(signed, 0, B.LD, B.GUEST_SVN + 4);
    signed.writeBigUInt64LE(raw.policy, 0x58);
    const keyOf = (at) => {
        try {
            return p384Key(body.subarray(at + 8, at + 8 + POINT), body.subarray(at + 8 + POINT, at + 8 + 2 * POINT));
        }
        catch {
            return null; // not a point on P-384: no signature by it can hold
        }
    };
    const sigAt = (at) => body.subarray(at, at + 2 * POINT);
    const idKey = keyOf(B.ID_KEY);
    const idBlock = idKey !== null && verifySnpSignature(idKey, signed, sigAt(B.ID_SIGNATURE));
    let author = null;
    if (body[B.AUTHOR_KEY_ENABLED]) {
        const authorKey = keyOf(B.AUTHOR_KEY);
        author =
            authorKey !== null &&
                verifySnpSignature(authorKey, snpPublicKey(body.subarray(B.ID_KEY)), sigAt(B.AUTHOR_SIGNATURE));
    }
    return { idBlock, author };
}


/***/ }),

/***/ 6718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ inventory),
  P: () => (/* binding */ renderInventoryTable)
});

// EXTERNAL MODULE: ./src/igvm/format.ts
var format = __webpack_require__(2782);
// EXTERNAL MODULE: ./src/igvm/measure.ts
var measure = __webpack_require__(2477);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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


/***/ })

};
