// Runs the bundled entry points as real processes.
import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { REPO } from './paths.js'

export const CLI = join(REPO, 'dist', 'cli', 'index.js')

export interface Ran {
  code: number | null
  stdout: string
  stderr: string
}

export function runNode(
  script: string,
  args: string[],
  o: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): Ran {
  const r = spawnSync(process.execPath, [script, ...args], {
    cwd: o.cwd ?? REPO,
    env: o.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 64 << 20
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

export const runCli = (args: string[], o: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
  runNode(CLI, args, o)

/** Like runNode, without blocking the event loop (for tests whose services live in this process). */
export function runNodeAsync(
  script: string,
  args: string[],
  o: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: o.cwd ?? REPO,
      env: o.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', d => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', d => (stderr += d))
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}
