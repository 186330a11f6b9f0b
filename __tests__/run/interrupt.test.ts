// Passing SIGINT/SIGTERM on to a command's whole process group: real processes (sh and sleep
// stand in for cargo and rustc), real signals.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
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

/**
 * Runs `script` under sh, whose first line of output must be sh's pid and the pid of each process
 * it started (`echo $$ $!...`); once that line has arrived, calls `then(pids)`.
 */
async function started(script: string, n: number, interrupt: Interrupt, then: (pids: number[]) => void) {
  const out = new PassThrough()
  const line = firstLine(out, 10_000)
  const result = runProcess(['sh', '-c', script], {
    cwd: '/',
    env: process.env,
    out,
    err: null,
    captureStdout: false,
    echoCapturedStdout: false,
    interrupt
  })
  const pids = (await line).split(' ').map(Number)
  expect(pids.length).toBe(n + 1)
  expect(pids.every(p => Number.isInteger(p) && p > 0 && !gone(p))).toBe(true)
  then(pids)
  return { result: await result, pids }
}

/** The first line written to `stream`; fails after `ms` without one. */
function firstLine(stream: PassThrough, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    const timer = setTimeout(
      () => reject(new Error(`no line within ${ms} ms (got ${JSON.stringify(text)})`)),
      ms
    )
    stream.on('data', (b: Buffer) => {
      text += b.toString()
      if (!text.includes('\n')) return
      clearTimeout(timer)
      resolve(text.slice(0, text.indexOf('\n')))
    })
  })
}

describe('an interrupted command', () => {
  it('has its whole process group stopped with the signal received', async () => {
    const interrupt = new Interrupt()
    const t = Date.now()
    const { result, pids } = await started(
      'sleep 60 & a=$!; sleep 60 & echo $$ $a $!; wait',
      2,
      interrupt,
      () => interrupt.trigger('SIGTERM')
    )
    expect(result.interrupted).toBe('SIGTERM')
    expect(result.signal).toBe('SIGTERM')
    expect(pids.every(gone)).toBe(true)
    expect(Date.now() - t).toBeLessThan(KILL_GRACE_MS + 5000)
  })

  it('is killed after the grace period when it ignores the signal', async () => {
    const interrupt = new Interrupt()
    const t = Date.now()
    const { result, pids } = await started("trap '' INT; sleep 60 & echo $$ $!; wait", 1, interrupt, () =>
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
    const { result } = await started("trap '' INT TERM; sleep 60 & echo $$ $!; wait", 1, interrupt, () => {
      interrupt.trigger('SIGINT')
      interrupt.trigger('SIGTERM')
    })
    expect(result.interrupted).toBe('SIGINT')
    expect(result.signal).toBe('SIGKILL')
    expect(Date.now() - t).toBeLessThan(KILL_GRACE_MS)
  })

  it('is not started at all once the build was told to stop', async () => {
    const marker = join(tempDir('interrupt-'), 'ran')
    const run = (interrupt: Interrupt) =>
      runProcess(['touch', marker], {
        cwd: '/',
        env: process.env,
        out: null,
        err: null,
        captureStdout: true,
        echoCapturedStdout: false,
        interrupt
      })
    // A process spawned is this process's child at once, before anything can reap it: the check
    // below sees one started, here where it is (then it runs and leaves the marker).
    const before = children(process.pid)
    const control = run(new Interrupt())
    expect(children(process.pid).filter(p => !before.includes(p))).toHaveLength(1)
    expect((await control).code).toBe(0)
    expect(existsSync(marker)).toBe(true)
    rmSync(marker)

    const interrupt = new Interrupt()
    interrupt.trigger('SIGINT')
    const now = children(process.pid)
    const pending = run(interrupt)
    expect(children(process.pid).filter(p => !now.includes(p))).toEqual([])
    const r: ProcessResult = await pending
    expect(r.interrupted).toBe('SIGINT')
    expect(existsSync(marker)).toBe(false)
  })

  it('exits as a shell reports it: 128 + the signal number', () => {
    expect(new Interrupted('SIGINT', 'x').exitCode).toBe(130)
    expect(new Interrupted('SIGTERM', 'x').exitCode).toBe(143)
  })
})
