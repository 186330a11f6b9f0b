// What differs between two IGVM files and where it came from: pages compared per platform and
// GPA, grouped into contiguous ranges of one page type, each attributed to the input whose
// bytes it holds (when the inputs are given); the VMSA field by field; policy, platforms,
// parameter areas, required memory and the ID block. Pure: the command reads the files.
import { createHash } from 'node:crypto'
import { policyDifferences } from '../verify/snp-report.js'
import { DATA_TYPE_NAMES, PAGE_2M, PAGE_4K, PAGE_FLAGS, PLATFORM_NAMES, TYPE_NAMES } from './format.js'
import { idBlockFacts, type ParsedIgvm } from './id-block.js'
import { measure, MeasureError, toHex } from './measure.js'
import type { IgvmFile } from './parse.js'
import { vmsaFieldChanges, type VmsaFieldChange } from './vmsa-fields.js'

/** One input file of a build, by its role (kernel, bldr, stage2, tdx-stage1, fs image, firmware). */
export interface InputFile {
  role: string
  path: string
  bytes: Uint8Array
}

export interface Region {
  platforms: string[]
  start: string
  /** Exclusive. */
  end: string
  pages: number
  change: 'changed' | 'added' | 'removed'
  /** Page type on each side ("data", "zero", "unmeasured", "cpuid", "secrets", "shared data"...). */
  typeA: string | null
  typeB: string | null
  /** Input the pages came from on each side, or null when no input matches. */
  fromA: string | null
  fromB: string | null
  /** Added or removed pages whose contents are on the other side at another GPA. */
  moved: boolean
}

export interface HeaderChange {
  what: string
  a: string
  b: string
  detail?: string
}

export interface VmsaChange {
  platform: string
  vpIndex: number
  change: 'changed' | 'added' | 'removed'
  fields: VmsaFieldChange[]
}

export interface InputSummary {
  role: string
  /** Pages (distinct GPAs) holding this input in either image, and how many of them differ. */
  pages: number
  differ: number
  /** How the differing pages differ: changed, added, removed, moved (by GPA). */
  how: Record<string, number>
  sameFile: boolean | null
}

export interface IgvmDiff {
  identical: boolean
  launchDigest: { a: string | null; b: string | null }
  headers: HeaderChange[]
  vmsas: VmsaChange[]
  regions: Region[]
  inputs: InputSummary[]
  summary: string[]
}

const hex = (v: bigint | number) => `0x${v.toString(16)}`
const PAGE = BigInt(PAGE_4K)

interface PageEntry {
  type: string
  /** Content key: data hash, or "" for pages without data. */
  content: string
  data: Uint8Array | null
}

/** Page type as the inventory counts it. */
function pageType(flags: number, dataType: number, hasData: boolean): string {
  const t = DATA_TYPE_NAMES[dataType] ?? `data type ${dataType}`
  const base = t !== 'normal' ? t : flags & PAGE_FLAGS.UNMEASURED ? 'unmeasured' : hasData ? 'data' : 'zero'
  return `${flags & PAGE_FLAGS.SHARED ? 'shared ' : ''}${base}`
}

const digest = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

/** Every 4 KiB page of one platform, by GPA (a 2 MiB page is 512 pages without data). */
function pagesOf(file: IgvmFile, mask: number): Map<bigint, PageEntry> {
  const pages = new Map<bigint, PageEntry>()
  for (const d of file.directives) {
    if (d.kind === 'page-data' && (d.mask & mask) !== 0) {
      const type = pageType(d.flags, d.dataType, d.data !== null)
      if (d.flags & PAGE_FLAGS.IS_2MB)
        for (let off = 0n; off < BigInt(PAGE_2M); off += PAGE)
          pages.set(d.gpa + off, { type, content: '', data: null })
      else pages.set(d.gpa, { type, content: d.data ? digest(d.data) : '', data: d.data })
    } else if (d.kind === 'parameter-insert' && (d.mask & mask) !== 0) {
      pages.set(d.gpa, { type: `parameter area #${d.index}`, content: '', data: null })
    }
  }
  return pages
}

