// The main step's reference values: the build's records in the formats verifiers ingest, written
// next to bin/measurements.json (src/reference-values/file-names.ts names them). The repository is the
// origin remote of the svsm tree (actions/checkout sets it to what it checked out, which may be
// build.yml's svsm-repository rather than the caller), else GITHUB_REPOSITORY; the log says which.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { BuildResult } from '../../engine/build.js'
import { ReferenceValuesError } from '../../reference-values/errors.js'
import { REFERENCE_VALUE_FILES } from '../../reference-values/file-names.js'
import { writeReferenceValueFiles, type WrittenReferenceValues } from '../../reference-values/files.js'
import { buildInputFromRecords } from '../../reference-values/from-record.js'
import { chooseRepository, originRemote } from '../../reference-values/repository.js'
import type { Logger } from '../../util/log.js'

/**
 * Writes the files, or (when the build has no record, or the repository cannot be told) removes
 * any earlier ones and says why: a build never publishes reference values of another build.
 */
export function publishReferenceValues(
  result: Pick<BuildResult, 'root' | 'measurements'>,
  env: NodeJS.ProcessEnv,
  log: Pick<Logger, 'info' | 'warn'>
): WrittenReferenceValues {
  const none = (why: string): WrittenReferenceValues => {
    for (const rel of Object.values(REFERENCE_VALUE_FILES)) rmSync(join(result.root, rel), { force: true })
    return { files: {}, notes: [why] }
  }
  if (result.measurements.length === 0) return none('no reference values: no IGVM file was built')
  try {
    const url = originRemote(result.root)
    const choice = chooseRepository({ origin: url ? { url, tree: result.root } : null, env })
    for (const s of choice.skipped) log.info(`reference values: not used: ${s}`)
    log.info(
      `reference values of ${choice.repository.name} (${choice.repository.url}, from ${choice.from}) at ${result.measurements[0]!.gitVersion || '(no version)'}`
    )
    const written = writeReferenceValueFiles(
      result.root,
      buildInputFromRecords(result.measurements, choice.repository, 'bin/measurements.json')
    )
    for (const [format, path] of Object.entries(written.files))
      log.info(`reference values (${format}): ${path}`)
    for (const n of written.notes) log.info(`reference values: ${n}`)
    return written
  } catch (e) {
    if (!(e instanceof ReferenceValuesError)) throw e
    log.warn(`reference values not written: ${e.message}`)
    return none(`not written: ${e.message}`)
  }
}
