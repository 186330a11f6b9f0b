// `svsm-build predicate MEASUREMENTS.json|ARTIFACT_DIR --out DIR`: the measurement attestation
// predicates of a build's records, one file per IGVM file (build.yml's attest job signs them).
// Prints a JSON array: {target, igvm, sha256, predicate}.
import { resolve } from 'node:path'
import { BadInput } from '../../util/errors.js'
import { loadRecords } from '../../record/load.js'
import { writePredicates } from '../../attest/write-predicates.js'
import { command, parseFlags } from '../flags.js'

const PREDICATE_COMMAND = command({
  synopsis: ['svsm-build predicate MEASUREMENTS.json|ARTIFACT_DIR --out DIR'],
  about:
    'Writes DIR/<igvm file>.predicate.json for each record (predicate type\nhttps://svsm-build.dev/measurement/v1, schema schemas/measurement-predicate.schema.json) and prints\nwhat it wrote as JSON. DIR is made when missing; a DIR holding files svsm-build did not write is\nrefused, and nothing in it is deleted but its own earlier predicates.',
  flags: { out: { value: '<DIR>', required: true, help: 'Folder for the predicate files' } },
  args: { min: 1, max: 1, what: 'one MEASUREMENTS.json or artifact folder' },
  footer:
    'Exit codes: 0 written, 2 bad input (a record that is not valid, an --out folder it will not write into).'
})

export async function predicateCommand(args: string[]): Promise<number> {
  const parsed = parseFlags(PREDICATE_COMMAND, args)
  if (!parsed) return 0
  const out = parsed.values.out
  try {
    const { records } = loadRecords(parsed.positionals[0]!, { untrustedNames: true })
    const written = writePredicates(resolve(out), records, `--out ${out}`)
    process.stdout.write(`${JSON.stringify(written)}\n`)
    return 0
  } catch (e) {
    if (e instanceof BadInput) {
      process.stderr.write(`error: ${e.message}\n`)
      return 2
    }
    throw e
  }
}
