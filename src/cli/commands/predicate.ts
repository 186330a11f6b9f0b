// `svsm-build predicate MEASUREMENTS.json|ARTIFACT_DIR --out DIR`: the measurement attestation
// predicates of a build's records, one file per IGVM file (build.yml's attest job signs them).
// Prints a JSON array: {target, igvm, sha256, predicate}.
import { parseCommand } from '../parse-command.js'
import { resolve } from 'node:path'
import { UsageError } from '../../util/errors.js'
import { loadRecords, RecordError } from '../../record/load.js'
import { writePredicates } from '../../attest/write-predicates.js'

export const PREDICATE_USAGE = `Usage: svsm-build predicate MEASUREMENTS.json|ARTIFACT_DIR --out DIR

Writes DIR/<igvm file>.predicate.json for each record (predicate type
https://svsm-build.dev/measurement/v1, schema schemas/measurement-predicate.schema.json) and prints
what it wrote as JSON.`

export async function predicateCommand(args: string[]): Promise<number> {
  const parsed = parseCommand(args, { out: { type: 'string' } }, PREDICATE_USAGE)
  if (!parsed) return 0
  if (parsed.positionals.length !== 1 || !parsed.values.out)
    throw new UsageError('expected one MEASUREMENTS.json or artifact folder and --out DIR', PREDICATE_USAGE)
  try {
    const { records } = loadRecords(parsed.positionals[0]!)
    const written = writePredicates(resolve(parsed.values.out), records)
    process.stdout.write(`${JSON.stringify(written)}\n`)
    return 0
  } catch (e) {
    if (e instanceof RecordError) {
      process.stderr.write(`error: ${e.message}\n`)
      return 2
    }
    throw e
  }
}
