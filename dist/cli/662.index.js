export const id = 662;
export const ids = [662];
export const modules = {

/***/ 3662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DIFF_COMMAND: () => (/* binding */ DIFF_COMMAND),
  diffCommand: () => (/* binding */ diffCommand),
  readInputs: () => (/* binding */ readInputs)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/input-file.ts
var input_file = __webpack_require__(5939);
// EXTERNAL MODULE: ./src/igvm/read-file.ts
var read_file = __webpack_require__(1624);
// EXTERNAL MODULE: ./src/util/system-error.ts
var system_error = __webpack_require__(6208);
// EXTERNAL MODULE: ./src/record/load.ts
var load = __webpack_require__(9397);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/igvm/guest-policy.ts
var guest_policy = __webpack_require__(5100);
// EXTERNAL MODULE: ./src/igvm/format.ts
var format = __webpack_require__(2782);
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

;// CONCATENATED MODULE: ./src/igvm/diff/inputs.ts
// The build inputs of a diff: each file's pages by content (flat, and for an ELF as loaded), so
// a page of an image can be traced to the input it came from.


const PAGE = BigInt(format/* PAGE_4K */.AI);
const digest = (b) => (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
/** Page hash -> role, for each 4 KiB of each input (flat), and for an ELF its loaded segments. */
function inputIndex(inputs) {
    const index = new Map();
    const zero = digest(new Uint8Array(format/* PAGE_4K */.AI));
    const add = (page, role) => {
        const h = digest(page);
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

// EXTERNAL MODULE: ./src/igvm/measure.ts
var measure = __webpack_require__(2477);
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
var igvm_errors = __webpack_require__(5002);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/commands/diff.ts
// `svsm-build diff A.igvm B.igvm [--inputs A_BIN_DIR B_BIN_DIR] [--json]`: what differs between
// two IGVM files, attributed to the build inputs in each side's bin/ directory. Exit 0 when
// identical, 1 when they differ, 2 on bad input (never 1 for a file it could not read).











const DIFF_COMMAND = (0,flags/* command */.G5)({
    synopsis: ['svsm-build diff <A.igvm> <B.igvm> [--inputs <A_BIN_DIR> <B_BIN_DIR>] [--json]'],
    about: "Shows what differs between two IGVM files: page ranges (attributed to the kernel, bldr/stage2,\ntdx-stage1, fs image or firmware found in each side's bin/ directory), the VMSA field by field,\npolicy, platforms, parameter areas and the ID block.",
    flags: {
        inputs: {
            value: ['<A_BIN_DIR>', '<B_BIN_DIR>'],
            help: "Each side's bin/ directory, to attribute pages to the build inputs"
        },
        json: { help: 'Machine-readable output' }
    },
    args: { min: 2, max: 2, what: 'two IGVM files' },
    footer: 'Exit codes: 0 identical, 1 they differ, 2 bad input.'
});
/** Build outputs by role, as svsm-build leaves them in bin/. */
const ROLES = [
    ['svsm', 'kernel'],
    ['bldr', 'bldr'],
    ['stage2', 'stage2'],
    ['tdx-stage1', 'tdx-stage1'],
    ['svsm-fs.bin', 'fs image']
];
/** Node reads at most 2 GiB into one buffer; an IGVM file's own offsets are 32-bit. */
const MAX_INPUT_BYTES = 2 ** 31 - 1;
/** The inputs in a bin/ directory; the firmware from its measurements.json (or any *.fd). */
function readInputs(dir) {
    let entries;
    try {
        if (!(0,external_node_fs_.statSync)(dir).isDirectory())
            throw new errors/* BadInput */.kp(`--inputs ${dir}: not a directory (expected a build's bin/)`);
        entries = (0,external_node_fs_.readdirSync)(dir);
    }
    catch (e) {
        if (e instanceof errors/* BadInput */.kp)
            throw e;
        const code = e.code;
        throw new errors/* BadInput */.kp(`--inputs ${dir}: ${code === 'ENOENT' ? 'no such directory' : (0,system_error/* systemErrorReason */.Qq)(e)} (expected a build's bin/)`);
    }
    const out = [];
    for (const [name, role] of ROLES) {
        const p = (0,external_node_path_.join)(dir, name);
        if ((0,external_node_fs_.existsSync)(p))
            out.push({ role, path: p, bytes: (0,input_file/* readRegularFile */.XF)(p, MAX_INPUT_BYTES, `--inputs ${p}`) });
    }
    const firmware = new Set();
    const records = (0,external_node_path_.join)(dir, load/* RECORD_FILE */.lt);
    if ((0,external_node_fs_.existsSync)(records))
        for (const m of (0,load/* loadRecords */.ff)(records, { allowEmpty: true, untrustedNames: true }).records)
            if (m.firmware)
                firmware.add((0,external_node_path_.isAbsolute)(m.firmware.path) ? m.firmware.path : (0,external_node_path_.resolve)((0,external_node_path_.dirname)(dir), m.firmware.path));
    for (const f of entries)
        if (f.endsWith('.fd'))
            firmware.add((0,external_node_path_.join)(dir, f));
    for (const f of firmware)
        if ((0,external_node_fs_.existsSync)(f))
            out.push({
                role: firmware.size > 1 ? `firmware ${f}` : 'firmware',
                path: f,
                bytes: (0,input_file/* readRegularFile */.XF)(f, input_file/* MAX_FIRMWARE_BYTES */.rg, `--inputs ${dir}: firmware ${f}`)
            });
    if (out.length === 0)
        throw new errors/* BadInput */.kp(`--inputs ${dir}: none of ${ROLES.map(([n]) => n).join(', ')} or a firmware file is there (expected a build's bin/)`);
    return out;
}
async function diffCommand(args) {
    const parsed = (0,flags/* parseFlags */.bQ)(DIFF_COMMAND, args);
    if (!parsed)
        return 0;
    const { json, inputs: dirs } = parsed.values;
    const [fa, fb] = parsed.positionals;
    try {
        const [a, b] = [fa, fb].map(f => (0,id_block/* parseIgvmWithBytes */.S_)((0,read_file/* readIgvmFile */.q)(f), f));
        const inputs = dirs ? { a: readInputs(dirs[0]), b: readInputs(dirs[1]) } : undefined;
        const d = diffIgvm(a, b, inputs);
        process.stdout.write(json ? `${JSON.stringify({ a: fa, b: fb, ...d }, null, 2)}\n` : renderDiff(d));
        return d.identical ? 0 : 1;
    }
    catch (e) {
        if (e instanceof errors/* BadInput */.kp || e instanceof igvm_errors/* IgvmError */.k) {
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
/* unused harmony exports snpPublicKey, sha384Upper, p384Key */
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

/***/ 2477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ hashedPages),
/* harmony export */   TG: () => (/* binding */ MeasureError),
/* harmony export */   nj: () => (/* binding */ toHex),
/* harmony export */   u: () => (/* binding */ IN_MEMORY),
/* harmony export */   xP: () => (/* binding */ measure)
/* harmony export */ });
/* unused harmony exports KVM_MESSAGES, PLATFORM_NOT_IN_FILE, platformMask */
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
