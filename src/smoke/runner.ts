// Boots an IGVM file and decides: the success pattern in the serial log, or QEMU's exit status
// (isa-debug-exit), within the timeout. Everything QEMU prints goes to the log file as it comes.
// With -no-reboot QEMU exits with status 0 when the guest resets (a triple fault): `reset` says so.
import { spawn } from 'node:child_process'
import { createWriteStream, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { lastLines } from '../run/process.js'

export interface SmokeResult {
  status: 'passed' | 'failed' | 'timeout'
  reason: string
  /** QEMU exited with 0 before success: the guest reset (or shut down) instead of passing. */
  reset: boolean
  /** What `abortOn` matched, when it stopped the boot. */
  aborted?: string
  exitCode: number | null
  ms: number
  log: string
  tail: string
}

interface SmokeOptions {
  argv: string[]
  log: string
  timeoutMs: number
  success: RegExp
  successExitCode?: number
  /** Stop at once, failed, when QEMU prints this (e.g. a warning that makes the boot pointless). */
  abortOn?: RegExp
  env?: NodeJS.ProcessEnv
  /** After the success pattern, how long QEMU may take to exit by itself (success-exit-code set). */
  exitGraceMs?: number
  /** Grace between SIGTERM and SIGKILL. */
  killAfterMs?: number
}

export function runSmoke(o: SmokeOptions): Promise<SmokeResult> {
  const started = Date.now()
  mkdirSync(dirname(o.log), { recursive: true })
  const out = createWriteStream(o.log)
  return new Promise(resolve => {
    let text = ''
    let verdict: Pick<SmokeResult, 'status' | 'reason'> | null = null
    let aborted: string | undefined
    const child = spawn(o.argv[0]!, o.argv.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: o.env ?? process.env
    })
    const stop = (v: Pick<SmokeResult, 'status' | 'reason'>, graceMs = 0) => {
      if (verdict) return
      verdict = v
      const kill = () => {
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), o.killAfterMs ?? 2000).unref()
      }
      if (graceMs > 0) setTimeout(kill, graceMs).unref()
      else kill()
    }
    const timer = setTimeout(
      () => stop({ status: 'timeout', reason: `no success within ${o.timeoutMs / 1000} s` }),
      o.timeoutMs
    )
    const onData = (b: Buffer) => {
      out.write(b)
      text += b.toString('utf8')
      if (text.length > 1 << 20) text = text.slice(-(1 << 19))
      // With a success exit code too, QEMU gets a moment to end by itself, so its status is known.
      if (o.success.test(text))
        stop(
          { status: 'passed', reason: `serial log matched /${o.success.source}/` },
          o.successExitCode !== undefined ? (o.exitGraceMs ?? 2000) : 0
        )
      const bad = o.abortOn?.exec(text)
      if (bad && !verdict) {
        aborted = bad[0]
        stop({ status: 'failed', reason: `QEMU printed "${bad[0]}"` })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('error', e => stop({ status: 'failed', reason: `cannot start ${o.argv[0]}: ${e.message}` }))
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      let v = verdict
      const reset = !v && code === 0 && !signal
      if (!v) {
        if (o.successExitCode !== undefined && code === o.successExitCode)
          v = { status: 'passed', reason: `QEMU exited with the success status 0x${code.toString(16)}` }
        else
          v = {
            status: 'failed',
            reason: signal
              ? `QEMU was killed by ${signal}`
              : reset
                ? 'the guest reset (QEMU exits with status 0 at a reset under -no-reboot) before the success pattern appeared'
                : `QEMU exited with status ${code} before the success pattern appeared`
          }
      }
      const result: SmokeResult = {
        ...v,
        reset,
        ...(aborted !== undefined ? { aborted } : {}),
        exitCode: code,
        ms: Date.now() - started,
        log: o.log,
        tail: lastLines(text, 30)
      }
      // Resolved once the log is on disk: callers read it next.
      out.end(() => resolve(result))
    })
  })
}
