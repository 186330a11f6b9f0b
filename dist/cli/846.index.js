export const id = 846;
export const ids = [846];
export const modules = {

/***/ 9846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyReportCommand: () => (/* binding */ verifyReportCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/record/load.ts
var load = __webpack_require__(9397);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-schema/build/cjs/index.js
var cjs = __webpack_require__(7261);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-x509/build/cjs/index.js
var build_cjs = __webpack_require__(3594);
// EXTERNAL MODULE: ./node_modules/asn1js/build/index.js
var build = __webpack_require__(4549);
;// CONCATENATED MODULE: ./src/snp/pem.ts
// The DER objects of a PEM or DER file, read strictly and in one pass over the input: PEM blocks
// with the expected label and nothing but blank lines between them, canonical base64, and each
// DER object exactly one definite-length SEQUENCE with no byte after it.
class CertificateError extends Error {
    name = 'CertificateError';
}
/** Labels accepted for each (RFC 7468's, and "CRL" as some tools write it). */
const LABELS = { CERTIFICATE: ['CERTIFICATE'], 'X509 CRL': ['X509 CRL', 'CRL'] };
const shown = (line) => JSON.stringify(line.length > 40 ? `${line.slice(0, 40)}...` : line);
const BASE64_LINE = /^[A-Za-z0-9+/]*={0,2}$/;
/** The DER blocks of `bytes`: each PEM block labelled `label`, or the whole input when it is not PEM. */
function derBlocks(bytes, name, label, maxBlocks) {
    let start = 0;
    while (start < bytes.length && /\s/.test(String.fromCharCode(bytes[start])))
        start++;
    const blocks = bytes.subarray(start, start + 11).toString('latin1') === '-----BEGIN ' ? pem() : [bytes];
    for (const [i, b] of blocks.entries()) {
        const problem = derFraming(b);
        if (problem)
            throw new CertificateError(`${name}: ${blocks.length > 1 ? `block ${i + 1}: ` : ''}${problem}; expected one DER ${label === 'CERTIFICATE' ? 'X.509 certificate' : 'X.509 CRL'}`);
    }
    return blocks;
    function pem() {
        const begin = `-----BEGIN ${label}-----`;
        const begins = LABELS[label].map(l => `-----BEGIN ${l}-----`);
        let end = `-----END ${label}-----`;
        const out = [];
        const lines = bytes.toString('latin1').split('\n');
        let body = null;
        let begunAt = 0;
        for (const [i, raw] of lines.entries()) {
            const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
            const at = `${name}: line ${i + 1}`;
            if (body === null) {
                if (line.trim() === '')
                    continue;
                if (!begins.includes(line))
                    throw new CertificateError(`${at}: expected "${begin}" or a blank line, found ${shown(line)}`);
                if (out.length === maxBlocks)
                    throw new CertificateError(`${at}: more than ${maxBlocks} ${label} block(s); expected at most ${maxBlocks}`);
                body = [];
                begunAt = i + 1;
                end = `-----END ${line.slice(11, -5)}-----`;
            }
            else if (line === end) {
                const b64 = body.join('');
                const der = Buffer.from(b64, 'base64');
                if (der.length === 0 || der.toString('base64') !== b64)
                    throw new CertificateError(`${name}: the block begun on line ${begunAt} is not canonical base64`);
                out.push(der);
                body = null;
            }
            else if (!BASE64_LINE.test(line))
                throw new CertificateError(`${at}: found ${shown(line)} inside the block begun on line ${begunAt}; expected base64 or "${end}"`);
            else
                body.push(line);
        }
        if (body !== null)
            throw new CertificateError(`${name}: the block begun on line ${begunAt} has no "${end}" line`);
        return out;
    }
}
/** Why `b` is not exactly one definite-length DER SEQUENCE, or null when it is. */
function derFraming(b) {
    if (b.length < 2 || b[0] !== 0x30)
        return 'does not start with a DER SEQUENCE';
    const first = b[1];
    let header = 2;
    let length = first;
    if (first >= 0x80) {
        const n = first & 0x7f;
        if (n === 0)
            return 'has an indefinite length (BER, not DER)';
        if (n > 4 || b.length < 2 + n)
            return 'has a length field that does not fit';
        length = 0;
        for (let i = 0; i < n; i++)
            length = length * 256 + b[2 + i];
        if (b[2] === 0 || length < 0x80)
            return 'has a length in more bytes than DER allows';
        header = 2 + n;
    }
    const total = header + length;
    if (total > b.length)
        return `is cut short: it declares ${total} bytes, ${b.length} are there`;
    if (total < b.length)
        return `has ${b.length - total} byte(s) after its end`;
    return null;
}

;// CONCATENATED MODULE: ./src/snp/certificate.ts
// An X.509 certificate of AMD's SEV-SNP chain, read strictly: node:crypto (OpenSSL) parses and
// verifies it; @peculiar/asn1-x509 reads what OpenSSL does not expose (the SubjectPublicKeyInfo
// as encoded, the signature algorithm, AMD's KDS extensions under 1.3.6.1.4.1.3704.1).






const ALGORITHMS = {
    '1.2.840.113549.1.1.10': 'RSA-PSS',
    '1.2.840.113549.1.1.12': 'RSA PKCS#1 v1.5 SHA-384',
    '1.2.840.113549.1.1.11': 'RSA PKCS#1 v1.5 SHA-256',
    '1.2.840.10045.4.3.3': 'ECDSA SHA-384'
};
const algorithmName = (oid) => ALGORITHMS[oid] ?? `OID ${oid}`;
const AMD_ARC = '1.3.6.1.4.1.3704.1.';
const SPL_OIDS = {
    '3.1': 'bl',
    '3.2': 'tee',
    '3.3': 'snp',
    '3.8': 'ucode',
    '3.9': 'fmc'
};
const normalSerial = (hex) => hex.toUpperCase().replace(/^(00)+(?=.)/, '') || '00';
/** The certificates of a PEM file (at most `maxBlocks`), or the one certificate of a DER file. */
function readCertificates(bytes, name, maxBlocks = 4) {
    return derBlocks(bytes, name, 'CERTIFICATE', maxBlocks).map((der, i, all) => parseCertificate(der, all.length > 1 ? `${name}: certificate ${i + 1}` : name));
}
function parseCertificate(der, name) {
    let x509;
    let asn;
    try {
        x509 = new external_node_crypto_.X509Certificate(der);
        asn = cjs.AsnParser.parse(der, build_cjs.Certificate);
    }
    catch (e) {
        throw new CertificateError(`${name}: not an X.509 certificate (${e.message})`);
    }
    const tbs = asn.tbsCertificate;
    const spki = Buffer.from(cjs.AsnConvert.serialize(tbs.subjectPublicKeyInfo));
    return {
        x509,
        spkiSha256: (0,external_node_crypto_.createHash)('sha256').update(spki).digest('hex'),
        serial: normalSerial(Buffer.from(tbs.serialNumber).toString('hex')),
        cn: /(?:^|\n)CN=([^\n]+)/.exec(x509.subject)?.[1] ?? x509.subject.replace(/\n/g, ', '),
        subjectDer: Buffer.from(cjs.AsnConvert.serialize(tbs.subject)),
        signatureAlgorithm: algorithmName(asn.signatureAlgorithm.algorithm),
        amd: amdExtensions(tbs.extensions ?? [])
    };
}
/** One BER element of exactly `bytes`, or null when there is more or less. */
function single(bytes) {
    const r = build.fromBER(bytes);
    return r.offset === bytes.byteLength && r.result.error === '' ? r.result : null;
}
function amdExtensions(exts) {
    const out = { productName: null, hwId: null, cspId: null, spl: {}, problems: [] };
    const seen = new Set();
    for (const e of exts) {
        if (!e.extnID.startsWith(AMD_ARC))
            continue;
        const arc = e.extnID.slice(AMD_ARC.length);
        if (seen.has(arc))
            out.problems.push(`extension ${e.extnID} appears twice`);
        seen.add(arc);
        const value = e.extnValue.buffer;
        const v = single(value);
        if (arc === '2' || arc === '5') {
            if (!(v instanceof build.IA5String))
                out.problems.push(`extension ${e.extnID} is not an IA5String`);
            else if (arc === '2')
                out.productName = v.getValue();
            else
                out.cspId = v.getValue();
        }
        else if (arc === '4') {
            // AMD writes the hwID as the raw bytes, without an OCTET STRING header; accept either.
            const raw = Buffer.from(value);
            const inner = v instanceof build.OctetString ? Buffer.from(v.valueBlock.valueHexView) : null;
            const id = raw.length === 64 || raw.length === 8 ? raw : inner;
            if (!id || (id.length !== 64 && id.length !== 8))
                out.problems.push(`extension ${e.extnID} (hwID) has ${raw.length} bytes, expected 64 (or 8 on Turin)`);
            else
                out.hwId = id;
        }
        else if (SPL_OIDS[arc]) {
            const n = v instanceof build.Integer ? v.valueBlock.valueDec : NaN;
            if (!Number.isInteger(n) || n < 0 || n > 255)
                out.problems.push(`extension ${e.extnID} (${SPL_OIDS[arc]}SPL) is not an INTEGER 0-255`);
            else
                out.spl[SPL_OIDS[arc]] = n;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/snp/amd-roots.ts
const AMD_ROOTS = [
    {
        product: 'Milan',
        ark: '9f056bee44377e29308cb5ffa895bdfb62d18881fa6bed8d6f075b0204089cb9',
        ask: '42491669ccb851d627ea9846cd24eccbeb7de7c2a62740120fff88001d38ebb6',
        asvk: '66450a123ea5876206df67f2514a4fea224c0f63b18313423078b0edc4535e33'
    },
    {
        product: 'Genoa',
        ark: '429a69c9422aa258ee4d8db5fcda9c6470ef15f8cd5a9cebd6cbc7d90b863831',
        ask: '0324d55bcd48ba877a8fd87c0e1b4934dec8448e3807a24384a34dc6a6c9ebb8',
        asvk: '7d1633252ebbadaa75f96e9b4e6f7d43a90ceb3f843937482630f8da2459264e'
    },
    {
        product: 'Turin',
        ark: '4f125410563a2ab9a50356f9243f6fe0b6f73de98603f53f90339c70e9d7ad08',
        ask: '0000ead352025f208bf55297c4192c34cd1b878002107366d8f2065a9ae7d3a9',
        asvk: 'bfc441408b2f806c5dbf180bd8920e6e60dd404d82141780d85dbf962954d386'
    }
];
/** The AMD root whose ARK has this key, if any. */
const amdRootOfArk = (spkiSha256) => AMD_ROOTS.find(r => r.ark === spkiSha256);

;// CONCATENATED MODULE: ./src/snp/chain.ts
// AMD's certificate chain for a report: ARK (self-signed) -> ASK -> VCEK, or ARK -> ASVK -> VLEK,
// the first two links RSA-PSS with SHA-384 as AMD issues them. node:crypto verifies the
// signatures; the root is trusted only when its public key is AMD's ARK for the product
// (amd-roots.ts) or the one the user named with --trusted-ark.


/** ARK and intermediates from a chain file in any order: the ARK is the one self-signed certificate. */
function splitChain(certs, name) {
    const selfSigned = certs.filter(c => c.x509.checkIssued(c.x509) && c.x509.verify(c.x509.publicKey));
    if (certs.length < 2 || certs.length > 3 || selfSigned.length !== 1)
        throw new CertificateError(`${name}: holds ${certs.length} certificate(s), ${selfSigned.length} of them self-signed; expected AMD's ARK (self-signed) and the ASK or ASVK (or both) under it`);
    const ark = selfSigned[0];
    return { ark, intermediates: certs.filter(c => c !== ark) };
}
const INTERMEDIATE = { VCEK: 'ASK', VLEK: 'ASVK' };
const chain_short = (h) => `${h.slice(0, 16)}...`;
/** One link: `cert` issued and signed by `issuer`, valid at `now`. */
function chain_link(cert, issuer, wantPss, now) {
    const problems = [];
    if (!cert.x509.checkIssued(issuer.x509))
        problems.push(`its issuer is not ${issuer.cn}`);
    else if (!cert.x509.verify(issuer.x509.publicKey))
        problems.push(`the signature by ${issuer.cn} does not verify`);
    if (wantPss && cert.signatureAlgorithm !== 'RSA-PSS')
        problems.push(`signed with ${cert.signatureAlgorithm}, expected RSA-PSS as AMD signs`);
    const from = new Date(cert.x509.validFrom);
    const to = new Date(cert.x509.validTo);
    if (now < from || now > to)
        problems.push(`not valid on ${now.toISOString()} (valid ${from.toISOString()} to ${to.toISOString()})`);
    return problems.map(p => `${cert.cn}: ${p}`);
}
function verifyChain(i) {
    const { leaf, ark } = i;
    const mid = INTERMEDIATE[i.leafKind];
    const intermediate = i.intermediates.find(c => leaf.x509.checkIssued(c.x509)) ?? null;
    const fail = (detail) => ({ ok: false, detail, root: null, intermediate });
    if (!intermediate)
        return fail(`no certificate of the chain issued the ${i.leafKind} (its issuer is ${/CN=([^\n]+)/.exec(leaf.x509.issuer)?.[1] ?? leaf.x509.issuer}; the chain holds ${i.intermediates.map(c => c.cn).join(', ')})`);
    const problems = [
        ...chain_link(ark, ark, true, i.now),
        ...chain_link(intermediate, ark, true, i.now),
        ...chain_link(leaf, intermediate, true, i.now)
    ];
    const key = leaf.x509.publicKey;
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'secp384r1')
        problems.push(`the ${i.leafKind}'s key is ${key.asymmetricKeyType} ${key.asymmetricKeyDetails?.namedCurve ?? ''}, expected EC P-384`);
    // The root: AMD's ARK of the report's product, or the one the user trusts explicitly.
    const amd = amdRootOfArk(ark.spkiSha256);
    let root = null;
    let rootText = '';
    if (amd && (!i.product || amd.product === i.product)) {
        root = { by: 'amd', product: amd.product };
        rootText = `AMD's ${amd.product} ARK (SPKI sha256 ${chain_short(ark.spkiSha256)})`;
        const pinned = i.leafKind === 'VCEK' ? amd.ask : amd.asvk;
        rootText +=
            intermediate.spkiSha256 === pinned
                ? `, ${intermediate.cn} its pinned ${mid}`
                : `, ${intermediate.cn} an ${mid} it signed (not the one pinned here)`;
    }
    else if (i.trustedArk && i.trustedArk.cert.spkiSha256 === ark.spkiSha256) {
        root = { by: 'user', file: i.trustedArk.file };
        rootText = `user-supplied: ${ark.cn} from --trusted-ark ${i.trustedArk.file} (SPKI sha256 ${chain_short(ark.spkiSha256)}), not AMD's`;
    }
    else {
        const want = AMD_ROOTS.filter(r => !i.product || r.product === i.product);
        problems.push(amd
            ? `the ARK is AMD's ${amd.product} ARK, but the report is from ${i.product}`
            : `the ARK ${ark.cn} (SPKI sha256 ${ark.spkiSha256}) is not AMD's ${want.map(r => `${r.product} ARK (${chain_short(r.ark)})`).join(' or ')}${i.trustedArk ? ` nor --trusted-ark ${i.trustedArk.file} (${chain_short(i.trustedArk.cert.spkiSha256)})` : ''}; a chain under another root needs --trusted-ark`);
    }
    if (problems.length > 0)
        return { ok: false, detail: problems.join('; '), root, intermediate };
    const until = (c) => new Date(c.x509.validTo).toISOString().slice(0, 10);
    return {
        ok: true,
        root,
        intermediate,
        detail: `ARK -> ${mid} -> ${i.leafKind}: ${intermediate.cn} and ${leaf.cn} signed by ${ark.cn} and ${intermediate.cn} (RSA-PSS), valid until ${until(intermediate)} and ${until(leaf)}; root ${rootText}`
    };
}

// EXTERNAL MODULE: ./src/igvm/id-block.ts
var id_block = __webpack_require__(2540);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-rsa/build/cjs/index.js
var asn1_rsa_build_cjs = __webpack_require__(7300);
;// CONCATENATED MODULE: ./src/snp/crl.ts
// A certificate revocation list as AMD's KDS serves it (`/{vcek,vlek}/v1/<product>/crl`): issued
// and signed by the product's ARK with RSA-PSS. Parsed with @peculiar/asn1-x509, its signature
// verified with node:crypto over the TBSCertList bytes as they are in the file.






const HASHES = {
    '1.3.14.3.2.26': 'sha1',
    '2.16.840.1.101.3.4.2.1': 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512'
};
const nameText = (n) => n
    .map(rdn => rdn.map(a => `${a.type === '2.5.4.3' ? 'CN' : a.type}=${a.value.toString()}`).join('+'))
    .filter(s => s.startsWith('CN='))
    .join(', ') || '(no CN)';
function readCrl(bytes, name) {
    const [der] = derBlocks(bytes, name, 'X509 CRL', 1);
    try {
        return parse(cjs.AsnParser.parse(der, build_cjs.CertificateList), name);
    }
    catch (e) {
        if (e instanceof CertificateError)
            throw e;
        throw new CertificateError(`${name}: not an X.509 CRL (${e.message})`);
    }
}
function parse(list, name) {
    const tbs = list.tbsCertList;
    if (!list.tbsCertListRaw)
        throw new CertificateError(`${name}: not an X.509 CRL (no TBSCertList)`);
    let pss = null;
    if (list.signatureAlgorithm.algorithm === '1.2.840.113549.1.1.10') {
        const raw = list.signatureAlgorithm.parameters;
        const p = raw ? cjs.AsnParser.parse(raw, asn1_rsa_build_cjs.RsaSaPssParams) : new asn1_rsa_build_cjs.RsaSaPssParams();
        pss = { hash: HASHES[p.hashAlgorithm.algorithm] ?? p.hashAlgorithm.algorithm, saltLength: p.saltLength };
    }
    return {
        issuer: Buffer.from(cjs.AsnConvert.serialize(tbs.issuer)),
        issuerText: nameText(tbs.issuer),
        thisUpdate: tbs.thisUpdate.getTime(),
        nextUpdate: tbs.nextUpdate?.getTime() ?? null,
        entries: (tbs.revokedCertificates ?? []).map(e => {
            const ext = e.crlEntryExtensions?.find(x => x.extnID === build_cjs.id_ce_cRLReasons);
            let reason = null;
            if (ext) {
                const r = cjs.AsnParser.parse(ext.extnValue.buffer, build_cjs.CRLReason).reason;
                reason = build_cjs.CRLReasons[r] ?? `reason ${r}`;
            }
            return {
                serial: normalSerial(Buffer.from(e.userCertificate).toString('hex')),
                date: e.revocationDate.getTime(),
                reason
            };
        }),
        tbs: Buffer.from(list.tbsCertListRaw),
        signature: Buffer.from(list.signature),
        algorithm: algorithmName(list.signatureAlgorithm.algorithm),
        pss
    };
}
/** Why the CRL is not the ARK's current list, or null when it is. */
function crlProblem(crl, ark, now) {
    if (!crl.issuer.equals(ark.subjectDer))
        return `the CRL is issued by ${crl.issuerText}, not by the ARK ${ark.cn}`;
    if (!crl.pss)
        return `the CRL is signed with ${crl.algorithm}, expected RSA-PSS as AMD signs`;
    let ok = false;
    try {
        ok = (0,external_node_crypto_.verify)(crl.pss.hash, crl.tbs, { key: ark.x509.publicKey, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: crl.pss.saltLength }, crl.signature);
    }
    catch {
        ok = false; // a hash or key node:crypto cannot use: nothing verifies
    }
    if (!ok)
        return `the CRL's signature does not verify with the ARK ${ark.cn}`;
    if (crl.thisUpdate > now)
        return `the CRL is dated ${crl.thisUpdate.toISOString()}, after ${now.toISOString()}`;
    if (crl.nextUpdate && crl.nextUpdate < now)
        return `the CRL is out of date: its next update was due ${crl.nextUpdate.toISOString()}; fetch it again`;
    return null;
}
/** The CRL's entry for a certificate (AMD's CRL covers the chain below the ARK; matched by serial). */
function revocation(crl, cert) {
    return crl.entries.find(e => e.serial === cert.serial && e.reason !== 'removeFromCRL') ?? null;
}

;// CONCATENATED MODULE: ./src/snp/product.ts
// AMD's SEV-SNP products and what differs between them: which CPUID a report names, and how the
// 8-byte TCB_VERSION is laid out (SNP ABI, AMD 56860, TCB_VERSION; Turin's adds the FMC SPL and
// moves the others). Pure facts; nothing here reads a file.
const PRODUCTS = ['Milan', 'Genoa', 'Turin'];
/**
 * The product of a CPUID family and model, as a version 3+ report states them (family 0x19:
 * Milan models 0x00-0x0F, Genoa 0x10-0x1F and 0xA0-0xAF; family 0x1A: Turin models 0x00-0x11).
 */
function productOfCpuid(family, model) {
    if (family === 0x19) {
        if (model <= 0x0f)
            return 'Milan';
        if ((model >= 0x10 && model <= 0x1f) || (model >= 0xa0 && model <= 0xaf))
            return 'Genoa';
    }
    if (family === 0x1a && model <= 0x11)
        return 'Turin';
    return null;
}
/** The product of a V[CL]EK's productName extension ("Milan-B0", "Turin-B1"): the part before the stepping. */
function productOfName(name) {
    const base = name.split('-')[0];
    return PRODUCTS.includes(base) ? base : null;
}
const TCB_PARTS = ['fmc', 'bl', 'tee', 'snp', 'ucode'];
/**
 * The layout of a report's TCB fields: by product, or for a product not known, by report version
 * (version 2 reports come from Milan and Genoa firmware only; Turin's is version 3 and later).
 */
function tcbLayout(product, version) {
    if (product === 'Turin')
        return 'turin';
    if (product !== null || version === 2)
        return 'milan-genoa';
    return null;
}
function decodeTcb(tcb, layout) {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(tcb);
    return layout === 'turin'
        ? { fmc: b[0], bl: b[1], tee: b[2], snp: b[3], ucode: b[7] }
        : { bl: b[0], tee: b[1], snp: b[6], ucode: b[7] };
}
function encodeTcb(t, layout) {
    const b = Buffer.alloc(8);
    if (layout === 'turin')
        b.set([t.fmc ?? 0, t.bl, t.tee, t.snp, 0, 0, 0, t.ucode]);
    else
        b.set([t.bl, t.tee, 0, 0, 0, 0, t.snp, t.ucode]);
    return b.readBigUInt64LE();
}
const formatTcb = (t) => TCB_PARTS.filter(p => t[p] !== undefined)
    .map(p => `${p}=${t[p]}`)
    .join(' ');

;// CONCATENATED MODULE: ./src/snp/report.ts
// The SEV-SNP ATTESTATION_REPORT (SNP ABI, AMD 56860): 0x4A0 bytes, little-endian, versions 2 to 5.
// Parsing only; what the fields are compared against is check.ts.

const REPORT_SIZE = 0x4a0;
/** The signature covers the report up to here. */
const SIGNED_SIZE = 0x2a0;
const SIGNATURE_ALGO_ECDSA_P384_SHA384 = 1;
class ReportError extends Error {
    name = 'ReportError';
}
const hex = (b) => b.toString('hex').toUpperCase();
const SIGNERS = { 0: 'vcek', 1: 'vlek', 7: 'none' };
function parseSnpReport(bytes, name = 'report') {
    if (bytes.length !== REPORT_SIZE)
        throw new ReportError(`${name}: has ${bytes.length} bytes, expected exactly ${REPORT_SIZE} (0x4A0, an SEV-SNP ATTESTATION_REPORT)`);
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const version = b.readUInt32LE(0);
    if (version < 2 || version > 5)
        throw new ReportError(`${name}: offset 0x0: report version ${version}, expected 2, 3, 4 or 5`);
    const info = b.readUInt32LE(0x48);
    const at = (o, n) => hex(b.subarray(o, o + n));
    const u64 = (o) => b.readBigUInt64LE(o);
    const ver = (o) => `${b[o + 2]}.${b[o + 1]}.${b[o]}`;
    return {
        version,
        guestSvn: b.readUInt32LE(0x4),
        policy: u64(0x8),
        familyId: at(0x10, 16),
        imageId: at(0x20, 16),
        vmpl: b.readUInt32LE(0x30),
        signatureAlgo: b.readUInt32LE(0x34),
        currentTcb: u64(0x38),
        platformInfo: u64(0x40),
        authorKeyEn: (info & 1) !== 0,
        maskChipKey: (info & 2) !== 0,
        signingKey: SIGNERS[(info >> 2) & 7] ?? `reserved(${(info >> 2) & 7})`,
        reportData: at(0x50, 64),
        measurement: at(0x90, 48),
        hostData: at(0xc0, 32),
        idKeyDigest: at(0xe0, 48),
        authorKeyDigest: at(0x110, 48),
        reportId: at(0x140, 32),
        reportIdMa: at(0x160, 32),
        reportedTcb: u64(0x180),
        cpuid: version >= 3 ? { family: b[0x188], model: b[0x189], stepping: b[0x18a] } : null,
        product: version >= 3 ? productOfCpuid(b[0x188], b[0x189]) : null,
        chipId: at(0x1a0, 64),
        committedTcb: u64(0x1e0),
        currentVersion: ver(0x1e8),
        committedVersion: ver(0x1ec),
        launchTcb: u64(0x1f0),
        launchMitVector: version >= 5 ? u64(0x1f8) : null,
        currentMitVector: version >= 5 ? u64(0x200) : null,
        signed: Buffer.from(b.subarray(0, SIGNED_SIZE)),
        r: Buffer.from(b.subarray(0x2a0, 0x2a0 + 72)),
        s: Buffer.from(b.subarray(0x2e8, 0x2e8 + 72))
    };
}

;// CONCATENATED MODULE: ./src/snp/tcb-floor.ts
// `--min-tcb bl=3,tee=0,snp=8,ucode=115[,fmc=1]`: the lowest security patch level accepted for
// each part of the report's REPORTED_TCB (the TCB its V[CL]EK vouches for).

/** The floor a spec names, or a message saying what is wrong with it. */
function parseTcbFloor(spec) {
    const floor = {};
    for (const item of spec.split(',')) {
        const m = /^\s*([a-z]+)\s*=\s*(\d{1,3})\s*$/.exec(item);
        const part = m?.[1];
        if (!m || !TCB_PARTS.includes(part))
            return {
                error: `${JSON.stringify(item)} is not <part>=<0-255> with a part among ${TCB_PARTS.join(', ')}`
            };
        if (floor[part] !== undefined)
            return { error: `${part} is given twice` };
        const n = Number(m[2]);
        if (n > 255)
            return { error: `${part}=${n}: a security patch level is 0-255` };
        floor[part] = n;
    }
    return floor;
}
const formatFloor = (f) => TCB_PARTS.filter(p => f[p] !== undefined)
    .map(p => `${p}=${f[p]}`)
    .join(',');
/** The parts below the floor, and the floor's parts this TCB does not have (fmc before Turin). */
function belowFloor(tcb, floor) {
    const below = [];
    const absent = [];
    for (const p of TCB_PARTS) {
        const min = floor[p];
        if (min === undefined)
            continue;
        const v = tcb[p];
        if (v === undefined)
            absent.push(p);
        else if (v < min)
            below.push(`${p} ${v} < ${min}`);
    }
    return { below, absent };
}

;// CONCATENATED MODULE: ./src/snp/check-amd.ts
// The checks of a report against AMD's keys: the signature by the key the report names (VCEK or
// VLEK), that key's certificate against the report (chip, TCB, product), the chain to a pinned
// root, the revocation list, and the TCB floor. Pure: everything is parsed by the caller.






const check_amd_short = (h) => `${h.slice(0, 16)}...`;
/** The key the report says signed it, and the certificate given for it. */
function signer(i) {
    const kind = i.report.signingKey === 'vcek' ? 'VCEK' : i.report.signingKey === 'vlek' ? 'VLEK' : null;
    return { kind, cert: kind === 'VCEK' ? i.vcek : kind === 'VLEK' ? i.vlek : undefined };
}
/**
 * The report's product: its CPUID (version 3 and later), else its key certificate's productName,
 * else the AMD root its chain ends in.
 */
function reportProduct(i) {
    const r = i.report;
    if (r.product)
        return {
            product: r.product,
            from: `CPUID family 0x${r.cpuid.family.toString(16)} model 0x${r.cpuid.model.toString(16)}`
        };
    const { kind, cert } = signer(i);
    const named = cert?.amd.productName ? productOfName(cert.amd.productName) : null;
    if (named)
        return { product: named, from: `the ${kind}'s productName ${cert.amd.productName}` };
    return {
        product: null,
        from: r.cpuid ? 'a CPUID not known here' : `a version ${r.version} report names no CPU`
    };
}
function checkAmd(i, add) {
    const r = i.report;
    const now = i.now ?? new Date();
    const { kind, cert } = signer(i);
    const product = reportProduct(i).product;
    const flag = kind === 'VLEK' ? '--vlek' : '--vcek';
    // Signature, by the key the report's signing-key field names.
    if (!i.vcek && !i.vlek)
        add('signature', null, 'no --vcek or --vlek given');
    else if (r.signatureAlgo !== SIGNATURE_ALGO_ECDSA_P384_SHA384)
        add('signature', false, `signature algorithm ${r.signatureAlgo}, expected 1 (ECDSA P-384 with SHA-384)`);
    else if (!kind)
        add('signature', false, `the report's signing-key field says ${r.signingKey}, expected a VCEK (0) or a VLEK (1)`);
    else if (!cert)
        add('signature', false, `the report is signed by its ${kind} (signing-key field), but no ${flag} was given`);
    else {
        let ok;
        try {
            ok = (0,id_block/* verifySnpSignature */.rw)(cert.x509.publicKey, r.signed, Buffer.concat([r.r, r.s]));
        }
        catch {
            ok = false; // not an EC key: nothing it signs can be this signature
        }
        add('signature', ok, ok ? `ECDSA P-384 over bytes 0..0x2A0 verifies with the ${kind}` : `does not verify with the ${kind}`);
    }
    // The key's certificate against the report.
    const keyCheck = kind === 'VLEK' ? 'VLEK for this TCB' : 'VCEK for this chip';
    if (!cert || !kind)
        add(keyCheck, null, `no ${kind ? flag : '--vcek'} for the report's key`);
    else
        keyMatches(r, cert, kind, product, (ok, detail) => add(keyCheck, ok, detail));
    // The chain, to AMD's root of the product or to the root given with --trusted-ark.
    let chain = null;
    if (!i.chain)
        add('chain', null, 'no --chain given');
    else if (!cert || !kind)
        add('chain', false, `--chain needs ${kind ? flag : '--vcek or --vlek'}: the chain ends at it`);
    else {
        chain = verifyChain({
            leaf: cert,
            leafKind: kind,
            ark: i.chain.ark,
            intermediates: i.chain.intermediates,
            product,
            ...(i.trustedArk ? { trustedArk: i.trustedArk } : {}),
            now
        });
        add('chain', chain.ok, chain.detail);
    }
    // Revocation: the ARK's list, for the intermediate and the key.
    if (!i.crl)
        add('revocation', null, 'no --crl given');
    else if (!i.chain || !cert || !chain?.intermediate)
        add('revocation', false, '--crl needs a chain that reaches the key: the list is checked against its ARK');
    else {
        const problem = crlProblem(i.crl, i.chain.ark, now);
        const revoked = [chain.intermediate, cert]
            .map(c => ({ c, e: revocation(i.crl, c) }))
            .filter(x => x.e !== null);
        if (problem)
            add('revocation', false, problem);
        else if (revoked.length > 0)
            add('revocation', false, revoked
                .map(({ c, e }) => `${c === cert ? `the ${kind}` : c.cn} (serial ${c.serial}) is revoked since ${e.date.toISOString()}${e.reason ? ` (${e.reason})` : ''}`)
                .join('; '));
        else
            add('revocation', true, `the CRL of ${i.chain.ark.cn} (${i.crl.thisUpdate.toISOString().slice(0, 10)}, ${i.crl.entries.length} entr${i.crl.entries.length === 1 ? 'y' : 'ies'}) revokes neither ${chain.intermediate.cn} (serial ${chain.intermediate.serial}) nor the ${kind} (serial ${cert.serial})`);
    }
    // The TCB floor, against REPORTED_TCB (the TCB the key vouches for).
    const layout = tcbLayout(product, r.version);
    if (!i.minTcb)
        add('minimum TCB', null, 'no --min-tcb given');
    else if (!layout)
        add('minimum TCB', false, 'the product is not known, so neither is the layout of its TCB');
    else {
        const tcb = decodeTcb(r.reportedTcb, layout);
        const { below, absent } = belowFloor(tcb, i.minTcb);
        const na = absent.length > 0 ? ` (${absent.join(', ')} not in ${product ?? 'this product'}'s TCB)` : '';
        add('minimum TCB', below.length === 0, below.length === 0
            ? `reported TCB ${formatTcb(tcb)} meets ${formatFloor(i.minTcb)}${na}`
            : `reported TCB ${formatTcb(tcb)} is below --min-tcb ${formatFloor(i.minTcb)}: ${below.join(', ')}`);
    }
}
/** The certificate's product, chip (VCEK) and TCB extensions against the report. */
function keyMatches(r, cert, kind, product, done) {
    const a = cert.amd;
    const wrong = [...a.problems];
    const seen = [];
    const named = a.productName ? productOfName(a.productName) : null;
    if (!a.productName)
        wrong.push(`the ${kind} has no productName extension`);
    else if (!named)
        wrong.push(`the ${kind}'s productName ${JSON.stringify(a.productName)} is no SEV-SNP product known here`);
    else if (r.product && named !== r.product)
        wrong.push(`the ${kind} is for ${a.productName}, the report's CPUID is ${r.product}'s`);
    else
        seen.push(a.productName);
    if (kind === 'VCEK') {
        if (!a.hwId)
            wrong.push('the VCEK has no hwID extension');
        else {
            const hwId = Buffer.concat([a.hwId, Buffer.alloc(64 - a.hwId.length)])
                .toString('hex')
                .toUpperCase();
            if (r.maskChipKey || /^0+$/.test(r.chipId))
                seen.push('chip id masked in the report: not compared');
            else if (hwId === r.chipId)
                seen.push(`hwID ${check_amd_short(hwId)} is the report's chip id`);
            else
                wrong.push(`hwID ${check_amd_short(hwId)} is not the report's chip id ${check_amd_short(r.chipId)}`);
        }
    }
    else {
        if (a.hwId)
            wrong.push('the VLEK has a hwID extension (only a VCEK names a chip)');
        if (a.cspId)
            seen.push(`issued to ${a.cspId}`);
    }
    const layout = tcbLayout(product, r.version);
    if (!layout)
        wrong.push('the product is not known, so neither is the layout of its TCB');
    else {
        const tcb = decodeTcb(r.reportedTcb, layout);
        const parts = TCB_PARTS.filter(p => tcb[p] !== undefined);
        const missing = parts.filter(p => a.spl[p] === undefined);
        const off = parts.filter(p => a.spl[p] !== undefined && a.spl[p] !== tcb[p]);
        if (missing.length > 0)
            wrong.push(`the ${kind} has no ${missing.map(p => `${p}SPL`).join(', ')} extension`);
        if (off.length > 0)
            wrong.push(`TCB differs from the report's: ${off.map(p => `${p}SPL ${kind} ${a.spl[p]}, report ${tcb[p]}`).join(', ')}`);
        else if (missing.length === 0)
            seen.push(`TCB ${parts.map(p => `${p}SPL=${tcb[p]}`).join(' ')} as in the report`);
    }
    done(wrong.length === 0, [...wrong, ...seen].join('; '));
}

// EXTERNAL MODULE: ./src/igvm/guest-policy.ts
var guest_policy = __webpack_require__(5100);
// EXTERNAL MODULE: ./src/reference-values/snp-policy.ts
var snp_policy = __webpack_require__(6088);
;// CONCATENATED MODULE: ./src/snp/reference.ts

/** "target qemu (bin/coconut-qemu.igvm)" or, without a name, the source alone. */
const describeValue = (v) => (v.target ? `target ${v.target} (${v.source})` : v.source);
/**
 * A record's values: one per launch digest of each target. A signed record asks for its ID block
 * whichever of its digests a report has (the ID block is not measured, so the unsigned and the
 * signed file usually share one digest). The record states no guest SVN.
 */
function referenceValuesFromRecords(records) {
    return records.flatMap(m => {
        const policy = BigInt(m.policy);
        const s = m.signed;
        if (!s)
            return [{ target: m.target, launchDigest: m.launchDigest, policy, source: m.igvm }];
        const one = (launchDigest, source) => ({
            target: m.target,
            launchDigest,
            policy,
            source,
            idKeyDigest: s.idKeyDigest,
            authorKeyDigest: s.authorKeyDigest,
            familyId: s.familyId,
            imageId: s.imageId
        });
        return s.launchDigest === m.launchDigest
            ? [one(m.launchDigest, `${m.igvm}, and signed ${s.igvm}`)]
            : [one(m.launchDigest, m.igvm), one(s.launchDigest, `${s.igvm}, signed`)];
    });
}
const FORMAT_NAME = { corim: 'CoRIM', rvps: 'RVPS message', json: 'reference-values JSON' };
/**
 * A reference-value file's SEV-SNP values (what src/reference-values/read.ts gives back): each
 * launch with the file and its place in it as the source. TDX-only entries have nothing for a
 * SEV-SNP report; a file with no SEV-SNP launch at all is refused.
 */
function referenceValuesFromFile(v, file) {
    const what = `${FORMAT_NAME[v.format]}${v.id ? ` ${v.id}` : ''}`;
    const out = v.targets.flatMap((t, i) => t.snp
        ? [
            {
                ...t.snp,
                ...(t.target ? { target: t.target } : {}),
                ...(t.snp.policy === undefined && v.snpPolicyFields ? { policyFields: v.snpPolicyFields } : {}),
                source: `${file}, ${what}, ${v.format === 'corim' ? 'reference-value triple' : 'entry'} ${i + 1}`
            }
        ]
        : []);
    if (out.length === 0)
        throw new errors/* BadInput */.kp(`${file}: no SEV-SNP launch digest in this ${FORMAT_NAME[v.format]} (${v.targets.length} TDX-only entr${v.targets.length === 1 ? 'y' : 'ies'}), expected at least one to check a report against`);
    return out;
}

;// CONCATENATED MODULE: ./src/snp/check.ts
// The checks of `verify-report`: a parsed report against published reference values (from a
// build's measurements.json, or any format reduced to ReferenceValue), the caller's expectations,
// and AMD's keys (check-amd.ts). Pure: the inputs are read and parsed by the command.




const ZERO48 = '0'.repeat(96);
const check_short = (h) => `${h.slice(0, 16)}...`;
function checkReport(i) {
    const r = i.report;
    const checks = [];
    const add = (name, ok, detail) => checks.push({ name, status: ok === null ? 'skip' : ok ? 'pass' : 'fail', detail });
    const candidates = i.target ? i.published.filter(m => m.target === i.target) : i.published;
    const match = candidates.find(m => m.launchDigest === r.measurement);
    if (match)
        add('measurement', true, `${check_short(r.measurement)} is the published launch digest of ${describeValue(match)}`);
    else
        add('measurement', false, `${r.measurement} is none of the ${candidates.length} published launch digest(s)${i.target ? ` of target ${i.target}` : ''} (${candidates.map(m => `${m.target ?? m.source}: ${check_short(m.launchDigest)}`).join(', ') || 'no records'})`);
    // The values to compare the rest with: the matched ones, else the only candidate (or target).
    const targets = new Set(candidates.map((m, n) => m.target ?? n));
    const value = match ?? (candidates.length === 1 || targets.size === 1 ? candidates[0] : undefined);
    checkPolicy(r.policy, value, candidates, add);
    checkIdBlock(r, value, add);
    if (!i.reportData)
        add('report data', null, 'no --report-data given');
    else {
        const want = i.reportData.toString('hex').toUpperCase();
        add('report data', r.reportData === want, r.reportData === want ? 'equals --report-data' : `${r.reportData}, expected ${want}`);
    }
    if (i.vmpl === undefined)
        add('VMPL', r.vmpl <= 3, r.vmpl <= 3
            ? `${r.vmpl} (any of 0-3 accepted: pass --vmpl to require one)`
            : `${r.vmpl} is not a VMPL (0-3)`);
    else
        add('VMPL', r.vmpl === i.vmpl, r.vmpl === i.vmpl ? `${r.vmpl} as required` : `${r.vmpl}, expected ${i.vmpl}`);
    checkAmd(i, add);
    return checks;
}
const hexPolicy = (p) => `0x${p.toString(16)}`;
function checkPolicy(found, value, candidates, add) {
    const policies = [...new Set(candidates.map(m => m.policy))];
    if (!value && policies.length !== 1) {
        add('policy', null, `${hexPolicy(found)}: no single published value to compare with (pass --target)`);
        return;
    }
    const expected = value ? value.policy : policies[0];
    if (expected === undefined) {
        const fields = (value ?? candidates[0])?.policyFields;
        if (fields)
            checkPolicyFields(found, fields, add);
        else
            add('policy', null, `${hexPolicy(found)}: the published values state no policy`);
        return;
    }
    const diffs = (0,guest_policy/* policyDifferences */.b)(expected, found);
    add('policy', diffs.length === 0, diffs.length === 0
        ? `${hexPolicy(found)} equals the published policy`
        : `${hexPolicy(found)} differs from the published ${hexPolicy(expected)}: ${diffs.join(', ')}`);
}
/** Only the policy fields an RVPS message states by Trustee's default-policy names, each with ==. */
function checkPolicyFields(found, fields, add) {
    const bits = (0,snp_policy/* snpPolicyBits */.q)(found);
    const wrong = Object.keys(fields)
        .filter(k => fields[k] !== undefined && fields[k] !== bits[k])
        .map(k => `${k} ${bits[k]}, published ${fields[k]}`);
    const stated = Object.keys(fields).join(', ');
    add('policy', wrong.length === 0, wrong.length === 0
        ? `${hexPolicy(found)} has the published ${stated} (no whole policy is published)`
        : `${hexPolicy(found)}: ${wrong.join('; ')}`);
}
/** ID key, author key, family and image id, guest SVN: each compared when the published values state it. */
function checkIdBlock(r, value, add) {
    const signed = value &&
        [value.idKeyDigest, value.authorKeyDigest, value.familyId, value.imageId].some(x => x !== undefined);
    const none = !value
        ? 'no matching published value'
        : signed
            ? 'not stated in the published values'
            : 'not signed: no ID block is published for this launch';
    const same = (name, found, want) => {
        if (want === undefined)
            add(name, null, `${check_short(found)}: ${none}`);
        else
            add(name, found === want, found === want ? `${check_short(found)} as published` : `${found}, published ${want}`);
    };
    same('ID key digest', r.idKeyDigest, value?.idKeyDigest);
    const author = value?.authorKeyDigest;
    if (author === undefined)
        add('author key digest', null, none);
    else if (author === null) {
        const ok = !r.authorKeyEn && r.authorKeyDigest === ZERO48;
        add('author key digest', ok, ok
            ? 'none, as published (signed without an author key)'
            : `the report has author key ${r.authorKeyEn ? 'enabled' : 'disabled'}, digest ${check_short(r.authorKeyDigest)}; the published values have no author key`);
    }
    else if (!r.authorKeyEn)
        add('author key digest', false, `the report has no author key; published ${check_short(author)}`);
    else
        same('author key digest', r.authorKeyDigest, author);
    same('family id', r.familyId, value?.familyId);
    same('image id', r.imageId, value?.imageId);
    const svn = value?.guestSvn;
    if (svn === undefined)
        add('guest SVN', null, `${r.guestSvn}: ${none}`);
    else if (svn.match === 'min')
        add('guest SVN', r.guestSvn >= svn.value, r.guestSvn >= svn.value
            ? `${r.guestSvn}, at least the published ${svn.value}`
            : `${r.guestSvn}, below the published ${svn.value}`);
    else
        add('guest SVN', r.guestSvn === svn.value, r.guestSvn === svn.value
            ? `${r.guestSvn}, as published`
            : `${r.guestSvn}, published exactly ${svn.value}`);
}
function renderChecks(checks) {
    return checks.map(c => `${c.status.toUpperCase().padEnd(4)} ${c.name}: ${c.detail}\n`).join('');
}

;// CONCATENATED MODULE: ./src/snp/kds.ts
// The AMD Key Distribution Service URLs that hold a report's certificates (AMD 57230): printed for
// the user to fetch, never fetched here. VCEKs are served per chip (the report's CHIP_ID, its first
// 8 bytes on Turin) and TCB (REPORTED_TCB; Turin adds fmcSPL); VLEKs only to registered cloud
// providers, so a VLEK comes from the host.

const KDS = 'https://kdsintf.amd.com';
function kdsLinks(r, product) {
    const key = r.signingKey === 'vlek' ? 'vlek' : 'vcek';
    const KEY = key.toUpperCase();
    if (!product)
        return [
            {
                what: KEY,
                url: null,
                note: `the product is not known (a version ${r.version} report does not name its CPU); give the ${KEY} or its chain`
            }
        ];
    const base = `${KDS}/${key}/v1/${product}`;
    const t = decodeTcb(r.reportedTcb, tcbLayout(product, r.version));
    const query = [
        ...(t.fmc !== undefined ? [`fmcSPL=${t.fmc}`] : []),
        `blSPL=${t.bl}`,
        `teeSPL=${t.tee}`,
        `snpSPL=${t.snp}`,
        `ucodeSPL=${t.ucode}`
    ].join('&');
    const chipId = Buffer.from(r.chipId, 'hex').subarray(0, product === 'Turin' ? 8 : 64);
    const leaf = key === 'vlek'
        ? {
            what: 'VLEK',
            url: `${base}/cert?${query}`,
            note: 'AMD serves VLEKs to registered cloud providers only; take the one the host supplies with the report'
        }
        : chipId.every(b => b === 0)
            ? { what: 'VCEK', url: null, note: 'the report masks its chip id: take the VCEK the host supplies' }
            : { what: 'VCEK', url: `${base}/${chipId.toString('hex')}?${query}` };
    return [
        leaf,
        { what: `${KEY} chain`, url: `${base}/cert_chain` },
        { what: `${KEY} CRL`, url: `${base}/crl` }
    ];
}

// EXTERNAL MODULE: ./src/util/input-file.ts
var input_file = __webpack_require__(5939);
// EXTERNAL MODULE: ./src/reference-values/read.ts + 2 modules
var read = __webpack_require__(1241);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/commands/verify-report.ts
// `svsm-build verify-report REPORT.bin --measurements FILE | --reference-values FILE [...]`: an
// SEV-SNP attestation report checked against a build's published values (its record, or its
// CoRIM, RVPS message or reference-values JSON, in the verifier's own format) and AMD's keys, one
// line per check. Exit 0 when every check holds, 1 when one fails, 2 on bad input.















const VERIFY_COMMAND = (0,flags/* command */.G5)({
    synopsis: [
        'svsm-build verify-report <REPORT.bin> --measurements <measurements.json> [OPTIONS]',
        'svsm-build verify-report <REPORT.bin> --reference-values <FILE> [OPTIONS]'
    ],
    about: "Checks an SEV-SNP attestation report (the 1184-byte ATTESTATION_REPORT of a Milan, Genoa or Turin\nmachine) against published launch digests and AMD's keys. Prints the AMD KDS URLs of the report's\ncertificates (never fetches them). Give exactly one of --measurements and --reference-values.",
    flags: {
        measurements: { value: '<FILE>', help: 'bin/measurements.json of the build' },
        'reference-values': {
            value: '<FILE>',
            help: "The published values in any format svsm-build writes or reads: a CoRIM (this\nproject's or one shaped like Veraison's), an RVPS message, reference-values JSON or\na measurements.json"
        },
        target: {
            value: '<T>',
            choices: ['qemu', 'hyper-v', 'vanadium'],
            help: "Compare with this target's record only"
        },
        vcek: { value: '<FILE>', help: 'VCEK certificate (PEM or DER), for a report signed by its VCEK' },
        vlek: { value: '<FILE>', help: 'VLEK certificate (PEM or DER), for a report signed by its VLEK' },
        chain: {
            value: '<FILE>',
            help: "The ARK and the ASK and/or ASVK (PEM, as the KDS cert_chain): checks\nARK -> ASK -> VCEK or ARK -> ASVK -> VLEK; the ARK must be AMD's"
        },
        'trusted-ark': {
            value: '<FILE>',
            help: 'Trust this ARK too (a test or private root; said so in the output)'
        },
        crl: { value: '<FILE>', help: "The ARK's revocation list (DER or PEM, as the KDS crl): needs --chain" },
        'min-tcb': {
            value: '<SPEC>',
            help: 'Lowest accepted REPORTED_TCB, e.g. bl=3,tee=0,snp=8,ucode=115[,fmc=1]'
        },
        'report-data': { value: '<HEX>', help: 'Expected REPORT_DATA (up to 64 bytes; zero-padded)' },
        vmpl: { value: '<N>', choices: ['0', '1', '2', '3'], help: 'Required VMPL (default: any of 0-3)' },
        json: { help: 'Machine-readable output' }
    },
    args: { min: 1, max: 1, what: 'one report file' },
    footer: 'Exit codes: 0 every check holds, 1 a check fails, 2 bad input.'
});
const VERIFY_USAGE = (0,flags/* usageOf */.Fs)(VERIFY_COMMAND);
// Caps: AMD's certificates are ~1.5 KB, a chain ~5 KB, a CRL a few KB.
const CERT_MAX = 64 * 1024;
const CRL_MAX = 1024 * 1024;
// A CoRIM or RVPS message of a build is a few KiB; a record at most what its loader allows.
const VALUES_MAX = 4 * 1024 * 1024;
const FORMAT_LABEL = { corim: 'CoRIM', rvps: 'RVPS message', json: 'reference-values JSON' };
const isDirectory = (p) => {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false; // readFileOrPipe names what is wrong with it
    }
};
/** The published values: the record through the one record loader, any other format through its reader. */
function readPublished(o) {
    if (o.measurements !== undefined) {
        const { file, records } = (0,load/* loadRecords */.ff)(o.measurements);
        return { values: referenceValuesFromRecords(records), file, format: 'measurement record', warnings: [] };
    }
    const path = o.referenceValues;
    // A folder is an artifact or a tree's bin/: its measurements.json, as --measurements reads it.
    if (isDirectory(path))
        return readPublished({ ...o, measurements: path, referenceValues: undefined });
    const name = `--reference-values ${path}`;
    const bytes = (0,input_file/* readFileOrPipe */.e9)(path, {
        name,
        max: VALUES_MAX,
        expected: 'a CoRIM, an RVPS message, reference-values JSON or a measurements.json of at most 4 MiB'
    });
    if ((0,read/* detectFormat */.T)(bytes) === 'record') {
        const { file, records } = (0,load/* loadRecords */.ff)(path);
        return { values: referenceValuesFromRecords(records), file, format: 'measurement record', warnings: [] };
    }
    const v = (0,read/* readReferenceValues */.o)(bytes, path);
    return {
        values: referenceValuesFromFile(v, path),
        file: path,
        format: `${FORMAT_LABEL[v.format]}${v.id ? ` ${v.id}` : ''}`,
        warnings: v.warnings
    };
}
function reportData(hex) {
    const h = hex.replace(/^0x/i, '');
    if (!/^([0-9a-fA-F]{2}){1,64}$/.test(h))
        throw new errors/* UsageError */.eb(`--report-data ${JSON.stringify(hex)}: expected 1 to 64 bytes of hex (an even number of 0-9a-f digits)`, VERIFY_USAGE);
    const out = Buffer.alloc(64);
    Buffer.from(h, 'hex').copy(out);
    return out;
}
const certFile = (flag, path, max = 4) => {
    const name = `${flag} ${path}`;
    return readCertificates((0,input_file/* readFileOrPipe */.e9)(path, {
        name,
        max: CERT_MAX,
        expected: 'a PEM or DER certificate file of at most 64 KiB'
    }), name, max);
};
function oneCert(flag, path) {
    const certs = certFile(flag, path);
    if (certs.length !== 1)
        throw new errors/* BadInput */.kp(`${flag} ${path}: holds ${certs.length} certificates, expected the ${flag.slice(2).toUpperCase()} alone`);
    return certs[0];
}
async function verifyReportCommand(args) {
    const v = (0,flags/* parseFlags */.bQ)(VERIFY_COMMAND, args);
    if (!v)
        return 0;
    const o = v.values;
    const given = (key, value) => (value !== undefined ? { [key]: value } : {});
    return verifyReport({
        report: v.positionals[0],
        ...given('measurements', o.measurements),
        ...given('referenceValues', o['reference-values']),
        ...given('target', o.target),
        ...given('vcek', o.vcek),
        ...given('vlek', o.vlek),
        ...given('chain', o.chain),
        ...given('trustedArk', o['trusted-ark']),
        ...given('crl', o.crl),
        ...given('minTcb', o['min-tcb']),
        ...given('reportData', o['report-data']),
        ...given('vmpl', o.vmpl),
        ...(o.json ? { json: true } : {})
    });
}
async function verifyReport(o) {
    if ((o.measurements === undefined) === (o.referenceValues === undefined))
        throw new errors/* UsageError */.eb(o.measurements === undefined
            ? 'expected --measurements <measurements.json> or --reference-values <FILE>: the published values to check the report against'
            : '--measurements and --reference-values are both given; expected one: the published values to check the report against', VERIFY_USAGE);
    if (o.vmpl !== undefined && !/^[0-3]$/.test(o.vmpl))
        throw new errors/* UsageError */.eb(`--vmpl ${JSON.stringify(o.vmpl)}: expected 0, 1, 2 or 3`, VERIFY_USAGE);
    const floor = o.minTcb !== undefined ? parseTcbFloor(o.minTcb) : undefined;
    if (floor && 'error' in floor)
        throw new errors/* UsageError */.eb(`--min-tcb ${JSON.stringify(o.minTcb)}: ${floor.error}`, VERIFY_USAGE);
    if (o.crl && !o.chain)
        throw new errors/* UsageError */.eb('--crl needs --chain: the list is checked against its ARK', VERIFY_USAGE);
    if (o.trustedArk && !o.chain)
        throw new errors/* UsageError */.eb('--trusted-ark needs --chain: it names the root the chain must end in', VERIFY_USAGE);
    const expectedData = o.reportData ? reportData(o.reportData) : undefined;
    try {
        const bytes = (0,input_file/* readFileOrPipe */.e9)(o.report, {
            name: `report ${o.report}`,
            max: REPORT_SIZE,
            expected: `exactly ${REPORT_SIZE} (0x4A0, an SEV-SNP ATTESTATION_REPORT)`
        });
        const report = parseSnpReport(bytes, o.report);
        const published = readPublished(o);
        const inputs = {
            report,
            published: published.values,
            ...(o.target ? { target: o.target } : {}),
            ...(expectedData ? { reportData: expectedData } : {}),
            ...(o.vmpl !== undefined ? { vmpl: Number(o.vmpl) } : {}),
            ...(floor ? { minTcb: floor } : {}),
            ...(o.now ? { now: o.now } : {})
        };
        if (o.target && !inputs.published.some(m => m.target === o.target)) {
            const named = [...new Set(inputs.published.flatMap(m => (m.target ? [m.target] : [])))];
            throw new errors/* BadInput */.kp(named.length
                ? `--target ${o.target}: ${published.file} has no value for it (targets: ${named.join(', ')})`
                : `--target ${o.target}: ${published.file} (${published.format}) names no targets, its values are found by launch digest; leave out --target`);
        }
        if (o.vcek)
            inputs.vcek = oneCert('--vcek', o.vcek);
        if (o.vlek)
            inputs.vlek = oneCert('--vlek', o.vlek);
        if (o.chain)
            inputs.chain = splitChain(certFile('--chain', o.chain, 3), `--chain ${o.chain}`);
        if (o.trustedArk) {
            const cert = oneCert('--trusted-ark', o.trustedArk);
            if (!cert.x509.checkIssued(cert.x509))
                throw new errors/* BadInput */.kp(`--trusted-ark ${o.trustedArk}: ${cert.cn} is not self-signed; expected a root (an ARK)`);
            inputs.trustedArk = { cert, file: o.trustedArk };
        }
        if (o.crl) {
            const name = `--crl ${o.crl}`;
            inputs.crl = readCrl((0,input_file/* readFileOrPipe */.e9)(o.crl, { name, max: CRL_MAX, expected: 'a DER or PEM CRL of at most 1 MiB' }), name);
        }
        const checks = checkReport(inputs);
        const ok = checks.every(c => c.status !== 'fail');
        const r = inputs.report;
        const { product, from } = reportProduct(inputs);
        const links = kdsLinks(r, product);
        const key = signer(inputs).kind ?? r.signingKey;
        if (o.json)
            process.stdout.write(`${JSON.stringify({
                ok,
                published: {
                    file: published.file,
                    format: published.format,
                    launchDigests: published.values.length,
                    warnings: published.warnings
                },
                report: {
                    version: r.version,
                    product,
                    measurement: r.measurement,
                    policy: `0x${r.policy.toString(16)}`,
                    vmpl: r.vmpl,
                    signingKey: r.signingKey,
                    chipId: r.chipId
                },
                kds: links,
                checks
            }, null, 2)}\n`);
        else
            process.stdout.write(`report: version ${r.version}, ${product ?? 'product not known'} (${from}), signed by ${key}\n` +
                `published: ${published.file} (${published.format}, ${published.values.length} SEV-SNP launch digest${published.values.length === 1 ? '' : 's'})\n` +
                published.warnings.map(w => `note: ${w}\n`).join('') +
                links.map(l => `${l.what}: ${l.url ?? '-'}${l.note ? ` (${l.note})` : ''}\n`).join('') +
                renderChecks(checks) +
                (ok ? 'every check holds\n' : `${checks.filter(c => c.status === 'fail').length} check(s) failed\n`));
        return ok ? 0 : 1;
    }
    catch (e) {
        if (e instanceof errors/* BadInput */.kp || e instanceof ReportError || e instanceof CertificateError) {
            process.stderr.write(`error: ${e.message}\n`);
            return 2;
        }
        throw e;
    }
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


/***/ })

};
