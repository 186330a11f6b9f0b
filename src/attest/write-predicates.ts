// Writes one attestation predicate per built IGVM file beside the build's outputs, for
// actions/attest's predicate-path.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Measurement } from '../record/schema.js'
import { measurementPredicate } from './predicate.js'

/** Where the action writes them, in the svsm tree. */
export const PREDICATE_DIR = 'bin/attestations'

export interface WrittenPredicate {
  target: Measurement['target']
  /** As recorded (relative to the svsm tree). */
  igvm: string
  sha256: string
  /** Absolute path of the predicate file. */
  predicate: string
}

export function writePredicates(dir: string, measurements: Measurement[]): WrittenPredicate[] {
  // Predicates of an earlier build are not about this one.
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  return measurements.map(m => {
    const predicate = join(dir, `${basename(m.igvm)}.predicate.json`)
    writeFileSync(predicate, `${JSON.stringify(measurementPredicate(m), null, 2)}\n`)
    return { target: m.target, igvm: m.igvm, sha256: m.sha256, predicate }
  })
}
