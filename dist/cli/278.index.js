export const id = 278;
export const ids = [278];
export const modules = {

/***/ 2849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FR: () => (/* binding */ diffIgvm),
  "in": () => (/* reexport */ renderDiff)
});

// UNUSED EXPORTS: elfSegments

// EXTERNAL MODULE: ./src/igvm/measure.ts
var measure = __webpack_require__(2477);
// EXTERNAL MODULE: ./src/igvm/format.ts
var format = __webpack_require__(2782);
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

// EXTERNAL MODULE: ./src/igvm/diff/inputs.ts
var diff_inputs = __webpack_require__(3560);
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
    const index = (0,diff_inputs/* inputIndex */.Tz)([...inputs, ...symbolInputs]);
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
var guest_policy = __webpack_require__(5100);
// EXTERNAL MODULE: ./src/igvm/id-block.ts
var id_block = __webpack_require__(2540);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
const unattributed = (r) => r.fromA === null && r.fromB === null && /data/.test(`${r.typeA}${r.typeB}`);

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
            if (unattributed(r))
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
    const orphan = count(unattributed);
    if (orphan) {
        const where = d.regions.filter(unattributed).map(r => `${r.start}-${r.end}`);
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


/***/ }),

/***/ 3560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ BIN_ROLES),
/* harmony export */   Tz: () => (/* binding */ inputIndex)
/* harmony export */ });
/* unused harmony export elfSegments */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2782);
// The build inputs of a diff: each file's pages by content (flat, and for an ELF as loaded), so
// a page of an image can be traced to the input it came from.


const PAGE = BigInt(_format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_4K */ .AI);
const digest = (b) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(b).digest('hex');
/** Build outputs by role, as a build leaves them in bin/ (file name, role). */
const BIN_ROLES = [
    ['svsm', 'kernel'],
    ['bldr', 'bldr'],
    ['stage2', 'stage2'],
    ['tdx-stage1', 'tdx-stage1'],
    ['svsm-fs.bin', 'fs image']
];
/** Page hash -> role, for each 4 KiB of each input (flat), and for an ELF its loaded segments. */
function inputIndex(inputs) {
    const index = new Map();
    const zero = digest(new Uint8Array(_format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_4K */ .AI));
    const add = (page, role) => {
        const h = digest(page);
        if (h !== zero && !index.has(h))
            index.set(h, role);
    };
    const pages = (b, role) => {
        for (let off = 0; off < b.length; off += _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_4K */ .AI) {
            const p = new Uint8Array(_format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_4K */ .AI);
            p.set(b.subarray(off, Math.min(off + _format_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_4K */ .AI, b.length)));
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


/***/ }),

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

/***/ 9382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ differencesBesidesPaths)
/* harmony export */ });
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


/***/ })

};
