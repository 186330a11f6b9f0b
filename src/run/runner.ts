// Executes a Plan from the svsm tree's root, step by step; stops at the first failure with a
// message naming the step, the command, its exit code and the end of its stderr.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Writable } from 'node:stream'
import { writePackItFile } from '../fsimage/packit.js'
import { parseIgvmmeasureOutput } from '../igvm/igvmmeasure-output.js'
import type { CommandStep, InternalStep, Plan, Step } from '../plan/types.js'
import type { Logger } from '../util/log.js'
import { displayArgv, runProcess } from './process.js'
import { Interrupted, type Interrupt } from './interrupt.js'
import { cargoTestExecutable } from './cargo-json.js'
import { gitVersionFile, writeIfChanged } from './git-version.js'

export interface StepResult {
  id: string
  title: string
  group: Step['group']
  status: 'ok' | 'failed' | 'skipped'
  ms: number
  argv?: string[]
  code?: number | null
}

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

/** Our own reader: the digest igvmmeasure would print, and what else it sees in the file. */
export type BuiltinMeasure = (
  bytes: Buffer,
  o: { checkKvm: boolean; nativeZero: boolean }
) => { digest: string; details?: Record<string, unknown> }

export interface RunContext {
  root: string
  env: NodeJS.ProcessEnv
  out: Writable
  err: Writable
  log: Logger
  measure: BuiltinMeasure
  skip?: ReadonlySet<string>
  /** SIGINT/SIGTERM: the running command's process group is stopped and no further step starts. */
  interrupt?: Interrupt
}

export interface RunOutcome {
  results: StepResult[]
  gitVersion: string
  digests: Map<string, DigestCheck>
}

export class StepFailure extends Error {
  constructor(
    readonly step: Step,
    message: string,
    readonly code: number | null = null,
    readonly stderrTail = ''
  ) {
    super(message)
    this.name = 'StepFailure'
  }
}

export async function runPlan(plan: Plan, ctx: RunContext): Promise<RunOutcome> {
  const results: StepResult[] = []
  const produced = new Map<string, string>()
  const printed = new Map<string, string>()
  const digests = new Map<string, DigestCheck>()
  let gitVersion = ''
  for (const step of plan.steps) {
    const started = performance.now()
    const record = (status: StepResult['status'], extra: Partial<StepResult> = {}) =>
      results.push({
        id: step.id,
        title: step.title,
        group: step.group,
        status,
        ms: Math.round(performance.now() - started),
        ...extra
      })
    if (ctx.interrupt?.signal) throw interruptedAt(step, ctx.interrupt.signal, 'before it started')
    if (ctx.skip?.has(step.id)) {
      ctx.log.info(`${step.title}: skipped, its output came from the cache`)
      record('skipped')
      continue
    }
    try {
      if (step.kind === 'command') {
        const r = await runCommand(step, ctx, produced)
        if (step.capture === 'git-version') gitVersion = r ?? ''
        if (step.capture === 'igvmmeasure' && r !== undefined) printed.set(step.id, r)
        record('ok', { argv: resolveArgv(step, produced), code: 0 })
      } else {
        runInternal(step, ctx, printed, digests)
        record('ok')
      }
    } catch (e) {
      record('failed', e instanceof StepFailure ? { code: e.code } : {})
      // Whatever the failing step was writing is not a result.
      for (const o of step.outputs)
        if (o.startsWith('bin/')) rmSync(resolve(ctx.root, o), { force: true, recursive: true })
      if (ctx.interrupt?.signal && !(e instanceof Interrupted))
        throw interruptedAt(step, ctx.interrupt.signal, 'while it ran')
      throw e instanceof StepFailure || e instanceof Interrupted
        ? e
        : new StepFailure(step, `step ${step.id} (${step.title}) failed: ${(e as Error).message}`)
    }
  }
  return { results, gitVersion, digests }
}

function interruptedAt(step: Step, signal: NodeJS.Signals, when: string): Interrupted {
  return new Interrupted(signal, `interrupted by ${signal} at step ${step.id} (${step.title}), ${when}`)
}

function resolveArgv(step: CommandStep, produced: Map<string, string>): string[] {
  if (!step.argFrom) return step.argv
  const argv = [...step.argv]
  const from = produced.get(step.argFrom.step)
  if (from !== undefined) argv[step.argFrom.index] = from
  return argv
}

