// One build per svsm tree at a time: two would write the same bin/ files and each claim the
// other's. The lock file says who holds it; one left by a process that is gone is taken over.
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { dirname, resolve } from 'node:path'
import { z } from 'zod'
import { PreflightError } from '../util/errors.js'
import { isSystemError, systemErrorReason } from '../util/system-error.js'

/** Beside the results it guards (bin/ is never cached, unlike target/). */
export const LOCK_FILE = 'bin/.svsm-build.lock'

const lockInfo = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  started: z.string(),
  command: z.string()
})
type LockInfo = z.infer<typeof lockInfo>

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
  try {
    return takeLock(root, path, command, note, now)
  } catch (e) {
    // A read-only bin/, a full disk, a file where bin/ should be: one message naming the folder.
    if (!isSystemError(e)) throw e
    throw new PreflightError(
      `${dirname(path)}: cannot create the build lock ${LOCK_FILE} there: ${systemErrorReason(e)}; the build writes its results in bin/, so it must be a writable folder`
    )
  }
}

function takeLock(
  root: string,
  path: string,
  command: string,
  note: (message: string) => void,
  now: Date
): () => void {
  const mine: LockInfo = { pid: process.pid, host: hostname(), started: now.toISOString(), command }
  mkdirSync(dirname(path), { recursive: true })
  const text = `${JSON.stringify(mine)}\n`
  for (let attempt = 0; !createExclusive(path, text); attempt++) {
    const holder = readLock(path)
    if (holder === 'gone' && attempt < 3) continue
    if (holder !== 'gone' && holder !== 'unreadable' && holder.host === mine.host && !alive(holder.pid)) {
      const taken = attempt < 3 ? takeOver(path, holder) : holder
      if (taken === 'vanished') continue
      if (taken === 'taken') {
        note(
          `${LOCK_FILE}: taking over the lock of pid ${holder.pid} (started ${holder.started}: ${holder.command}); that process is no longer running`
        )
        continue
      }
      // Another build took the dead lock over first: it is that build's now.
      throw new BuildLocked(lockedMessage(root, path, taken, now))
    }
    throw new BuildLocked(lockedMessage(root, path, holder === 'gone' ? 'unreadable' : holder, now))
  }
  return () => {
    const holder = readLock(path)
    if (holder !== 'gone' && holder !== 'unreadable' && holder.pid === mine.pid && holder.host === mine.host)
      rmSync(path, { force: true })
  }
}

/**
 * Creates `path` with `text` unless it exists. Written whole under another name, then linked, so
 * nobody ever reads a half-written lock; where hard links are not supported, created in place.
 */
function createExclusive(path: string, text: string): boolean {
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, text)
  try {
    linkSync(tmp, path)
    return true
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return false
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw e
  } finally {
    rmSync(tmp, { force: true })
  }
  try {
    writeFileSync(path, text, { flag: 'wx' })
    return true
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw e
  }
}

/**
 * Moves the dead holder's lock aside (atomic: of two builds doing this at once, one gets it) and
 * checks it moved the dead one; if another build's fresh lock was moved instead, it is put back.
 */
function takeOver(path: string, dead: LockInfo): 'taken' | 'vanished' | LockInfo | 'unreadable' {
  const aside = `${path}.${process.pid}.stale`
  try {
    renameSync(path, aside)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'vanished'
    throw e
  }
  const moved = readLock(aside)
  try {
    if (moved !== 'gone' && JSON.stringify(moved) === JSON.stringify(dead)) return 'taken'
    linkSync(aside, path)
    return moved === 'gone' ? 'unreadable' : moved
  } finally {
    rmSync(aside, { force: true })
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
