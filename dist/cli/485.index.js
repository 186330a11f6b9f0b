export const id = 485;
export const ids = [485];
export const modules = {

/***/ 6866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  referenceValuesCommand: () => (/* binding */ referenceValuesCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/write-atomic.ts
var write_atomic = __webpack_require__(2093);
// EXTERNAL MODULE: ./src/record/load.ts
var load = __webpack_require__(9397);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/reference-values/cbor.ts
var cbor = __webpack_require__(7784);
// EXTERNAL MODULE: ./src/reference-values/corim-profile.ts
var corim_profile = __webpack_require__(5608);
// EXTERNAL MODULE: ./src/reference-values/errors.ts
var reference_values_errors = __webpack_require__(651);
// EXTERNAL MODULE: ./src/reference-values/hex.ts
var reference_values_hex = __webpack_require__(5567);
// EXTERNAL MODULE: ./src/reference-values/input.ts
var reference_values_input = __webpack_require__(5838);
;// CONCATENATED MODULE: ./src/reference-values/corim-encode.ts
// One unsigned CoRIM per build: a CoMID with one reference-value triple per SEV-SNP target, shaped
// like the CoRIM Veraison's SEV-SNP scheme accepts (its test data corim-sevsnp-valid.cbor): the
// class OID by chip, the launch digest as the instance (Veraison finds reference values by it), and
// only the mkeys a build determines, in the types Veraison's evidence has for them.






const bytes = (hex) => new cbor/* Tagged */.d2(corim_profile/* TAG */.Dk.BYTES, (0,reference_values_hex/* fromHex */.aD)(hex));
/** One measurement-map: { 0: mkey, 1: measurement-values-map }. */
const measurement = (mkey, mval) => new Map([
    [corim_profile/* MEASUREMENT_KEY */.DA.MKEY, mkey],
    [corim_profile/* MEASUREMENT_KEY */.DA.MVAL, mval]
]);
const rawValue = (hex) => new Map([[corim_profile/* MVAL_KEY */.Bp.RAW_VALUE, bytes(hex)]]);
/** The measurements of one target, in mkey order. */
function measurements(t) {
    const id = t.idBlock;
    const out = [
        // Guest SVN as min-value (tag 553), as in Veraison's fixture; 0 unless an ID block says otherwise.
        measurement(corim_profile/* MKEY */.d7.GUEST_SVN, new Map([[corim_profile/* MVAL_KEY */.Bp.SVN, new cbor/* Tagged */.d2(corim_profile/* TAG */.Dk.MIN_SVN, id?.guestSvn ?? 0)]])),
        // 8 bytes big-endian: 0x30000 is 0000000000030000, the order of Veraison's evidence claims.
        measurement(corim_profile/* MKEY */.d7.POLICY, new Map([[corim_profile/* MVAL_KEY */.Bp.RAW_VALUE, new cbor/* Tagged */.d2(corim_profile/* TAG */.Dk.BYTES, (0,reference_values_hex/* policyBytes */.we)(BigInt(t.policy)))]]))
    ];
    if (id)
        out.push(measurement(corim_profile/* MKEY */.d7.FAMILY_ID, rawValue(id.familyId)), measurement(corim_profile/* MKEY */.d7.IMAGE_ID, rawValue(id.imageId)));
    out.push(measurement(corim_profile/* MKEY */.d7.MEASUREMENT, new Map([[corim_profile/* MVAL_KEY */.Bp.DIGESTS, [[corim_profile/* SHA384_ALG */.LM, (0,reference_values_hex/* fromHex */.aD)(t.launchDigest)]]]])));
    // Raw 48 bytes, as Veraison's evidence has them (go-gen-ref); AMD's draft says digests instead.
    if (id)
        out.push(measurement(corim_profile/* MKEY */.d7.ID_KEY_DIGEST, rawValue(id.idKeyDigest)));
    if (id?.authorKeyDigest)
        out.push(measurement(corim_profile/* MKEY */.d7.AUTHOR_KEY_DIGEST, rawValue(id.authorKeyDigest)));
    return out;
}
function referenceTriple(t) {
    const environment = new Map([
        [corim_profile/* ENV_KEY */.yG.CLASS, new Map([[corim_profile/* CLASS_KEY */.XI.CLASS_ID, new cbor/* Tagged */.d2(corim_profile/* TAG */.Dk.OID, (0,corim_profile/* oidBytes */.kC)(corim_profile/* CLASS_OID_BY_CHIP */.Pe))]])],
        [corim_profile/* ENV_KEY */.yG.INSTANCE, bytes(t.launchDigest)]
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
    const input = (0,reference_values_input/* parseBuildInput */.U)(given); // the adapter's output is checked before any byte is written
    const snp = input.targets.filter(reference_values_input/* isSnpTarget */.F);
    if (snp.length === 0)
        throw new reference_values_errors/* ReferenceValuesError */.W('reference values', 'targets', `no target lists the "snp" platform (found ${input.targets.map(t => `${t.target}: ${t.platforms.join(',') || 'none'}`).join('; ')}), expected at least one SEV-SNP target for a CoRIM`);
    const triples = new Map([[corim_profile/* TRIPLES_KEY */._j.REFERENCE, snp.map(referenceTriple)]]);
    const comid = new Map([
        [corim_profile/* COMID_KEY */.LU.LANG, 'en'],
        [corim_profile/* COMID_KEY */.LU.TAG_IDENTITY, new Map([[corim_profile/* TAG_IDENTITY_KEY */.yH.TAG_ID, contentUuid((0,cbor/* encodeDeterministic */.Fp)(triples))]])],
        [corim_profile/* COMID_KEY */.LU.TRIPLES, triples]
    ]);
    const corim = new cbor/* Tagged */.d2(corim_profile/* TAG */.Dk.CORIM_UNSIGNED, new Map([
        [corim_profile/* CORIM_KEY */.fd.ID, corimId(input)],
        // A CoMID travels bstr-wrapped inside its tag, as in every CoRIM.
        [corim_profile/* CORIM_KEY */.fd.TAGS, [new cbor/* Tagged */.d2(corim_profile/* TAG */.Dk.COMID, (0,cbor/* encodeDeterministic */.Fp)(comid))]],
        [corim_profile/* CORIM_KEY */.fd.PROFILE, new cbor/* Tagged */.d2(corim_profile/* TAG */.Dk.URI, corim_profile/* PROFILE */.Cn)]
    ]));
    const notes = [];
    if (input.targets.some(t => t.tdxMrtd))
        notes.push(corim_profile/* TDX_CORIM_NOTE */.Rl);
    const skipped = input.targets.filter(t => !(0,reference_values_input/* isSnpTarget */.F)(t)).map(t => t.target);
    if (skipped.length)
        notes.push(`no triple for ${skipped.join(', ')}: not built for SEV-SNP (no "snp" platform)`);
    notes.push('not in the CoRIM: the report version (mkey 0; the AMD product decides it) and the values one machine or ' +
        'one report decides (VMPL, TCBs, platform info, chip id, report data and ids)');
    return { bytes: (0,cbor/* encodeDeterministic */.Fp)(corim), targets: snp.map(t => t.target), notes };
}

;// CONCATENATED MODULE: ./src/reference-values/corim-dump.ts
// A readable dump of a CoRIM in CBOR diagnostic notation, with `/ comments /` naming each key and
// the bstr-wrapped CoMIDs opened as `<< ... >>`. For people (the README, a PR note), not machines:
// byte strings over 48 bytes and long texts are shortened, and say so.



const classNode = {
    name: 'class',
    keys: { 0: { name: 'class-id' }, 1: { name: 'vendor' }, 2: { name: 'model' } }
};
const environment = {
    name: 'environment',
    keys: { 0: classNode, 1: { name: 'instance' }, 2: { name: 'group' } }
};
// The mkey (key 0) is named on the map itself, with the report field it stands for.
const corim_dump_measurement = {
    keys: {
        1: {
            name: 'values',
            keys: {
                0: { name: 'version', keys: { 0: { name: 'version' }, 1: { name: 'version-scheme' } } },
                1: { name: 'svn' },
                2: { name: 'digests' },
                3: { name: 'flags' },
                4: { name: 'raw-value' },
                5: { name: 'raw-value-mask' }
            }
        }
    }
};
const comid = {
    name: 'CoMID',
    keys: {
        0: { name: 'language' },
        1: { name: 'tag-identity', keys: { 0: { name: 'tag-id' }, 1: { name: 'tag-version' } } },
        2: { name: 'entities' },
        4: {
            name: 'triples',
            keys: {
                0: {
                    name: 'reference-values',
                    items: { tuple: [environment, { name: 'measurements', items: corim_dump_measurement }] }
                },
                3: {
                    name: 'attester-verification-keys',
                    items: { tuple: [environment, { name: 'verification-keys' }] }
                }
            }
        }
    }
};
const corimNode = {
    name: 'unsigned CoRIM',
    keys: {
        0: { name: 'id' },
        1: { name: 'tags', items: { wrapped: comid } },
        3: { name: 'profile' },
        5: { name: 'entities' }
    }
};
const TAG_NAME = {
    [corim_profile/* TAG */.Dk.URI]: 'URI',
    [corim_profile/* TAG */.Dk.UUID]: 'UUID',
    [corim_profile/* TAG */.Dk.SVN]: 'exact-value',
    [corim_profile/* TAG */.Dk.MIN_SVN]: 'min-value',
    [corim_profile/* TAG */.Dk.PKIX_BASE64_CERT]: 'PEM certificate',
    [corim_profile/* TAG */.Dk.PKIX_BASE64_CERT_PATH]: 'PEM certificate path'
};
const LONG_BYTES = 48;
const LONG_TEXT = 72;
const WIDTH = 100;
const comment = (s) => (s ? `/ ${s} / ` : '');
function scalar(v) {
    if (v instanceof Uint8Array) {
        if (v.length <= LONG_BYTES)
            return `h'${(0,reference_values_hex/* toHex */.nj)(v)}'`;
        const h = (0,reference_values_hex/* toHex */.nj)(v);
        return `h'${h.slice(0, 16)}...${h.slice(-16)}' / ${v.length} bytes /`;
    }
    if (typeof v === 'string')
        return v.length <= LONG_TEXT
            ? JSON.stringify(v)
            : `${JSON.stringify(v.slice(0, 40)).slice(0, -1)}..." / ${v.length} characters /`;
    if (v === undefined)
        return 'undefined';
    return String(v);
}
/** The key's name and, for a measurement map, the mkey's report field. */
function entryComment(node, v) {
    if (node === corim_dump_measurement && v instanceof Map) {
        const k = v.get(0);
        return typeof k === 'number' ? `mkey ${k}: ${corim_profile/* MKEY_NAME */.Pu.get(k) ?? 'unknown'}` : undefined;
    }
    return node?.name;
}
function render(v, node, indent) {
    if (v instanceof cbor/* Tagged */.d2) {
        const inner = v.value;
        const note = v.tag === corim_profile/* TAG */.Dk.OID && inner instanceof Uint8Array
            ? `OID ${(0,corim_profile/* oidString */.A8)(inner) ?? 'malformed'}`
            : TAG_NAME[v.tag];
        if (node?.wrapped && inner instanceof Uint8Array) {
            const body = render((0,cbor/* decodeCbor */.Pg)(inner), node.wrapped, indent);
            return `${comment(node.wrapped.name)}${v.tag}(<< ${body} >>)`;
        }
        return `${v.tag}(${render(inner, node, indent)})${note ? ` / ${note} /` : ''}`;
    }
    if (Array.isArray(v)) {
        const child = (i) => node?.tuple?.[i] ?? node?.items;
        const parts = v.map((x, i) => {
            const n = child(i);
            const name = entryComment(n, x);
            return `${n?.wrapped ? '' : comment(name)}${render(x, n, `${indent}  `)}`;
        });
        return block('[', ']', parts, indent);
    }
    if (v instanceof Map) {
        const parts = [...v].map(([k, x]) => {
            const n = typeof k === 'number' ? node?.keys?.[k] : undefined;
            return `${comment(entryComment(n, x))}${render(k, undefined, indent)}: ${render(x, n, `${indent}  `)}`;
        });
        return block('{', '}', parts, indent);
    }
    return scalar(v);
}
function block(open, close, parts, indent) {
    const inline = `${open}${parts.join(', ')}${close}`;
    if (!inline.includes('\n') && indent.length + inline.length <= WIDTH)
        return inline;
    return `${open}\n${parts.map(p => `${indent}  ${p}`).join(',\n')}\n${indent}${close}`;
}
/** The CoRIM (or any CBOR) as annotated diagnostic notation. */
function dumpCorim(bytes) {
    const top = (0,cbor/* decodeCbor */.Pg)(bytes);
    const node = top instanceof cbor/* Tagged */.d2 && top.tag === corim_profile/* TAG */.Dk.CORIM_UNSIGNED ? corimNode : undefined;
    return `${comment(node?.name)}${render(top, node, '')}\n`;
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
        throw new reference_values_errors/* ReferenceValuesError */.W(source, '', 'no records, expected at least one');
    const other = records.findIndex(m => m.gitVersion !== first.gitVersion);
    if (other >= 0)
        throw new reference_values_errors/* ReferenceValuesError */.W(source, `[${other}].gitVersion`, `found ${JSON.stringify(records[other].gitVersion)} after ${JSON.stringify(first.gitVersion)} in [0], expected the records of one build (one git version); pass --target or one build's record`);
    return first.gitVersion;
}
/**
 * The writers' input for `records` of one build in `repository`. `source` names the record file
 * in messages. Checked against the input schema before any writer sees it.
 */
function buildInputFromRecords(records, repository, source) {
    return (0,reference_values_input/* parseBuildInput */.U)({ repository, version: recordVersion(records, source), targets: records.flatMap(targetsOf) }, source);
}

// EXTERNAL MODULE: ./src/reference-values/json-format.ts
var json_format = __webpack_require__(6684);
// EXTERNAL MODULE: ./src/reference-values/read.ts + 2 modules
var read = __webpack_require__(1241);
// EXTERNAL MODULE: ./src/util/git.ts
var git = __webpack_require__(3968);
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
            throw new reference_values_errors/* ReferenceValuesError */.W(s.option.name, '', `found ${JSON.stringify(s.option.value)}: ${r}; expected owner/name (on github.com) or the repository's https URL`);
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
    throw new reference_values_errors/* ReferenceValuesError */.W('reference values', 'repository', `not known (${[...skipped, 'no --repository', s.origin === undefined ? 'no svsm tree beside the record' : s.origin === null ? 'the svsm tree has no origin remote' : '', 'no GITHUB_REPOSITORY'].filter(Boolean).join('; ')}); expected --repository owner/name or a repository URL`);
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

// EXTERNAL MODULE: ./src/reference-values/rvps-names.ts
var rvps_names = __webpack_require__(7928);
// EXTERNAL MODULE: ./src/reference-values/snp-policy.ts
var snp_policy = __webpack_require__(6088);
;// CONCATENATED MODULE: ./src/reference-values/rvps-message.ts
// The RVPS "sample" message of one build: {"version","type":"sample","payload":base64(JSON)}, the
// payload a map of name → value (rvps/src/extractors/sample). Digests are lower-case hex, as
// Trustee's verifiers report them (hex::encode); lists where the default policy uses `in`, single
// values where it uses `==`.




const FIELD_NAMES = [
    ['abiMajor', rvps_names/* DEFAULT_POLICY_NAMES */.mZ.snpAbiMajor],
    ['abiMinor', rvps_names/* DEFAULT_POLICY_NAMES */.mZ.snpAbiMinor],
    ['smtAllowed', rvps_names/* DEFAULT_POLICY_NAMES */.mZ.snpSmtAllowed],
    ['singleSocket', rvps_names/* DEFAULT_POLICY_NAMES */.mZ.snpSingleSocket]
];
function buildRvpsMessage(given, options = {}) {
    const input = (0,reference_values_input/* parseBuildInput */.U)(given); // the adapter's output is checked before any byte is written
    const snp = input.targets.filter(reference_values_input/* isSnpTarget */.F);
    const tdx = input.targets.filter(t => t.tdxMrtd);
    if (snp.length === 0 && tdx.length === 0)
        throw new reference_values_errors/* ReferenceValuesError */.W('reference values', 'targets', `no SEV-SNP target and no TDX MRTD (found ${input.targets.map(t => t.target).join(', ')}), expected at least one value to publish`);
    const names = (0,rvps_names/* rvpsNames */.S6)(input.repository.url, input.version);
    const lower = (h) => h.toLowerCase();
    const unique = (xs) => [...new Set(xs)];
    const snpDigests = unique(snp.map(t => lower(t.launchDigest)));
    const mrtds = unique(tdx.map(t => lower(t.tdxMrtd)));
    const payload = {};
    const notes = [];
    if (options.defaultPolicyNames ?? true) {
        if (snp.length)
            payload[rvps_names/* DEFAULT_POLICY_NAMES */.mZ.snpLaunchMeasurement] = snpDigests;
        const bits = snp.map(t => ({ target: t.target, bits: (0,snp_policy/* snpPolicyBits */.q)(BigInt(t.policy)) }));
        for (const [field, name] of FIELD_NAMES) {
            const values = unique(bits.map(b => String(b.bits[field])));
            if (values.length === 1)
                payload[name] = bits[0].bits[field];
            else if (values.length > 1)
                notes.push(`${name} left out: the targets' policies differ (${bits.map(b => `${b.target} ${b.bits[field]}`).join(', ')}) and the default policy compares it with ==`);
        }
        if (tdx.length)
            payload[rvps_names/* DEFAULT_POLICY_NAMES */.mZ.tdxMrtd] = mrtds;
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
        if ((0,reference_values_input/* isSnpTarget */.F)(t)) {
            add(n.snpMeasurement, lower(t.launchDigest));
            add(n.snpPolicy, t.policy);
        }
        if (t.tdxMrtd)
            add(n.tdxMrtd, lower(t.tdxMrtd));
    }
    for (const t of snp) {
        const b = (0,snp_policy/* snpPolicyBits */.q)(BigInt(t.policy));
        const off = [
            b.debugAllowed && `debugging (bit ${snp_policy/* SNP_POLICY_BIT */.$.debug})`,
            b.migrateMa && `a migration agent (bit ${snp_policy/* SNP_POLICY_BIT */.$.migrateMa})`
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
        version: rvps_names/* RVPS_MESSAGE_VERSION */.fs,
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

// EXTERNAL MODULE: ./src/util/input-file.ts
var input_file = __webpack_require__(5939);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/commands/reference-values.ts
// `svsm-build reference-values RECORD [--format corim|rvps|json] [--target T] [--repository R]
// [--out FILE] [--dump]`: a build's launch digests in the format a verifier ingests (a CoRIM for
// Veraison's SEV-SNP scheme, a message for Trustee's RVPS, plain JSON). The record is read with
// the one loader; where the repository came from is printed, never guessed silently.














const REFERENCE_VALUES_COMMAND = (0,flags/* command */.G5)({
    synopsis: [
        'svsm-build reference-values <RECORD> [--format corim|rvps|json] [--target T] [--repository R] [--out FILE]',
        'svsm-build reference-values <FILE.corim|FILE.rvps.json> --dump'
    ],
    about: "Writes a build's reference values in the format a verifier ingests: an unsigned CoRIM with AMD's\nSEV-SNP profile (Veraison's SEV-SNP scheme), a Trustee RVPS \"sample\" message, or plain JSON.\nRECORD is a measurements.json, an artifact folder holding one, or a tree's bin/. The repository is\n--repository, else the origin remote of the svsm tree whose bin/ holds the record, else\nGITHUB_REPOSITORY; the version is the record's git version. Both are printed on stderr.",
    flags: {
        format: {
            value: '<FORMAT>',
            choices: ['corim', 'rvps', 'json'],
            help: 'What to write (default corim)'
        },
        target: {
            value: '<T>',
            choices: ['qemu', 'hyper-v', 'vanadium'],
            help: "Only this target's records"
        },
        repository: {
            value: '<OWNER/NAME|URL>',
            help: 'The repository the build is of (owner/name on github.com, or its URL)'
        },
        out: {
            value: '<FILE>',
            help: 'Write here (default stdout; a CoRIM, binary CBOR, is not written to a terminal)'
        },
        dump: {
            help: 'Print a readable dump instead: the CoRIM in CBOR diagnostic notation with each key\nnamed, the RVPS message with its payload decoded. Also reads an existing CoRIM or RVPS file'
        }
    },
    args: { min: 1, max: 1, what: 'one measurements.json, artifact folder or bin/ folder' },
    footer: 'Exit codes: 0 written, 2 bad input (a record that is not valid, no repository, no SEV-SNP target for a CoRIM).'
});
// A CoRIM or RVPS message to dump is a few KiB.
const DUMP_MAX = 4 * 1024 * 1024;
/** A CoRIM or RVPS file given to --dump (not a record): its dump, or null when it is a record. */
function dumpFile(path) {
    let bytes;
    try {
        bytes = (0,input_file/* readFileOrPipe */.e9)(path, { name: path, max: DUMP_MAX, expected: 'a file of at most 4 MiB' });
    }
    catch {
        return null; // a folder (an artifact, bin/) or a record the loader will name the problem of
    }
    const format = (0,read/* detectFormat */.T)(bytes);
    if (format === 'corim') {
        (0,read/* readReferenceValues */.o)(bytes, path); // one message naming what is wrong before a dump of it
        return dumpCorim(bytes);
    }
    if (format === 'rvps') {
        (0,read/* readReferenceValues */.o)(bytes, path);
        return dumpRvpsMessage(Buffer.from(bytes).toString('utf8'));
    }
    if (format === 'json')
        return Buffer.from(bytes).toString('utf8');
    return null;
}
async function referenceValuesCommand(args) {
    const parsed = (0,flags/* parseFlags */.bQ)(REFERENCE_VALUES_COMMAND, args);
    if (!parsed)
        return 0;
    const o = parsed.values;
    const source = parsed.positionals[0];
    const format = o.format ?? 'corim';
    const say = (line) => process.stderr.write(`${line}\n`);
    const dumped = o.dump ? dumpFile(source) : null;
    if (dumped !== null) {
        notOver(o.out, source);
        return emit(dumped, o.out, say);
    }
    const { file, records: all } = (0,load/* loadRecords */.ff)(source);
    notOver(o.out, file);
    const records = o.target ? all.filter(m => m.target === o.target) : all;
    if (records.length === 0)
        throw new errors/* BadInput */.kp(`--target ${o.target}: ${file} has no record for it (targets: ${[...new Set(all.map(m => m.target))].join(', ')})`);
    // The svsm tree is the folder whose bin/ holds the record; an artifact folder has none.
    const tree = (0,external_node_path_.basename)((0,external_node_path_.dirname)(file)) === 'bin' ? (0,external_node_path_.dirname)((0,external_node_path_.dirname)(file)) : undefined;
    const url = o.repository === undefined && tree !== undefined ? originRemote(tree) : null;
    const choice = chooseRepository({
        ...(o.repository !== undefined ? { option: { value: o.repository, name: '--repository' } } : {}),
        ...(tree !== undefined ? { origin: url ? { url, tree } : null } : {}),
        env: process.env
    });
    for (const s of choice.skipped)
        say(`note: not used: ${s}`);
    say(`repository: ${choice.repository.name} (${choice.repository.url}), from ${choice.from}`);
    const input = buildInputFromRecords(records, choice.repository, file);
    say(`version: ${input.version || '(empty: the tree had no tag)'}, the git version of ${file}`);
    if (format === 'corim') {
        const corim = buildCorim(input);
        for (const n of corim.notes)
            say(`note: ${n}`);
        if (o.dump)
            return emit(dumpCorim(corim.bytes), o.out, say);
        if (o.out === undefined && process.stdout.isTTY)
            throw new errors/* BadInput */.kp('the CoRIM is binary CBOR and stdout is a terminal: nothing was written; pass --out FILE (or redirect stdout), or --dump to read it');
        return emit(corim.bytes, o.out, say);
    }
    if (format === 'rvps') {
        const rvps = buildRvpsMessage(input);
        for (const n of rvps.notes)
            say(`note: ${n}`);
        return emit(o.dump ? dumpRvpsMessage(rvps.text) : rvps.text, o.out, say);
    }
    return emit((0,json_format/* buildJson */.Nc)(input).text, o.out, say);
}
/** --out must not be the file the values are read from (a dump written over its CoRIM, a CoRIM over the record). */
function notOver(out, input) {
    if (out === undefined || !(0,external_node_fs_.existsSync)(out) || !(0,external_node_fs_.existsSync)(input))
        return;
    if ((0,external_node_fs_.realpathSync)(out) === (0,external_node_fs_.realpathSync)(input))
        throw new errors/* BadInput */.kp(`--out ${out}: is the file the values are read from; nothing was written (choose another file)`);
}
function emit(data, out, say) {
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
    if (out === undefined)
        process.stdout.write(bytes);
    else {
        (0,write_atomic/* writeFileAtomic */.Z)(out, bytes);
        say(`wrote ${out} (${bytes.length} bytes)`);
    }
    return 0;
}


/***/ }),

/***/ 3968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// git as every room runs it: argv, never a shell; the answer with its stdout and its last words.

function git(cwd, args) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
    return { ok: r.status === 0, out: r.stdout ?? '', err: (r.stderr ?? '').trim() };
}


/***/ })

};