/** Page hash -> role, for each 4 KiB of each input (flat), and for an ELF its loaded segments. */
export function inputIndex(inputs: InputFile[]): Map<string, string> {
  const index = new Map<string, string>()
  const zero = digest(new Uint8Array(PAGE_4K))
  const add = (page: Uint8Array, role: string) => {
    const h = digest(page)
    if (h !== zero && !index.has(h)) index.set(h, role)
  }
  const pages = (b: Uint8Array, role: string) => {
    for (let off = 0; off < b.length; off += PAGE_4K) {
      const p = new Uint8Array(PAGE_4K)
      p.set(b.subarray(off, Math.min(off + PAGE_4K, b.length)))
      add(p, role)
    }
  }
  for (const i of inputs) {
    pages(i.bytes, i.role)
    for (const seg of elfSegments(i.bytes)) {
      // Laid out as loaded: the segment starts at its address's offset within a page.
      const lead = Number(seg.vaddr % PAGE)
      const image = new Uint8Array(lead + seg.memsz)
      image.set(seg.data, lead)
      pages(image, i.role)
    }
  }
  return index
}

/** PT_LOAD segments of a 64-bit little-endian ELF file; none for anything else. */
export function elfSegments(b: Uint8Array): { vaddr: bigint; data: Uint8Array; memsz: number }[] {
  if (b.length < 64 || b[0] !== 0x7f || b[1] !== 0x45 || b[2] !== 0x4c || b[3] !== 0x46) return []
  if (b[4] !== 2 || b[5] !== 1) return []
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength)
  const phoff = Number(v.getBigUint64(0x20, true))
  const phentsize = v.getUint16(0x36, true)
  const phnum = v.getUint16(0x38, true)
  const out: { vaddr: bigint; data: Uint8Array; memsz: number }[] = []
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize
    if (at + 56 > b.length) break
    if (v.getUint32(at, true) !== 1) continue // PT_LOAD
    const offset = Number(v.getBigUint64(at + 8, true))
    const vaddr = v.getBigUint64(at + 0x10, true)
    const filesz = Number(v.getBigUint64(at + 0x20, true))
    const memsz = Number(v.getBigUint64(at + 0x28, true))
    if (offset + filesz > b.length || memsz > 64 * 1024 * 1024) continue
    out.push({ vaddr, data: b.subarray(offset, offset + filesz), memsz: Math.max(memsz, filesz) })
  }
  return out
}

interface PageDiff {
  gpa: bigint
  change: Region['change']
  typeA: string | null
  typeB: string | null
  fromA: string | null
  fromB: string | null
  moved: boolean
}

function platformsByName(file: IgvmFile): Map<string, number> {
  return new Map(file.platforms.map(p => [PLATFORM_NAMES[p.platformType] ?? String(p.platformType), p.mask]))
}

