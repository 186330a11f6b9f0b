// Reference values of records in the formats verifiers ingest, written next to their
// measurements.json (src/reference-values/file-names.ts names them): by the main step for a build,
// by the sign step for the signed records (with their ID-block values). The repository is the
// origin remote of the svsm tree (actions/checkout sets it to what it checked out, which may be
// build.yml's svsm-repository rather than the caller), else GITHUB_REPOSITORY; the log says which.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { ReferenceValuesError } from '../reference-values/errors.js'
import { REFERENCE_VALUE_FILES } from '../reference-values/file-names.js'
import { writeReferenceValueFiles, type WrittenReferenceValues } from '../reference-values/files.js'
import { buildInputFromRecords } from '../reference-values/from-record.js'
import { chooseRepository, originRemote } from '../reference-values/repository.js'
import { RECORD_FILE } from '../record/load.js'
import type { Measurement } from '../record/schema.js'
import type { Logger } from '../util/log.js'

interface Published {
  /** The folder holding measurements.json (a tree's bin/, the sign step's output). */
  dir: string
  measurements: Measurement[]
  /** The svsm checkout whose origin remote names the repository, when there is one. */
  tree?: string
}

/**
 * Writes the files, or (when the build has no record, or the repository cannot be told) removes
 * any earlier ones and says why: a build never publishes reference values of another build.
 */
export function publishReferenceValues(
  result: Published,
  env: NodeJS.ProcessEnv,
  log: Pick<Logger, 'info' | 'warn'>
): WrittenReferenceValues {
  const none = (why: string): WrittenReferenceValues => {
    for (const name of Object.values(REFERENCE_VALUE_FILES)) rmSync(join(result.dir, name), { force: true })
    return { files: {}, notes: [why] }
  }
  if (result.measurements.length === 0) return none('no reference values: no IGVM file was built')
  try {
    const url = result.tree ? originRemote(result.tree) : null
    const choice = chooseRepository({ origin: url && result.tree ? { url, tree: result.tree } : null, env })
    for (const s of choice.skipped) log.info(`reference values: not used: ${s}`)
    log.info(
      `reference values of ${choice.repository.name} (${choice.repository.url}, from ${choice.from}) at ${result.measurements[0]!.gitVersion || '(no version)'}`
    )
    const written = writeReferenceValueFiles(
      result.dir,
      buildInputFromRecords(result.measurements, choice.repository, join(result.dir, RECORD_FILE))
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
