// git as every room runs it: argv, never a shell; the answer with its stdout and its last words.
import { spawnSync } from 'node:child_process'

export interface GitAnswer {
  ok: boolean
  out: string
  /** stderr, trimmed (git's own message when it failed). */
  err: string
}

export function git(cwd: string, args: readonly string[]): GitAnswer {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 << 20 })
  return { ok: r.status === 0, out: r.stdout ?? '', err: (r.stderr ?? '').trim() }
}