function headerChanges(a: ParsedIgvm, b: ParsedIgvm): HeaderChange[] {
  const out: HeaderChange[] = []
  const fa = a.file
  const fb = b.file
  if (fa.version !== fb.version)
    out.push({ what: 'format version', a: `V${fa.version}`, b: `V${fb.version}` })
  const platform = (f: IgvmFile, name: string) => {
    const p = f.platforms.find(x => (PLATFORM_NAMES[x.platformType] ?? String(x.platformType)) === name)
    return p
      ? `mask ${hex(p.mask)}, highest VTL ${p.highestVtl}, shared GPA boundary ${hex(p.sharedGpaBoundary)}`
      : 'absent'
  }
  const names = new Set([...platformsByName(fa).keys(), ...platformsByName(fb).keys()])
  for (const n of names) {
    const [x, y] = [platform(fa, n), platform(fb, n)]
    if (x !== y) out.push({ what: `platform ${n}`, a: x, b: y })
  }
  // Guest policy per platform (a policy header applies where its mask meets the platform's).
  for (const n of names) {
    const pol = (f: IgvmFile) => {
      const mask = platformsByName(f).get(n)
      return mask === undefined ? undefined : f.policies.find(p => (p.mask & mask) !== 0)?.policy
    }
    const [x, y] = [pol(fa), pol(fb)]
    if (x !== y)
      out.push({
        what: `policy (${n})`,
        a: x === undefined ? 'none' : hex(x),
        b: y === undefined ? 'none' : hex(y),
        ...(x !== undefined && y !== undefined ? { detail: policyDifferences(x, y).join(', ') } : {})
      })
  }
  const areas = (f: IgvmFile) => {
    const m = new Map<number, { bytes: bigint; at: string; used: string[] }>()
    for (const d of f.directives) {
      if (d.kind === 'parameter-area') m.set(d.index, { bytes: d.bytes, at: 'not inserted', used: [] })
      else if (d.kind === 'parameter-usage') m.get(d.index)?.used.push(TYPE_NAMES[d.type] ?? hex(d.type))
      else if (d.kind === 'parameter-insert') {
        const x = m.get(d.index)
        if (x) x.at = `at ${hex(d.gpa)}`
      }
    }
    return new Map([...m].map(([k, v]) => [k, `${v.bytes} bytes ${v.at} [${v.used.join(', ')}]`]))
  }
  const [pa, pb] = [areas(fa), areas(fb)]
  for (const i of new Set([...pa.keys(), ...pb.keys()])) {
    const [x, y] = [pa.get(i) ?? 'absent', pb.get(i) ?? 'absent']
    if (x !== y) out.push({ what: `parameter area #${i}`, a: x, b: y })
  }
  const ranges = (f: IgvmFile, kind: 'required-memory' | 'error-range') =>
    f.directives
      .filter(d => d.kind === kind)
      .map(d =>
        d.kind === 'required-memory' || d.kind === 'error-range' ? `${hex(d.gpa)}+${hex(d.bytes)}` : ''
      )
      .join(', ') || 'none'
  for (const kind of ['required-memory', 'error-range'] as const) {
    const [x, y] = [ranges(fa, kind), ranges(fb, kind)]
    if (x !== y) out.push({ what: kind.replace('-', ' '), a: x, b: y })
  }
  const id = (p: ParsedIgvm) => {
    const f = idBlockFacts(p)
    return f
      ? `ld ${f.ld.slice(0, 16)}..., ID key ${f.idKeyDigest.slice(0, 16)}..., author key ${f.authorKeyDigest?.slice(0, 16) ?? 'none'}, family ${f.familyId}, image ${f.imageId}`
      : 'none'
  }
  const [ia, ib] = [id(a), id(b)]
  if (ia !== ib) out.push({ what: 'ID block', a: ia, b: ib })
  return out
}

function vmsaChanges(fa: IgvmFile, fb: IgvmFile): VmsaChange[] {
  const contexts = (f: IgvmFile) =>
    new Map(
      f.directives
        .filter(d => d.kind === 'vp-context')
        .map(d =>
          d.kind === 'vp-context'
            ? [`${PLATFORM_NAMES[d.platformType] ?? d.platformType}:${d.vpIndex}`, { d, gpa: d.gpa }]
            : ['', { d, gpa: 0n }]
        )
    )
  const [ca, cb] = [contexts(fa), contexts(fb)]
  const out: VmsaChange[] = []
  for (const key of new Set([...ca.keys(), ...cb.keys()])) {
    const [x, y] = [ca.get(key), cb.get(key)]
    const [platform, vp] = key.split(':') as [string, string]
    const base = { platform, vpIndex: Number(vp) }
    if (!x || !y) {
      out.push({ ...base, change: x ? 'removed' : 'added', fields: [] })
      continue
    }
    const xd = x.d.kind === 'vp-context' ? x.d.data : new Uint8Array()
    const yd = y.d.kind === 'vp-context' ? y.d.data : new Uint8Array()
    const fields = vmsaFieldChanges(platform, xd, yd)
    if (x.gpa !== y.gpa) fields.unshift({ field: 'gpa', a: hex(x.gpa), b: hex(y.gpa) })
    if (fields.length) out.push({ ...base, change: 'changed', fields })
  }
  return out
}

