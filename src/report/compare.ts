// New measurements against a baseline: per target unchanged / changed / new / removed, and which
// recorded inputs differ (so a reviewer sees why a digest moved).
import type { Measurement } from '../record/schema.js'
import type { BaselineEntry } from './baseline.js'
import { code, escapeText } from './escape.js'

type Status = 'unchanged' | 'changed' | 'new' | 'removed'

interface InputDiff {
  field: string
  old: string
  new: string
}

export interface TargetComparison {
  target: string
  recipe?: string
  status: Status
  old?: string
  new?: string
  inputs: InputDiff[]
  /** What changed in the image (`svsm-build diff`'s summary), when both IGVM files were at hand. */
  imageDiff?: string[]
}

const keyOf = (target: string, recipe?: string) => (recipe ? `${recipe}:${target}` : target)

function featureDiff(a: Record<string, string[]>, b: Record<string, string[]>): string {
  const parts: string[] = []
  for (const c of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const before = new Set(a[c] ?? [])
    const after = new Set(b[c] ?? [])
    const added = [...after].filter(f => !before.has(f)).map(f => `+${f}`)
    const removed = [...before].filter(f => !after.has(f)).map(f => `-${f}`)
    if (added.length + removed.length > 0) parts.push(`${c}: ${[...added, ...removed].join(' ')}`)
  }
  return parts.join('; ')
}

/** The recorded inputs that differ between two builds of the same target. */
function inputDiffs(a: Measurement, b: Measurement): InputDiff[] {
  const out: InputDiff[] = []
  const field = (name: string, x: unknown, y: unknown) => {
    const sx = typeof x === 'string' ? x : JSON.stringify(x ?? null)
    const sy = typeof y === 'string' ? y : JSON.stringify(y ?? null)
    if (sx !== sy) out.push({ field: name, old: sx, new: sy })
  }
  const features = featureDiff(a.features, b.features)
  if (features) out.push({ field: 'features', old: '', new: features })
  field('all-features', a.allFeatures, b.allFeatures)
  field('toolchain', a.toolchain ?? 'unknown', b.toolchain ?? 'unknown')
  field('git version', a.gitVersion, b.gitVersion)
  field('firmware sha256', a.firmware?.sha256 ?? 'none', b.firmware?.sha256 ?? 'none')
  field('profile', a.profile, b.profile)
  field('platforms', a.platforms.join(','), b.platforms.join(','))
  field('policy', a.policy, b.policy)
  field('check-kvm', a.checkKvm, b.checkKvm)
  field('native-zero', a.nativeZero, b.nativeZero)
  field('recipe sha256', a.recipeSha256, b.recipeSha256)
  return out
}

export function compare(
  current: readonly Measurement[],
  baseline: readonly BaselineEntry[]
): TargetComparison[] {
  const out: TargetComparison[] = []
  const matched = new Set<BaselineEntry>()
  for (const m of current) {
    // A baseline that names targets only matches whichever recipe built the target.
    const b = baseline.find(
      e => !matched.has(e) && e.target === m.target && (e.recipe === undefined || e.recipe === m.recipe)
    )
    if (!b) {
      out.push({ target: m.target, recipe: m.recipe, status: 'new', new: m.launchDigest, inputs: [] })
      continue
    }
    matched.add(b)
    const same = b.launchDigest.toUpperCase() === m.launchDigest
    out.push({
      target: m.target,
      recipe: m.recipe,
      status: same ? 'unchanged' : 'changed',
      old: b.launchDigest.toUpperCase(),
      new: m.launchDigest,
      inputs: b.record ? inputDiffs(b.record, m) : []
    })
  }
  for (const b of baseline) {
    if (!matched.has(b))
      out.push({
        target: b.target,
        ...(b.recipe ? { recipe: b.recipe } : {}),
        status: 'removed',
        old: b.launchDigest.toUpperCase(),
        inputs: []
      })
  }
  return out
}

/** Folded under the target's inputs: a table cell holds it, so lines are joined with <br>. */
function renderImageDiff(lines: readonly string[]): string {
  return `<details><summary>What changed in the image</summary>${lines.map(l => escapeText(l)).join('<br>')}</details>`
}

const short = (d?: string) => (d ? code(`${d.slice(0, 16)}…`) : '')

export function renderComparison(cs: readonly TargetComparison[], against: string): string {
  if (cs.length === 0) return ''
  const changed = cs.filter(c => c.status !== 'unchanged')
  const head =
    changed.length === 0
      ? `All launch digests are unchanged against ${escapeText(against)}.`
      : `**${changed.length} launch digest${changed.length === 1 ? '' : 's'} differ from ${escapeText(against)}.**`
  const rows = cs.map(c => {
    const what =
      c.status === 'changed'
        ? `changed: ${short(c.old)} → ${short(c.new)}`
        : c.status === 'new'
          ? `new: ${short(c.new)}`
          : c.status === 'removed'
            ? `removed (was ${short(c.old)})`
            : 'unchanged'
    const why = c.inputs
      .map(d =>
        d.old
          ? `${escapeText(d.field)}: ${code(d.old)} → ${code(d.new)}`
          : `${escapeText(d.field)}: ${code(d.new)}`
      )
      .join('<br>')
    const inputs = why || (c.status === 'changed' ? 'no recorded input differs (source code?)' : '')
    return `| ${escapeText(keyOf(c.target, c.recipe))} | ${what} | ${inputs}${c.imageDiff ? `${inputs ? '<br>' : ''}${renderImageDiff(c.imageDiff)}` : ''} |`
  })
  return [head, '', '| Target | Launch digest | Inputs that differ |', '|---|---|---|', ...rows].join('\n')
}
