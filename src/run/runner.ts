// The one loop that runs steps, for every build svsm-build does (svsm plans, EDK2, QEMU, Linux):
// in order, from the context's root; it stops at the first failure with a message naming the step,
// the command, its exit code and the end of its stderr, and removes what that step was writing.
import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Step } from '../plan/types.js'
import { BadInput } from '../util/errors.js'
import { relativePathProblem } from '../util/relative-path.js'
import { interruptedAt, resolveArgv, runCommand } from './command.js'
import type { RunContext } from './context.js'
import { Interrupted } from './interrupt.js'
import { runOperation, type DigestCheck } from './operations.js'
import { StepFailure } from './step-failure.js'

export { StepFailure } from './step-failure.js'

export interface StepResult {
  id: string
  title: string
  group: Step['group']
  status: 'ok' | 'failed' | 'skipped'
  ms: number
  argv?: string[]
  code?: number | null
}

interface RunOutcome {
  results: StepResult[]
  gitVersion: string
  /** Per measure step: the file's size, sha256 and launch digest. */
  digests: Map<string, DigestCheck>
}

export async function runSteps(steps: readonly Step[], ctx: RunContext): Promise<RunOutcome> {
  const results: StepResult[] = []
  const produced = new Map<string, string>()
  const printed = new Map<string, string>()
  const digests = new Map<string, DigestCheck>()
  let gitVersion = ''
  for (const step of steps) {
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
        runOperation(step, ctx, printed, digests)
        record('ok')
      }
    } catch (e) {
      record('failed', e instanceof StepFailure ? { code: e.code } : {})
      // Whatever the failing step was writing under bin/ is not a result (a name that climbs out of
      // bin/, such as a make component's output_file "bin/../x", is never removed).
      for (const o of step.outputs)
        if (o.startsWith('bin/') && relativePathProblem(o) === null)
          rmSync(resolve(ctx.root, o), { force: true, recursive: true })
      if (ctx.interrupt?.signal && !(e instanceof Interrupted))
        throw interruptedAt(step, ctx.interrupt.signal, 'while it ran')
      // A folder the user named that cannot be used is theirs to fix: its own message, exit 2.
      throw e instanceof StepFailure || e instanceof Interrupted || e instanceof BadInput
        ? e
        : new StepFailure(step, `step ${step.id} (${step.title}) failed: ${(e as Error).message}`)
    }
    ctx.afterStep?.(step)
  }
  return { results, gitVersion, digests }
}