function pageDiffs(
  a: IgvmFile,
  b: IgvmFile,
  ia: Map<string, string> | null,
  ib: Map<string, string> | null
): { byPlatform: Map<string, PageDiff[]>; totals: Map<string, Set<string>> } {
  const [ma, mb] = [platformsByName(a), platformsByName(b)]
  const byPlatform = new Map<string, PageDiff[]>()
  // role -> "platform:gpa" of every page attributed to it on either side (for "N of M pages").
  const totals = new Map<string, Set<string>>()
  const count = (role: string | null, key: string) => {
    if (!role) return
    if (!totals.has(role)) totals.set(role, new Set())
    totals.get(role)!.add(key)
  }
  for (const name of new Set([...ma.keys(), ...mb.keys()])) {
    const pa = ma.has(name) ? pagesOf(a, ma.get(name)!) : new Map<bigint, PageEntry>()
    const pb = mb.has(name) ? pagesOf(b, mb.get(name)!) : new Map<bigint, PageEntry>()
    const diffs: PageDiff[] = []
    const contentsA = new Set([...pa.values()].map(p => p.content).filter(c => c))
    const contentsB = new Set([...pb.values()].map(p => p.content).filter(c => c))
    const gpas = [...new Set([...pa.keys(), ...pb.keys()])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
    for (const gpa of gpas) {
      const [x, y] = [pa.get(gpa), pb.get(gpa)]
      const fromA = x && x.content && ia ? (ia.get(x.content) ?? null) : null
      const fromB = y && y.content && ib ? (ib.get(y.content) ?? null) : null
      count(fromA, String(gpa))
      count(fromB, String(gpa))
      if (x && y && x.type === y.type && x.content === y.content) continue
      diffs.push({
        gpa,
        change: !x ? 'added' : !y ? 'removed' : 'changed',
        typeA: x?.type ?? null,
        typeB: y?.type ?? null,
        fromA,
        fromB,
        moved:
          (!y && !!x?.content && contentsB.has(x.content)) || (!x && !!y?.content && contentsA.has(y.content))
      })
    }
    byPlatform.set(name, diffs)
  }
  return { byPlatform, totals }
}

/** Contiguous pages with the same change, types and inputs become one region. */
function group(diffs: PageDiff[], platform: string): Region[] {
  const out: Region[] = []
  let cur: (Region & { next: bigint }) | null = null
  for (const d of diffs) {
    if (
      cur &&
      cur.next === d.gpa &&
      cur.change === d.change &&
      cur.typeA === d.typeA &&
      cur.typeB === d.typeB &&
      cur.fromA === d.fromA &&
      cur.fromB === d.fromB &&
      cur.moved === d.moved
    ) {
      cur.pages++
      cur.next += PAGE
      continue
    }
    if (cur) out.push(finish(cur))
    cur = {
      platforms: [platform],
      start: hex(d.gpa),
      end: '',
      pages: 1,
      change: d.change,
      typeA: d.typeA,
      typeB: d.typeB,
      fromA: d.fromA,
      fromB: d.fromB,
      moved: d.moved,
      next: d.gpa + PAGE
    }
  }
  if (cur) out.push(finish(cur))
  return out
}

function finish(r: Region & { next: bigint }): Region {
  const { next, ...rest } = r
  return { ...rest, end: hex(next) }
}

/** The same region on several platforms is listed once, with all of them. */
function mergePlatforms(regions: Region[]): Region[] {
  const byKey = new Map<string, Region>()
  for (const r of regions) {
    const key = JSON.stringify({ ...r, platforms: [] })
    const seen = byKey.get(key)
    if (seen) seen.platforms.push(...r.platforms)
    else byKey.set(key, { ...r, platforms: [...r.platforms] })
  }
  return [...byKey.values()].sort((x, y) => (BigInt(x.start) < BigInt(y.start) ? -1 : 1))
}

function launchDigest(f: IgvmFile): string | null {
  try {
    return toHex(measure(f).digest)
  } catch (e) {
    if (e instanceof MeasureError) return null
    throw e
  }
}

export interface DiffInputs {
  a: InputFile[]
  b: InputFile[]
}

export function diffIgvm(a: ParsedIgvm, b: ParsedIgvm, inputs?: DiffInputs): IgvmDiff {
  const ia = inputs ? inputIndex(inputs.a) : null
  const ib = inputs ? inputIndex(inputs.b) : null
  const headers = headerChanges(a, b)
  const vmsas = vmsaChanges(a.file, b.file)
  const { byPlatform, totals } = pageDiffs(a.file, b.file, ia, ib)
  const regions = mergePlatforms([...byPlatform].flatMap(([p, d]) => group(d, p)))
  const ld = { a: launchDigest(a.file), b: launchDigest(b.file) }

  const roles = inputs ? [...new Set([...inputs.a, ...inputs.b].map(i => i.role))] : []
  const inputSummaries: InputSummary[] = roles.map(role => {
    const [x, y] = [inputs!.a.find(i => i.role === role), inputs!.b.find(i => i.role === role)]
    // Counted by GPA: a page shared by several platforms is one page.
    const differ = new Map<string, string>()
    for (const diffs of byPlatform.values())
      for (const d of diffs)
        if (d.fromA === role || d.fromB === role) differ.set(String(d.gpa), d.moved ? 'moved' : d.change)
    const how: Record<string, number> = {}
    for (const kind of differ.values()) how[kind] = (how[kind] ?? 0) + 1
    return {
      role,
      pages: totals.get(role)?.size ?? 0,
      differ: differ.size,
      how,
      sameFile: x && y ? Buffer.from(x.bytes).equals(Buffer.from(y.bytes)) : null
    }
  })
  const identical = headers.length === 0 && vmsas.length === 0 && regions.length === 0
  return {
    identical,
    launchDigest: ld,
    headers,
    vmsas,
    regions,
    inputs: inputSummaries,
    summary: summaryLines(identical, ld, headers, vmsas, regions, inputSummaries, inputs !== undefined)
  }
}

function summaryLines(
  identical: boolean,
  ld: IgvmDiff['launchDigest'],
  headers: HeaderChange[],
  vmsas: VmsaChange[],
  regions: Region[],
  inputs: InputSummary[],
  haveInputs: boolean
): string[] {
  if (identical) return ['identical: same headers, pages and VP contexts']
  const lines: string[] = []
  if (ld.a !== ld.b) lines.push(`SEV-SNP launch digest: ${ld.a ?? 'none'} -> ${ld.b ?? 'none'}`)
  else if (ld.a) lines.push(`SEV-SNP launch digest unchanged (${ld.a.slice(0, 16)}...)`)
  for (const i of inputs) {
    if (i.pages === 0 && i.differ === 0) lines.push(`${i.role}: no page of it found in either image`)
    else if (i.differ === 0) lines.push(`${i.role}: identical (${i.pages} pages)`)
    else
      lines.push(
        `${i.role}: ${i.differ} of ${i.pages} pages differ (${Object.entries(i.how)
          .map(([k, n]) => `${n} ${k}`)
          .join(', ')})${i.sameFile ? '; the input file is the same on both sides' : ''}`
      )
  }
  const count = (pred: (r: Region) => boolean) => regions.filter(pred).reduce((n, r) => n + r.pages, 0)
  const unattributed = count(r => r.fromA === null && r.fromB === null && /data/.test(`${r.typeA}${r.typeB}`))
  if (unattributed)
    lines.push(
      `${unattributed} data page(s) differ that cannot be attributed${haveInputs ? ' to any input' : ' (pass --inputs A_BIN_DIR B_BIN_DIR to attribute them)'}`
    )
  const other = count(r => !/data/.test(`${r.typeA}${r.typeB}`))
  if (other) {
    const kinds = [
      ...new Set(regions.filter(r => !/data/.test(`${r.typeA}${r.typeB}`)).map(r => r.typeB ?? r.typeA))
    ]
    lines.push(`${other} other page(s) differ (${kinds.join(', ')})`)
  }
  for (const v of vmsas)
    lines.push(
      `VMSA (${v.platform}, vp ${v.vpIndex}): ${v.change === 'changed' ? v.fields.map(f => `${f.field} ${f.a} -> ${f.b}`).join('; ') : v.change}`
    )
  for (const h of headers) lines.push(`${h.what}: ${h.a} -> ${h.b}${h.detail ? ` (${h.detail})` : ''}`)
  return lines
}

/** The diff as text: summary first, then every region and change. */
export function renderDiff(d: IgvmDiff): string {
  const lines = [...d.summary]
  if (d.regions.length) {
    lines.push('', 'regions that differ (GPA range, pages, platforms: A -> B):')
    for (const r of d.regions) {
      const side = (t: string | null, from: string | null) =>
        t === null ? 'absent' : `${t}${from ? ` from ${from}` : ''}`
      const same = r.typeA === r.typeB && r.fromA === r.fromB
      lines.push(
        `  ${r.start}-${r.end} ${String(r.pages).padStart(5)} page(s) ${r.platforms.join(',')}: ${r.moved ? (r.change === 'added' ? 'moved here' : 'moved away') : r.change}, ${same ? side(r.typeA, r.fromA) : `${side(r.typeA, r.fromA)} -> ${side(r.typeB, r.fromB)}`}${r.fromA === null && r.fromB === null && /data/.test(`${r.typeA}${r.typeB}`) ? ' (cannot be attributed)' : ''}`
      )
    }
  }
  return `${lines.join('\n')}\n`
}
