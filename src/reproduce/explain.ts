// A rebuilt file that differs, explained the way `svsm-build diff` explains it: when the recorded
// IGVM file lies beside the record (an artifact, a tree's bin/), the two files are diffed with
// each build's recorded paths (and, from a tree's bin/, its kernel parts), so a difference that is
// only the build paths compiled in says so.
import { existsSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { diffIgvm, type InputFile } from '../igvm/diff/diff.js'
import { BIN_ROLES } from '../igvm/diff/inputs.js'
import { IgvmError } from '../igvm/errors.js'
import { parseIgvmWithBytes } from '../igvm/id-block.js'
import { recordedPrefixes } from '../record/build-place.js'
import { findRecordedFile } from '../record/load.js'
import { differencesBesidesPaths } from '../record/same-build.js'
import type { Measurement } from '../record/schema.js'

const MAX_IGVM_BYTES = 256 * 1024 * 1024

function binInputs(dir: string): InputFile[] {
  return BIN_ROLES.filter(([name]) => existsSync(join(dir, name))).map(([name, role]) => ({
    role,
    path: join(dir, name),
    bytes: readFileSync(join(dir, name))
  }))
}

/** The diff's summary of the recorded file against the rebuilt one, or undefined when the recorded file is not at hand. */
export function explainDifference(
  recorded: Measurement,
  recordDir: string,
  rebuilt: Measurement,
  clone: string
): string[] | undefined {
  const name = recorded.igvm.replace(/^bin\//, '')
  const a = findRecordedFile(
    [join(recordDir, name), join(recordDir, basename(name))],
    recorded.sha256,
    MAX_IGVM_BYTES
  )
  const b = join(clone, rebuilt.igvm)
  if (!a || !existsSync(b)) return undefined
  // The parts beside a record are the last recipe's: used only for a build of one recipe.
  const oneRecipe = recorded.inputs?.options.recipes.length === 1
  const [ia, ib] = [binInputs(recordDir), binInputs(join(clone, 'bin'))]
  const inputs = oneRecipe && ia.length > 0 && ib.length > 0 ? { a: ia, b: ib } : undefined
  const [pa, pb] = [recorded.inputs?.build, rebuilt.inputs?.build]
  try {
    return diffIgvm(
      parseIgvmWithBytes(readFileSync(a), `recorded ${recorded.igvm}`),
      parseIgvmWithBytes(readFileSync(b), `rebuilt ${rebuilt.igvm}`),
      inputs,
      {
        noInputsHint: 'the record has no kernel parts beside it',
        ...(pa && pb
          ? {
              paths: {
                a: recordedPrefixes(pa),
                b: recordedPrefixes(pb),
                otherDifferences: differencesBesidesPaths(recorded, rebuilt)
              }
            }
          : {})
      }
    ).summary
  } catch (e) {
    if (e instanceof IgvmError) return [`the recorded file could not be diffed: ${e.message}`]
    throw e
  }
}
