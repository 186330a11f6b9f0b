export const id = 736;
export const ids = [736];
export const modules = {

/***/ 31736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run_run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/record/load.ts
var load = __webpack_require__(89397);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/engine/builtin-measure.ts + 2 modules
var builtin_measure = __webpack_require__(5421);
// EXTERNAL MODULE: ./src/igvm/id-block.ts
var id_block = __webpack_require__(72540);
// EXTERNAL MODULE: ./src/igvm/igvmmeasure-output.ts
var igvmmeasure_output = __webpack_require__(53166);
// EXTERNAL MODULE: ./src/record/write.ts
var write = __webpack_require__(23294);
;// CONCATENATED MODULE: ./src/sign/sign.ts
// ID-block signing of a build's IGVM files with upstream's `igvmmeasure sign`, in a job that holds
// the keys (sign.yml): the keys live only in a private temp folder for the tool's run, every signed
// file is measured again (igvmmeasure and our own reader), its ID block decoded and its signatures
// checked, and each record gains `signed` next to its unsigned digest.









class SignError extends Error {
    name = 'SignError';
}
/** The key as igvmmeasure reads it (SEC1 PEM), refused unless it is P-384; never echoes the key. */
function keyFor(input, pem) {
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)(pem);
    }
    catch {
        throw new SignError(`${input}: not a PEM private key (expected an ECDSA P-384 key: openssl ecparam -name secp384r1 -genkey -noout)`);
    }
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (key.asymmetricKeyType !== 'ec' || curve !== 'secp384r1')
        throw new SignError(`${input}: a ${key.asymmetricKeyType ?? 'unknown'}${curve ? ` ${curve}` : ''} key; SEV-SNP ID blocks need ECDSA P-384 (secp384r1)`);
    // igvmmeasure reads SEC1 only ("Error: Error" for PKCS#8).
    return key.export({ type: 'sec1', format: 'pem' }).toString();
}
/** Runs `fn` with the keys as 0600 files in a 0700 folder of their own, removed afterwards. */
function withKeyFiles(keys, fn) {
    const id = keyFor('id-key', keys.idKey);
    const author = keys.authorKey ? keyFor('author-key', keys.authorKey) : undefined;
    // RUNNER_TEMP: the runner empties it after the job, even if this process is killed.
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'svsm-sign-'));
    try {
        (0,external_node_fs_.chmodSync)(dir, 0o700);
        const write = (name, pem) => {
            const p = (0,external_node_path_.join)(dir, name);
            (0,external_node_fs_.writeFileSync)(p, pem, { mode: 0o600 });
            return p;
        };
        return fn({ id: write('id.pem', id), ...(author ? { author: write('author.pem', author) } : {}) });
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
function run(argv) {
    const r = (0,external_node_child_process_.spawnSync)(argv[0], argv.slice(1), { encoding: 'utf8' });
    if (r.error)
        throw new SignError(`${argv[0]}: ${r.error.message}`);
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const sha256 = (b) => (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
/** `<name>.igvm` → `<name>-signed.igvm` (upstream's naming in its signing test). */
const signedName = (igvm) => (0,external_node_path_.basename)(igvm).replace(/(\.igvm)?$/, '-signed.igvm');
function signOne(req, m, keys) {
    const input = (0,external_node_path_.join)(req.artifactDir, (0,external_node_path_.basename)(m.igvm));
    const name = signedName(m.igvm);
    const output = (0,external_node_path_.join)(req.outDir, name);
    // The ID block asserts the digest measured with the record's flags (--native-zero changes it).
    const flags = [...(m.checkKvm ? ['--check-kvm'] : []), ...(m.nativeZero ? ['--native-zero'] : [])];
    const argv = [req.igvmmeasure, ...flags, input, 'sign', '--output', output, '--id-key', keys.id];
    if (keys.author)
        argv.push('--author-key', keys.author);
    const s = run(argv);
    if (s.code !== 0)
        throw new SignError(`igvmmeasure sign ${(0,external_node_path_.basename)(m.igvm)} failed (exit ${s.code}): ${s.stderr.trim() || s.stdout.trim()}`);
    // Measured again: igvmmeasure refuses a file whose ID block asserts another digest.
    const r = run([req.igvmmeasure, ...flags, output, 'measure']);
    const printed = (0,igvmmeasure_output/* parseIgvmmeasureOutput */.Q)(r.stdout);
    if (r.code !== 0 || printed.length !== 1)
        throw new SignError(`igvmmeasure measure ${name} failed (exit ${r.code}): ${r.stderr.trim()}`);
    const bytes = (0,external_node_fs_.readFileSync)(output);
    const ours = (0,builtin_measure/* builtinMeasure */.I)(bytes, { checkKvm: m.checkKvm, nativeZero: m.nativeZero }).digest;
    if (ours !== printed[0].digest)
        throw new SignError(`${name}: igvmmeasure measures ${printed[0].digest}, svsm-build ${ours}`);
    const parsed = (0,id_block/* parseIgvmWithBytes */.S_)(bytes, name);
    const facts = (0,id_block/* idBlockFacts */.IH)(parsed);
    const sigs = (0,id_block/* idBlockSignatures */.Cf)(parsed);
    if (!facts || !sigs)
        throw new SignError(`${name}: igvmmeasure sign wrote no SEV-SNP ID block`);
    if (!sigs.idBlock || sigs.author === false)
        throw new SignError(`${name}: the ID block's ${sigs.idBlock ? 'author' : 'ID'} signature does not verify`);
    if (facts.ld !== ours)
        throw new SignError(`${name}: the ID block asserts ${facts.ld}, the file measures ${ours}`);
    return {
        igvm: name,
        sha256: sha256(bytes),
        launchDigest: ours,
        idKeyDigest: facts.idKeyDigest,
        authorKeyDigest: facts.authorKeyDigest,
        familyId: facts.familyId,
        imageId: facts.imageId
    };
}
function signArtifact(req, records) {
    (0,external_node_fs_.mkdirSync)(req.outDir, { recursive: true });
    const skipped = [];
    const files = [];
    const measurements = withKeyFiles(req.keys, keys => records.map(m => {
        if (!m.platforms.includes('snp')) {
            skipped.push({
                igvm: m.igvm,
                reason: `platforms ${m.platforms.join(',')}: no SEV-SNP, so no ID block`
            });
            return m;
        }
        const signed = signOne(req, m, keys);
        files.push((0,external_node_path_.join)(req.outDir, signed.igvm));
        return { ...m, signed };
    }));
    // The unsigned files travel with the signed ones: the record names both.
    for (const m of records) {
        const dest = (0,external_node_path_.join)(req.outDir, (0,external_node_path_.basename)(m.igvm));
        (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(req.artifactDir, (0,external_node_path_.basename)(m.igvm)), dest);
        files.push(dest);
    }
    const out = (0,external_node_path_.join)(req.outDir, 'measurements.json');
    (0,write/* writeRecords */.W)(out, measurements);
    files.push(out);
    return { measurements, skipped, files };
}

// EXTERNAL MODULE: ./src/action/input-helper.ts
var input_helper = __webpack_require__(64727);
// EXTERNAL MODULE: ./src/action/runtime.ts + 4 modules
var runtime = __webpack_require__(40614);
// EXTERNAL MODULE: ./src/action/main/summary.ts
var summary = __webpack_require__(86850);
// EXTERNAL MODULE: ./src/action/logger.ts
var logger = __webpack_require__(18980);
// EXTERNAL MODULE: ./src/action/reference-values.ts + 13 modules
var reference_values = __webpack_require__(65395);
;// CONCATENATED MODULE: ./src/action/sign/run.ts
// The sign sub-action: ID-block signing of a build artifact's IGVM files (trust/sign.ts) in the
// job that holds the keys. The keys are masked before anything else happens and never logged.











// The key inputs are read apart: a validation message quotes what it got.
const schema = schemas/* object */.Ikc({
    artifact: schemas/* string */.YjP().min(1, { error: 'the folder of a downloaded build artifact' }),
    igvmmeasure: schemas/* string */.YjP().min(1, { error: "the path of upstream's igvmmeasure" }),
    out: schemas/* string */.YjP().min(1)
});
function secretInput(name, required) {
    const v = core/* getInput */.V4(name);
    if (v) {
        core/* setSecret */.Pq(v);
        for (const line of v.split('\n'))
            if (line.trim().length > 8)
                core/* setSecret */.Pq(line.trim());
    }
    if (!v && required)
        throw new Error(`input '${name}': expected a PEM private key (ECDSA P-384), got nothing`);
    return v || undefined;
}
async function run_run() {
    try {
        const idKey = secretInput('id-key', true);
        const authorKey = secretInput('author-key', false);
        const i = (0,input_helper/* readValidatedInputs */._)(schema, { artifact: '', igvmmeasure: '', out: 'signed' }, n => core/* getInput */.V4(n));
        const ws = (0,runtime/* workspaceDir */.zf)();
        const artifact = (0,external_node_path_.resolve)(ws, i.artifact);
        const igvmmeasure = (0,external_node_path_.resolve)(ws, i.igvmmeasure);
        if (!(0,external_node_fs_.existsSync)(igvmmeasure))
            throw new Error(`input 'igvmmeasure': ${i.igvmmeasure} does not exist`);
        const { records } = (0,load/* loadRecords */.ff)(artifact);
        const out = (0,external_node_path_.resolve)(ws, i.out);
        const r = signArtifact({
            artifactDir: artifact,
            outDir: out,
            igvmmeasure,
            keys: { idKey, ...(authorKey ? { authorKey } : {}) }
        }, records);
        for (const s of r.skipped)
            core/* warning */.$e(`${s.igvm}: not signed: ${s.reason}`);
        const signed = r.measurements.filter(m => m.signed);
        for (const m of signed)
            core/* info */.pq(`${m.signed.igvm}: launch digest ${m.signed.launchDigest}, ID key digest ${m.signed.idKeyDigest}, author key digest ${m.signed.authorKeyDigest ?? '(none)'}`);
        // The signed records' reference values carry the ID-block values a verifier pins too.
        const referenceValues = (0,reference_values/* publishReferenceValues */.x)({ dir: out, measurements: r.measurements }, process.env, logger/* coreLogger */.W);
        core/* setOutput */.uH('reference-values', JSON.stringify(referenceValues.files));
        core/* setOutput */.uH('measurements', JSON.stringify(r.measurements));
        core/* setOutput */.uH('measurements-file', (0,external_node_path_.resolve)(out, 'measurements.json'));
        core/* setOutput */.uH('dir', out);
        core/* setOutput */.uH('signed-files', JSON.stringify(signed.map(m => (0,external_node_path_.resolve)(out, m.signed.igvm))));
        core/* setOutput */.uH('digests', JSON.stringify(Object.fromEntries(signed.map(m => [
            m.target,
            {
                launchDigest: m.signed.launchDigest,
                idKeyDigest: m.signed.idKeyDigest,
                authorKeyDigest: m.signed.authorKeyDigest
            }
        ]))));
        await (0,summary/* appendSummary */.f)(run_summary(r.measurements));
    }
    catch (e) {
        core/* setFailed */.C1(e.message);
    }
}
function run_summary(ms) {
    const rows = ms
        .filter(m => m.signed)
        .map(m => `| ${m.target} | \`${m.signed.igvm}\` | \`${m.signed.launchDigest}\` | \`${m.signed.idKeyDigest}\` | ${m.signed.authorKeyDigest ? `\`${m.signed.authorKeyDigest}\`` : '(none)'} |`);
    return [
        '## Signed IGVM files (SEV-SNP ID block)',
        '',
        '| target | file | launch digest | ID key digest | author key digest |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
        'The ID block is not part of the launch measurement: the launch digest is the unsigned one, which the block asserts.',
        ''
    ].join('\n');
}


/***/ }),

/***/ 72540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ idBlockSignatures),
/* harmony export */   IH: () => (/* binding */ idBlockFacts),
/* harmony export */   S_: () => (/* binding */ parseIgvmWithBytes)
/* harmony export */ });
/* unused harmony export verifySnpSignature */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12782);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34685);
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
