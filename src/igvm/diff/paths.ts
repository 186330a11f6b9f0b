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
import { PAGE_4K } from '../format.js'
import type { IgvmFile } from '../parse.js'
import { BOOT_IMAGE, SYMBOL_TABLE } from './attribution.js'
import { platformsByName } from './headers.js'
import type { InputFile } from './inputs.js'
import { pagesOf, unattributed, type Region } from './pages.js'
import { countPathPrefixes, findPathPrefixes, type PathPrefix } from './path-strings.js'

interface PathPair {
  what: string
  a: string
  b: string
}

interface PathCount {
  /** An input (kernel, bldr, fs image...), or "image" when no input files were given. */
  in: string
  /** Strings under the differing prefixes, on each side. */
  a: number
  b: number
}

export interface PathStrings {
  /** The recorded prefixes that differ between the two builds and are compiled in. */
  pairs: PathPair[]
  counts: PathCount[]
  /** How far the difference is shown to be the paths alone (see above); null: it is not. */
  only: 'bytes' | 'pages' | 'records' | null
  /** When `only` is null: what else differs. */
  besides: string[]
}

export interface PathContext {
  /** Each side's build paths (checkout, CARGO_HOME, sysroot), from its record. */
  a: readonly PathPrefix[]
  b: readonly PathPrefix[]
  /** What the two records say differs besides the paths (null: not known). */
  otherDifferences?: string[] | null
}

/** Each side's data pages per platform, in GPA order, as one buffer; null when the page sets differ. */
function platformImages(a: IgvmFile, b: IgvmFile): [Buffer, Buffer][] | null {
  const [ma, mb] = [platformsByName(a), platformsByName(b)]
  if ([...ma.keys()].sort().join() !== [...mb.keys()].sort().join()) return null
  const out: [Buffer, Buffer][] = []
  for (const [name, mask] of ma) {
    const [pa, pb] = [pagesOf(a, mask), pagesOf(b, mb.get(name)!)]
    const gpas = [...pa.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
    if (gpas.length !== pb.size) return null
    const bufs: [Buffer[], Buffer[]] = [[], []]
    for (const gpa of gpas) {
      const [x, y] = [pa.get(gpa)!, pb.get(gpa)]
      if (!y || x.type !== y.type || !x.data !== !y.data) return null
      if (!x.data || !y.data) continue
      bufs[0].push(page(x.data))
      bufs[1].push(page(y.data))
    }
    out.push([Buffer.concat(bufs[0]), Buffer.concat(bufs[1])])
  }
  return out
}

const page = (d: Uint8Array) => {
  const p = Buffer.alloc(PAGE_4K)
  p.set(d.subarray(0, PAGE_4K))
  return p
}

/** `from` with each occurrence of a pair's A prefix replaced by its B prefix (same lengths only). */
function substituted(from: Uint8Array, pairs: PathPair[]): Buffer {
  const out = Buffer.from(from)
  const prefixes = pairs.map(p => ({ what: p.what, prefix: p.a }))
  for (const o of findPathPrefixes(from, prefixes))
    Buffer.from(pairs.find(p => p.what === o.what)!.b).copy(out, o.at)
  return out
}

/** The differing prefixes that some searched bytes hold, with the strings per input on each side. */
function compiledIn(
  ctx: PathContext,
  files: [string, Uint8Array, Uint8Array][]
): { pairs: PathPair[]; counts: PathCount[] } {
  const differing: PathPair[] = []
  for (const x of ctx.a) {
    const y = ctx.b.find(p => p.what === x.what)
    if (y && y.prefix !== x.prefix) differing.push({ what: x.what, a: x.prefix, b: y.prefix })
  }
  const side = (pairs: PathPair[], s: 'a' | 'b') => pairs.map(p => ({ what: p.what, prefix: p[s] }))
  const total = (bytes: Uint8Array, prefixes: PathPrefix[]) =>
    [...countPathPrefixes(bytes, prefixes).values()].reduce((n, c) => n + c, 0)
  // Another checkout path that no byte holds explains nothing.
  const pairs = differing.filter(p =>
    files.some(([, x, y]) => total(x, side([p], 'a')) + total(y, side([p], 'b')) > 0)
  )
  const counts = files.map(([role, x, y]) => ({
    in: role,
    a: total(x, side(pairs, 'a')),
    b: total(y, side(pairs, 'b'))
  }))
  return { pairs, counts }
}

/**
 * The build paths two images differ by, and how far that is all, or null when the recorded
 * prefixes are the same on both sides or compiled in on neither.
 */
export function pathStrings(
  a: IgvmFile,
  b: IgvmFile,
  ctx: PathContext,
  seen: {
    inputs: { a: InputFile[]; b: InputFile[] } | undefined
    regions: Region[]
    /** Headers or VP contexts differ. */
    others: boolean
  }
): PathStrings | null {
  const { inputs } = seen
  const images = platformImages(a, b)
  // The bytes searched on each side: the input files, or else the images themselves.
  const files: [string, Uint8Array, Uint8Array][] = inputs
    ? inputs.a.flatMap(x => {
        const y = inputs.b.find(i => i.role === x.role)
        return y ? [[x.role, x.bytes, y.bytes] as [string, Uint8Array, Uint8Array]] : []
      })
    : images?.[0]
      ? [['image', images[0][0], images[0][1]]]
      : []
  const { pairs, counts } = compiledIn(ctx, files)
  if (pairs.length === 0) return null
  const besides: string[] = []
  if (seen.others) besides.push('headers or VP contexts differ')
  const uneven = counts.filter(c => c.a !== c.b).map(c => `${c.in} holds ${c.a} -> ${c.b} of those strings`)
  besides.push(...uneven)
  const other = ctx.otherDifferences
  if (other && other.length > 0) besides.push(`the records differ besides the paths: ${other.join(', ')}`)
  const sameLength = pairs.every(p => Buffer.byteLength(p.a) === Buffer.byteLength(p.b))
  if (!seen.others && sameLength && images?.every(([x, y]) => substituted(x, pairs).equals(y)))
    return { pairs, counts, only: 'bytes', besides: [] }
  if (inputs) {
    // Pages may differ only in inputs that hold the strings, and in what igvmbuilder derives from the kernel.
    const holding = new Set(counts.filter(c => c.a + c.b > 0).map(c => c.in))
    if (holding.has('kernel')) [SYMBOL_TABLE, BOOT_IMAGE].forEach(r => holding.add(r))
    const strays = new Set<string>()
    for (const r of seen.regions) {
      if (unattributed(r)) strays.add('data pages no input explains')
      for (const from of [r.fromA, r.fromB])
        if (from !== null && !holding.has(from)) strays.add(`${from} (which holds none of them)`)
    }
    besides.push(...[...strays].map(s => `pages of ${s} differ`))
  }
  const only = besides.length > 0 || other == null ? null : inputs ? 'pages' : 'records'
  if (only === null && other == null && besides.length === 0)
    besides.push('the records do not say whether anything else differs')
  return { pairs, counts, only, besides }
}
