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

/***/ 5421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ builtinMeasure)
});

// UNUSED EXPORTS: TDX_NOTE

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

/***/ 72540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ idBlockSignatures),
/* harmony export */   IH: () => (/* binding */ idBlockFacts),
/* harmony export */   S_: () => (/* binding */ parseIgvmWithBytes)
/* harmony export */ });
/* unused harmony exports snpPublicKey, sha384Upper, p384Key, verifySnpSignature */
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
