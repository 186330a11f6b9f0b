// Every leg's measurements.json, downloaded, validated and merged (duplicates dropped).
import { basename, join } from 'node:path'
import { existsSync, mkdirSync } from 'node:fs'
import { matchesPattern, type ArtifactRef, type ArtifactSource } from '../../artifacts/source.js'
import { REFERENCE_VALUE_FILES, type ReferenceValueFormat } from '../../reference-values/file-names.js'
import { loadRecords, RECORD_FILE } from '../../record/load.js'
import type { Measurement } from '../../record/schema.js'
import { PR_ARTIFACT, readUntrustedArtifact, readUntrustedPr, type PrInfo } from '../../report/untrusted.js'

interface Collected {
  measurements: Measurement[]
  artifacts: string[]
  prs: PrInfo[]
  warnings: string[]
  /** Where each record's IGVM file was downloaded, by the record's sha256 (checked before use). */
  igvmFiles: Record<string, string>
  /** The reference-value files each artifact holds (only their presence is read: the names are ours). */
  referenceValues: { artifact: ArtifactRef; formats: ReferenceValueFormat[] }[]
}

/** Downloads into `dir` (the caller's working folder, which it removes when the report is done). */
export async function collect(
  source: ArtifactSource,
  pattern: string,
  untrusted: boolean,
  dir: string
): Promise<Collected> {
  const out: Collected = {
    measurements: [],
    artifacts: [],
    prs: [],
    warnings: [],
    igvmFiles: {},
    referenceValues: []
  }
  mkdirSync(dir, { recursive: true })
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
      const ms = untrusted
        ? readUntrustedArtifact(path).measurements
        : loadRecords(join(path, RECORD_FILE), { allowEmpty: true }).records
      for (const m of ms) {
        const igvm = join(path, basename(m.igvm))
        if (existsSync(igvm)) out.igvmFiles[m.sha256] = igvm
        const key = JSON.stringify(m)
        if (!seen.has(key)) out.measurements.push(m)
        seen.add(key)
      }
      out.artifacts.push(a.name)
      const formats = (Object.entries(REFERENCE_VALUE_FILES) as [ReferenceValueFormat, string][])
        .filter(([, name]) => existsSync(join(path, name)))
        .map(([f]) => f)
      if (formats.length) out.referenceValues.push({ artifact: a, formats })
    } catch (e) {
      out.warnings.push(`artifact ${a.name}: ${(e as Error).message.split('\n')[0]}; skipped`)
    }
  }
  return out
}
