// One command step: its argv (with what an earlier step produced put in), run from its folder,
// and what the runner reads from its stdout (git version, cargo's test executable, a digest).
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseIgvmmeasureOutput } from '../igvm/igvmmeasure-output.js'
import type { CommandStep, Step } from '../plan/types.js'
import { cargoTestExecutable } from './cargo-json.js'
import type { RunContext } from './context.js'
import { gitVersionFile, writeIfChanged } from './git-version.js'
import { Interrupted } from './interrupt.js'
import { displayArgv, runProcess } from './process.js'
import { StepFailure } from './step-failure.js'

export function interruptedAt(step: Step, signal: NodeJS.Signals, when: string): Interrupted {
  return new Interrupted(signal, `interrupted by ${signal} at step ${step.id} (${step.title}), ${when}`)
}

export function resolveArgv(step: CommandStep, produced: ReadonlyMap<string, string>): string[] {
  if (!step.argFrom) return step.argv
  const argv = [...step.argv]
  const from = produced.get(step.argFrom.step)
  if (from !== undefined) argv[step.argFrom.index] = from
  return argv
}

/** Runs one command step; returns what it captured (git version, digest) or the produced path. */
export async function runCommand(
  step: CommandStep,
  ctx: RunContext,
  produced: Map<string, string>
): Promise<string | undefined> {
  const argv = resolveArgv(step, produced)
  ctx.log.group(step.title)
  ctx.log.info(`$ ${displayArgv(argv)}`)
  for (const o of step.outputs)
    if (o.startsWith('bin/')) mkdirSync(dirname(resolve(ctx.root, o)), { recursive: true })
  if (ctx.interrupt?.signal) {
    ctx.log.endGroup()
    throw interruptedAt(step, ctx.interrupt.signal, 'before it started')
  }
  const r = await runProcess(argv, {
    cwd: resolve(ctx.root, step.cwd),
    env: { ...ctx.env, ...step.env },
    out: step.capture === 'git-version' ? null : ctx.out,
    err: ctx.err,
    captureStdout: step.capture !== undefined,
    echoCapturedStdout: step.capture === 'igvmmeasure',
    ...(ctx.interrupt ? { interrupt: ctx.interrupt } : {})
  })
  ctx.log.endGroup()
  if (r.interrupted) {
    throw interruptedAt(
      step,
      r.interrupted,
      `while \`${displayArgv(argv)}\` ran (its process group was stopped)`
    )
  }
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
    // Asked after a failure, not before: a tree that builds without a tool is not refused.
    const hint = ctx.hint?.()
    const tail = r.stderrTail ? `\n--- last lines of its stderr ---\n${r.stderrTail}` : ''
    throw new StepFailure(
      step,
      `step ${step.id} (${step.title}) failed: \`${displayArgv(argv)}\` ${how}${hint ? `; ${hint}` : ''}${tail}`,
      r.code,
      r.stderrTail
    )
  }
  return capture(step, ctx, ok ? r.stdout : '', ok, produced)
}

function capture(
  step: CommandStep,
  ctx: RunContext,
  stdout: string,
  ok: boolean,
  produced: Map<string, string>
): string | undefined {
  switch (step.capture) {
    case 'git-version': {
      const version = ok ? (stdout.split('\n')[0] ?? '').trim().replace(/^v/, '') : ''
      // Written only when it changes: a rewrite would make cargo rebuild the kernel for nothing.
      if (step.writeVersionTo) writeIfChanged(resolve(ctx.root, step.writeVersionTo), gitVersionFile(version))
      return version
    }
    case 'cargo-test-executable': {
      const name = (step.produces as { cargoTestTarget: string }).cargoTestTarget
      const exe = cargoTestExecutable(stdout, name)
      if (!exe)
        throw new StepFailure(
          step,
          `step ${step.id}: cargo printed no test executable for ${name} (a lib target with test = true is needed)`
        )
      produced.set(step.id, exe)
      return exe
    }
    case 'igvmmeasure': {
      const blocks = parseIgvmmeasureOutput(stdout)
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
