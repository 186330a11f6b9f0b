// The page diff: every 4 KiB page of each platform by GPA on both sides, the pages that differ
// (changed, added, removed, moved), each with the input it came from on each side, grouped into
// contiguous regions of one kind. Pure.
import { createHash } from 'node:crypto'
import { DATA_TYPE_NAMES, PAGE_2M, PAGE_4K, PAGE_FLAGS } from '../format.js'
import type { IgvmFile } from '../parse.js'
import type { Attribute } from './attribution.js'
import { platformsByName } from './headers.js'

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

interface PageEntry {
  type: string
  /** Content key: data hash, or "" for pages without data. */
  content: string
  data: Uint8Array | null
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

const hex = (v: bigint | number) => `0x${v.toString(16)}`
const PAGE = BigInt(PAGE_4K)

/** Page type as the inventory counts it. */
function pageType(flags: number, dataType: number, hasData: boolean): string {
  const t = DATA_TYPE_NAMES[dataType] ?? `data type ${dataType}`
  const base = t !== 'normal' ? t : flags & PAGE_FLAGS.UNMEASURED ? 'unmeasured' : hasData ? 'data' : 'zero'
  return `${flags & PAGE_FLAGS.SHARED ? 'shared ' : ''}${base}`
}

// A page's data is hashed once even when several platforms share it.
const hashes = new WeakMap<Uint8Array, string>()
const pageDigest = (b: Uint8Array) => {
  let h = hashes.get(b)
  if (h === undefined) hashes.set(b, (h = createHash('sha256').update(b).digest('hex')))
  return h
}

/** Every 4 KiB page of one platform, by GPA (a 2 MiB page is 512 pages without data). */
export function pagesOf(file: IgvmFile, mask: number): Map<bigint, PageEntry> {
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

interface PageDiffs {
  byPlatform: Map<string, PageDiff[]>
  /** role -> "gpa" of every page attributed to it on either side (for "N of M pages"). */
  totals: Map<string, Set<string>>
}

export function pageDiffs(a: IgvmFile, b: IgvmFile, ia: Attribute | null, ib: Attribute | null): PageDiffs {
  const [ma, mb] = [platformsByName(a), platformsByName(b)]
  const byPlatform = new Map<string, PageDiff[]>()
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
      const fromA = x && ia ? ia(name, gpa, x.content) : null
      const fromB = y && ib ? ib(name, gpa, y.content) : null
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

/** Regions of every platform; the same region on several platforms is listed once, with all of them. */
export function regionsOf(byPlatform: Map<string, PageDiff[]>): Region[] {
  const byKey = new Map<string, Region>()
  for (const r of [...byPlatform].flatMap(([p, d]) => group(d, p))) {
    const key = JSON.stringify({ ...r, platforms: [] })
    const seen = byKey.get(key)
    if (seen) seen.platforms.push(...r.platforms)
    else byKey.set(key, { ...r, platforms: [...r.platforms] })
  }
  return [...byKey.values()].sort((x, y) => (BigInt(x.start) < BigInt(y.start) ? -1 : 1))
}

/** Whether a region holds data pages that no input explains. */
export const unattributed = (r: Region) =>
  r.fromA === null && r.fromB === null && /data/.test(`${r.typeA}${r.typeB}`)
