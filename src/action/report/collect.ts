// Every leg's measurements.json, downloaded, validated and merged (duplicates dropped).
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { matchesPattern, type ArtifactSource } from '../../artifacts/download.js'
import { measurementsSchema, type Measurement } from '../../measure/results.js'
import { PR_ARTIFACT, readUntrustedArtifact, readUntrustedPr, type PrInfo } from '../../report/untrusted.js'

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
  const all = await source.list()
  // Which pull request a fork's run built travels in its own small artifact.
  const prArtifact = untrusted ? all.find(a => a.name === PR_ARTIFACT) : undefined
  if (prArtifact) {
    try {
      out.prs.push(readUntrustedPr(await source.download(prArtifact, dir)))
    } catch (e) {
      out.warnings.push(`artifact ${PR_ARTIFACT}: ${(e as Error).message}; not commenting`)
    }
  }
  for (const a of all.filter(x => matchesPattern(x.name, pattern))) {
    try {
      // A download that fails (a broken zip, the blob store away) costs this artifact only.
      const path = await source.download(a, dir)
      let ms: Measurement[]
      if (untrusted) {
        ms = readUntrustedArtifact(path).measurements
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
