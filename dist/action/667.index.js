export const id = 667;
export const ids = [667];
export const modules = {

/***/ 50667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run),
  runReport: () => (/* binding */ runReport)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/action/main/summary.ts
var summary = __webpack_require__(86850);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/artifacts/github.ts
var artifacts_github = __webpack_require__(89416);
// EXTERNAL MODULE: ./src/artifacts/local.ts
var local = __webpack_require__(65880);
;// CONCATENATED MODULE: ./src/report/base-branch.ts
// Which workflow file a run was started from (the base-branch baseline looks up its runs).
/** `owner/repo/.github/workflows/build.yml@refs/...` → `build.yml`. */
function workflowFileOf(workflowRef) {
    const m = /\.github\/workflows\/([^@]+)@/.exec(workflowRef ?? '');
    return m ? m[1] : null;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/record/schema.ts
var schema = __webpack_require__(27450);
;// CONCATENATED MODULE: ./src/report/baseline.ts
// What the new measurements are compared with: an expected-measurements file in the repository
// (measurements.json records, or a plain map of target → digest) or the measurements of the base
// branch's latest successful run.


const digest = schemas/* string */.YjP().regex(/^[0-9A-Fa-f]{96}$/, { error: 'a 96-digit hex SEV-SNP launch digest' });
/** `{ "qemu": "<digest>" }` or `{ "configs/qemu-target.json:qemu": "<digest>" }`. */
const simpleMap = schemas/* record */.g1P(schemas/* string */.YjP()
    .regex(/^([^:]+:)?(qemu|hyper-v|vanadium)$/, { error: 'an IGVM target, optionally after "<recipe>:"' }), digest);
function parseBaseline(json, file) {
    const records = schemas/* array */.YOg(schema/* measurementSchema */.aY).safeParse(json);
    if (records.success)
        return records.data.map(m => ({
            target: m.target,
            recipe: m.recipe,
            launchDigest: m.launchDigest,
            record: m
        }));
    const map = simpleMap.safeParse(json);
    if (map.success) {
        return Object.entries(map.data).map(([k, d]) => {
            const i = k.lastIndexOf(':');
            return {
                target: i < 0 ? k : k.slice(i + 1),
                ...(i < 0 ? {} : { recipe: k.slice(0, i) }),
                launchDigest: d.toUpperCase()
            };
        });
    }
    const issue = map.error.issues[0];
    throw new Error(`${file}: expected a measurements.json array or an object of target → digest; ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
}

;// CONCATENATED MODULE: ./src/report/comment.ts
const markerFor = (id) => `<!-- svsm-build-report:${id.replace(/[^\w.-]/g, '_')} -->`;
const PER_PAGE = 100;
async function findSticky(api, marker, author) {
    for (let page = 1;; page++) {
        const comments = await api.list(page, PER_PAGE);
        const mine = comments.find(c => c.user?.login === author && (c.body ?? '').includes(marker));
        if (mine)
            return mine;
        if (comments.length < PER_PAGE)
            return null;
    }
}
async function upsertComment(api, marker, body, author) {
    const full = `${marker}\n${body}`;
    const existing = await findSticky(api, marker, author);
    if (!existing) {
        const c = await api.create(full);
        return { action: 'created', url: c.html_url, id: c.id };
    }
    if (existing.body === full)
        return { action: 'unchanged', url: existing.html_url, id: existing.id };
    const c = await api.update(existing.id, full);
    return { action: 'updated', url: c.html_url, id: c.id };
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/report/compare.ts

const keyOf = (target, recipe) => (recipe ? `${recipe}:${target}` : target);
function featureDiff(a, b) {
    const parts = [];
    for (const c of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
        const before = new Set(a[c] ?? []);
        const after = new Set(b[c] ?? []);
        const added = [...after].filter(f => !before.has(f)).map(f => `+${f}`);
        const removed = [...before].filter(f => !after.has(f)).map(f => `-${f}`);
        if (added.length + removed.length > 0)
            parts.push(`${c}: ${[...added, ...removed].join(' ')}`);
    }
    return parts.join('; ');
}
/** The recorded inputs that differ between two builds of the same target. */
function inputDiffs(a, b) {
    const out = [];
    const field = (name, x, y) => {
        const sx = typeof x === 'string' ? x : JSON.stringify(x ?? null);
        const sy = typeof y === 'string' ? y : JSON.stringify(y ?? null);
        if (sx !== sy)
            out.push({ field: name, old: sx, new: sy });
    };
    const features = featureDiff(a.features, b.features);
    if (features)
        out.push({ field: 'features', old: '', new: features });
    field('all-features', a.allFeatures, b.allFeatures);
    field('toolchain', a.toolchain ?? 'unknown', b.toolchain ?? 'unknown');
    field('git version', a.gitVersion, b.gitVersion);
    field('firmware sha256', a.firmware?.sha256 ?? 'none', b.firmware?.sha256 ?? 'none');
    field('profile', a.profile, b.profile);
    field('platforms', a.platforms.join(','), b.platforms.join(','));
    field('policy', a.policy, b.policy);
    field('check-kvm', a.checkKvm, b.checkKvm);
    field('native-zero', a.nativeZero, b.nativeZero);
    field('recipe sha256', a.recipeSha256, b.recipeSha256);
    return out;
}
function compare(current, baseline) {
    const out = [];
    const matched = new Set();
    for (const m of current) {
        // A baseline that names targets only matches whichever recipe built the target.
        const b = baseline.find(e => !matched.has(e) && e.target === m.target && (e.recipe === undefined || e.recipe === m.recipe));
        if (!b) {
            out.push({ target: m.target, recipe: m.recipe, status: 'new', new: m.launchDigest, inputs: [] });
            continue;
        }
        matched.add(b);
        const same = b.launchDigest.toUpperCase() === m.launchDigest;
        out.push({
            target: m.target,
            recipe: m.recipe,
            status: same ? 'unchanged' : 'changed',
            old: b.launchDigest.toUpperCase(),
            new: m.launchDigest,
            inputs: b.record ? inputDiffs(b.record, m) : []
        });
    }
    for (const b of baseline) {
        if (!matched.has(b))
            out.push({
                target: b.target,
                ...(b.recipe ? { recipe: b.recipe } : {}),
                status: 'removed',
                old: b.launchDigest.toUpperCase(),
                inputs: []
            });
    }
    return out;
}
/** Folded under the target's inputs: a table cell holds it, so lines are joined with <br>. */
function renderImageDiff(lines) {
    return `<details><summary>What changed in the image</summary>${lines.map(l => (0,report_escape/* escapeText */.X)(l)).join('<br>')}</details>`;
}
const compare_short = (d) => (d ? (0,report_escape/* code */.a)(`${d.slice(0, 16)}…`) : '');
function renderComparison(cs, against) {
    if (cs.length === 0)
        return '';
    const changed = cs.filter(c => c.status !== 'unchanged');
    const head = changed.length === 0
        ? `All launch digests are unchanged against ${(0,report_escape/* escapeText */.X)(against)}.`
        : `**${changed.length} launch digest${changed.length === 1 ? '' : 's'} differ from ${(0,report_escape/* escapeText */.X)(against)}.**`;
    const rows = cs.map(c => {
        const what = c.status === 'changed'
            ? `changed: ${compare_short(c.old)} → ${compare_short(c.new)}`
            : c.status === 'new'
                ? `new: ${compare_short(c.new)}`
                : c.status === 'removed'
                    ? `removed (was ${compare_short(c.old)})`
                    : 'unchanged';
        const why = c.inputs
            .map(d => d.old
            ? `${(0,report_escape/* escapeText */.X)(d.field)}: ${(0,report_escape/* code */.a)(d.old)} → ${(0,report_escape/* code */.a)(d.new)}`
            : `${(0,report_escape/* escapeText */.X)(d.field)}: ${(0,report_escape/* code */.a)(d.new)}`)
            .join('<br>');
        const inputs = why || (c.status === 'changed' ? 'no recorded input differs (source code?)' : '');
        return `| ${(0,report_escape/* escapeText */.X)(keyOf(c.target, c.recipe))} | ${what} | ${inputs}${c.imageDiff ? `${inputs ? '<br>' : ''}${renderImageDiff(c.imageDiff)}` : ''} |`;
    });
    return [head, '', '| Target | Launch digest | Inputs that differ |', '|---|---|---|', ...rows].join('\n');
}

;// CONCATENATED MODULE: ./src/report/gate.ts
function gate(cs, policy, againstExpectedFile) {
    // "unexpected" is about the expected file; a base-branch baseline alone cannot make a change unexpected.
    if (policy === 'never' || (policy === 'unexpected' && !againstExpectedFile))
        return { pass: true, reasons: [] };
    const name = (c) => (c.recipe ? `${c.target} (${c.recipe})` : c.target);
    const reasons = [];
    for (const c of cs) {
        if (c.status === 'changed')
            reasons.push(`${name(c)}: launch digest ${c.new} differs from the ${againstExpectedFile ? 'expected' : 'baseline'} ${c.old}`);
        if (c.status === 'new' &&
            (policy === 'any' || (againstExpectedFile && cs.some(x => x.status !== 'new')))) {
            reasons.push(`${name(c)}: new target with launch digest ${c.new}, not in the ${againstExpectedFile ? 'expected file' : 'baseline'}`);
        }
        if (c.status === 'removed' && policy === 'any')
            reasons.push(`${name(c)}: in the baseline but not built`);
    }
    return { pass: reasons.length === 0, reasons };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/igvm/guest-policy.ts
var guest_policy = __webpack_require__(15100);
// EXTERNAL MODULE: ./src/igvm/format.ts
var format = __webpack_require__(12782);
// EXTERNAL MODULE: ./src/igvm/id-block.ts
var id_block = __webpack_require__(72540);
;// CONCATENATED MODULE: ./src/igvm/vmsa-fields.ts
// A VP context compared field by field: the SEV-ES/SNP VMSA by its named registers (the AMD
// save-area layout), other contexts by the 8-byte words that differ.

/** [offset, size in bytes, name] of the VMSA fields worth naming. */
const FIELDS = [
    ...['es', 'cs', 'ss', 'ds', 'fs', 'gs', 'gdtr', 'ldtr', 'idtr', 'tr'].flatMap((s, i) => [
        [i * 16, 2, `${s}.selector`],
        [i * 16 + 2, 2, `${s}.attrib`],
        [i * 16 + 4, 4, `${s}.limit`],
        [i * 16 + 8, 8, `${s}.base`]
    ]),
    [0xca, 1, 'vmpl'],
    [0xcb, 1, 'cpl'],
    [0xd0, 8, 'efer'],
    [0x140, 8, 'xss'],
    [0x148, 8, 'cr4'],
    [0x150, 8, 'cr3'],
    [0x158, 8, 'cr0'],
    [0x160, 8, 'dr7'],
    [0x168, 8, 'dr6'],
    [0x170, 8, 'rflags'],
    [0x178, 8, 'rip'],
    [0x1d8, 8, 'rsp'],
    [0x1f8, 8, 'rax'],
    [0x240, 8, 'cr2'],
    [0x268, 8, 'g_pat'],
    ...['rcx', 'rdx', 'rbx'].map((r, i) => [0x308 + i * 8, 8, r]),
    ...['rbp', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'].map((r, i) => [0x328 + i * 8, 8, r]),
    [0x3b0, 8, 'sev_features'],
    [0x3b8, 8, 'vintr_ctrl'],
    [0x3c8, 8, 'virtual_tom'],
    [0x3e8, 8, 'xcr0']
];
const read = (b, at, size) => {
    let v = 0n;
    for (let i = size - 1; i >= 0; i--)
        v = (v << 8n) | BigInt(b[at + i] ?? 0);
    return v;
};
const hex = (v) => `0x${v.toString(16)}`;
const featureNames = (v) => format/* SEV_FEATURE_NAMES */.lz.filter(([bit]) => ((v >> BigInt(bit)) & 1n) === 1n).map(([, n]) => n);
function vmsaFieldChanges(platform, a, b) {
    const out = [];
    const covered = new Set();
    const named = platform === 'sev-snp' || platform === 'sev-es';
    if (named)
        for (const [at, size, field] of FIELDS) {
            for (let i = 0; i < size; i++)
                covered.add(at + i);
            const [x, y] = [read(a, at, size), read(b, at, size)];
            if (x === y)
                continue;
            if (field === 'sev_features') {
                const [fx, fy] = [featureNames(x), featureNames(y)];
                const added = fy.filter(n => !fx.includes(n));
                const removed = fx.filter(n => !fy.includes(n));
                const what = [...added.map(n => `+${n}`), ...removed.map(n => `-${n}`)].join(' ');
                out.push({ field, a: hex(x), b: `${hex(y)}${what ? ` (${what})` : ''}` });
            }
            else
                out.push({ field, a: hex(x), b: hex(y) });
        }
    // Whatever is not named: the 8-byte words that differ, by offset.
    const length = Math.max(a.length, b.length);
    for (let at = 0; at < length; at += 8) {
        let differs = false;
        for (let i = at; i < at + 8 && i < length; i++)
            if (!covered.has(i) && a[i] !== b[i])
                differs = true;
        if (differs)
            out.push({ field: `bytes ${hex(BigInt(at))}`, a: hex(read(a, at, 8)), b: hex(read(b, at, 8)) });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/igvm/diff/headers.ts
// The non-page parts of a diff: platforms, guest policy (bit by bit), parameter areas, required
// memory and error ranges, the ID block, and each VP context field by field.




const headers_hex = (v) => `0x${v.toString(16)}`;
function platformsByName(file) {
    return new Map(file.platforms.map(p => [format/* PLATFORM_NAMES */.Z6[p.platformType] ?? String(p.platformType), p.mask]));
}
function headerChanges(a, b) {
    const out = [];
    const fa = a.file;
    const fb = b.file;
    if (fa.version !== fb.version)
        out.push({ what: 'format version', a: `V${fa.version}`, b: `V${fb.version}` });
    const platform = (f, name) => {
        const p = f.platforms.find(x => (format/* PLATFORM_NAMES */.Z6[x.platformType] ?? String(x.platformType)) === name);
        return p
            ? `mask ${headers_hex(p.mask)}, highest VTL ${p.highestVtl}, shared GPA boundary ${headers_hex(p.sharedGpaBoundary)}`
            : 'absent';
    };
    const names = new Set([...platformsByName(fa).keys(), ...platformsByName(fb).keys()]);
    for (const n of names) {
        const [x, y] = [platform(fa, n), platform(fb, n)];
        if (x !== y)
            out.push({ what: `platform ${n}`, a: x, b: y });
    }
    // Guest policy per platform (a policy header applies where its mask meets the platform's).
    for (const n of names) {
        const pol = (f) => {
            const mask = platformsByName(f).get(n);
            return mask === undefined ? undefined : f.policies.find(p => (p.mask & mask) !== 0)?.policy;
        };
        const [x, y] = [pol(fa), pol(fb)];
        if (x !== y)
            out.push({
                what: `policy (${n})`,
                a: x === undefined ? 'none' : headers_hex(x),
                b: y === undefined ? 'none' : headers_hex(y),
                ...(x !== undefined && y !== undefined ? { detail: (0,guest_policy/* policyDifferences */.b)(x, y).join(', ') } : {})
            });
    }
    const areas = (f) => {
        const m = new Map();
        for (const d of f.directives) {
            if (d.kind === 'parameter-area')
                m.set(d.index, { bytes: d.bytes, at: 'not inserted', used: [] });
            else if (d.kind === 'parameter-usage')
                m.get(d.index)?.used.push(format/* TYPE_NAMES */.et[d.type] ?? headers_hex(d.type));
            else if (d.kind === 'parameter-insert') {
                const x = m.get(d.index);
                if (x)
                    x.at = `at ${headers_hex(d.gpa)}`;
            }
        }
        return new Map([...m].map(([k, v]) => [k, `${v.bytes} bytes ${v.at} [${v.used.join(', ')}]`]));
    };
    const [pa, pb] = [areas(fa), areas(fb)];
    for (const i of new Set([...pa.keys(), ...pb.keys()])) {
        const [x, y] = [pa.get(i) ?? 'absent', pb.get(i) ?? 'absent'];
        if (x !== y)
            out.push({ what: `parameter area #${i}`, a: x, b: y });
    }
    const ranges = (f, kind) => f.directives
        .filter(d => d.kind === kind)
        .map(d => d.kind === 'required-memory' || d.kind === 'error-range' ? `${headers_hex(d.gpa)}+${headers_hex(d.bytes)}` : '')
        .join(', ') || 'none';
    for (const kind of ['required-memory', 'error-range']) {
        const [x, y] = [ranges(fa, kind), ranges(fb, kind)];
        if (x !== y)
            out.push({ what: kind.replace('-', ' '), a: x, b: y });
    }
    const id = (p) => {
        const f = (0,id_block/* idBlockFacts */.IH)(p);
        return f
            ? `ld ${f.ld.slice(0, 16)}..., ID key ${f.idKeyDigest.slice(0, 16)}..., author key ${f.authorKeyDigest ? `${f.authorKeyDigest.slice(0, 16)}...` : 'none'}, family ${f.familyId}, image ${f.imageId}`
            : 'none';
    };
    const [ia, ib] = [id(a), id(b)];
    if (ia !== ib)
        out.push({ what: 'ID block', a: ia, b: ib });
    return out;
}
function vmsaChanges(fa, fb) {
    const contexts = (f) => new Map(f.directives
        .filter(d => d.kind === 'vp-context')
        .map(d => d.kind === 'vp-context'
        ? [`${format/* PLATFORM_NAMES */.Z6[d.platformType] ?? d.platformType}:${d.vpIndex}`, { d, gpa: d.gpa }]
        : ['', { d, gpa: 0n }]));
    const [ca, cb] = [contexts(fa), contexts(fb)];
    const out = [];
    for (const key of new Set([...ca.keys(), ...cb.keys()])) {
        const [x, y] = [ca.get(key), cb.get(key)];
        const [platform, vp] = key.split(':');
        const base = { platform, vpIndex: Number(vp) };
        if (!x || !y) {
            out.push({ ...base, change: x ? 'removed' : 'added', fields: [] });
            continue;
        }
        const xd = x.d.kind === 'vp-context' ? x.d.data : new Uint8Array();
        const yd = y.d.kind === 'vp-context' ? y.d.data : new Uint8Array();
        const fields = vmsaFieldChanges(platform, xd, yd);
        if (x.gpa !== y.gpa)
            fields.unshift({ field: 'gpa', a: headers_hex(x.gpa), b: headers_hex(y.gpa) });
        if (fields.length)
            out.push({ ...base, change: 'changed', fields });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/igvm/diff/inputs.ts
// The build inputs of a diff: each file's pages by content (flat, and for an ELF as loaded), so
// a page of an image can be traced to the input it came from.


const PAGE = BigInt(format/* PAGE_4K */.AI);
const inputs_digest = (b) => (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
/** Page hash -> role, for each 4 KiB of each input (flat), and for an ELF its loaded segments. */
function inputIndex(inputs) {
    const index = new Map();
    const zero = inputs_digest(new Uint8Array(format/* PAGE_4K */.AI));
    const add = (page, role) => {
        const h = inputs_digest(page);
        if (h !== zero && !index.has(h))
            index.set(h, role);
    };
    const pages = (b, role) => {
        for (let off = 0; off < b.length; off += format/* PAGE_4K */.AI) {
            const p = new Uint8Array(format/* PAGE_4K */.AI);
            p.set(b.subarray(off, Math.min(off + format/* PAGE_4K */.AI, b.length)));
            add(p, role);
        }
    };
    for (const i of inputs) {
        pages(i.bytes, i.role);
        for (const seg of elfSegments(i.bytes)) {
            // Laid out as loaded: the segment starts at its address's offset within a page.
            const lead = Number(seg.vaddr % PAGE);
            const image = new Uint8Array(lead + seg.memsz);
            image.set(seg.data, lead);
            pages(image, i.role);
        }
    }
    return index;
}
/** PT_LOAD segments of a 64-bit little-endian ELF file; none for anything else. */
function elfSegments(b) {
    if (b.length < 64 || b[0] !== 0x7f || b[1] !== 0x45 || b[2] !== 0x4c || b[3] !== 0x46)
        return [];
    if (b[4] !== 2 || b[5] !== 1)
        return [];
    const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const phoff = Number(v.getBigUint64(0x20, true));
    const phentsize = v.getUint16(0x36, true);
    const phnum = v.getUint16(0x38, true);
    const out = [];
    for (let i = 0; i < phnum; i++) {
        const at = phoff + i * phentsize;
        if (at + 56 > b.length)
            break;
        if (v.getUint32(at, true) !== 1)
            continue; // PT_LOAD
        const offset = Number(v.getBigUint64(at + 8, true));
        const vaddr = v.getBigUint64(at + 0x10, true);
        const filesz = Number(v.getBigUint64(at + 0x20, true));
        const memsz = Number(v.getBigUint64(at + 0x28, true));
        if (offset + filesz > b.length || memsz > 64 * 1024 * 1024)
            continue;
        out.push({ vaddr, data: b.subarray(offset, offset + filesz), memsz: Math.max(memsz, filesz) });
    }
    return out;
}

// EXTERNAL MODULE: ./src/igvm/measure.ts + 1 modules
var measure = __webpack_require__(81498);
;// CONCATENATED MODULE: ./src/igvm/diff/diff.ts
// What differs between two IGVM files and where it came from: pages compared per platform and
// GPA, grouped into contiguous ranges of one page type, each attributed to the input whose
// bytes it holds (when the inputs are given); the VMSA field by field; policy, platforms,
// parameter areas, required memory and the ID block. Pure: the command reads the files.






const diff_hex = (v) => `0x${v.toString(16)}`;
const diff_PAGE = BigInt(format/* PAGE_4K */.AI);
/** Page type as the inventory counts it. */
function pageType(flags, dataType, hasData) {
    const t = format/* DATA_TYPE_NAMES */.xc[dataType] ?? `data type ${dataType}`;
    const base = t !== 'normal' ? t : flags & format/* PAGE_FLAGS */.Of.UNMEASURED ? 'unmeasured' : hasData ? 'data' : 'zero';
    return `${flags & format/* PAGE_FLAGS */.Of.SHARED ? 'shared ' : ''}${base}`;
}
const diff_digest = (b) => (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
// A page's data is hashed once even when several platforms share it.
const hashes = new WeakMap();
const pageDigest = (b) => {
    let h = hashes.get(b);
    if (h === undefined)
        hashes.set(b, (h = diff_digest(b)));
    return h;
};
/** Every 4 KiB page of one platform, by GPA (a 2 MiB page is 512 pages without data). */
function pagesOf(file, mask) {
    const pages = new Map();
    for (const d of file.directives) {
        if (d.kind === 'page-data' && (d.mask & mask) !== 0) {
            const type = pageType(d.flags, d.dataType, d.data !== null);
            if (d.flags & format/* PAGE_FLAGS */.Of.IS_2MB)
                for (let off = 0n; off < BigInt(format/* PAGE_2M */.kI); off += diff_PAGE)
                    pages.set(d.gpa + off, { type, content: '', data: null });
            else
                pages.set(d.gpa, { type, content: d.data ? pageDigest(d.data) : '', data: d.data });
        }
        else if (d.kind === 'parameter-insert' && (d.mask & mask) !== 0) {
            pages.set(d.gpa, { type: `parameter area #${d.index}`, content: '', data: null });
        }
    }
    return pages;
}
function pageDiffs(a, b, ia, ib) {
    const [ma, mb] = [platformsByName(a), platformsByName(b)];
    const byPlatform = new Map();
    // role -> "platform:gpa" of every page attributed to it on either side (for "N of M pages").
    const totals = new Map();
    const count = (role, key) => {
        if (!role)
            return;
        if (!totals.has(role))
            totals.set(role, new Set());
        totals.get(role).add(key);
    };
    for (const name of new Set([...ma.keys(), ...mb.keys()])) {
        const pa = ma.has(name) ? pagesOf(a, ma.get(name)) : new Map();
        const pb = mb.has(name) ? pagesOf(b, mb.get(name)) : new Map();
        const diffs = [];
        const contentsA = new Set([...pa.values()].map(p => p.content).filter(c => c));
        const contentsB = new Set([...pb.values()].map(p => p.content).filter(c => c));
        const gpas = [...new Set([...pa.keys(), ...pb.keys()])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
        for (const gpa of gpas) {
            const [x, y] = [pa.get(gpa), pb.get(gpa)];
            const fromA = x && x.content && ia ? (ia.get(x.content) ?? null) : null;
            const fromB = y && y.content && ib ? (ib.get(y.content) ?? null) : null;
            count(fromA, String(gpa));
            count(fromB, String(gpa));
            if (x && y && x.type === y.type && x.content === y.content)
                continue;
            diffs.push({
                gpa,
                change: !x ? 'added' : !y ? 'removed' : 'changed',
                typeA: x?.type ?? null,
                typeB: y?.type ?? null,
                fromA,
                fromB,
                moved: (!y && !!x?.content && contentsB.has(x.content)) || (!x && !!y?.content && contentsA.has(y.content))
            });
        }
        byPlatform.set(name, diffs);
    }
    return { byPlatform, totals };
}
/** Contiguous pages with the same change, types and inputs become one region. */
function group(diffs, platform) {
    const out = [];
    let cur = null;
    for (const d of diffs) {
        if (cur &&
            cur.next === d.gpa &&
            cur.change === d.change &&
            cur.typeA === d.typeA &&
            cur.typeB === d.typeB &&
            cur.fromA === d.fromA &&
            cur.fromB === d.fromB &&
            cur.moved === d.moved) {
            cur.pages++;
            cur.next += diff_PAGE;
            continue;
        }
        if (cur)
            out.push(finish(cur));
        cur = {
            platforms: [platform],
            start: diff_hex(d.gpa),
            end: '',
            pages: 1,
            change: d.change,
            typeA: d.typeA,
            typeB: d.typeB,
            fromA: d.fromA,
            fromB: d.fromB,
            moved: d.moved,
            next: d.gpa + diff_PAGE
        };
    }
    if (cur)
        out.push(finish(cur));
    return out;
}
function finish(r) {
    const { next, ...rest } = r;
    return { ...rest, end: diff_hex(next) };
}
/** The same region on several platforms is listed once, with all of them. */
function mergePlatforms(regions) {
    const byKey = new Map();
    for (const r of regions) {
        const key = JSON.stringify({ ...r, platforms: [] });
        const seen = byKey.get(key);
        if (seen)
            seen.platforms.push(...r.platforms);
        else
            byKey.set(key, { ...r, platforms: [...r.platforms] });
    }
    return [...byKey.values()].sort((x, y) => (BigInt(x.start) < BigInt(y.start) ? -1 : 1));
}
function launchDigest(f) {
    try {
        return (0,measure/* toHex */.nj)((0,measure/* measure */.xP)(f).digest);
    }
    catch (e) {
        if (e instanceof measure/* MeasureError */.TG)
            return null;
        throw e;
    }
}
function diffIgvm(a, b, inputs, o = {}) {
    const ia = inputs ? inputIndex(inputs.a) : null;
    const ib = inputs ? inputIndex(inputs.b) : null;
    const headers = headerChanges(a, b);
    const vmsas = vmsaChanges(a.file, b.file);
    const { byPlatform, totals } = pageDiffs(a.file, b.file, ia, ib);
    const regions = mergePlatforms([...byPlatform].flatMap(([p, d]) => group(d, p)));
    const ld = { a: launchDigest(a.file), b: launchDigest(b.file) };
    const roles = inputs ? [...new Set([...inputs.a, ...inputs.b].map(i => i.role))] : [];
    const inputSummaries = roles.map(role => {
        const [x, y] = [inputs.a.find(i => i.role === role), inputs.b.find(i => i.role === role)];
        // Counted by GPA: a page shared by several platforms is one page.
        const differ = new Map();
        for (const [p, diffs] of byPlatform)
            for (const d of diffs)
                if (d.fromA === role || d.fromB === role) {
                    const seen = differ.get(String(d.gpa)) ?? { kind: d.moved ? 'moved' : d.change, on: new Set() };
                    seen.on.add(p);
                    differ.set(String(d.gpa), seen);
                }
        const how = {};
        for (const { kind, on } of differ.values()) {
            // A change on some platforms only (a platform added, say) says which.
            const label = on.size < byPlatform.size ? `${kind} on ${[...on].join('+')}` : kind;
            how[label] = (how[label] ?? 0) + 1;
        }
        return {
            role,
            pages: totals.get(role)?.size ?? 0,
            differ: differ.size,
            how,
            sameFile: x && y ? Buffer.from(x.bytes).equals(Buffer.from(y.bytes)) : null
        };
    });
    const identical = headers.length === 0 && vmsas.length === 0 && regions.length === 0;
    return {
        identical,
        launchDigest: ld,
        headers,
        vmsas,
        regions,
        inputs: inputSummaries,
        summary: summaryLines(identical, ld, headers, vmsas, regions, inputSummaries, inputs ? null : (o.noInputsHint ?? 'pass --inputs A_BIN_DIR B_BIN_DIR to attribute them'))
    };
}
function summaryLines(identical, ld, headers, vmsas, regions, inputs, noInputs) {
    if (identical)
        return ['identical: same headers, pages and VP contexts'];
    const lines = [];
    if (ld.a !== ld.b)
        lines.push(`SEV-SNP launch digest: ${ld.a ?? 'none'} -> ${ld.b ?? 'none'}`);
    else if (ld.a)
        lines.push(`SEV-SNP launch digest unchanged (${ld.a.slice(0, 16)}...)`);
    for (const i of inputs) {
        if (i.pages === 0 && i.differ === 0)
            lines.push(`${i.role}: no page of it found in either image`);
        else if (i.differ === 0)
            lines.push(`${i.role}: identical (${i.pages} pages)`);
        else
            lines.push(`${i.role}: ${i.differ} of ${i.pages} pages differ (${Object.entries(i.how)
                .map(([k, n]) => `${n} ${k}`)
                .join(', ')})${i.sameFile ? '; the input file is the same on both sides' : ''}`);
    }
    const count = (pred) => regions.filter(pred).reduce((n, r) => n + r.pages, 0);
    const orphan = (r) => r.fromA === null && r.fromB === null && /data/.test(`${r.typeA}${r.typeB}`);
    const unattributed = count(orphan);
    if (unattributed) {
        const where = regions.filter(orphan).map(r => `${r.start}-${r.end}`);
        lines.push(`${unattributed} data page(s) differ that cannot be attributed${noInputs === null ? ' to any input' : ` (${noInputs})`}: ${where.slice(0, 4).join(', ')}${where.length > 4 ? `, and ${where.length - 4} more range(s)` : ''}`);
    }
    const other = count(r => !/data/.test(`${r.typeA}${r.typeB}`));
    if (other) {
        const kinds = [
            ...new Set(regions.filter(r => !/data/.test(`${r.typeA}${r.typeB}`)).map(r => r.typeB ?? r.typeA))
        ];
        lines.push(`${other} other page(s) differ (${kinds.join(', ')})`);
    }
    for (const v of vmsas)
        lines.push(`VMSA (${v.platform}, vp ${v.vpIndex}): ${v.change === 'changed' ? v.fields.map(f => `${f.field} ${f.a} -> ${f.b}`).join('; ') : v.change}`);
    for (const h of headers)
        lines.push(`${h.what}: ${h.a} -> ${h.b}${h.detail ? ` (${h.detail})` : ''}`);
    return lines;
}
/** The diff as text: summary first, then every region and change. */
function renderDiff(d) {
    const lines = [...d.summary];
    if (d.regions.length) {
        lines.push('', 'regions that differ (GPA range, pages, platforms: A -> B):');
        for (const r of d.regions) {
            const side = (t, from) => t === null ? 'absent' : `${t}${from ? ` from ${from}` : ''}`;
            const same = r.typeA === r.typeB && r.fromA === r.fromB;
            lines.push(`  ${r.start}-${r.end} ${String(r.pages).padStart(5)} page(s) ${r.platforms.join(',')}: ${r.moved ? (r.change === 'added' ? 'moved here' : 'moved away') : r.change}, ${same ? side(r.typeA, r.fromA) : `${side(r.typeA, r.fromA)} -> ${side(r.typeB, r.fromB)}`}${r.fromA === null && r.fromB === null && /data/.test(`${r.typeA}${r.typeB}`) ? ' (cannot be attributed)' : ''}`);
        }
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/igvm/errors.ts
var errors = __webpack_require__(95002);
;// CONCATENATED MODULE: ./src/report/igvm-diffs.ts
// For each changed digest whose two IGVM files are both at hand (the base branch's artifact and
// this run's), what changed in the image: `diff`'s summary for the comment, its JSON for the
// report's artifact. Files are used only when their sha256 is the one their record states.





/** Larger files are not diffed in the report job (an artifact from a fork is untrusted input). */
const MAX_DIFF_BYTES = 256 * 1024 * 1024;
function load(m, side) {
    const path = side.igvmFiles[m.sha256];
    if (!path)
        return `${m.igvm} is not in the artifact`;
    const size = (0,external_node_fs_.statSync)(path).size;
    if (size > MAX_DIFF_BYTES)
        return `${m.igvm} has ${size} bytes, more than the ${MAX_DIFF_BYTES} diffed here`;
    const bytes = (0,external_node_fs_.readFileSync)(path);
    const sha = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    return sha === m.sha256 ? bytes : `${m.igvm} has sha256 ${sha}, its record says ${m.sha256}`;
}
/** Diffs of the changed targets; a reason in `skipped` for each one that could not be diffed. */
function imageDiffs(comparison, base, current) {
    const diffs = [];
    const skipped = [];
    const find = (side, c, digest) => side.measurements.find(m => m.target === c.target &&
        (c.recipe === undefined || m.recipe === c.recipe) &&
        m.launchDigest === digest);
    for (const c of comparison) {
        if (c.status !== 'changed')
            continue;
        const [a, b] = [find(base, c, c.old), find(current, c, c.new)];
        if (!a || !b)
            continue;
        const [x, y] = [load(a, base), load(b, current)];
        if (typeof x === 'string' || typeof y === 'string') {
            skipped.push(`${c.target}: not diffed: ${typeof x === 'string' ? `base ${x}` : `this run's ${y}`}`);
            continue;
        }
        try {
            diffs.push({
                target: c.target,
                ...(c.recipe ? { recipe: c.recipe } : {}),
                old: { igvm: a.igvm, sha256: a.sha256 },
                new: { igvm: b.igvm, sha256: b.sha256 },
                diff: diffIgvm((0,id_block/* parseIgvmWithBytes */.S_)(x, `base ${a.igvm}`), (0,id_block/* parseIgvmWithBytes */.S_)(y, b.igvm), undefined, {
                    noInputsHint: 'the artifacts hold the IGVM files, not the build inputs'
                })
            });
        }
        catch (e) {
            if (!(e instanceof errors/* IgvmError */.k))
                throw e;
            skipped.push(`${c.target}: not diffed: ${e.message}`);
        }
    }
    return { diffs, skipped };
}
/** The comparison with each diffed target's summary lines attached. */
function withImageDiffs(comparison, diffs) {
    return comparison.map(c => {
        const d = diffs.find(x => x.target === c.target && x.recipe === c.recipe);
        return d ? { ...c, imageDiff: d.diff.summary } : c;
    });
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
;// CONCATENATED MODULE: ./src/report/github.ts
// The sticky comment's REST calls through @actions/github. Octokit as @actions/github builds it
// does not retry: a 429 or a secondary rate limit (403 with retry-after) is waited out here, once,
// when GitHub asks for at most a minute; anything else is the caller's warning.


const MAX_RETRY_AFTER_S = 60;
/** Seconds GitHub asks us to wait before trying again, or null when this is no rate limit. */
function retryAfterOf(e) {
    const err = e;
    const header = err.response?.headers?.['retry-after'];
    const limited = err.status === 429 ||
        (err.status === 403 && (header !== undefined || /rate limit/i.test(err.message ?? '')));
    if (!limited)
        return null;
    const s = Number(header ?? 60);
    return Number.isFinite(s) && s >= 0 ? s : 60;
}
function octokitFor(token) {
    const octokit = github/* getOctokit */.Q(token);
    octokit.hook.wrap('request', async (request, options) => {
        try {
            return await request(options);
        }
        catch (e) {
            const wait = retryAfterOf(e);
            if (wait === null || wait > MAX_RETRY_AFTER_S)
                throw e;
            core/* info */.pq(`GitHub rate-limited ${options.method} ${options.url} (HTTP ${e.status}); trying again in ${wait} s as it asks`);
            await new Promise(r => setTimeout(r, wait * 1000));
            return request(options);
        }
    });
    return octokit;
}
function githubCommentApi(token, repo, issueNumber) {
    const octokit = octokitFor(token);
    return {
        list: async (page, perPage) => (await octokit.rest.issues.listComments({
            ...repo,
            issue_number: issueNumber,
            per_page: perPage,
            page
        })).data,
        create: async (body) => (await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body })).data,
        update: async (id, body) => (await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body })).data
    };
}
/** The head SHA of a pull request (to check a fork's claim about which PR it built). */
async function pullRequestHeadSha(token, repo, number) {
    return (await octokitFor(token).rest.pulls.get({ ...repo, pull_number: number })).data.head.sha;
}
/** The latest successful run of a workflow on a branch (the base-branch baseline). */
async function latestSuccessfulRun(token, repo, workflow, branch) {
    const octokit = github/* getOctokit */.Q(token);
    const r = await octokit.rest.actions.listWorkflowRuns({
        ...repo,
        workflow_id: workflow,
        branch,
        status: 'success',
        per_page: 1
    });
    return r.data.workflow_runs[0]?.id ?? null;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/record/load.ts
var record_load = __webpack_require__(89397);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/input-file.ts
var input_file = __webpack_require__(15939);
;// CONCATENATED MODULE: ./src/report/untrusted.ts
// Artifacts of a run triggered from a fork are untrusted input for the workflow_run job that holds
// a write token: bounded sizes and counts, strict schemas, and a PR number that must belong to the
// run's head commit. Strings are only ever rendered escaped (escape.ts), never executed.






const LIMITS = { files: 32, prBytes: 1024 };
const prSchema = schemas/* strictObject */.rej({
    number: schemas/* number */.aig().int().positive(),
    head_sha: schemas/* string */.YjP().regex(/^[0-9a-f]{40}$/)
});
class UntrustedArtifactError extends Error {
    name = 'UntrustedArtifactError';
}
/** Validates one downloaded artifact folder's measurements. */
function readUntrustedArtifact(dir) {
    const files = (0,external_node_fs_.readdirSync)(dir, { recursive: true });
    if (files.length > LIMITS.files)
        throw new UntrustedArtifactError(`${dir}: ${files.length} files, more than ${LIMITS.files}`);
    const file = (0,external_node_path_.join)(dir, record_load/* RECORD_FILE */.lt);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new UntrustedArtifactError(`${dir}: no ${record_load/* RECORD_FILE */.lt}`);
    return { measurements: (0,record_load/* loadRecords */.ff)(file, { untrusted: true, allowEmpty: true }).records };
}
/** The artifact in which the build workflow names its pull request ({number, head_sha}). */
const PR_ARTIFACT = 'svsm-build-pr';
function readUntrustedPr(dir) {
    const prFile = (0,external_node_path_.join)(dir, 'pr.json');
    if (!(0,external_node_fs_.existsSync)(prFile))
        throw new UntrustedArtifactError(`${dir}: no pr.json`);
    let pr;
    try {
        pr = JSON.parse((0,input_file/* readRegularFile */.XF)(prFile, LIMITS.prBytes).toString('utf8'));
    }
    catch (e) {
        // Too large, not a regular file: the reader's words; anything else did not parse.
        throw new UntrustedArtifactError(e instanceof util_errors/* BadInput */.kp ? e.message : `${prFile}: not JSON`);
    }
    const p = prSchema.safeParse(pr);
    if (!p.success)
        throw new UntrustedArtifactError(`${prFile}: expected {"number": <positive integer>, "head_sha": "<40 hex>"}`);
    return p.data;
}
/**
 * The PR a fork's artifact claims must be the PR whose head is the run's head commit (the run's
 * own pull_requests list is empty for forks, so the PR is looked up by number and compared).
 */
async function verifyPr(pr, runHeadSha, headShaOf) {
    if (pr.head_sha !== runHeadSha)
        throw new UntrustedArtifactError(`pr.json names head ${pr.head_sha}, the run built ${runHeadSha}`);
    const actual = await headShaOf(pr.number);
    if (actual !== runHeadSha)
        throw new UntrustedArtifactError(`pull request #${pr.number} has head ${actual}, not the run's ${runHeadSha}`);
}

// EXTERNAL MODULE: ./src/action/runtime.ts + 4 modules
var runtime = __webpack_require__(40614);
;// CONCATENATED MODULE: ./src/artifacts/source.ts
/** `svsm-igvm-*` style patterns: `*` and `?` only. */
function matchesPattern(name, pattern) {
    const re = new RegExp(`^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`);
    return re.test(name);
}

// EXTERNAL MODULE: ./src/reference-values/file-names.ts
var file_names = __webpack_require__(78819);
;// CONCATENATED MODULE: ./src/action/report/collect.ts
// Every leg's measurements.json, downloaded, validated and merged (duplicates dropped).






/** Downloads into `dir` (the caller's working folder, which it removes when the report is done). */
async function collect(source, pattern, untrusted, dir) {
    const out = {
        measurements: [],
        artifacts: [],
        prs: [],
        warnings: [],
        igvmFiles: {},
        referenceValues: []
    };
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const seen = new Set();
    const all = await source.list();
    // Which pull request a fork's run built travels in its own small artifact.
    const prArtifact = untrusted ? all.find(a => a.name === PR_ARTIFACT) : undefined;
    if (prArtifact) {
        try {
            out.prs.push(readUntrustedPr(await source.download(prArtifact, dir)));
        }
        catch (e) {
            out.warnings.push(`artifact ${PR_ARTIFACT}: ${e.message}; not commenting`);
        }
    }
    for (const a of all.filter(x => matchesPattern(x.name, pattern))) {
        try {
            // A download that fails (a broken zip, the blob store away) costs this artifact only.
            const path = await source.download(a, dir);
            const ms = untrusted
                ? readUntrustedArtifact(path).measurements
                : (0,record_load/* loadRecords */.ff)((0,external_node_path_.join)(path, record_load/* RECORD_FILE */.lt), { allowEmpty: true }).records;
            for (const m of ms) {
                const igvm = (0,external_node_path_.join)(path, (0,external_node_path_.basename)(m.igvm));
                if ((0,external_node_fs_.existsSync)(igvm))
                    out.igvmFiles[m.sha256] = igvm;
                const key = JSON.stringify(m);
                if (!seen.has(key))
                    out.measurements.push(m);
                seen.add(key);
            }
            out.artifacts.push(a.name);
            const formats = Object.entries(file_names/* REFERENCE_VALUE_FILES */.s)
                .filter(([, name]) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(path, name)))
                .map(([f]) => f);
            if (formats.length)
                out.referenceValues.push({ artifact: a, formats });
        }
        catch (e) {
            out.warnings.push(`artifact ${a.name}: ${e.message.split('\n')[0]}; skipped`);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/action/input-helper.ts
var input_helper = __webpack_require__(64727);
;// CONCATENATED MODULE: ./src/action/report/inputs.ts


const bool = schemas/* enum */.k5n(['true', 'false'], { error: 'true or false' }).transform(v => v === 'true');
const inputs_schema = schemas/* object */.Ikc({
    mode: schemas/* enum */.k5n(['direct', 'workflow-run'], { error: 'direct or workflow-run' }),
    pattern: schemas/* string */.YjP().min(1),
    'run-id': schemas/* string */.YjP().regex(/^\d*$/, { error: 'a workflow run id (digits)' }),
    'github-token': schemas/* string */.YjP(),
    expected: schemas/* string */.YjP(),
    baseline: schemas/* enum */.k5n(['auto', 'none', 'expected', 'base-branch'], {
        error: 'auto, none, expected or base-branch'
    }),
    'fail-on-change': schemas/* enum */.k5n(['never', 'unexpected', 'any'], { error: 'never, unexpected or any' }),
    comment: bool,
    'comment-id': schemas/* string */.YjP().regex(/^[\w.-]+$/, { error: 'letters, digits, ".", "_" or "-"' }),
    'comment-author': schemas/* string */.YjP().min(1),
    title: schemas/* string */.YjP().max(100, { error: 'at most 100 characters' }),
    'local-artifact-dir': schemas/* string */.YjP()
});
const REPORT_DEFAULTS = {
    mode: 'direct',
    pattern: 'svsm-igvm-*',
    'run-id': '',
    'github-token': '',
    expected: '',
    baseline: 'auto',
    'fail-on-change': 'never',
    comment: 'true',
    'comment-id': 'default',
    'comment-author': 'github-actions[bot]',
    title: 'svsm-build',
    'local-artifact-dir': ''
};
function readReportInputs(get) {
    return (0,input_helper/* readValidatedInputs */._)(inputs_schema, REPORT_DEFAULTS, get);
}

;// CONCATENATED MODULE: ./src/action/report/run.ts
// The report sub-action: gather every leg's measurements, compare with a baseline, gate, render
// one summary and one sticky PR comment. Fork-safe in workflow-run mode (untrusted artifacts).





















async function runReport(i, event, workspace, deps) {
    // The downloaded artifacts live as long as the report needs their IGVM files, no longer.
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'svsm-build-report-'));
    try {
        return await report(i, event, workspace, deps, work);
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
async function report(i, event, workspace, deps, work) {
    const untrusted = i.mode === 'workflow-run';
    const got = await collect(deps.artifacts, i.pattern, untrusted, (0,external_node_path_.join)(work, 'this-run'));
    const warnings = [...got.warnings];
    if (got.artifacts.length === 0)
        warnings.push(`no artifact matching ${i.pattern} with a valid measurements.json`);
    // Which pull request: the event's own, or (workflow_run from a fork) the artifact's claim, checked.
    let pr = event.pull_request?.number;
    const baseRef = event.pull_request?.base?.ref;
    if (untrusted) {
        pr = undefined;
        const claims = [...new Set(got.prs.map(p => JSON.stringify(p)))].map(s => JSON.parse(s));
        if (claims.length > 1)
            warnings.push('the artifacts name more than one pull request; not commenting');
        else if (claims.length === 1 && event.workflow_run?.head_sha && deps.headShaOf) {
            try {
                await verifyPr(claims[0], event.workflow_run.head_sha, deps.headShaOf);
                pr = claims[0].number;
            }
            catch (e) {
                warnings.push(`pull request not confirmed: ${e.message}; not commenting`);
            }
        }
    }
    // Baseline
    const mode = i.baseline === 'auto' ? (i.expected ? 'expected' : 'none') : i.baseline;
    let baseline = null;
    let baseSide = null;
    let against = '';
    if (mode === 'expected') {
        const file = (0,external_node_path_.resolve)(workspace, i.expected);
        if (!i.expected || !(0,external_node_fs_.existsSync)(file))
            warnings.push(`expected measurements file ${i.expected || '(none given)'} not found; nothing to compare with`);
        else {
            baseline = parseBaseline(JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')), i.expected);
            against = i.expected;
        }
    }
    else if (mode === 'base-branch') {
        const branch = baseRef ?? event.repository?.default_branch ?? 'main';
        const source = deps.baseBranchArtifacts
            ? await deps
                .baseBranchArtifacts(branch)
                .catch(e => (warnings.push(`base branch run: ${e.message}`), null))
            : null;
        if (!source)
            warnings.push(`no successful run on ${branch} to compare with`);
        else {
            const base = await collect(source, i.pattern, false, (0,external_node_path_.join)(work, 'base-branch'));
            baseSide = base;
            baseline = base.measurements.map(m => ({
                target: m.target,
                recipe: m.recipe,
                launchDigest: m.launchDigest,
                record: m
            }));
            against = `the latest successful run on ${branch}`;
        }
    }
    let comparison = baseline ? compare(got.measurements, baseline) : [];
    const diffs = baseSide ? imageDiffs(comparison, baseSide, got) : { diffs: [], skipped: [] };
    comparison = withImageDiffs(comparison, diffs.diffs);
    warnings.push(...diffs.skipped);
    const verdict = gate(comparison, i['fail-on-change'], mode === 'expected' && baseline !== null);
    if (i['fail-on-change'] === 'unexpected' && mode !== 'expected')
        warnings.push('fail-on-change: unexpected needs an expected measurements file; not gating');
    const sections = [];
    if (baseline)
        sections.push(renderComparison(comparison, against));
    if (!verdict.pass)
        sections.push(['**Measurement gate failed:**', ...verdict.reasons.map(r => `- ${(0,report_escape/* escapeText */.X)(r)}`)].join('\n'));
    const markdown = (0,report_markdown/* renderReport */.B1)({
        title: i.title,
        measurements: got.measurements,
        sections,
        warnings,
        referenceValues: got.referenceValues.map(r => {
            const url = deps.artifactUrl?.(r.artifact);
            return { formats: r.formats, artifact: { name: r.artifact.name, ...(url ? { url } : {}) } };
        })
    });
    let commentUrl;
    if (i.comment && pr !== undefined && deps.comments) {
        try {
            commentUrl = (await upsertComment(deps.comments(pr), markerFor(i['comment-id']), markdown, i['comment-author'])).url;
        }
        catch (e) {
            const status = e.status;
            warnings.push(`PR comment not written${status ? ` (HTTP ${status})` : ''}: ${e.message}${status === 403 && !/rate limit/i.test(e.message) ? ' (a read-only token: for pull requests from forks use the workflow_run pattern)' : ''}`);
        }
    }
    return {
        measurements: got.measurements,
        markdown,
        comparison,
        gate: verdict,
        ...(commentUrl ? { commentUrl } : {}),
        warnings,
        imageDiffs: diffs.diffs
    };
}
/** The image diffs as one JSON file, uploaded as an artifact on GitHub; its path, or '' when none. */
async function attachImageDiffs(diffs, commentId, github) {
    if (diffs.length === 0)
        return '';
    const dir = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'svsm-build-report');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, 'image-diffs.json');
    (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify(diffs, null, 2)}\n`);
    if (github) {
        try {
            await (0,artifacts_github/* githubArtifactStore */.T)().upload(`svsm-build-image-diffs-${commentId}`, [file], dir, {});
        }
        catch (e) {
            core/* warning */.$e(`image diffs not uploaded: ${e.message}`);
        }
    }
    return file;
}
/** Entry point: GitHub's services when present, a local artifact folder otherwise. */
async function run() {
    try {
        const i = readReportInputs(n => core/* getInput */.V4(n));
        const env = process.env;
        const event = env.GITHUB_EVENT_PATH && (0,external_node_fs_.existsSync)(env.GITHUB_EVENT_PATH)
            ? JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'))
            : {};
        const workspace = (0,runtime/* workspaceDir */.zf)(env);
        const [owner, name] = (env.GITHUB_REPOSITORY ?? '/').split('/');
        const repo = { owner, repo: name };
        const token = i['github-token'];
        const runId = i['run-id']
            ? Number(i['run-id'])
            : i.mode === 'workflow-run'
                ? event.workflow_run?.id
                : undefined;
        const deps = (0,runtime/* onGitHub */.xr)(env)
            ? {
                artifacts: (0,artifacts_github/* githubArtifactSource */.h)(runId ? { token, workflowRunId: runId, repositoryOwner: owner, repositoryName: name } : undefined),
                baseBranchArtifacts: async (branch) => {
                    const workflow = i.mode === 'workflow-run'
                        ? event.workflow_run?.workflow_id
                        : workflowFileOf(env.GITHUB_WORKFLOW_REF);
                    if (!workflow)
                        return null;
                    const id = await latestSuccessfulRun(token, repo, workflow, branch);
                    return id
                        ? (0,artifacts_github/* githubArtifactSource */.h)({
                            token,
                            workflowRunId: id,
                            repositoryOwner: owner,
                            repositoryName: name
                        })
                        : null;
                },
                comments: issue => githubCommentApi(token, repo, issue),
                artifactUrl: a => {
                    const run = runId ?? env.GITHUB_RUN_ID;
                    return env.GITHUB_SERVER_URL && run
                        ? `${env.GITHUB_SERVER_URL}/${owner}/${name}/actions/runs/${run}/artifacts/${a.id}`
                        : undefined;
                },
                headShaOf: n => pullRequestHeadSha(token, repo, n)
            }
            : { artifacts: (0,local/* localArtifactSource */.n)((0,external_node_path_.resolve)(workspace, i['local-artifact-dir'] || 'artifacts')) };
        const r = await runReport(i, event, workspace, deps);
        for (const w of r.warnings)
            core/* warning */.$e(w);
        await (0,summary/* appendSummary */.f)(r.markdown);
        core/* setOutput */.uH('measurements', JSON.stringify(r.measurements));
        core/* setOutput */.uH('comment-url', r.commentUrl ?? '');
        core/* setOutput */.uH('changed', String(r.comparison.some(c => c.status !== 'unchanged')));
        core/* setOutput */.uH('result', r.gate.pass ? 'pass' : 'fail');
        core/* setOutput */.uH('image-diffs', await attachImageDiffs(r.imageDiffs, i['comment-id'], (0,runtime/* onGitHub */.xr)(env)));
        if (!r.gate.pass)
            core/* setFailed */.C1(`measurement gate (${i['fail-on-change']}):\n${r.gate.reasons.join('\n')}`);
    }
    catch (e) {
        core/* setFailed */.C1(e.message);
    }
}


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

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ escapeText),
/* harmony export */   a: () => (/* binding */ code)
/* harmony export */ });
// Untrusted text (recipe paths, features, git versions, anything from a fork) in markdown tables:
// no HTML, no table breaks, no line breaks, no mentions or links that trigger anything.
function escapeText(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(/@/g, '&#64;')
        .replace(/[\r\n]+/g, ' ')
        .replace(/([\\*_[\]()#!~])/g, '\\$1');
}
/**
 * Inline code that cannot be broken out of: GitHub still reads markdown inside inline HTML, so
 * every character markdown gives a meaning becomes an entity (rendered as itself).
 */
function code(s) {
    const text = s.replace(/&/g, '&amp;').replace(/[\r\n]+/g, ' ');
    return `<code>${text.replace(/[<>|@`[\]()*_~\\#!]/g, c => `&#${c.charCodeAt(0)};`)}</code>`;
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   Xq: () => (/* binding */ formatSize)
/* harmony export */ });
/* unused harmony export renderMeasurementsTable */
/* harmony import */ var _reference_values_file_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78819);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14031);


const fileName = (f) => _reference_values_file_names_js__WEBPACK_IMPORTED_MODULE_0__/* .REFERENCE_VALUE_FILES */ .s[f];
/** Where the published values are, each file with the verifier that takes it. */
function renderReferenceValues(links) {
    const lines = links
        .filter(l => l.formats.length > 0)
        .map(l => {
        const where = l.artifact
            ? `in artifact ${l.artifact.url ? `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(l.artifact.name)}](${encodeURI(l.artifact.url)})` : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(l.artifact.name)}`
            : `in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)('bin/')}`;
        return `- ${where}: ${l.formats.map(f => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(fileName(f))} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(_reference_values_file_names_js__WEBPACK_IMPORTED_MODULE_0__/* .REFERENCE_VALUE_USE */ .Y[f])})`).join(', ')}`;
    });
    if (lines.length === 0)
        return null;
    return [
        '**Reference values** for verifiers (check a report with `svsm-build verify-report --reference-values FILE`):',
        ...lines
    ].join('\n');
}
function formatSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let v = bytes / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(1)} ${units[i]}`;
}
const flagList = (m) => [m.checkKvm ? 'check-kvm' : '', m.nativeZero ? 'native-zero' : ''].filter(Boolean).join(', ') || 'none';
function renderMeasurementsTable(ms) {
    const rows = ms.map(m => `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(m.target)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.igvm)} | ${formatSize(m.size)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.launchDigest)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(m.platforms.join(', '))} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.policy)} | ${flagList(m)} |`);
    return [
        '| Target | IGVM file | Size | SEV-SNP launch digest | Platforms | Policy | Measure flags |',
        '|---|---|---|---|---|---|---|',
        ...rows
    ].join('\n');
}
function renderInputs(ms) {
    const rows = [];
    const seen = new Set();
    for (const m of ms) {
        const features = Object.entries(m.features)
            .filter(([, f]) => f.length > 0)
            .map(([c, f]) => `${c}: ${f.join(',')}`)
            .join('; ');
        const row = `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.recipe)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.recipeSha256.slice(0, 16))} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.gitVersion || '(empty)')} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(m.toolchain ?? 'unknown')} | ${m.profile} | ${m.allFeatures ? 'all' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(features || 'none')} | ${m.firmware ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.firmware.path)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.firmware.sha256.slice(0, 16))}` : 'none'} |`;
        if (seen.has(row))
            continue;
        seen.add(row);
        rows.push(row);
    }
    return [
        '| Recipe | Recipe sha256 | Git version | Toolchain | Profile | Features | Firmware |',
        '|---|---|---|---|---|---|---|',
        ...rows
    ].join('\n');
}
function renderFiles(ms) {
    return ms.map(m => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(m.target)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.igvm)} sha256 ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(m.sha256)}`).join('<br>\n');
}
/** TDX MRTDs, for images with a TDX platform: computed by svsm-build only, and said so. */
function renderMrtds(ms) {
    const rows = ms.flatMap(m => {
        const t = m.details?.tdxMrtd;
        return typeof t?.value === 'string' ? [`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(m.target)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(t.value)} |`] : [];
    });
    if (rows.length === 0)
        return null;
    return [
        '| Target | TDX MRTD (computed by svsm-build after the igvm crate; no COCONUT tool computes it) |',
        '|---|---|',
        ...rows
    ].join('\n');
}
function renderReport(r) {
    const out = [];
    const n = r.measurements.length;
    out.push(`### ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(r.title ?? 'svsm-build')}: ${n} IGVM file${n === 1 ? '' : 's'}`);
    out.push('');
    if (n > 0) {
        out.push(renderMeasurementsTable(r.measurements), '');
        out.push(renderInputs(r.measurements), '');
        const mrtds = renderMrtds(r.measurements);
        if (mrtds)
            out.push(mrtds, '');
        out.push('<details><summary>File hashes</summary>', '', renderFiles(r.measurements), '', '</details>', '');
    }
    else {
        out.push('No IGVM file was built.', '');
    }
    for (const s of r.sections ?? [])
        out.push(s, '');
    const refs = renderReferenceValues(r.referenceValues ?? []);
    if (refs)
        out.push(refs, '');
    if (r.artifact) {
        out.push(`Artifact: ${r.artifact.url ? `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(r.artifact.name)}](${encodeURI(r.artifact.url)})` : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(r.artifact.name)}`, '');
    }
    if (r.caches && r.caches.length > 0) {
        out.push('| Cache | Result | Key |', '|---|---|---|');
        for (const c of r.caches)
            out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(c.name)} | ${c.outcome} | ${c.matchedKey ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(c.matchedKey) : c.key ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .a)(c.key) : ''} |`);
        out.push('');
    }
    if (r.steps && r.steps.length > 0) {
        const total = r.steps.reduce((a, s) => a + s.ms, 0);
        out.push(`<details><summary>Build steps (${r.steps.length}, ${(total / 1000).toFixed(1)} s)</summary>`, '', '| Step | Time | Status |', '|---|---|---|');
        for (const s of r.steps)
            out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(s.title)} | ${(s.ms / 1000).toFixed(1)} s | ${s.status} |`);
        out.push('', '</details>', '');
    }
    if (r.warnings && r.warnings.length > 0) {
        out.push('<details><summary>Warnings</summary>', '', ...r.warnings.map(w => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(w)}`), '', '</details>', '');
    }
    return out.join('\n');
}


/***/ })

};