/** Runs one command step; returns what it captured (git version, digest) or the produced path. */
async function runCommand(
  step: CommandStep,
  ctx: RunContext,
  produced: Map<string, string>
): Promise<string | undefined> {
  const argv = resolveArgv(step, produced)
  ctx.log.group(step.title)
  ctx.log.info(`$ ${displayArgv(argv)}`)
  for (const o of step.outputs)
    if (o.startsWith('bin/')) mkdirSync(dirname(resolve(ctx.root, o)), { recursive: true })
  const capture = step.capture !== undefined
  if (ctx.interrupt?.signal) {
    ctx.log.endGroup()
    throw interruptedAt(step, ctx.interrupt.signal, 'before it started')
  }
  const r = await runProcess(argv, {
    cwd: ctx.root,
    env: { ...ctx.env, ...step.env },
    out: step.capture === 'git-version' ? null : ctx.out,
    err: ctx.err,
    captureStdout: capture,
    echoCapturedStdout: step.capture === 'igvmmeasure',
    ...(ctx.interrupt ? { interrupt: ctx.interrupt } : {})
  })
  if (r.interrupted) {
    ctx.log.endGroup()
    throw interruptedAt(
      step,
      r.interrupted,
      `while \`${displayArgv(argv)}\` ran (its process group was stopped)`
    )
  }
  ctx.log.endGroup()
  const ok = r.code === 0 && !r.spawnError
  if (!ok && step.mayFail) {
    ctx.log.warn(
      `${displayArgv(argv)} failed (${r.spawnError?.message ?? `exit code ${r.code}`}); using an empty version string, as upstream does`
    )
  } else if (!ok) {
    const how = r.spawnError
      ? `could not be started: ${r.spawnError.code === 'ENOENT' ? `${argv[0]} not found` : r.spawnError.message}`
      : r.signal
        ? `was killed by ${r.signal}`
        : `exited with code ${r.code}`
    const tail = r.stderrTail ? `\n--- last lines of its stderr ---\n${r.stderrTail}` : ''
    throw new StepFailure(
      step,
      `step ${step.id} (${step.title}) failed: \`${displayArgv(argv)}\` ${how}${tail}`,
      r.code,
      r.stderrTail
    )
  }

  switch (step.capture) {
    case 'git-version': {
      const version = ok ? (r.stdout.split('\n')[0] ?? '').trim().replace(/^v/, '') : ''
      // Written only when it changes: a rewrite would make cargo rebuild the kernel for nothing.
      if (step.writeVersionTo) writeIfChanged(resolve(ctx.root, step.writeVersionTo), gitVersionFile(version))
      return version
    }
    case 'cargo-test-executable': {
      const name = (step.produces as { cargoTestTarget: string }).cargoTestTarget
      const exe = cargoTestExecutable(r.stdout, name)
      if (!exe)
        throw new StepFailure(
          step,
          `step ${step.id}: cargo printed no test executable for ${name} (a lib target with test = true is needed)`
        )
      produced.set(step.id, exe)
      return exe
    }
    case 'igvmmeasure': {
      const blocks = parseIgvmmeasureOutput(r.stdout)
      if (blocks.length !== 1)
        throw new StepFailure(
          step,
          `step ${step.id}: expected one "Launch Digest" block from igvmmeasure, found ${blocks.length}`
        )
      return blocks[0]!.digest
    }
  }
  if (step.produces && 'path' in step.produces) {
    const { path, fallback } = step.produces
    produced.set(step.id, fallback !== undefined && !existsSync(resolve(ctx.root, path)) ? fallback : path)
  }
  return undefined
}

function runInternal(
  step: InternalStep,
  ctx: RunContext,
  printed: Map<string, string>,
  digests: Map<string, DigestCheck>
) {
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
    case 'measure': {
      let builtin: ReturnType<BuiltinMeasure>
      // Hash and measure now: a later recipe may write the same output name.
      const bytes = readFileSync(abs(op.igvm))
      try {
        builtin = ctx.measure(bytes, {
          checkKvm: op.checkKvm,
          nativeZero: op.nativeZero
        })
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
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      digests.set(step.id, {
        igvm: op.igvm,
        size: bytes.length,
        sha256,
        builtin: builtin.digest,
        ...(builtin.details ? { details: builtin.details } : {}),
        ...(fromTool !== undefined ? { printed: fromTool } : {})
      })
      return
    }
  }
}
