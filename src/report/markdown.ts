// The one markdown renderer: the job summary, the PR comment and the report job all use it.
import type { Measurement } from '../record/schema.js'
import {
  REFERENCE_VALUE_FILES,
  REFERENCE_VALUE_USE,
  type ReferenceValueFormat
} from '../reference-values/file-names.js'
import { code, escapeText } from './escape.js'

export interface CacheLine {
  name: string
  outcome: 'exact' | 'partial' | 'miss' | 'disabled'
  key?: string
  matchedKey?: string
}

interface StepLine {
  id: string
  title: string
  status: 'ok' | 'failed' | 'skipped'
  ms: number
}

interface ReportInput {
  title?: string
  measurements: Measurement[]
  caches?: CacheLine[]
  steps?: StepLine[]
  artifact?: { name: string; url?: string }
  warnings?: string[]
  /** Extra sections rendered after the table (the comparison of the PR report). */
  sections?: string[]
  /** The reference-value files of the build(s), and where each set is. */
  referenceValues?: ReferenceValueLinks[]
}

/** One build's reference-value files: the formats written, and the artifact holding them (if uploaded). */
export interface ReferenceValueLinks {
  formats: ReferenceValueFormat[]
  artifact?: { name: string; url?: string }
}

const fileName = (f: ReferenceValueFormat) => REFERENCE_VALUE_FILES[f]

/** Where the published values are, each file with the verifier that takes it. */
function renderReferenceValues(links: readonly ReferenceValueLinks[]): string | null {
  const lines = links
    .filter(l => l.formats.length > 0)
    .map(l => {
      const where = l.artifact
        ? `in artifact ${l.artifact.url ? `[${escapeText(l.artifact.name)}](${encodeURI(l.artifact.url)})` : code(l.artifact.name)}`
        : `in ${code('bin/')}`
      return `- ${where}: ${l.formats.map(f => `${code(fileName(f))} (${escapeText(REFERENCE_VALUE_USE[f])})`).join(', ')}`
    })
  if (lines.length === 0) return null
  return [
    '**Reference values** for verifiers (check a report with `svsm-build verify-report --reference-values FILE`):',
    ...lines
  ].join('\n')
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB']
  let v = bytes / 1024
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${v.toFixed(1)} ${units[i]}`
}

const flagList = (m: Measurement) =>
  [m.checkKvm ? 'check-kvm' : '', m.nativeZero ? 'native-zero' : ''].filter(Boolean).join(', ') || 'none'

function renderMeasurementsTable(ms: readonly Measurement[]): string {
  const rows = ms.map(
    m =>
      `| ${escapeText(m.target)} | ${code(m.igvm)} | ${formatSize(m.size)} | ${code(m.launchDigest)} | ${escapeText(m.platforms.join(', '))} | ${code(m.policy)} | ${flagList(m)} |`
  )
  return [
    '| Target | IGVM file | Size | SEV-SNP launch digest | Platforms | Policy | Measure flags |',
    '|---|---|---|---|---|---|---|',
    ...rows
  ].join('\n')
}

function renderInputs(ms: readonly Measurement[]): string {
  const rows: string[] = []
  const seen = new Set<string>()
  for (const m of ms) {
    const features = Object.entries(m.features)
      .filter(([, f]) => f.length > 0)
      .map(([c, f]) => `${c}: ${f.join(',')}`)
      .join('; ')
    const row = `| ${code(m.recipe)} | ${code(m.recipeSha256.slice(0, 16))} | ${code(m.gitVersion || '(empty)')} | ${escapeText(m.toolchain ?? 'unknown')} | ${m.profile} | ${m.allFeatures ? 'all' : escapeText(features || 'none')} | ${m.firmware ? `${code(m.firmware.path)} ${code(m.firmware.sha256.slice(0, 16))}` : 'none'} |`
    if (seen.has(row)) continue
    seen.add(row)
    rows.push(row)
  }
  return [
    '| Recipe | Recipe sha256 | Git version | Toolchain | Profile | Features | Firmware |',
    '|---|---|---|---|---|---|---|',
    ...rows
  ].join('\n')
}

function renderFiles(ms: readonly Measurement[]): string {
  return ms.map(m => `${escapeText(m.target)}: ${code(m.igvm)} sha256 ${code(m.sha256)}`).join('<br>\n')
}

/** TDX MRTDs, for images with a TDX platform: computed by svsm-build only, and said so. */
function renderMrtds(ms: readonly Measurement[]): string | null {
  const rows = ms.flatMap(m => {
    const t = m.details?.tdxMrtd as { value?: unknown } | undefined
    return typeof t?.value === 'string' ? [`| ${escapeText(m.target)} | ${code(t.value)} |`] : []
  })
  if (rows.length === 0) return null
  return [
    '| Target | TDX MRTD (computed by svsm-build after the igvm crate; no COCONUT tool computes it) |',
    '|---|---|',
    ...rows
  ].join('\n')
}

export function renderReport(r: ReportInput): string {
  const out: string[] = []
  const n = r.measurements.length
  out.push(`### ${escapeText(r.title ?? 'svsm-build')}: ${n} IGVM file${n === 1 ? '' : 's'}`)
  out.push('')
  if (n > 0) {
    out.push(renderMeasurementsTable(r.measurements), '')
    out.push(renderInputs(r.measurements), '')
    const mrtds = renderMrtds(r.measurements)
    if (mrtds) out.push(mrtds, '')
    out.push('<details><summary>File hashes</summary>', '', renderFiles(r.measurements), '', '</details>', '')
  } else {
    out.push('No IGVM file was built.', '')
  }
  for (const s of r.sections ?? []) out.push(s, '')
  const refs = renderReferenceValues(r.referenceValues ?? [])
  if (refs) out.push(refs, '')
  if (r.artifact) {
    out.push(
      `Artifact: ${r.artifact.url ? `[${escapeText(r.artifact.name)}](${encodeURI(r.artifact.url)})` : code(r.artifact.name)}`,
      ''
    )
  }
  if (r.caches && r.caches.length > 0) {
    out.push('| Cache | Result | Key |', '|---|---|---|')
    for (const c of r.caches)
      out.push(
        `| ${escapeText(c.name)} | ${c.outcome} | ${c.matchedKey ? code(c.matchedKey) : c.key ? code(c.key) : ''} |`
      )
    out.push('')
  }
  if (r.steps && r.steps.length > 0) {
    const total = r.steps.reduce((a, s) => a + s.ms, 0)
    out.push(
      `<details><summary>Build steps (${r.steps.length}, ${(total / 1000).toFixed(1)} s)</summary>`,
      '',
      '| Step | Time | Status |',
      '|---|---|---|'
    )
    for (const s of r.steps)
      out.push(`| ${escapeText(s.title)} | ${(s.ms / 1000).toFixed(1)} s | ${s.status} |`)
    out.push('', '</details>', '')
  }
  if (r.warnings && r.warnings.length > 0) {
    out.push(
      '<details><summary>Warnings</summary>',
      '',
      ...r.warnings.map(w => `- ${escapeText(w)}`),
      '',
      '</details>',
      ''
    )
  }
  return out.join('\n')
}
