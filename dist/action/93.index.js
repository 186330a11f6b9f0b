export const id = 93;
export const ids = [93];
export const modules = {

/***/ 64093:
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
// EXTERNAL MODULE: ./src/igvm/measure.ts + 1 modules
var measure = __webpack_require__(81498);
// EXTERNAL MODULE: ./src/igvm/format.ts
var format = __webpack_require__(12782);
;// CONCATENATED MODULE: ./src/igvm/diff/boot-layout.ts
// Where upstream's igvmbuilder (coconut-svsm/svsm f4bc4bcd: gpa_map.rs and boot/bootimg) puts
// what it makes from the inputs, so diff can name pages whose bytes are in no input file: after
// the kernel's loaded segments, the kernel heap in allocation order (page tables, stack, IDT, boot
// parameters, CPUID and secrets pages, the symbol table and its strings, launch information);
// the boot loader's image at 0x10000 with its stack, initial page tables and CPUID page after
// it; tdx-stage1 right below 4 GiB. Checked against the real tool's outputs in the tests.

const PAGE = BigInt(format/* PAGE_4K */.AI);
const TWO_MIB = 0x200000n;
const FOUR_GIB = 1n << 32n;
const BLDR_BASE = 0x10000n;
const pages = (bytes) => (bytes + PAGE - 1n) / PAGE;
const inRun = (gpa, r) => gpa >= r.gpa && gpa < r.gpa + r.count * PAGE;
/** The kernel region's layout for a kernel loaded at `base` (the IGVM file's required memory). */
function kernelLayout(k, base) {
    const first = k.segments[0];
    const last = k.segments.at(-1);
    if (!first || !last)
        return null;
    const elfPages = k.segments.reduce((n, s) => n + pages(BigInt(s.memsz)), 0n);
    const virtLen = pages(last.vaddr + BigInt(last.memsz) - first.vaddr) * PAGE;
    // The direct map starts at the first 2 MiB boundary after the image, its 8-page stack, a guard
    // page and the IDT page; the kernel's page tables cover everything below it.
    const directMap = ((first.vaddr + virtLen + 10n * PAGE + TWO_MIB - 1n) / TWO_MIB) * TWO_MIB;
    const firstPte = (first.vaddr >> 12n) & 511n;
    const pdPages = pages((firstPte + pages(directMap - first.vaddr)) * 8n);
    let next = base + elfPages * PAGE;
    const take = (count) => {
        const run = { gpa: next, count };
        next += count * PAGE;
        return run;
    };
    const pageTables = take(3n + pdPages);
    const stack = take(8n);
    take(1n); // the IDT: no data
    const bootParams = take(5n);
    const cpuidSecrets = take(2n);
    const withSymbols = k.symbols.length > 0 && k.strtab.length > 0;
    const symtab = take(withSymbols ? pages(BigInt(k.symbols.length) * 16n) : 0n);
    const strtab = take(withSymbols ? pages(BigInt(k.strtab.length)) : 0n);
    const launchInfo = take(1n);
    return {
        elf: { gpa: base, count: elfPages },
        own: [pageTables, stack, bootParams, cpuidSecrets, launchInfo],
        symtab,
        strtab
    };
}
/** The boot loader's image and what igvmbuilder puts after it: stack (6), page tables (4), CPUID. */
function bldrLayout(bldrBytes) {
    const image = { gpa: BLDR_BASE, count: pages(BigInt(bldrBytes)) };
    return { image, own: { gpa: BLDR_BASE + image.count * PAGE, count: 11n } };
}
/** tdx-stage1 ends at 4 GiB (igvmbuilder writes the TDP start context over its first 16 bytes). */
const tdxStage1Run = (bytes) => {
    const count = pages(BigInt(bytes));
    return { gpa: FOUR_GIB - count * PAGE, count };
};

;// CONCATENATED MODULE: ./src/igvm/diff/inputs.ts
// The build inputs of a diff: each file's pages by content (flat, and for an ELF as loaded), so
// a page of an image can be traced to the input it came from.


const inputs_PAGE = BigInt(format/* PAGE_4K */.AI);
const inputs_digest = (b) => (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
/** Build outputs by role, as a build leaves them in bin/ (file name, role). */
const BIN_ROLES = (/* unused pure expression or super */ null && ([
    ['svsm', 'kernel'],
    ['bldr', 'bldr'],
    ['stage2', 'stage2'],
    ['tdx-stage1', 'tdx-stage1'],
    ['svsm-fs.bin', 'fs image']
]));
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
            const lead = Number(seg.vaddr % inputs_PAGE);
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

;// CONCATENATED MODULE: ./src/igvm/diff/kernel-elf.ts
// The kernel ELF as upstream's igvmbuilder reads it: its PT_LOAD segments, and its first symbol
// table, which igvmbuilder copies into guest memory (one 16-byte KSym per symbol: address u64,
// size u32 saturated, name offset u32; then .strtab as it is). Symbol names that differ only in
// rustc's `.llvm.<hash>` suffixes (which depend on the build directory) are told apart from real
// changes.
const LLVM_SUFFIX = /\.llvm\.\d+$/;
/** A 64-bit little-endian ELF's segments and first symbol table; null for anything else. */
function readKernelElf(b) {
    if (b.length < 64 || b[0] !== 0x7f || b[1] !== 0x45 || b[2] !== 0x4c || b[3] !== 0x46)
        return null;
    if (b[4] !== 2 || b[5] !== 1)
        return null;
    const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const u64 = (at) => v.getBigUint64(at, true);
    const inFile = (off, size) => off + size <= BigInt(b.length);
    const phoff = Number(u64(0x20));
    const shoff = Number(u64(0x28));
    const phentsize = v.getUint16(0x36, true);
    const phnum = v.getUint16(0x38, true);
    const shentsize = v.getUint16(0x3a, true);
    const shnum = v.getUint16(0x3c, true);
    const segments = [];
    for (let i = 0; i < phnum; i++) {
        const at = phoff + i * phentsize;
        if (at + 56 > b.length)
            break;
        if (v.getUint32(at, true) !== 1)
            continue; // PT_LOAD
        const offset = u64(at + 8);
        const filesz = u64(at + 0x20);
        const memsz = u64(at + 0x28);
        if (!inFile(offset, filesz) || memsz > 64n << 20n)
            continue;
        segments.push({
            vaddr: u64(at + 0x10),
            data: b.subarray(Number(offset), Number(offset + filesz)),
            memsz: Number(memsz > filesz ? memsz : filesz)
        });
    }
    segments.sort((x, y) => (x.vaddr < y.vaddr ? -1 : 1));
    const symbols = [];
    let strtab = new Uint8Array();
    for (let i = 0; i < shnum && shoff + (i + 1) * shentsize <= b.length; i++) {
        const s = shoff + i * shentsize;
        if (v.getUint32(s + 4, true) !== 2)
            continue; // SHT_SYMTAB
        const [off, size, link, entsize] = [u64(s + 24), u64(s + 32), v.getUint32(s + 40, true), u64(s + 56)];
        const l = shoff + link * shentsize;
        if (entsize < 24n || !inFile(off, size) || link >= shnum || l + shentsize > b.length)
            break;
        for (let at = Number(off); at + Number(entsize) <= Number(off + size); at += Number(entsize))
            symbols.push({ value: u64(at + 8), size: u64(at + 16), name: v.getUint32(at, true) });
        const [soff, ssize] = [u64(l + 24), u64(l + 32)];
        if (inFile(soff, ssize))
            strtab = b.subarray(Number(soff), Number(soff + ssize));
        break; // igvmbuilder reads the first symbol table only
    }
    return { segments, symbols, strtab };
}
/** The KSym array igvmbuilder writes for the kernel's symbols. */
function ksymBytes(k) {
    const out = new Uint8Array(k.symbols.length * 16);
    const v = new DataView(out.buffer);
    k.symbols.forEach((s, i) => {
        v.setBigUint64(i * 16, s.value, true);
        v.setUint32(i * 16 + 8, s.size > 0xffffffffn ? 0xffffffff : Number(s.size), true);
        v.setUint32(i * 16 + 12, s.name, true);
    });
    return out;
}
function nameAt(strtab, at) {
    let end = at;
    while (end < strtab.length && strtab[end] !== 0)
        end++;
    return Buffer.from(strtab.subarray(at, end)).toString('latin1');
}
/** How two kernels' symbol tables differ, symbol by symbol. */
function symbolChanges(a, b) {
    const out = { other: Math.abs(a.symbols.length - b.symbols.length), llvmSuffix: 0 };
    const n = Math.min(a.symbols.length, b.symbols.length);
    for (let i = 0; i < n; i++) {
        const [x, y] = [a.symbols[i], b.symbols[i]];
        const [nx, ny] = [nameAt(a.strtab, x.name), nameAt(b.strtab, y.name)];
        if (x.value !== y.value || x.size !== y.size)
            out.other++;
        else if (nx === ny)
            continue;
        else if (nx.replace(LLVM_SUFFIX, '') === ny.replace(LLVM_SUFFIX, ''))
            out.llvmSuffix++;
        else
            out.other++;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/igvm/diff/attribution.ts



/** Pages holding the kernel's symbol table and its strings. */
const SYMBOL_TABLE = 'kernel symbol table';
/** Pages igvmbuilder fills from the inputs: page tables, stacks, boot parameters, launch information. */
const BOOT_IMAGE = 'boot image (igvmbuilder)';
/** The kernel's base: where its required memory starts. */
const kernelBase = (f) => {
    const d = f.directives.find(x => x.kind === 'required-memory');
    return d?.kind === 'required-memory' ? d.gpa : undefined;
};
function attribution(inputs, file) {
    const kernel = inputs.find(i => i.role === 'kernel');
    const elf = kernel ? readKernelElf(kernel.bytes) : null;
    const symbolInputs = elf
        ? [
            { role: SYMBOL_TABLE, path: kernel.path, bytes: ksymBytes(elf) },
            { role: SYMBOL_TABLE, path: kernel.path, bytes: elf.strtab }
        ]
        : [];
    const index = inputIndex([...inputs, ...symbolInputs]);
    const bldr = inputs.find(i => i.role === 'bldr');
    const stage1 = inputs.find(i => i.role === 'tdx-stage1');
    const base = kernelBase(file);
    // The kernel heap's layout is the current igvmbuilder's (with bldr); build.py's had stage2.
    const layout = elf && bldr && base !== undefined ? kernelLayout(elf, base) : null;
    const loader = bldr ? bldrLayout(bldr.bytes.length) : null;
    const stage1Run = stage1 ? tdxStage1Run(stage1.bytes.length) : null;
    return (platform, gpa, content) => {
        const byContent = content ? index.get(content) : undefined;
        if (byContent)
            return byContent;
        if (stage1Run && platform === 'tdx' && inRun(gpa, stage1Run))
            return 'tdx-stage1';
        if (layout) {
            if (inRun(gpa, layout.elf))
                return 'kernel';
            if (inRun(gpa, layout.symtab) || inRun(gpa, layout.strtab))
                return SYMBOL_TABLE;
            if (layout.own.some(r => inRun(gpa, r)))
                return BOOT_IMAGE;
        }
        if (loader && inRun(gpa, loader.own))
            return BOOT_IMAGE;
        return null;
    };
}

// EXTERNAL MODULE: ./src/igvm/guest-policy.ts
var guest_policy = __webpack_require__(15100);
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

;// CONCATENATED MODULE: ./src/igvm/diff/pages.ts
// The page diff: every 4 KiB page of each platform by GPA on both sides, the pages that differ
// (changed, added, removed, moved), each with the input it came from on each side, grouped into
// contiguous regions of one kind. Pure.



const pages_hex = (v) => `0x${v.toString(16)}`;
const pages_PAGE = BigInt(format/* PAGE_4K */.AI);
/** Page type as the inventory counts it. */
function pageType(flags, dataType, hasData) {
    const t = format/* DATA_TYPE_NAMES */.xc[dataType] ?? `data type ${dataType}`;
    const base = t !== 'normal' ? t : flags & format/* PAGE_FLAGS */.Of.UNMEASURED ? 'unmeasured' : hasData ? 'data' : 'zero';
    return `${flags & format/* PAGE_FLAGS */.Of.SHARED ? 'shared ' : ''}${base}`;
}
// A page's data is hashed once even when several platforms share it.
const hashes = new WeakMap();
const pageDigest = (b) => {
    let h = hashes.get(b);
    if (h === undefined)
        hashes.set(b, (h = (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex')));
    return h;
};
/** Every 4 KiB page of one platform, by GPA (a 2 MiB page is 512 pages without data). */
function pagesOf(file, mask) {
    const pages = new Map();
    for (const d of file.directives) {
        if (d.kind === 'page-data' && (d.mask & mask) !== 0) {
            const type = pageType(d.flags, d.dataType, d.data !== null);
            if (d.flags & format/* PAGE_FLAGS */.Of.IS_2MB)
                for (let off = 0n; off < BigInt(format/* PAGE_2M */.kI); off += pages_PAGE)
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
            const fromA = x && ia ? ia(name, gpa, x.content) : null;
            const fromB = y && ib ? ib(name, gpa, y.content) : null;
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
            cur.next += pages_PAGE;
            continue;
        }
        if (cur)
            out.push(finish(cur));
        cur = {
            platforms: [platform],
            start: pages_hex(d.gpa),
            end: '',
            pages: 1,
            change: d.change,
            typeA: d.typeA,
            typeB: d.typeB,
            fromA: d.fromA,
            fromB: d.fromB,
            moved: d.moved,
            next: d.gpa + pages_PAGE
        };
    }
    if (cur)
        out.push(finish(cur));
    return out;
}
function finish(r) {
    const { next, ...rest } = r;
    return { ...rest, end: pages_hex(next) };
}
/** Regions of every platform; the same region on several platforms is listed once, with all of them. */
function regionsOf(byPlatform) {
    const byKey = new Map();
    for (const r of [...byPlatform].flatMap(([p, d]) => group(d, p))) {
        const key = JSON.stringify({ ...r, platforms: [] });
        const seen = byKey.get(key);
        if (seen)
            seen.platforms.push(...r.platforms);
        else
            byKey.set(key, { ...r, platforms: [...r.platforms] });
    }
    return [...byKey.values()].sort((x, y) => (BigInt(x.start) < BigInt(y.start) ? -1 : 1));
}
/** Whether a region holds data pages that no input explains. */
const pages_unattributed = (r) => r.fromA === null && r.fromB === null && /data/.test(`${r.typeA}${r.typeB}`);

// EXTERNAL MODULE: ./src/igvm/diff/path-strings.ts
var path_strings = __webpack_require__(6721);
;// CONCATENATED MODULE: ./src/igvm/diff/paths.ts
// Two builds of the same source at different paths: their images differ where absolute build paths
// (CARGO_HOME's crate sources in panic locations, the checkout in debug info) are compiled in, and
// wherever the linker lays out or refers to those strings differently (lld orders merged strings
// by their contents, so even paths of equal length move other constants). Given each side's
// recorded prefixes, this counts the strings per input and says how far the difference is shown
// to be the paths alone:
// - bytes: each side's data pages with A's prefixes replaced by B's are B's, byte for byte;
// - pages: every page that differs belongs to an input that holds those strings (as many on each
//   side), or to what igvmbuilder derives from the kernel, nothing else differs, and the two
//   records agree on everything but the paths (source, lock file, options, toolchain, linker);
// - records: no input files to look at, but the records agree on everything but the paths and the
//   images hold as many of the strings on each side.
// Pure.





/** Each side's data pages per platform, in GPA order, as one buffer; null when the page sets differ. */
function platformImages(a, b) {
    const [ma, mb] = [platformsByName(a), platformsByName(b)];
    if ([...ma.keys()].sort().join() !== [...mb.keys()].sort().join())
        return null;
    const out = [];
    for (const [name, mask] of ma) {
        const [pa, pb] = [pagesOf(a, mask), pagesOf(b, mb.get(name))];
        const gpas = [...pa.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
        if (gpas.length !== pb.size)
            return null;
        const bufs = [[], []];
        for (const gpa of gpas) {
            const [x, y] = [pa.get(gpa), pb.get(gpa)];
            if (!y || x.type !== y.type || !x.data !== !y.data)
                return null;
            if (!x.data || !y.data)
                continue;
            bufs[0].push(page(x.data));
            bufs[1].push(page(y.data));
        }
        out.push([Buffer.concat(bufs[0]), Buffer.concat(bufs[1])]);
    }
    return out;
}
const page = (d) => {
    const p = Buffer.alloc(format/* PAGE_4K */.AI);
    p.set(d.subarray(0, format/* PAGE_4K */.AI));
    return p;
};
/** `from` with each occurrence of a pair's A prefix replaced by its B prefix (same lengths only). */
function substituted(from, pairs) {
    const out = Buffer.from(from);
    const prefixes = pairs.map(p => ({ what: p.what, prefix: p.a }));
    for (const o of (0,path_strings/* findPathPrefixes */.H)(from, prefixes))
        Buffer.from(pairs.find(p => p.what === o.what).b).copy(out, o.at);
    return out;
}
/** The differing prefixes that some searched bytes hold, with the strings per input on each side. */
function compiledIn(ctx, files) {
    const differing = [];
    for (const x of ctx.a) {
        const y = ctx.b.find(p => p.what === x.what);
        if (y && y.prefix !== x.prefix)
            differing.push({ what: x.what, a: x.prefix, b: y.prefix });
    }
    const side = (pairs, s) => pairs.map(p => ({ what: p.what, prefix: p[s] }));
    const total = (bytes, prefixes) => [...(0,path_strings/* countPathPrefixes */.f)(bytes, prefixes).values()].reduce((n, c) => n + c, 0);
    // Another checkout path that no byte holds explains nothing.
    const pairs = differing.filter(p => files.some(([, x, y]) => total(x, side([p], 'a')) + total(y, side([p], 'b')) > 0));
    const counts = files.map(([role, x, y]) => ({
        in: role,
        a: total(x, side(pairs, 'a')),
        b: total(y, side(pairs, 'b'))
    }));
    return { pairs, counts };
}
/**
 * The build paths two images differ by, and how far that is all, or null when the recorded
 * prefixes are the same on both sides or compiled in on neither.
 */
function pathStrings(a, b, ctx, seen) {
    const { inputs } = seen;
    const images = platformImages(a, b);
    // The bytes searched on each side: the input files, or else the images themselves.
    const files = inputs
        ? inputs.a.flatMap(x => {
            const y = inputs.b.find(i => i.role === x.role);
            return y ? [[x.role, x.bytes, y.bytes]] : [];
        })
        : images?.[0]
            ? [['image', images[0][0], images[0][1]]]
            : [];
    const { pairs, counts } = compiledIn(ctx, files);
    if (pairs.length === 0)
        return null;
    const besides = [];
    if (seen.others)
        besides.push('headers or VP contexts differ');
    const uneven = counts.filter(c => c.a !== c.b).map(c => `${c.in} holds ${c.a} -> ${c.b} of those strings`);
    besides.push(...uneven);
    const other = ctx.otherDifferences;
    if (other && other.length > 0)
        besides.push(`the records differ besides the paths: ${other.join(', ')}`);
    const sameLength = pairs.every(p => Buffer.byteLength(p.a) === Buffer.byteLength(p.b));
    if (!seen.others && sameLength && images?.every(([x, y]) => substituted(x, pairs).equals(y)))
        return { pairs, counts, only: 'bytes', besides: [] };
    if (inputs) {
        // Pages may differ only in inputs that hold the strings, and in what igvmbuilder derives from the kernel.
        const holding = new Set(counts.filter(c => c.a + c.b > 0).map(c => c.in));
        if (holding.has('kernel'))
            [SYMBOL_TABLE, BOOT_IMAGE].forEach(r => holding.add(r));
        const strays = new Set();
        for (const r of seen.regions) {
            if (pages_unattributed(r))
                strays.add('data pages no input explains');
            for (const from of [r.fromA, r.fromB])
                if (from !== null && !holding.has(from))
                    strays.add(`${from} (which holds none of them)`);
        }
        besides.push(...[...strays].map(s => `pages of ${s} differ`));
    }
    const only = besides.length > 0 || other == null ? null : inputs ? 'pages' : 'records';
    if (only === null && other == null && besides.length === 0)
        besides.push('the records do not say whether anything else differs');
    return { pairs, counts, only, besides };
}

;// CONCATENATED MODULE: ./src/igvm/diff/render.ts
// The words of a diff, the one renderer: its summary (what `svsm-build diff` prints first and what
// the report's comment shows for a changed digest) and the full text with every region. Pure.


const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** What a role's pages are, when the name alone does not say it. */
const ROLE_NOTES = {
    [BOOT_IMAGE]: 'page tables, stacks, boot parameters and launch information igvmbuilder computes from the inputs'
};
function symbolNote(d) {
    const s = d.symbols;
    if (!s)
        return '';
    const parts = [];
    const verb = (n) => (n === 1 ? 'differs' : 'differ');
    if (s.llvmSuffix > 0)
        parts.push(`${plural(s.llvmSuffix, 'symbol name')} ${verb(s.llvmSuffix)} only in the .llvm.<hash> suffix, which rustc derives from the build directory`);
    if (s.other > 0)
        parts.push(`${plural(s.other, 'symbol')} ${verb(s.other)} in name, address or size`);
    return parts.length > 0 ? `; ${parts.join('; ')}` : '';
}
function inputLine(i, d) {
    const note = ROLE_NOTES[i.role] ? ` (${ROLE_NOTES[i.role]})` : '';
    const symbols = i.role === SYMBOL_TABLE ? symbolNote(d) : '';
    if (i.pages === 0 && i.differ === 0)
        return `${i.role}: no page of it found in either image`;
    if (i.differ === 0)
        return `${i.role}: identical (${i.pages} pages)${note}`;
    const how = Object.entries(i.how)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ');
    const same = i.sameFile ? '; the input file is the same on both sides' : '';
    return `${i.role}: ${i.differ} of ${i.pages} pages differ (${how})${same}${note}${symbols}`;
}
/** "kernel: 2 strings on each side" / "kernel: 2 -> 3 strings". */
function countLine(p) {
    return p.counts
        .map(c => `${c.in}: ${c.a === c.b ? `${plural(c.a, 'string')} on each side` : `${c.a} -> ${plural(c.b, 'string')}`}`)
        .join('; ');
}
const SHOWN = {
    bytes: "with one side's paths put in place of the other's, the images are equal byte for byte",
    pages: 'every page that differs is in an input that holds those strings, as many on each side, or made by igvmbuilder from the kernel, and the records agree on everything else (source, Cargo.lock, options, toolchain, linker)',
    records: 'the records agree on everything else (source, Cargo.lock, options, toolchain, linker), and the images hold as many of those strings on each side'
};
/** What the two builds' paths explain: everything (then no page list is needed), or only part. */
function pathLines(p, changedPages) {
    const prefixes = p.pairs.map(x => `  ${x.what}: ${x.a} -> ${x.b}`);
    const strings = `  strings under them: ${countLine(p)}`;
    if (p.only)
        return [
            p.only === 'records'
                ? `path difference: the two builds ran at different paths, and their records agree on everything else (${plural(changedPages, 'page')} differ; without the build inputs the pages cannot be traced to them):`
                : `path-only difference: the two builds ran at different paths, and that is all that differs (${plural(changedPages, 'page')}):`,
            ...prefixes,
            strings,
            `  ${SHOWN[p.only]}`,
            '  a rebuild at the recorded paths (svsm-build reproduce does that), or builds with remap-paths, give the same image'
        ];
    return [
        `the builds ran at different paths, and that is not all that differs (${p.besides.join('; ')}):`,
        ...prefixes,
        strings
    ];
}
function summaryLines(d, noInputs) {
    if (d.identical)
        return ['identical: same headers, pages and VP contexts'];
    const lines = [];
    const ld = d.launchDigest;
    if (ld.a !== ld.b)
        lines.push(`SEV-SNP launch digest: ${ld.a ?? 'none'} -> ${ld.b ?? 'none'}`);
    else if (ld.a)
        lines.push(`SEV-SNP launch digest unchanged (${ld.a.slice(0, 16)}...)`);
    const count = (pred) => d.regions.filter(pred).reduce((n, r) => n + r.pages, 0);
    if (d.paths) {
        lines.push(...pathLines(d.paths, count(() => true)));
        if (d.paths.only)
            return lines;
    }
    for (const i of d.inputs)
        lines.push(inputLine(i, d));
    const orphan = count(pages_unattributed);
    if (orphan) {
        const where = d.regions.filter(pages_unattributed).map(r => `${r.start}-${r.end}`);
        lines.push(`${orphan} data page(s) differ that cannot be attributed${noInputs === null ? ' to any input' : ` (${noInputs})`}: ${where.slice(0, 4).join(', ')}${where.length > 4 ? `, and ${where.length - 4} more range(s)` : ''}`);
    }
    const notData = (r) => !/data/.test(`${r.typeA}${r.typeB}`);
    const other = count(notData);
    if (other) {
        const kinds = [...new Set(d.regions.filter(notData).map(r => r.typeB ?? r.typeA))];
        lines.push(`${other} other page(s) differ (${kinds.join(', ')})`);
    }
    for (const v of d.vmsas)
        lines.push(`VMSA (${v.platform}, vp ${v.vpIndex}): ${v.change === 'changed' ? v.fields.map(f => `${f.field} ${f.a} -> ${f.b}`).join('; ') : v.change}`);
    for (const h of d.headers)
        lines.push(`${h.what}: ${h.a} -> ${h.b}${h.detail ? ` (${h.detail})` : ''}`);
    return lines;
}
/** The diff as text: summary first, then every region (none for a path-only difference). */
function renderDiff(d) {
    const lines = [...d.summary];
    if (d.regions.length && !d.paths?.only) {
        lines.push('', 'regions that differ (GPA range, pages, platforms: A -> B):');
        for (const r of d.regions) {
            const side = (t, from) => t === null ? 'absent' : `${t}${from ? ` from ${from}` : ''}`;
            const same = r.typeA === r.typeB && r.fromA === r.fromB;
            lines.push(`  ${r.start}-${r.end} ${String(r.pages).padStart(5)} page(s) ${r.platforms.join(',')}: ${r.moved ? (r.change === 'added' ? 'moved here' : 'moved away') : r.change}, ${same ? side(r.typeA, r.fromA) : `${side(r.typeA, r.fromA)} -> ${side(r.typeB, r.fromB)}`}${unattributed(r) ? ' (cannot be attributed)' : ''}`);
        }
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/igvm/diff/diff.ts
// What differs between two IGVM files and where it came from: pages compared per platform and
// GPA (pages.ts), each attributed to the input whose bytes it holds (attribution.ts); the build
// paths two builds differ by (paths.ts) and the kernel's symbol names (kernel-elf.ts); the VMSA
// field by field; policy, platforms, parameter areas, required memory and the ID block. Its
// words (render.ts) are the same on the command line and in the report's comment. Pure.









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
function kernelSymbols(inputs) {
    const [x, y] = [inputs?.a, inputs?.b].map(side => side?.find(i => i.role === 'kernel'));
    if (!x || !y)
        return null;
    const [ka, kb] = [readKernelElf(x.bytes), readKernelElf(y.bytes)];
    if (!ka || !kb)
        return null;
    const c = symbolChanges(ka, kb);
    return c.other === 0 && c.llvmSuffix === 0 ? null : c;
}
function diffIgvm(a, b, inputs, o = {}) {
    const headers = headerChanges(a, b);
    const vmsas = vmsaChanges(a.file, b.file);
    const { byPlatform, totals } = pageDiffs(a.file, b.file, inputs ? attribution(inputs.a, a.file) : null, inputs ? attribution(inputs.b, b.file) : null);
    const regions = regionsOf(byPlatform);
    const ld = { a: launchDigest(a.file), b: launchDigest(b.file) };
    const roles = inputs ? [...new Set([...inputs.a, ...inputs.b].map(i => i.role))] : [];
    // Pages igvmbuilder writes from the inputs are listed after the inputs themselves.
    for (const role of totals.keys())
        if (!roles.includes(role))
            roles.push(role);
    const inputSummaries = roles.map(role => {
        const [x, y] = [inputs?.a.find(i => i.role === role), inputs?.b.find(i => i.role === role)];
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
    const paths = identical || !o.paths
        ? null
        : pathStrings(a.file, b.file, o.paths, {
            inputs,
            regions,
            others: headers.length > 0 || vmsas.length > 0
        });
    const symbols = kernelSymbols(inputs);
    const d = { identical, launchDigest: ld, headers, vmsas, regions, inputs: inputSummaries, paths, symbols };
    return {
        ...d,
        summary: summaryLines(d, inputs ? null : (o.noInputsHint ?? 'pass --inputs A_BIN_DIR B_BIN_DIR to attribute them'))
    };
}

// EXTERNAL MODULE: ./src/igvm/errors.ts
var errors = __webpack_require__(95002);
// EXTERNAL MODULE: ./src/record/build-place.ts
var build_place = __webpack_require__(6839);
;// CONCATENATED MODULE: ./src/record/same-build.ts
/** The facts of a record that do not depend on the build's paths, as name → value. */
function placeFreeFacts(m) {
    const i = m.inputs;
    const b = i?.build;
    if (!i || !b)
        return null;
    const embedded = b.embeddedPaths
        .map(e => `${e.what}:${Object.entries(e.files)
        .map(([f, n]) => `${f}=${n}`)
        .sort()
        .join(',')}`)
        .sort();
    return {
        target: m.target,
        'recipe sha256': m.recipeSha256,
        'git version': m.gitVersion,
        profile: m.profile,
        features: JSON.stringify(m.features),
        'all features': String(m.allFeatures),
        'firmware sha256': m.firmware?.sha256 ?? '(none)',
        platforms: m.platforms.join(','),
        policy: m.policy,
        commit: i.source.commit ?? '(none)',
        'uncommitted changes': i.source.dirtyFiles.join(','),
        'Cargo.lock sha256': i.source.cargoLockSha256 ?? '(none)',
        options: JSON.stringify({ ...i.options, firmware: null }),
        rustc: b.rustc ? `${b.rustc.commitHash ?? b.rustc.version} LLVM ${b.rustc.llvmVersion}` : '(none)',
        linker: b.linker?.version ?? '(none)',
        'path remapping': b.remap.map(r => r.by).join(','),
        'embedded path strings': embedded.join(';'),
        igvmbuilder: i.tools.igvmbuilder
            ? `${i.tools.igvmbuilder.version} ${i.tools.igvmbuilder.profile}`
            : '(none)'
    };
}
/**
 * What differs between two records besides the paths, or null when either record does not say
 * where it was built (records written before svsm-build recorded it).
 */
function differencesBesidesPaths(a, b) {
    const [x, y] = [placeFreeFacts(a), placeFreeFacts(b)];
    if (!x || !y)
        return null;
    return Object.keys(x).filter(k => x[k] !== y[k]);
}

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
                    noInputsHint: 'the artifacts hold the IGVM files, not the build inputs',
                    // Each build's paths, so a difference in them alone is named as that.
                    ...(a.inputs?.build && b.inputs?.build
                        ? {
                            paths: {
                                a: (0,build_place/* recordedPrefixes */.Dp)(a.inputs.build),
                                b: (0,build_place/* recordedPrefixes */.Dp)(b.inputs.build),
                                otherDifferences: differencesBesidesPaths(a, b)
                            }
                        }
                        : {})
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
    const markdown = (0,report_markdown/* renderReport */.B)({
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

/***/ 6721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ findPathPrefixes),
/* harmony export */   f: () => (/* binding */ countPathPrefixes)
/* harmony export */ });
// Absolute build paths inside built bytes: where each of several prefixes occurs (as a folder: the
// prefix followed by `/`), the longest prefix first so a CARGO_HOME inside the checkout is counted
// once, as CARGO_HOME. Used by the record (are paths compiled in?) and by diff (is that all?).
/** Every occurrence of the prefixes in `bytes`, in offset order, none overlapping. */
function findPathPrefixes(bytes, prefixes) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const taken = [];
    const sorted = [...prefixes]
        .filter(p => p.prefix.length > 1)
        .sort((a, b) => b.prefix.length - a.prefix.length);
    for (const p of sorted) {
        const needle = Buffer.from(`${p.prefix.replace(/\/+$/, '')}/`);
        for (let at = buf.indexOf(needle); at >= 0; at = buf.indexOf(needle, at + 1)) {
            const end = at + needle.length;
            if (taken.some(o => at < o.at + o.prefix.length + 1 && o.at < end))
                continue;
            taken.push({ what: p.what, prefix: p.prefix.replace(/\/+$/, ''), at });
        }
    }
    return taken.sort((a, b) => a.at - b.at);
}
/** Occurrences per prefix. */
function countPathPrefixes(bytes, prefixes) {
    const counts = new Map();
    for (const o of findPathPrefixes(bytes, prefixes))
        counts.set(o.prefix, (counts.get(o.prefix) ?? 0) + 1);
    return counts;
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


/***/ }),

/***/ 6839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ recordedPrefixes),
/* harmony export */   RS: () => (/* binding */ embeddedPaths),
/* harmony export */   aE: () => (/* binding */ readRustc),
/* harmony export */   co: () => (/* binding */ readLinker)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _igvm_diff_path_strings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6721);
// Where and with what a build made its bytes: the checkout, CARGO_HOME, the toolchain (`rustc -vV`)
// and linker of the kernel target, the remapping in force, and which of those paths the built
// parts of each IGVM file hold. Read after the plan, before and during the run.




/** A command's stdout, or null when it fails; run while the build runs (these only describe it). */
function run(root, env, argv) {
    return new Promise(resolve => (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(argv[0], argv.slice(1), { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 }, (error, stdout) => resolve(error ? null : stdout)));
}
/** `rustc -vV` and `--print sysroot`, from the tree (rustup picks its pinned toolchain there). */
async function readRustc(root, env) {
    const [out, sysrootOut] = await Promise.all([
        run(root, env, ['rustc', '-vV']),
        run(root, env, ['rustc', '--print', 'sysroot'])
    ]);
    if (out === null)
        return null;
    const field = (name) => new RegExp(`^${name}: (.+)$`, 'm').exec(out)?.[1]?.trim() ?? null;
    const sysroot = sysrootOut?.trim() || null;
    return {
        version: out.split('\n')[0].trim(),
        release: field('release'),
        commitHash: field('commit-hash'),
        commitDate: field('commit-date'),
        host: field('host'),
        llvmVersion: field('LLVM version'),
        sysroot
    };
}
function onPath(name, env) {
    for (const dir of (env.PATH ?? process.env.PATH ?? '').split(':').filter(Boolean)) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(p))
            return p;
    }
    return null;
}
/**
 * The kernel target's linker: `configured` (target.<triple>.linker) or x86_64-unknown-none's
 * default, rust-lld, which rustc takes from its sysroot.
 */
async function readLinker(root, env, configured, rustc) {
    const name = configured ?? 'rust-lld';
    let file = null;
    if (configured)
        file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(configured) ? configured : onPath(configured, env);
    else if (rustc?.sysroot && rustc.host) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(rustc.sysroot, 'lib', 'rustlib', rustc.host, 'bin', 'rust-lld');
        file = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(p) ? p : onPath('rust-lld', env);
    }
    if (!file || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return { name, path: null, version: null };
    const path = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(file);
    // rust-lld wants a flavour; ld.lld takes it too.
    const out = await run(root, env, [file, ...(configured ? [] : ['-flavor', 'gnu']), '--version']);
    return { name, path, version: out?.split('\n')[0]?.trim() || null };
}
/** The prefixes searched for: the checkout, CARGO_HOME and the toolchain's sysroot. */
function recordedPrefixes(place) {
    const out = [{ what: 'checkout', prefix: place.checkout }];
    if (place.cargoHome)
        out.push({ what: 'CARGO_HOME', prefix: place.cargoHome });
    if (place.rustc?.sysroot)
        out.push({ what: 'sysroot', prefix: place.rustc.sysroot });
    return out;
}
/** Which prefixes the files (relative to the tree → their bytes) hold, and how often. */
function embeddedPaths(files, prefixes) {
    const found = new Map();
    for (const [file, bytes] of files) {
        for (const o of (0,_igvm_diff_path_strings_js__WEBPACK_IMPORTED_MODULE_3__/* .findPathPrefixes */ .H)(bytes, prefixes)) {
            const e = found.get(o.prefix) ?? { what: o.what, prefix: o.prefix, files: {} };
            e.files[file] = (e.files[file] ?? 0) + 1;
            found.set(o.prefix, e);
        }
    }
    return [...found.values()];
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
/* harmony export */   B: () => (/* binding */ renderReport),
/* harmony export */   X: () => (/* binding */ formatSize)
/* harmony export */ });
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
