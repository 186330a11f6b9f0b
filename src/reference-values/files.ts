// Writing the reference-value files a build publishes next to its measurements.json (their names:
// file-names.ts). The action writes them; the artifact, the attestation and the report carry them.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from '../util/write-atomic.js'
import { buildCorim } from './corim-encode.js'
import { isSnpTarget, type BuildInput } from './input.js'
import { buildJson } from './json-format.js'
import { REFERENCE_VALUE_FILES, type ReferenceValueFormat } from './file-names.js'
import { buildRvpsMessage } from './rvps-message.js'

export interface WrittenReferenceValues {
  /** Absolute paths of the files written, by format (a format with nothing to say is absent). */
  files: Partial<Record<ReferenceValueFormat, string>>
  /** Why a format was not written, and what each file leaves out. */
  notes: string[]
}

/** The bytes of each format that applies to `input`, before anything is written. */
function referenceValueContents(input: BuildInput): {
  contents: Partial<Record<ReferenceValueFormat, string | Uint8Array>>
  notes: string[]
} {
  const contents: Partial<Record<ReferenceValueFormat, string | Uint8Array>> = {}
  const notes: string[] = []
  if (input.targets.some(isSnpTarget)) {
    const corim = buildCorim(input)
    contents.corim = corim.bytes
    notes.push(...corim.notes.map(n => `CoRIM: ${n}`))
  } else notes.push('no CoRIM: no target is built for SEV-SNP')
  if (input.targets.some(t => isSnpTarget(t) || t.tdxMrtd)) {
    const rvps = buildRvpsMessage(input)
    contents.rvps = rvps.text
    notes.push(...rvps.notes.map(n => `RVPS: ${n}`))
  } else notes.push('no RVPS message: no SEV-SNP target and no TDX MRTD')
  contents.json = buildJson(input).text
  return { contents, notes }
}

/**
 * Writes the formats that apply to `input` into `dir` (beside its measurements.json): a CoRIM needs a SEV-SNP
 * target, an RVPS message a SEV-SNP target or a TDX MRTD; the JSON is always written. Every earlier
 * file of these names is removed first, so none of them can describe another build.
 */
export function writeReferenceValueFiles(dir: string, input: BuildInput): WrittenReferenceValues {
  const { contents, notes } = referenceValueContents(input)
  for (const name of Object.values(REFERENCE_VALUE_FILES)) rmSync(join(dir, name), { force: true })
  const files: WrittenReferenceValues['files'] = {}
  for (const [format, data] of Object.entries(contents) as [ReferenceValueFormat, string | Uint8Array][]) {
    const path = join(dir, REFERENCE_VALUE_FILES[format])
    writeFileAtomic(path, typeof data === 'string' ? data : Buffer.from(data))
    files[format] = path
  }
  return { files, notes }
}
