// For each changed digest whose two IGVM files are both at hand (the base branch's artifact and
// this run's), what changed in the image: `diff`'s summary for the comment, its JSON for the
// report's artifact. Files are used only when their sha256 is the one their record states.
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { diffIgvm, type IgvmDiff } from '../igvm/diff/diff.js'
import { IgvmError } from '../igvm/errors.js'
import { parseIgvmWithBytes } from '../igvm/id-block.js'
import { recordedPrefixes } from '../record/build-place.js'
import { differencesBesidesPaths } from '../record/same-build.js'
import type { Measurement } from '../record/schema.js'
import type { TargetComparison } from './compare.js'

/** Larger files are not diffed in the report job (an artifact from a fork is untrusted input). */
const MAX_DIFF_BYTES = 256 * 1024 * 1024

export interface ImageDiff {
  target: string
  recipe?: string
  old: { igvm: string; sha256: string }
  new: { igvm: string; sha256: string }
  diff: IgvmDiff
}

export interface Side {
  measurements: readonly Measurement[]
  /** sha256 -> downloaded path. */
  igvmFiles: Readonly<Record<string, string>>
}

function load(m: Measurement, side: Side): Buffer | string {
  const path = side.igvmFiles[m.sha256]
  if (!path) return `${m.igvm} is not in the artifact`
  const size = statSync(path).size
  if (size > MAX_DIFF_BYTES) return `${m.igvm} has ${size} bytes, more than the ${MAX_DIFF_BYTES} diffed here`
  const bytes = readFileSync(path)
  const sha = createHash('sha256').update(bytes).digest('hex')
  return sha === m.sha256 ? bytes : `${m.igvm} has sha256 ${sha}, its record says ${m.sha256}`
}

/** Diffs of the changed targets; a reason in `skipped` for each one that could not be diffed. */
export function imageDiffs(
  comparison: readonly TargetComparison[],
  base: Side,
  current: Side
): { diffs: ImageDiff[]; skipped: string[] } {
  const diffs: ImageDiff[] = []
  const skipped: string[] = []
  const find = (side: Side, c: TargetComparison, digest?: string) =>
    side.measurements.find(
      m =>
        m.target === c.target &&
        (c.recipe === undefined || m.recipe === c.recipe) &&
        m.launchDigest === digest
    )
  for (const c of comparison) {
    if (c.status !== 'changed') continue
    const [a, b] = [find(base, c, c.old), find(current, c, c.new)]
    if (!a || !b) continue
    const [x, y] = [load(a, base), load(b, current)]
    if (typeof x === 'string' || typeof y === 'string') {
      skipped.push(
        `${c.target}: not diffed: ${typeof x === 'string' ? `base ${x}` : `this run's ${y as string}`}`
      )
      continue
    }
    try {
      diffs.push({
        target: c.target,
        ...(c.recipe ? { recipe: c.recipe } : {}),
        old: { igvm: a.igvm, sha256: a.sha256 },
        new: { igvm: b.igvm, sha256: b.sha256 },
        diff: diffIgvm(parseIgvmWithBytes(x, `base ${a.igvm}`), parseIgvmWithBytes(y, b.igvm), undefined, {
          noInputsHint: 'the artifacts hold the IGVM files, not the build inputs',
          // Each build's paths, so a difference in them alone is named as that.
          ...(a.inputs?.build && b.inputs?.build
            ? {
                paths: {
                  a: recordedPrefixes(a.inputs.build),
                  b: recordedPrefixes(b.inputs.build),
                  otherDifferences: differencesBesidesPaths(a, b)
                }
              }
            : {})
        })
      })
    } catch (e) {
      if (!(e instanceof IgvmError)) throw e
      skipped.push(`${c.target}: not diffed: ${e.message}`)
    }
  }
  return { diffs, skipped }
}

/** The comparison with each diffed target's summary lines attached. */
export function withImageDiffs(
  comparison: TargetComparison[],
  diffs: readonly ImageDiff[]
): TargetComparison[] {
  return comparison.map(c => {
    const d = diffs.find(x => x.target === c.target && x.recipe === c.recipe)
    return d ? { ...c, imageDiff: d.diff.summary } : c
  })
}
