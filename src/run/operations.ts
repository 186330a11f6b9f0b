// The steps svsm-build does itself: folders, the fs image, copies and files for the EDK2 build,
// and the measurement of a built IGVM file (checked against what igvmmeasure printed).
import { createHash } from 'node:crypto'
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { writePackItFile } from '../fsimage/packit.js'
import type { InternalStep } from '../plan/types.js'
import { BadInput } from '../util/errors.js'
import type { BuiltinMeasure, RunContext } from './context.js'
import { emptyOwnedDir, isWithin } from './owned-dir.js'
import { StepFailure } from './step-failure.js'

export interface DigestCheck {
  igvm: string
  size: number
  sha256: string
  /** What igvmmeasure printed (absent in builtin mode). */
  printed?: string
  /** What our own reader computed. */
  builtin: string
  details?: Record<string, unknown>
}

export function runOperation(
  step: InternalStep,
  ctx: RunContext,
  printed: ReadonlyMap<string, string>,
  digests: Map<string, DigestCheck>
): void {
  const op = step.op
  const abs = (p: string) => resolve(ctx.root, p)
  switch (op.type) {
    case 'mkdir':
      mkdirSync(abs(op.path), { recursive: true })
      return
    case 'reset-dir':
      rmSync(abs(op.path), { recursive: true, force: true })
      mkdirSync(abs(op.path), { recursive: true })
      return
    case 'pack-fs': {
      ctx.log.group(step.title)
      const size = writePackItFile(
        abs(op.output),
        op.entries.map(e => ({ name: e.name, file: abs(e.file) }))
      )
      ctx.log.info(`${op.output}: ${op.entries.length} file(s), ${size} bytes`)
      ctx.log.endGroup()
      return
    }
    case 'measure':
      digests.set(step.id, measure(step, op, abs(op.igvm), ctx.measure, printed))
      return
    case 'sync-dir':
      return syncDir(abs(op.from), abs(op.path))
    case 'copy-files':
      mkdirSync(abs(op.path), { recursive: true })
      for (const f of op.files) copyFileSync(abs(f.from), abs(f.to))
      return
    case 'write-file':
      mkdirSync(dirname(abs(op.path)), { recursive: true })
      writeFileSync(abs(op.path), op.content)
      return
  }
}

/** `to` becomes a fresh copy of `from` without `.git`; a folder is its own copy. */
function syncDir(from: string, to: string) {
  if (from === to) return
  if (isWithin(from, to) || isWithin(to, from))
    throw new BadInput(`${to}: cannot hold a copy of ${from}, one lies inside the other`)
  emptyOwnedDir(to)
  cpSync(from, to, { recursive: true, filter: src => !src.endsWith('/.git') })
}

function measure(
  step: InternalStep,
  op: Extract<InternalStep['op'], { type: 'measure' }>,
  file: string,
  reader: BuiltinMeasure | undefined,
  printed: ReadonlyMap<string, string>
): DigestCheck {
  if (!reader) throw new StepFailure(step, `step ${step.id}: this run has no IGVM reader to measure with`)
  let builtin: ReturnType<BuiltinMeasure>
  // Hash and measure now: a later recipe may write the same output name.
  const bytes = readFileSync(file)
  try {
    builtin = reader(bytes, { checkKvm: op.checkKvm, nativeZero: op.nativeZero })
  } catch (e) {
    throw new StepFailure(step, `step ${step.id}: ${op.igvm}: ${(e as Error).message}`)
  }
  const fromTool = op.igvmmeasureStep ? printed.get(op.igvmmeasureStep) : undefined
  if (fromTool !== undefined && fromTool !== builtin.digest) {
    throw new StepFailure(
      step,
      `step ${step.id}: launch digests disagree for ${op.igvm}\n  igvmmeasure: ${fromTool}\n  svsm-build:  ${builtin.digest}\n` +
        'One of the two is wrong; do not publish this digest.'
    )
  }
  return {
    igvm: op.igvm,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    builtin: builtin.digest,
    ...(builtin.details ? { details: builtin.details } : {}),
    ...(fromTool !== undefined ? { printed: fromTool } : {})
  }
}
