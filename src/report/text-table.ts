// The measurements as a terminal table (the CLI's last output; the job summary uses markdown.ts).
import type { Measurement } from '../record/schema.js'

export function renderMeasurementsText(ms: readonly Measurement[]): string {
  if (ms.length === 0) return 'No IGVM file was built.\n'
  const first = ms[0]!
  const head = `Measurements (${first.profile}, git version ${first.gitVersion || '(none)'}${first.toolchain ? `, ${first.toolchain}` : ''}):`
  const rows = ms.map(m => [m.target, m.igvm, `${m.size} bytes`, flags(m), m.launchDigest])
  const widths = [0, 1, 2, 3].map(i => Math.max(...rows.map(r => r[i]!.length)))
  const lines = rows.map(
    r =>
      `  ${r
        .slice(0, 4)
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd()}\n    launch digest ${r[4]}`
  )
  return `${head}\n${lines.join('\n')}\n`
}

function flags(m: Measurement): string {
  const f = [m.platforms.join(','), `policy ${m.policy}`]
  if (m.checkKvm) f.push('check-kvm')
  if (m.nativeZero) f.push('native-zero')
  return f.join(' ')
}
