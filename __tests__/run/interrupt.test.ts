// Passing SIGINT/SIGTERM on to a command's whole process group: real processes (sh and sleep
// stand in for cargo and rustc), real signals.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Interrupt, Interrupted } from '../../src/run/interrupt.js'
import { KILL_GRACE_MS, runProcess, type ProcessResult } from '../../src/run/process.js'
import { tempDir } from '../helpers/temp.js'

/** Pids of `pid`'s children, from /proc (Linux). */
function children(pid: number): number[] {
  try {
    const tasks = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    return tasks.split(' ').filter(Boolean).map(Number)
  } catch {
    return []
  }
}
/** A pid that is gone, or a zombie nobody reaped yet (it runs nothing any more). */
function gone(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.startsWith('Z')
  } catch {
    return true
  }
}

/** Starts `script` under sh, waits until it has `n` children, then calls `then(pids)`. */
async function started(script: string, n: number, interrupt: Interrupt, then: (pids: number[]) => void) {
  const before = new Set(children(process.pid))
  const result = runProcess(['sh', '-c', script], {
    cwd: '/',
    env: process.env,
    out: null,
    err: null,
    captureStdout: false,
    echoCapturedStdout: false,
    interrupt
  })
  let pids: number[] = []
  for (let i = 0; i < 200 && pids.length < n + 1; i++) {
    await new Promise(r => setTimeout(r, 25))
    const sh = children(process.pid).filter(p => !before.has(p))
    pids = [...sh, ...sh.flatMap(children)]
  }
  expect(pids.length).toBe(n + 1)
  then(pids)
  return { result: await result, pids }
}

describe('an interrupted command', () => {
  it('has its whole process group stopped with the signal received', async () => {
    const interrupt = new Interrupt()
    const t = Date.now()
    const { result, pids } = await started('sleep 60 & sleep 60 & wait', 2, interrupt, () =>
      interrupt.trigger('SIGTERM')
    )
    expect(result.interrupted).toBe('SIGTERM')
    expect(result.signal).toBe('SIGTERM')
    expect(pids.every(gone)).toBe(true)
    expect(Date.now() - t).toBeLessThan(KILL_GRACE_MS + 5000)
  })

  it('is killed after the grace period when it ignores the signal', async () => {
    const interrupt = new Interrupt()
    const t = Date.now()
    const { result, pids } = await started("trap '' INT; sleep 60 & wait", 1, interrupt, () =>
      interrupt.trigger('SIGINT')
    )
    expect(result.interrupted).toBe('SIGINT')
    expect(result.signal).toBe('SIGKILL')
    expect(Date.now() - t).toBeGreaterThanOrEqual(KILL_GRACE_MS)
    expect(pids.every(gone)).toBe(true)
  })

  it('is killed at once on a second signal (GitHub: SIGINT, then SIGTERM)', async () => {
    const interrupt = new Interrupt()
    const t = Date.now()
    const { result } = await started("trap '' INT TERM; sleep 60 & wait", 1, interrupt, () => {
      interrupt.trigger('SIGINT')
      interrupt.trigger('SIGTERM')
    })
    expect(result.interrupted).toBe('SIGINT')
    expect(result.signal).toBe('SIGKILL')
    expect(Date.now() - t).toBeLessThan(KILL_GRACE_MS)
  })

  it('is not started at all once the build was told to stop', async () => {
    const interrupt = new Interrupt()
    interrupt.trigger('SIGINT')
    const marker = join(tempDir('interrupt-'), 'ran')
    const r: ProcessResult = await runProcess(['touch', marker], {
      cwd: '/',
      env: process.env,
      out: null,
      err: null,
      captureStdout: true,
      echoCapturedStdout: false,
      interrupt
    })
    expect(r.interrupted).toBe('SIGINT')
    await new Promise(r => setTimeout(r, 200))
    expect(existsSync(marker)).toBe(false)
  })

  it('exits as a shell reports it: 128 + the signal number', () => {
    expect(new Interrupted('SIGINT', 'x').exitCode).toBe(130)
    expect(new Interrupted('SIGTERM', 'x').exitCode).toBe(143)
  })
})
