// What differs between two IGVM files and where it came from: pages compared per platform and
// GPA, grouped into contiguous ranges of one page type, each attributed to the input whose
// bytes it holds (when the inputs are given); the VMSA field by field; policy, platforms,
// parameter areas, required memory and the ID block. Pure: the command reads the files.
import { createHash } from 'node:crypto'
import { headerChanges, platformsByName, vmsaChanges, type HeaderChange, type VmsaChange } from './headers.js'
import { inputIndex, type InputFile } from './inputs.js'
import { DATA_TYPE_NAMES, PAGE_2M, PAGE_4K, PAGE_FLAGS } from '../format.js'
import type { ParsedIgvm } from '../id-block.js'
import { measure, MeasureError, toHex } from '../measure.js'
import type { IgvmFile } from '../parse.js'

export type { HeaderChange, VmsaChange } from './headers.js'
export { elfSegments, type InputFile } from './inputs.js'

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
// A page's data is hashed once even when several platforms share it.
const hashes = new WeakMap<Uint8Array, string>()
const pageDigest = (b: Uint8Array) => {
  let h = hashes.get(b)
  if (h === undefined) hashes.set(b, (h = digest(b)))
  return h
}

/** Every 4 KiB page of one platform, by GPA (a 2 MiB page is 512 pages without data). */
function pagesOf(file: IgvmFile, mask: number): Map<bigint, PageEntry> {
  const pages = new Map<bigint, PageEntry>()
  for (const d of file.directives) {
    if (d.kind === 'page-data' && (d.mask & mask) !== 0) {
      const type = pageType(d.flags, d.dataType, d.data !== null)
      if (d.flags & PAGE_FLAGS.IS_2MB)
        for (let off = 0n; off < BigInt(PAGE_2M); off += PAGE)
          pages.set(d.gpa + off, { type, content: '', data: null })
      else pages.set(d.gpa, { type, content: d.data ? pageDigest(d.data) : '', data: d.data })
    } else if (d.kind === 'parameter-insert' && (d.mask & mask) !== 0) {
      pages.set(d.gpa, { type: `parameter area #${d.index}`, content: '', data: null })
    }
  }
  return pages
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

export interface DiffOptions {
  /** Said of unattributed pages when no inputs are given (default: how to give them). */
  noInputsHint?: string
}

export function diffIgvm(a: ParsedIgvm, b: ParsedIgvm, inputs?: DiffInputs, o: DiffOptions = {}): IgvmDiff {
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
    const differ = new Map<string, { kind: string; on: Set<string> }>()
    for (const [p, diffs] of byPlatform)
      for (const d of diffs)
        if (d.fromA === role || d.fromB === role) {
          const seen = differ.get(String(d.gpa)) ?? { kind: d.moved ? 'moved' : d.change, on: new Set() }
          seen.on.add(p)
          differ.set(String(d.gpa), seen)
        }
    const how: Record<string, number> = {}
    for (const { kind, on } of differ.values()) {
      // A change on some platforms only (a platform added, say) says which.
      const label = on.size < byPlatform.size ? `${kind} on ${[...on].join('+')}` : kind
      how[label] = (how[label] ?? 0) + 1
    }
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
    summary: summaryLines(
      identical,
      ld,
      headers,
      vmsas,
      regions,
      inputSummaries,
      inputs ? null : (o.noInputsHint ?? 'pass --inputs A_BIN_DIR B_BIN_DIR to attribute them')
    )
  }
}

function summaryLines(
  identical: boolean,
  ld: IgvmDiff['launchDigest'],
  headers: HeaderChange[],
  vmsas: VmsaChange[],
  regions: Region[],
  inputs: InputSummary[],
  noInputs: string | null
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
  const orphan = (r: Region) => r.fromA === null && r.fromB === null && /data/.test(`${r.typeA}${r.typeB}`)
  const unattributed = count(orphan)
  if (unattributed) {
    const where = regions.filter(orphan).map(r => `${r.start}-${r.end}`)
    lines.push(
      `${unattributed} data page(s) differ that cannot be attributed${noInputs === null ? ' to any input' : ` (${noInputs})`}: ${where.slice(0, 4).join(', ')}${where.length > 4 ? `, and ${where.length - 4} more range(s)` : ''}`
    )
  }
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
