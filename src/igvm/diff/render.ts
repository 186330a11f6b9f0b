// The words of a diff, the one renderer: its summary (what `svsm-build diff` prints first and what
// the report's comment shows for a changed digest) and the full text with every region. Pure.
import { BOOT_IMAGE, SYMBOL_TABLE } from './attribution.js'
import type { IgvmDiff, InputSummary } from './types.js'
import { unattributed, type Region } from './pages.js'
import type { PathStrings } from './paths.js'

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** What a role's pages are, when the name alone does not say it. */
const ROLE_NOTES: Record<string, string> = {
  [BOOT_IMAGE]:
    'page tables, stacks, boot parameters and launch information igvmbuilder computes from the inputs'
}

function symbolNote(d: Pick<IgvmDiff, 'symbols'>): string {
  const s = d.symbols
  if (!s) return ''
  const parts: string[] = []
  const verb = (n: number) => (n === 1 ? 'differs' : 'differ')
  if (s.llvmSuffix > 0)
    parts.push(
      `${plural(s.llvmSuffix, 'symbol name')} ${verb(s.llvmSuffix)} only in the .llvm.<hash> suffix, which rustc derives from the build directory`
    )
  if (s.other > 0) parts.push(`${plural(s.other, 'symbol')} ${verb(s.other)} in name, address or size`)
  return parts.length > 0 ? `; ${parts.join('; ')}` : ''
}

function inputLine(i: InputSummary, d: Pick<IgvmDiff, 'symbols'>): string {
  const note = ROLE_NOTES[i.role] ? ` (${ROLE_NOTES[i.role]})` : ''
  const symbols = i.role === SYMBOL_TABLE ? symbolNote(d) : ''
  if (i.pages === 0 && i.differ === 0) return `${i.role}: no page of it found in either image`
  if (i.differ === 0) return `${i.role}: identical (${i.pages} pages)${note}`
  const how = Object.entries(i.how)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')
  const same = i.sameFile ? '; the input file is the same on both sides' : ''
  return `${i.role}: ${i.differ} of ${i.pages} pages differ (${how})${same}${note}${symbols}`
}

/** "kernel: 2 strings on each side" / "kernel: 2 -> 3 strings". */
function countLine(p: PathStrings): string {
  return p.counts
    .map(
      c =>
        `${c.in}: ${c.a === c.b ? `${plural(c.a, 'string')} on each side` : `${c.a} -> ${plural(c.b, 'string')}`}`
    )
    .join('; ')
}

const SHOWN = {
  bytes: "with one side's paths put in place of the other's, the images are equal byte for byte",
  pages:
    'every page that differs is in an input that holds those strings, as many on each side, or made by igvmbuilder from the kernel, and the records agree on everything else (source, Cargo.lock, options, toolchain, linker)',
  records:
    'the records agree on everything else (source, Cargo.lock, options, toolchain, linker), and the images hold as many of those strings on each side'
} as const

/** What the two builds' paths explain: everything (then no page list is needed), or only part. */
function pathLines(p: PathStrings, changedPages: number): string[] {
  const prefixes = p.pairs.map(x => `  ${x.what}: ${x.a} -> ${x.b}`)
  const strings = `  strings under them: ${countLine(p)}`
  if (p.only)
    return [
      p.only === 'records'
        ? `path difference: the two builds ran at different paths, and their records agree on everything else (${plural(changedPages, 'page')} differ; without the build inputs the pages cannot be traced to them):`
        : `path-only difference: the two builds ran at different paths, and that is all that differs (${plural(changedPages, 'page')}):`,
      ...prefixes,
      strings,
      `  ${SHOWN[p.only]}`,
      '  a rebuild at the recorded paths (svsm-build reproduce does that), or builds with remap-paths, give the same image'
    ]
  return [
    `the builds ran at different paths, and that is not all that differs (${p.besides.join('; ')}):`,
    ...prefixes,
    strings
  ]
}

export function summaryLines(d: Omit<IgvmDiff, 'summary'>, noInputs: string | null): string[] {
  if (d.identical) return ['identical: same headers, pages and VP contexts']
  const lines: string[] = []
  const ld = d.launchDigest
  if (ld.a !== ld.b) lines.push(`SEV-SNP launch digest: ${ld.a ?? 'none'} -> ${ld.b ?? 'none'}`)
  else if (ld.a) lines.push(`SEV-SNP launch digest unchanged (${ld.a.slice(0, 16)}...)`)
  const count = (pred: (r: Region) => boolean) => d.regions.filter(pred).reduce((n, r) => n + r.pages, 0)
  if (d.paths) {
    lines.push(
      ...pathLines(
        d.paths,
        count(() => true)
      )
    )
    if (d.paths.only) return lines
  }
  for (const i of d.inputs) lines.push(inputLine(i, d))
  const orphan = count(unattributed)
  if (orphan) {
    const where = d.regions.filter(unattributed).map(r => `${r.start}-${r.end}`)
    lines.push(
      `${orphan} data page(s) differ that cannot be attributed${noInputs === null ? ' to any input' : ` (${noInputs})`}: ${where.slice(0, 4).join(', ')}${where.length > 4 ? `, and ${where.length - 4} more range(s)` : ''}`
    )
  }
  const notData = (r: Region) => !/data/.test(`${r.typeA}${r.typeB}`)
  const other = count(notData)
  if (other) {
    const kinds = [...new Set(d.regions.filter(notData).map(r => r.typeB ?? r.typeA))]
    lines.push(`${other} other page(s) differ (${kinds.join(', ')})`)
  }
  for (const v of d.vmsas)
    lines.push(
      `VMSA (${v.platform}, vp ${v.vpIndex}): ${v.change === 'changed' ? v.fields.map(f => `${f.field} ${f.a} -> ${f.b}`).join('; ') : v.change}`
    )
  for (const h of d.headers) lines.push(`${h.what}: ${h.a} -> ${h.b}${h.detail ? ` (${h.detail})` : ''}`)
  return lines
}

/** The diff as text: summary first, then every region (none for a path-only difference). */
export function renderDiff(d: IgvmDiff): string {
  const lines = [...d.summary]
  if (d.regions.length && !d.paths?.only) {
    lines.push('', 'regions that differ (GPA range, pages, platforms: A -> B):')
    for (const r of d.regions) {
      const side = (t: string | null, from: string | null) =>
        t === null ? 'absent' : `${t}${from ? ` from ${from}` : ''}`
      const same = r.typeA === r.typeB && r.fromA === r.fromB
      lines.push(
        `  ${r.start}-${r.end} ${String(r.pages).padStart(5)} page(s) ${r.platforms.join(',')}: ${r.moved ? (r.change === 'added' ? 'moved here' : 'moved away') : r.change}, ${same ? side(r.typeA, r.fromA) : `${side(r.typeA, r.fromA)} -> ${side(r.typeB, r.fromB)}`}${unattributed(r) ? ' (cannot be attributed)' : ''}`
      )
    }
  }
  return `${lines.join('\n')}\n`
}
