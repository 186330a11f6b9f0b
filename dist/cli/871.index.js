export const id = 871;
export const ids = [871];
export const modules = {

/***/ 2871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VERIFY_COMMAND: () => (/* binding */ VERIFY_COMMAND),
  verifyReportCommand: () => (/* binding */ verifyReportCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/snp/chain.ts
// AMD's certificate chain for a report: ARK (self-signed) -> ASK -> VCEK, the first two links
// RSA-PSS with SHA-384 as AMD issues them. node:crypto verifies the signatures; a few DER bytes
// are read here only to name each certificate's signature algorithm.

class CertificateError extends Error {
    name = 'CertificateError';
}
/** Every certificate in a PEM file, or the one certificate of a DER file. */
function readCertificates(bytes, name) {
    const text = bytes.toString('latin1');
    const pems = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
    try {
        if (pems)
            return pems.map(p => new external_node_crypto_.X509Certificate(p));
        return [new external_node_crypto_.X509Certificate(bytes)];
    }
    catch (e) {
        throw new CertificateError(`${name}: not a PEM or DER X.509 certificate (${e.message}); expected AMD's VCEK, or its ASK and ARK`);
    }
}
const OIDS = {
    '2a864886f70d01010a': 'RSA-PSS',
    '2a864886f70d01010c': 'RSA PKCS#1 v1.5 SHA-384',
    '2a864886f70d01010b': 'RSA PKCS#1 v1.5 SHA-256',
    '2a8648ce3d040303': 'ECDSA SHA-384'
};
/** Reads one DER header at `at`: where the contents start and how long they are. */
function der(b, at) {
    const first = b[at + 1];
    if (first < 0x80)
        return { start: at + 2, length: first };
    const n = first & 0x7f;
    let length = 0;
    for (let i = 0; i < n; i++)
        length = length * 256 + b[at + 2 + i];
    return { start: at + 2 + n, length };
}
/** The certificate's signatureAlgorithm, named (Certificate ::= SEQUENCE { tbs, algorithm, signature }). */
function signatureAlgorithm(cert) {
    const b = cert.raw;
    const outer = der(b, 0);
    const tbs = der(b, outer.start);
    const alg = der(b, tbs.start + tbs.length);
    const oid = der(b, alg.start);
    const hex = b.subarray(oid.start, oid.start + oid.length).toString('hex');
    return OIDS[hex] ?? `OID ${hex}`;
}
/** The DER elements one after another in `b[start, end)`: tag, contents start and length. */
function children(b, start, end) {
    const out = [];
    for (let at = start; at < end;) {
        const h = der(b, at);
        out.push({ tag: b[at], at, ...h });
        at = h.start + h.length;
    }
    return out;
}
const AMD_OID = '2b060104019c7801'; // 1.3.6.1.4.1.3704.1
const SPL_NAMES = { '01': 'blSPL', '02': 'teeSPL', '03': 'snpSPL', '08': 'ucodeSPL' };
function vcekFacts(cert) {
    const b = cert.raw;
    const facts = { product: null, hwId: null, spl: {} };
    try {
        const outer = der(b, 0);
        const tbs = der(b, outer.start);
        const ext = children(b, tbs.start, tbs.start + tbs.length).find(e => e.tag === 0xa3);
        if (!ext)
            return facts;
        const list = der(b, ext.start);
        for (const e of children(b, list.start, list.start + list.length)) {
            const [oid, ...rest] = children(b, e.start, e.start + e.length);
            const value = rest.at(-1);
            if (!oid || !value)
                continue;
            const id = b.subarray(oid.start, oid.start + oid.length).toString('hex');
            if (!id.startsWith(AMD_OID))
                continue;
            const inner = der(b, value.start);
            const content = b.subarray(inner.start, inner.start + inner.length);
            const tail = id.slice(AMD_OID.length);
            if (tail === '02')
                facts.product = content.toString('latin1');
            else if (tail === '04')
                facts.hwId = Buffer.from(b.subarray(value.start, value.start + value.length))
                    .toString('hex')
                    .toUpperCase();
            else if (tail.startsWith('03')) {
                const name = SPL_NAMES[tail.slice(2)] ?? `spl_${parseInt(tail.slice(2), 16)}`;
                facts.spl[name] = content.reduce((n, x) => n * 256 + x, 0);
            }
        }
    }
    catch {
        // A certificate X509Certificate accepted but whose extensions this reader cannot walk: no facts.
    }
    return facts;
}
const cn = (c) => /CN=([^\n]+)/.exec(c.subject)?.[1] ?? c.subject.replace(/\n/g, ', ');
/** ARK and ASK from a chain file in any order: the ARK is the self-signed one. */
function splitChain(certs, name) {
    if (certs.length !== 2)
        throw new CertificateError(`${name}: holds ${certs.length} certificate(s), expected 2 (AMD's ASK and ARK)`);
    const selfSigned = certs.filter(c => c.checkIssued(c));
    if (selfSigned.length !== 1)
        throw new CertificateError(`${name}: ${selfSigned.length} of the 2 certificates are self-signed, expected exactly one (the ARK)`);
    const ark = selfSigned[0];
    return { ark, ask: certs.find(c => c !== ark) };
}
/** Each link of ARK -> ASK -> VCEK, with its algorithm and validity at `now`. */
function verifyChain(ark, ask, vcek, now = new Date()) {
    const link = (what, cert, issuer, wantPss) => {
        const alg = signatureAlgorithm(cert);
        const problems = [];
        if (!cert.checkIssued(issuer))
            problems.push(`its issuer is not ${cn(issuer)}`);
        else if (!cert.verify(issuer.publicKey))
            problems.push(`the signature by ${cn(issuer)} does not verify`);
        if (wantPss && alg !== 'RSA-PSS')
            problems.push(`signed with ${alg}, expected RSA-PSS as AMD signs`);
        const from = new Date(cert.validFrom);
        const to = new Date(cert.validTo);
        if (now < from || now > to)
            problems.push(`not valid on ${now.toISOString()} (valid ${from.toISOString()} to ${to.toISOString()})`);
        return {
            what,
            ok: problems.length === 0,
            detail: problems.length === 0
                ? `${cn(cert)} signed by ${cn(issuer)} (${alg}), valid until ${to.toISOString().slice(0, 10)}`
                : `${cn(cert)}: ${problems.join('; ')}`
        };
    };
    const links = [
        link('ARK self-signed', ark, ark, true),
        link('ARK -> ASK', ask, ark, true),
        link('ASK -> VCEK', vcek, ask, true)
    ];
    const details = vcek.publicKey.asymmetricKeyDetails;
    if (vcek.publicKey.asymmetricKeyType !== 'ec' || details?.namedCurve !== 'secp384r1')
        links.push({
            what: 'VCEK key',
            ok: false,
            detail: `the VCEK's key is ${vcek.publicKey.asymmetricKeyType} ${details?.namedCurve ?? ''}, expected EC P-384`
        });
    return links;
}

// EXTERNAL MODULE: ./src/igvm/id-block.ts
var id_block = __webpack_require__(2540);
// EXTERNAL MODULE: ./src/igvm/guest-policy.ts
var guest_policy = __webpack_require__(5100);
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

;// CONCATENATED MODULE: ./src/snp/check.ts




const ZERO48 = '0'.repeat(96);
const check_short = (h) => `${h.slice(0, 16)}...`;
function checkReport(i) {
    const r = i.report;
    const checks = [];
    const add = (name, ok, detail) => checks.push({ name, status: ok === null ? 'skip' : ok ? 'pass' : 'fail', detail });
    const candidates = i.target ? i.published.filter(m => m.target === i.target) : i.published;
    const match = candidates
        .map(m => m.launchDigest === r.measurement
        ? {
            m,
            signed: false,
            // The ID block is not measured: a signed copy usually has the same digest.
            file: m.signed?.launchDigest === r.measurement ? `${m.igvm}, and signed ${m.signed.igvm}` : m.igvm
        }
        : m.signed?.launchDigest === r.measurement
            ? { m, signed: true, file: m.signed.igvm }
            : null)
        .find(x => x !== null);
    if (match)
        add('measurement', true, `${check_short(r.measurement)} is the published launch digest of target ${match.m.target} (${match.file}${match.signed ? ', signed' : ''})`);
    else
        add('measurement', false, `${r.measurement} is none of the ${candidates.length} published launch digest(s)${i.target ? ` of target ${i.target}` : ''} (${candidates.map(m => `${m.target}: ${check_short(m.launchDigest)}`).join(', ') || 'no records'})`);
    // The record to compare the rest with: the matched one, else the only candidate.
    const record = match?.m ?? (candidates.length === 1 ? candidates[0] : undefined);
    const policies = [...new Set(candidates.map(m => BigInt(m.policy)))];
    const expectedPolicy = record ? BigInt(record.policy) : policies.length === 1 ? policies[0] : null;
    if (expectedPolicy === null)
        add('policy', null, `0x${r.policy.toString(16)}: no single record to compare with (pass --target)`);
    else {
        const diffs = (0,guest_policy/* policyDifferences */.b)(expectedPolicy, r.policy);
        add('policy', diffs.length === 0, diffs.length === 0
            ? `0x${r.policy.toString(16)} equals the recipe's policy`
            : `0x${r.policy.toString(16)} differs from the recipe's 0x${expectedPolicy.toString(16)}: ${diffs.join(', ')}`);
    }
    const signed = record?.signed;
    if (!signed) {
        const why = record ? `the record of ${record.target} is not signed` : 'no matching record';
        const has = r.idKeyDigest !== ZERO48 ? `; the report has ID key digest ${check_short(r.idKeyDigest)}` : '';
        for (const name of ['ID key digest', 'author key digest', 'family id', 'image id'])
            add(name, null, `${why}${name === 'ID key digest' ? has : ''}`);
    }
    else {
        const same = (name, found, want) => add(name, found === want, found === want ? `${check_short(found)} as signed` : `${found}, the signed record has ${want}`);
        same('ID key digest', r.idKeyDigest, signed.idKeyDigest);
        if (signed.authorKeyDigest === null)
            add('author key digest', !r.authorKeyEn && r.authorKeyDigest === ZERO48, !r.authorKeyEn && r.authorKeyDigest === ZERO48
                ? 'none, as signed (no author key)'
                : `the report has author key ${r.authorKeyEn ? 'enabled' : 'disabled'}, digest ${check_short(r.authorKeyDigest)}; the signed record has no author key`);
        else if (!r.authorKeyEn)
            add('author key digest', false, `the report has no author key; the signed record has ${check_short(signed.authorKeyDigest)}`);
        else
            same('author key digest', r.authorKeyDigest, signed.authorKeyDigest);
        same('family id', r.familyId, signed.familyId);
        same('image id', r.imageId, signed.imageId);
    }
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
    if (!i.vcek)
        add('signature', null, 'no --vcek given');
    else if (r.signatureAlgo !== SIGNATURE_ALGO_ECDSA_P384_SHA384)
        add('signature', false, `signature algorithm ${r.signatureAlgo}, expected 1 (ECDSA P-384 with SHA-384)`);
    else if (r.signingKey !== 'vcek')
        add('signature', false, `the report says it is signed by ${r.signingKey.toUpperCase()}, not a VCEK`);
    else {
        let ok;
        try {
            ok = (0,id_block/* verifySnpSignature */.rw)(i.vcek.publicKey, r.signed, Buffer.concat([r.r, r.s]));
        }
        catch {
            ok = false; // not an EC key: nothing it signs can be this signature
        }
        add('signature', ok, ok ? 'ECDSA P-384 over bytes 0..0x2A0 verifies with the VCEK' : 'does not verify with the VCEK');
    }
    if (!i.vcek)
        add('VCEK for this chip', null, 'no --vcek given');
    else
        vcekMatches(i.vcek, r, add);
    if (!i.chain)
        add('chain', null, 'no --chain given');
    else if (!i.vcek)
        add('chain', false, '--chain needs --vcek: the chain ends at the VCEK');
    else {
        const links = verifyChain(i.chain.ark, i.chain.ask, i.vcek, i.now);
        const bad = links.filter(l => !l.ok);
        add('chain', bad.length === 0, bad.length === 0
            ? `ARK -> ASK -> VCEK: ${links.map(l => l.detail).join('; ')}; ARK sha256 ${i.chain.ark.fingerprint256}`
            : bad.map(l => `${l.what}: ${l.detail}`).join('; '));
    }
    return checks;
}
/** The VCEK's hwID and TCB extensions against the report's CHIP_ID and REPORTED_TCB. */
function vcekMatches(vcek, r, add) {
    const f = vcekFacts(vcek);
    const seen = [];
    const wrong = [];
    if (f.hwId !== null) {
        if (r.maskChipKey || /^0+$/.test(r.chipId))
            seen.push('chip id masked in the report: not compared');
        else if (f.hwId === r.chipId)
            seen.push(`hwID ${check_short(f.hwId)} is the report's chip id`);
        else
            wrong.push(`hwID ${check_short(f.hwId)} is not the report's chip id ${check_short(r.chipId)}`);
    }
    // Milan and Genoa TCB_VERSION: boot loader, TEE, 4 reserved, SNP, microcode (one byte each).
    if (f.product && /^(Milan|Genoa)/.test(f.product) && Object.keys(f.spl).length > 0) {
        const tcb = Buffer.alloc(8);
        tcb.writeBigUInt64LE(r.reportedTcb);
        const pairs = [
            ['blSPL', tcb[0]],
            ['teeSPL', tcb[1]],
            ['snpSPL', tcb[6]],
            ['ucodeSPL', tcb[7]]
        ];
        const off = pairs.filter(([n, v]) => f.spl[n] !== v);
        if (off.length === 0)
            seen.push(`TCB ${pairs.map(([n, v]) => `${n}=${v}`).join(' ')} as in the report`);
        else
            wrong.push(`TCB differs from the report's: ${off.map(([n, v]) => `${n} VCEK ${f.spl[n] ?? 'absent'}, report ${v}`).join(', ')}`);
    }
    else if (f.product)
        seen.push(`TCB layout of ${f.product} not compared`);
    if (f.hwId === null && !f.product)
        add('VCEK for this chip', null, 'the VCEK has no AMD hwID or TCB extensions');
    else
        add('VCEK for this chip', wrong.length === 0, [...wrong, ...seen].join('; '));
}
function renderChecks(checks) {
    return checks.map(c => `${c.status.toUpperCase().padEnd(4)} ${c.name}: ${c.detail}\n`).join('');
}

// EXTERNAL MODULE: ./src/record/load.ts
var load = __webpack_require__(9397);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/commands/verify-report.ts
// `svsm-build verify-report REPORT.bin --measurements FILE [...]`: an SEV-SNP attestation report
// checked against a build's published record, one line per check. Exit 0 when every check
// holds, 1 when one fails, 2 on bad input.







const VERIFY_COMMAND = (0,flags/* command */.G5)({
    synopsis: ['svsm-build verify-report <REPORT.bin> --measurements <measurements.json> [OPTIONS]'],
    about: 'Checks an SEV-SNP attestation report (the 1184-byte ATTESTATION_REPORT) against published launch digests.',
    flags: {
        measurements: { value: '<FILE>', required: true, help: 'bin/measurements.json of the build' },
        target: {
            value: '<T>',
            choices: ['qemu', 'hyper-v', 'vanadium'],
            help: "Compare with this target's record only"
        },
        vcek: { value: '<FILE>', help: "VCEK certificate (PEM or DER): checks the report's signature" },
        chain: {
            value: '<FILE>',
            help: "AMD's ASK and ARK (PEM, as the KDS cert_chain): checks ARK -> ASK -> VCEK"
        },
        'report-data': { value: '<HEX>', help: 'Expected REPORT_DATA (up to 64 bytes; zero-padded)' },
        vmpl: { value: '<N>', choices: ['0', '1', '2', '3'], help: 'Required VMPL (default: any)' },
        json: { help: 'Machine-readable output' }
    },
    args: { min: 1, max: 1, what: 'one report file' },
    footer: 'Exit codes: 0 every check holds, 1 a check fails, 2 bad input.'
});
function read(path, flag) {
    try {
        return (0,external_node_fs_.readFileSync)(path);
    }
    catch (e) {
        const code = e.code;
        throw new errors/* BadInput */.kp(`${flag} ${path}: ${code === 'ENOENT' ? 'no such file' : e.message}`);
    }
}
function reportData(hex) {
    const h = hex.replace(/^0x/i, '');
    if (!/^([0-9a-fA-F]{2}){1,64}$/.test(h))
        throw new errors/* UsageError */.eb(`--report-data ${JSON.stringify(hex)}: expected 1 to 64 bytes of hex (an even number of 0-9a-f digits)`, (0,flags/* usageOf */.Fs)(VERIFY_COMMAND));
    const out = Buffer.alloc(64);
    Buffer.from(h, 'hex').copy(out);
    return out;
}
async function verifyReportCommand(args) {
    const v = (0,flags/* parseFlags */.bQ)(VERIFY_COMMAND, args);
    if (!v)
        return 0;
    const o = v.values;
    const file = v.positionals[0];
    const expectedData = o['report-data'] ? reportData(o['report-data']) : undefined;
    try {
        const inputs = {
            report: parseSnpReport(read(file, 'report'), file),
            published: (0,load/* loadRecords */.ff)(o.measurements).records,
            ...(o.target ? { target: o.target } : {}),
            ...(expectedData ? { reportData: expectedData } : {}),
            ...(o.vmpl !== undefined ? { vmpl: Number(o.vmpl) } : {})
        };
        if (o.target && !inputs.published.some(m => m.target === o.target))
            throw new errors/* BadInput */.kp(`--target ${o.target}: ${o.measurements} has no record for it (targets: ${[...new Set(inputs.published.map(m => m.target))].join(', ') || 'none'})`);
        if (o.vcek) {
            const certs = readCertificates(read(o.vcek, '--vcek'), `--vcek ${o.vcek}`);
            if (certs.length !== 1)
                throw new errors/* BadInput */.kp(`--vcek ${o.vcek}: holds ${certs.length} certificates, expected the VCEK alone`);
            inputs.vcek = certs[0];
        }
        if (o.chain)
            inputs.chain = splitChain(readCertificates(read(o.chain, '--chain'), `--chain ${o.chain}`), `--chain ${o.chain}`);
        const checks = checkReport(inputs);
        const ok = checks.every(c => c.status !== 'fail');
        const r = inputs.report;
        process.stdout.write(o.json
            ? `${JSON.stringify({ ok, report: { version: r.version, measurement: r.measurement, policy: `0x${r.policy.toString(16)}`, vmpl: r.vmpl, signingKey: r.signingKey, chipId: r.chipId }, checks }, null, 2)}\n`
            : renderChecks(checks) +
                (ok
                    ? 'every check holds\n'
                    : `${checks.filter(c => c.status === 'fail').length} check(s) failed\n`));
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

/***/ 5100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ policyDifferences)
/* harmony export */ });
/* unused harmony export POLICY_BITS */
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

/***/ 2540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ idBlockSignatures),
/* harmony export */   IH: () => (/* binding */ idBlockFacts),
/* harmony export */   S_: () => (/* binding */ parseIgvmWithBytes),
/* harmony export */   rw: () => (/* binding */ verifySnpSignature)
/* harmony export */ });
/* unused harmony exports snpPublicKey, sha384Upper, p384Key */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2782);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2234);
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
