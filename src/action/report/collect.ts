// Every leg's measurements.json, downloaded, validated and merged (duplicates dropped).
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { matchesPattern, type ArtifactSource } from '../../artifacts/download.js'
import { measurementsSchema, type Measurement } from '../../measure/results.js'
import { readUntrustedArtifact, type PrInfo } from '../../report/untrusted.js'

export interface Collected {
  measurements: Measurement[]
  artifacts: string[]
  prs: PrInfo[]
  warnings: string[]
}

export async function collect(
  source: ArtifactSource,
  pattern: string,
  untrusted: boolean
): Promise<Collected> {
  const out: Collected = { measurements: [], artifacts: [], prs: [], warnings: [] }
  const dir = mkdtempSync(join(tmpdir(), 'svsm-build-report-'))
  const seen = new Set<string>()
  for (const a of (await source.list()).filter(x => matchesPattern(x.name, pattern))) {
    const path = await source.download(a, dir)
    try {
      let ms: Measurement[]
      if (untrusted) {
        const r = readUntrustedArtifact(path)
        ms = r.measurements
        if (r.pr) out.prs.push(r.pr)
      } else {
        ms = measurementsSchema.parse(JSON.parse(readFileSync(join(path, 'measurements.json'), 'utf8')))
      }
      for (const m of ms) {
        const key = JSON.stringify(m)
        if (!seen.has(key)) out.measurements.push(m)
        seen.add(key)
      }
      out.artifacts.push(a.name)
    } catch (e) {
      out.warnings.push(`artifact ${a.name}: ${(e as Error).message.split('\n')[0]}; skipped`)
    }
  }
  return out
}
