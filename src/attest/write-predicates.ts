// Writes one attestation predicate per built IGVM file beside the build's outputs, for
// actions/attest's predicate-path. The folder is written into, never emptied: a file there that
// svsm-build did not write stops it before anything is written; its own earlier predicates are
// replaced (or removed, when this build has no IGVM file of that name).
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { BadInput } from '../util/errors.js'
import { writeFileAtomic } from '../util/write-atomic.js'
import type { Measurement } from '../record/schema.js'
import { measurementPredicate, measurementPredicateSchema } from './predicate.js'

/** Where the action writes them, in the svsm tree. */
export const PREDICATE_DIR = 'bin/attestations'

const SUFFIX = '.predicate.json'
/** A predicate of a real record is a few KiB; anything far larger is not one of ours. */
const MAX_PREDICATE_BYTES = 1 << 20

export interface WrittenPredicate {
  target: Measurement['target']
  /** As recorded (relative to the svsm tree). */
  igvm: string
  sha256: string
  /** Absolute path of the predicate file. */
  predicate: string
}

/** A predicate file svsm-build wrote: `<igvm name>.predicate.json` holding a measurement predicate. */
function isOurs(path: string): boolean {
  if (!basename(path).endsWith(SUFFIX)) return false
  try {
    const st = lstatSync(path)
    if (!st.isFile() || st.size > MAX_PREDICATE_BYTES) return false
    return measurementPredicateSchema.safeParse(JSON.parse(readFileSync(path, 'utf8'))).success
  } catch {
    return false
  }
}

/**
 * Writes the predicates of `measurements` into `dir` (made when missing). `label` is how errors
 * name the folder (the CLI's `--out DIR`).
 */
export function writePredicates(dir: string, measurements: Measurement[], label = dir): WrittenPredicate[] {
  let st
  try {
    st = statSync(dir)
  } catch {
    st = null
  }
  if (st && !st.isDirectory())
    throw new BadInput(`${label}: not a directory; expected a folder for the predicates`)
  mkdirSync(dir, { recursive: true })
  const existing = readdirSync(dir)
  const foreign = existing.find(name => !isOurs(join(dir, name)))
  if (foreign !== undefined)
    throw new BadInput(
      `${label}: holds ${foreign}, which svsm-build did not write; nothing was written (predicates go into a new folder or one holding only earlier predicates)`
    )
  const written = measurements.map(m => {
    const predicate = join(dir, `${basename(m.igvm)}${SUFFIX}`)
    writeFileAtomic(predicate, `${JSON.stringify(measurementPredicate(m), null, 2)}\n`)
    return { target: m.target, igvm: m.igvm, sha256: m.sha256, predicate }
  })
  // Earlier predicates of ours that this build did not rewrite are about other files.
  const now = new Set(written.map(w => basename(w.predicate)))
  for (const name of existing) if (!now.has(name)) rmSync(join(dir, name), { force: true })
  return written
}
