// Runs one argv (never through a shell), streams its output, keeps what the caller needs.
import { spawn } from 'node:child_process'
import type { Writable } from 'node:stream'
import type { Interrupt } from './interrupt.js'

export interface ProcessResult {
  code: number | null
  signal: NodeJS.Signals | null
  /** Full stdout when captured, else ''. */
  stdout: string
  /** The last lines of stderr, for failure messages. */
  stderrTail: string
  /** Set when the program could not be started at all (ENOENT, EACCES). */
  spawnError?: NodeJS.ErrnoException
  /** The signal passed on to its process group, when the build was interrupted while it ran. */
  interrupted?: NodeJS.Signals
}

interface ProcessOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Where the child's output goes as it arrives; null drops it. */
  out: Writable | null
  err: Writable | null
  captureStdout: boolean
  /** Forward stdout to `out` even when capturing (igvmmeasure: its block belongs in the log). */
  echoCapturedStdout: boolean
  /** Stops the process and everything it started (its process group) when triggered. */
  interrupt?: Interrupt
}

/** How long an interrupted command's killed process group may take to disappear. */
const GROUP_GONE_MS = 10_000
const TAIL_BYTES = 4096
/** How long a process group gets to end after the signal is passed on, before SIGKILL. */
export const KILL_GRACE_MS = 3000

export function runProcess(argv: readonly string[], o: ProcessOptions): Promise<ProcessResult> {
  // Told to stop before it even started (between two steps): it is not started at all.
  if (o.interrupt?.signal)
    return Promise.resolve({
      code: null,
      signal: null,
      stdout: '',
      stderrTail: '',
      interrupted: o.interrupt.signal
    })
  return new Promise(resolve => {
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: o.cwd,
      env: o.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that one kill reaches what it spawned too (cargo → rustc). Only
      // when someone passes signals on: otherwise a terminal's Ctrl-C must reach it directly.
      detached: o.interrupt !== undefined
    })
    let interrupted: NodeJS.Signals | undefined
    let escalation: NodeJS.Timeout | undefined
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal)
      } catch {
        // The group is gone already.
      }
    }
    const onSignal = (signal: NodeJS.Signals, count: number) => {
      interrupted ??= signal
      if (count > 1) return killGroup('SIGKILL')
      killGroup(signal)
      escalation = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS)
      escalation.unref()
    }
    const stopListening = o.interrupt?.listen(onSignal)
    const stdout: Buffer[] = []
    let tail = Buffer.alloc(0)
    let spawnError: NodeJS.ErrnoException | undefined
    child.stdout.on('data', (b: Buffer) => {
      if (o.captureStdout) stdout.push(b)
      if (!o.captureStdout || o.echoCapturedStdout) o.out?.write(b)
    })
    child.stderr.on('data', (b: Buffer) => {
      o.err?.write(b)
      tail = Buffer.concat([tail, b])
      if (tail.length > TAIL_BYTES * 2) tail = tail.subarray(tail.length - TAIL_BYTES)
    })
    child.on('error', e => {
      spawnError = e as NodeJS.ErrnoException
    })
    child.on('close', async (code, signal) => {
      stopListening?.()
      clearTimeout(escalation)
      // Whatever of its group outlived it (a rustc whose cargo died first) goes with it, and the
      // build ends only once it is gone: a killed process busy in the kernel dies when it returns.
      if (interrupted) {
        killGroup('SIGKILL')
        if (child.pid !== undefined) await groupGone(child.pid, GROUP_GONE_MS)
      }
      const text = tail.toString('utf8')
      resolve({
        code: spawnError ? null : code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderrTail: lastLines(text.length > TAIL_BYTES ? text.slice(-TAIL_BYTES) : text, 20),
        ...(spawnError ? { spawnError } : {}),
        ...(interrupted ? { interrupted } : {})
      })
    })
  })
}

/** Waits until no process of group `pgid` is left (true), or `ms` have passed (false). */
async function groupGone(pgid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  for (;;) {
    try {
      process.kill(-pgid, 0)
    } catch {
      return true
    }
    if (Date.now() > deadline) return false
    await new Promise(r => setTimeout(r, 10))
  }
}

export function lastLines(text: string, n: number): string {
  const lines = text.replace(/\s+$/, '').split('\n')
  return lines.slice(-n).join('\n')
}

/** An argv as a user would type it (for messages and logs, never for execution). */
export function displayArgv(argv: readonly string[]): string {
  return argv.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ')
}
