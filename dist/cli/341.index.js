export const id = 341;
export const ids = [341];
export const modules = {

/***/ 341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectCommand: () => (/* binding */ inspectCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(679);
/* harmony import */ var _igvm_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2);
/* harmony import */ var _igvm_inventory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(718);
/* harmony import */ var _igvm_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(234);
// `svsm-build inspect FILE [--json]`: what an IGVM file holds, and its digests.





const USAGE = 'Usage: svsm-build inspect <FILE> [--json]';
async function inspectCommand(args) {
    const json = args.includes('--json');
    const files = args.filter(a => a !== '--json');
    if (files.length !== 1 || files[0].startsWith('-'))
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(files.length === 0
            ? 'expected an IGVM file'
            : `unexpected argument ${files.find(f => f.startsWith('-')) ?? files[1]}`, USAGE);
    const file = files[0];
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
    }
    catch (e) {
        process.stderr.write(`error: ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}\n`);
        return 1;
    }
    try {
        const inv = (0,_igvm_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .inventory */ .p)((0,_igvm_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseIgvm */ .V)(bytes, file));
        process.stdout.write(json ? `${JSON.stringify(inv, null, 2)}\n` : (0,_igvm_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .renderInventoryTable */ .P)(inv));
        return 0;
    }
    catch (e) {
        if (!(e instanceof _igvm_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IgvmError */ .k))
            throw e;
        process.stderr.write(`error: ${e.message}\n`);
        return 1;
    }
}


/***/ }),

/***/ 718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ inventory),
  P: () => (/* binding */ renderInventoryTable)
});

// EXTERNAL MODULE: ./src/igvm/format.ts
var format = __webpack_require__(782);
// EXTERNAL MODULE: ./src/igvm/measure.ts
var measure = __webpack_require__(477);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
;// CONCATENATED MODULE: ./src/igvm/tdx.ts
// The TDX MRTD of an IGVM file, as the igvm crate's measurement/tdx.rs (HEAD, not in 0.4.0)
// computes it: one SHA-384 over MEM.PAGE.ADD (128 bytes) and MR.EXTEND (384 bytes, 256 bytes of
// page data each) records. No COCONUT tool computes it; it is reported as such.


const PAGE_ADD = Buffer.alloc(128);
Buffer.from('MEM.PAGE.ADD').copy(PAGE_ADD);
const EXTEND = Buffer.alloc(384);
Buffer.from('MR.EXTEND').copy(EXTEND);
const CHUNK = 256;
function tdxMrtd(file) {
    const mask = file.platforms.find(p => p.platformType === format/* PLATFORM_TYPE */.pD.TDX)?.mask;
    if (mask === undefined)
        return null;
    const h = (0,external_node_crypto_.createHash)('sha384');
    const areas = new Map();
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
            for (let gpa = d.gpa; gpa < d.gpa + size; gpa += BigInt(format/* PAGE_4K */.AI))
                addPage(gpa, undefined);
        }
    }
    return h.digest();
}

;// CONCATENATED MODULE: ./src/igvm/inventory.ts
// What is inside an IGVM file, per platform: pages by kind, parameter areas, VMSAs, policy,
// required memory, ID block, and the digests (SNP default and native-zero; TDX MRTD).



const hex = (v) => `0x${v.toString(16)}`;
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
            areas.get(d.index)?.usedBy.push(format/* TYPE_NAMES */.et[d.type] ?? hex(d.type));
        else if (d.kind === 'parameter-insert') {
            const a = areas.get(d.index);
            if (a)
                a.insertedAt = hex(d.gpa);
        }
        else if (d.kind === 'vp-context' &&
            (d.platformType === format/* PLATFORM_TYPE */.pD.SEV_SNP || d.platformType === format/* PLATFORM_TYPE */.pD.SEV_ES)) {
            const v = Buffer.from(d.data.buffer, d.data.byteOffset, d.data.byteLength);
            const features = v.readBigUInt64LE(format/* VMSA */.yM.SEV_FEATURES);
            vmsas.push({
                gpa: hex(d.gpa),
                mask: hex(d.mask),
                cr0: hex(v.readBigUInt64LE(format/* VMSA */.yM.CR0)),
                rip: hex(v.readBigUInt64LE(format/* VMSA */.yM.RIP)),
                sevFeatures: hex(features),
                sevFeatureNames: format/* SEV_FEATURE_NAMES */.lz.filter(([b]) => ((features >> BigInt(b)) & 1n) === 1n).map(([, n]) => n),
                virtualTom: hex(v.readBigUInt64LE(format/* VMSA */.yM.VIRTUAL_TOM))
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
            digests.snp = (0,measure/* toHex */.nj)(r.digest);
            digests.snpNativeZero = (0,measure/* toHex */.nj)((0,measure/* measure */.xP)(file, { nativeZero: true }).digest);
            if (r.idBlock)
                matches = r.idBlock.equals(r.digest);
        }
        catch (e) {
            if (!(e instanceof measure/* MeasureError */.TG))
                throw e;
            digests.snpError = e.message;
        }
    }
    const mrtd = tdxMrtd(file);
    if (mrtd)
        digests.tdxMrtd = (0,measure/* toHex */.nj)(mrtd);
    return {
        formatVersion: file.version,
        platforms: file.platforms.map(p => ({
            type: byMask.get(p.mask),
            mask: hex(p.mask),
            highestVtl: p.highestVtl,
            sharedGpaBoundary: hex(p.sharedGpaBoundary)
        })),
        policies: file.policies.map(p => ({
            mask: hex(p.mask),
            policy: hex(p.policy),
            decoded: snpPolicy(p.policy)
        })),
        pages,
        parameterAreas: [...areas.values()],
        vmsas,
        requiredMemory: required,
        idBlock: { present: idBlock, matches },
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
    lines.push(`ID block: ${inv.idBlock.present ? (inv.idBlock.matches ? 'present, matches' : 'present, DOES NOT match') : 'none'}`);
    if (inv.digests.snp)
        lines.push(`SEV-SNP launch digest:              ${inv.digests.snp}`, `SEV-SNP launch digest (native-zero): ${inv.digests.snpNativeZero}`);
    if (inv.digests.snpError)
        lines.push(`SEV-SNP launch digest: ${inv.digests.snpError}`);
    if (inv.digests.tdxMrtd)
        lines.push(`TDX MRTD (svsm-build, after the igvm crate; no COCONUT tool computes it): ${inv.digests.tdxMrtd}`);
    return `${lines.join('\n')}\n`;
}


/***/ })

};
