// The comparison as text (the terminal) and markdown (the job summary). Pure.
import type { TargetComparison } from './compare.js'
import { reproduced } from './compare.js'
import type { GroupOutcome } from './reproduce.js'

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map(r => r[i]!.length)))
  return rows.map(r => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n')
}

const verdict = (c: TargetComparison) =>
  c.missing ? 'not rebuilt' : reproduced(c) ? 'reproduced' : 'DIFFERS'

/** What explains a difference: the inputs that differ, or the admission that none does. */
function explanation(c: TargetComparison): string[] {
  if (reproduced(c)) return []
  if (c.missing) return ['the rebuild made no such file (recipe or targets differ)']
  const inputs =
    c.inputs.length === 0
      ? ['no recorded input differs: something the record does not capture changed the bytes']
      : c.inputs.map(
          d => `${d.field}: recorded ${d.recorded}, rebuilt ${d.rebuilt}${d.note ? ` (${d.note})` : ''}`
        )
  // What `diff` says of the two files (the same words as `svsm-build diff`), when they were at hand.
  return c.imageDiff
    ? [...inputs, 'svsm-build diff of the recorded and the rebuilt file:', ...c.imageDiff.map(l => `  ${l}`)]
    : inputs
}

export function renderReproduceText(outcomes: GroupOutcome[]): string {
  const out: string[] = []
  for (const o of outcomes) {
    out.push(
      `Rebuild of ${o.group.commit} (${o.group.gitVersion}), recipes ${o.group.options.recipes.join(', ')}`
    )
    for (const c of o.checks) out.push(`  ${c.ok ? 'ok  ' : 'note'}  ${c.check}: ${c.message}`)
    if (o.firmware) out.push(`  firmware: ${o.firmware.path} (sha256 ${o.firmware.sha256})`)
    out.push(`  rebuilt ${o.rebuilt}`, '')
    const rows = [['target', 'igvm', 'output', 'recorded', 'rebuilt', 'result']]
    for (const c of o.comparisons)
      for (const d of c.outputs)
        rows.push([c.target, c.igvm, d.field, d.recorded, d.rebuilt, d.equal ? 'equal' : 'DIFFERS'])
    out.push(table(rows), '')
    for (const c of o.comparisons) {
      const why = explanation(c)
      out.push(`${c.target} (${c.igvm}): ${verdict(c)}`)
      if (why.length > 0) out.push('  explained by:', ...why.map(w => `    ${w}`))
    }
    out.push('')
  }
  const all = outcomes.flatMap(o => o.comparisons)
  const same = all.filter(reproduced).length
  out.push(`${same} of ${all.length} IGVM file(s) reproduced bit for bit`)
  return `${out.join('\n')}\n`
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function renderReproduceMarkdown(outcomes: GroupOutcome[]): string {
  const out: string[] = ['## Reproducing the measurements', '']
  for (const o of outcomes) {
    out.push(
      `Rebuild of ${code(o.group.commit)} (${code(o.group.gitVersion)}), recipes ${o.group.options.recipes.map(code).join(', ')}`,
      ''
    )
    for (const c of o.checks) out.push(`- ${c.ok ? '✅' : 'ℹ️'} **${c.check}**: ${cell(c.message)}`)
    if (o.firmware) out.push(`- firmware ${code(o.firmware.path)} sha256 ${code(o.firmware.sha256)}`)
    out.push(`- rebuilt ${cell(o.rebuilt)}`)
    out.push('', '| target | output | recorded | rebuilt | result |', '| --- | --- | --- | --- | --- |')
    for (const c of o.comparisons)
      for (const d of c.outputs)
        out.push(
          `| ${c.target} | ${d.field} | ${code(d.recorded)} | ${code(d.rebuilt)} | ${d.equal ? '✅ equal' : '❌ differs'} |`
        )
    out.push('')
    for (const c of o.comparisons) {
      const why = explanation(c)
      if (why.length === 0) continue
      out.push(`**${c.target}** differs; explained by:`, ...why.map(w => `- ${cell(w)}`), '')
    }
  }
  const all = outcomes.flatMap(o => o.comparisons)
  out.push(`${all.filter(reproduced).length} of ${all.length} IGVM file(s) reproduced bit for bit.`)
  return `${out.join('\n')}\n`
}
