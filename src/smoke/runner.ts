// Boots an IGVM file and decides: the success pattern in the serial log, or QEMU's exit status
// (isa-debug-exit), within the timeout. Everything QEMU prints goes to the log file as it comes.
import { spawn } from 'node:child_process'
import { createWriteStream, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { lastLines } from '../run/process.js'

export interface SmokeResult {
  status: 'passed' | 'failed' | 'timeout'
  reason: string
  exitCode: number | null
  ms: number
  log: string
  tail: string
}

export interface SmokeOptions {
  argv: string[]
  log: string
  timeoutMs: number
  success: RegExp
  successExitCode?: number
  env?: NodeJS.ProcessEnv
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
    const child = spawn(o.argv[0]!, o.argv.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: o.env ?? process.env
    })
    const stop = (v: Pick<SmokeResult, 'status' | 'reason'>) => {
      if (verdict) return
      verdict = v
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), o.killAfterMs ?? 2000).unref()
    }
    const timer = setTimeout(
      () => stop({ status: 'timeout', reason: `no success within ${o.timeoutMs / 1000} s` }),
      o.timeoutMs
    )
    const onData = (b: Buffer) => {
      out.write(b)
      text += b.toString('utf8')
      if (text.length > 1 << 20) text = text.slice(-(1 << 19))
      if (o.success.test(text)) stop({ status: 'passed', reason: `serial log matched /${o.success.source}/` })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('error', e => stop({ status: 'failed', reason: `cannot start ${o.argv[0]}: ${e.message}` }))
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      out.end()
      let v = verdict
      if (!v) {
        if (o.successExitCode !== undefined && code === o.successExitCode)
          v = { status: 'passed', reason: `QEMU exited with the success status 0x${code.toString(16)}` }
        else
          v = {
            status: 'failed',
            reason: signal
              ? `QEMU was killed by ${signal}`
              : `QEMU exited with status ${code} before the success pattern appeared`
          }
      }
      resolve({ ...v, exitCode: code, ms: Date.now() - started, log: o.log, tail: lastLines(text, 30) })
    })
  })
}
