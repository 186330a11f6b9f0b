// One build per svsm tree at a time: two would write the same bin/ files and each claim the
// other's. The lock file says who holds it; one left by a process that is gone is taken over.
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { dirname, resolve } from 'node:path'
import { z } from 'zod'
import { PreflightError } from './errors.js'

/** Beside the results it guards (bin/ is never cached, unlike target/). */
export const LOCK_FILE = 'bin/.svsm-build.lock'

const lockInfo = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  started: z.string(),
  command: z.string()
})
export type LockInfo = z.infer<typeof lockInfo>

export class BuildLocked extends PreflightError {
  override name = 'BuildLocked'
}

/**
 * Takes the lock of the tree at `root` for this process, or throws BuildLocked naming its holder.
 * Returns the function that gives it back (only if it is still ours).
 */
export function acquireBuildLock(
  root: string,
  command: string,
  note: (message: string) => void,
  now: Date = new Date()
): () => void {
  const path = resolve(root, LOCK_FILE)
  const mine: LockInfo = { pid: process.pid, host: hostname(), started: now.toISOString(), command }
  mkdirSync(dirname(path), { recursive: true })
  // Written whole under another name, then linked: nobody ever reads a half-written lock.
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, `${JSON.stringify(mine)}\n`)
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(tmp, path)
        break
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 2) throw e
      }
      const holder = readLock(path)
      if (holder === 'gone') continue
      if (holder !== 'unreadable' && holder.host === mine.host && !alive(holder.pid)) {
        note(
          `${LOCK_FILE}: taking over the lock of pid ${holder.pid} (started ${holder.started}: ${holder.command}); that process is no longer running`
        )
        rmSync(path, { force: true })
        continue
      }
      throw new BuildLocked(lockedMessage(root, path, holder, now))
    }
  } finally {
    rmSync(tmp, { force: true })
  }
  return () => {
    const holder = readLock(path)
    if (holder !== 'gone' && holder !== 'unreadable' && holder.pid === mine.pid && holder.host === mine.host)
      rmSync(path, { force: true })
  }
}

function readLock(path: string): LockInfo | 'gone' | 'unreadable' {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'gone'
    return 'unreadable'
  }
  try {
    const r = lockInfo.safeParse(JSON.parse(text))
    return r.success ? r.data : 'unreadable'
  } catch {
    return 'unreadable'
  }
}

/** Signal 0 tests for existence; EPERM means it exists under another user. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function lockedMessage(root: string, path: string, holder: LockInfo | 'unreadable', now: Date): string {
  if (holder === 'unreadable')
    return `${root} is locked by ${path}, which does not say who holds it (not the JSON svsm-build writes); if no other build of this tree runs, remove it`
  const age = Math.max(0, Math.round((now.getTime() - Date.parse(holder.started)) / 1000))
  const elsewhere = holder.host !== hostname() ? ` (another host: its pid cannot be checked from here)` : ''
  return (
    `another build of ${root} is running: pid ${holder.pid} on ${holder.host}${elsewhere}, started ${holder.started} (${age} s ago): ${holder.command}\n` +
    `Wait for it to finish, or stop it; if it is gone, remove ${path}`
  )
}
