// Runs the bundled entry points as real processes.
import { spawnSync } from 'node:child_process'
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
