// runSteps told to stop: the running step's outputs go, no later step starts, and the error says
// which step and which signal. Real processes (node as the stand-in program), real files.
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import type { Step } from '../../src/plan/types.js'
import { Interrupt, Interrupted } from '../../src/run/interrupt.js'
import { runSteps } from '../../src/run/runner.js'
import { quietLogger } from '../helpers/logger.js'
import { tempDir } from '../helpers/temp.js'

const command = (id: string, script: string, outputs: string[] = []): Step =>
  ({
    kind: 'command',
    id,
    group: 'kernel',
    title: `Step ${id}`,
    argv: [process.execPath, '-e', script],
    cwd: '.',
    env: {},
    inputs: [],
    outputs
  }) as Step

function context(interrupt: Interrupt) {
  const root = tempDir('runner-interrupt-')
  mkdirSync(join(root, 'bin'))
  return {
    root,
    env: process.env,
    out: new PassThrough(),
    err: new PassThrough(),
    log: quietLogger(),
    measure: () => ({ digest: '' }),
    interrupt
  }
}

describe('runSteps interrupted', () => {
  it('stops the running step, removes what it wrote, starts nothing after it', async () => {
    const interrupt = new Interrupt()
    const ctx = context(interrupt)
    // Writes its output, says so, then works "forever".
    const slow = command(
      'slow',
      "require('fs').writeFileSync('bin/half.igvm', 'x'); console.log('written'); setTimeout(() => {}, 60000)",
      ['bin/half.igvm']
    )
    const after = command('after', "require('fs').writeFileSync('bin/after', 'x')", ['bin/after'])
    ctx.out.on('data', (b: Buffer) => b.toString().includes('written') && interrupt.trigger('SIGTERM'))
    const error = await runSteps([slow, after], ctx).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Interrupted)
    expect((error as Interrupted).exitCode).toBe(143)
    expect((error as Error).message).toMatch(
      /^interrupted by SIGTERM at step slow \(Step slow\), while `.+ -e .+` ran \(its process group was stopped\)$/
    )
    expect(existsSync(join(ctx.root, 'bin', 'half.igvm'))).toBe(false)
    expect(existsSync(join(ctx.root, 'bin', 'after'))).toBe(false)
  })

  it('starts no step once told to stop between two steps', async () => {
    const interrupt = new Interrupt()
    const ctx = context(interrupt)
    const first = command('first', "require('fs').writeFileSync('bin/first', 'x')", ['bin/first'])
    const second = command('second', "require('fs').writeFileSync('bin/second', 'x')", ['bin/second'])
    // The signal comes as the second step begins (its log group opens), after the first ended.
    ctx.log.group = title => {
      if (title === 'Step second') interrupt.trigger('SIGINT')
    }
    const error = await runSteps([first, second], ctx).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Interrupted)
    expect((error as Interrupted).exitCode).toBe(130)
    expect((error as Error).message).toBe(
      'interrupted by SIGINT at step second (Step second), before it started'
    )
    expect(existsSync(join(ctx.root, 'bin', 'first'))).toBe(true)
    expect(existsSync(join(ctx.root, 'bin', 'second'))).toBe(false)
  })
})
