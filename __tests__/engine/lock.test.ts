// One build per tree: the lock file names its holder; a dead holder's lock is taken over.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { acquireBuildLock, BuildLocked, LOCK_FILE } from '../../src/engine/lock.js'
import { PreflightError } from '../../src/util/errors.js'
import { tempDir } from '../helpers/temp.js'

const tree = () => tempDir('lock-')
/** The pid of a process that has exited (and been reaped). */
const deadPid = () =>
  spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString()
const writeLock = (root: string, holder: object) => {
  mkdirSync(join(root, 'bin'), { recursive: true })
  writeFileSync(join(root, LOCK_FILE), JSON.stringify(holder))
}

describe('the build lock', () => {
  it('records pid, host, start time and command, and is gone once released', () => {
    const root = tree()
    const release = acquireBuildLock(root, 'svsm-build build configs/qemu-target.json', () => {}, new Date(0))
    expect(JSON.parse(readFileSync(join(root, LOCK_FILE), 'utf8'))).toEqual({
      pid: process.pid,
      host: hostname(),
      started: '1970-01-01T00:00:00.000Z',
      command: 'svsm-build build configs/qemu-target.json'
    })
    release()
    expect(existsSync(join(root, LOCK_FILE))).toBe(false)
    expect(existsSync(join(root, 'bin'))).toBe(true)
  })

  it('refuses a second build while the first runs, naming the first', () => {
    const root = tree()
    const release = acquireBuildLock(root, 'svsm-build build a.json', () => {}, new Date(1000))
    let error: unknown
    try {
      acquireBuildLock(root, 'svsm-build build b.json', () => {}, new Date(61000))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BuildLocked)
    expect(error).toBeInstanceOf(PreflightError)
    expect((error as Error).message).toBe(
      `another build of ${root} is running: pid ${process.pid} on ${hostname()}, started 1970-01-01T00:00:01.000Z (60 s ago): svsm-build build a.json\n` +
        `Wait for it to finish, or stop it; if it is gone, remove ${join(root, LOCK_FILE)}`
    )
    // The refused build took nothing away: the first still holds the lock.
    expect(JSON.parse(readFileSync(join(root, LOCK_FILE), 'utf8')).command).toBe('svsm-build build a.json')
    release()
    acquireBuildLock(root, 'svsm-build build b.json', () => {})()
  })

  it('takes over the lock of a process that is gone, with a note', () => {
    const root = tree()
    const pid = Number(deadPid())
    writeLock(root, {
      pid,
      host: hostname(),
      started: '2026-01-01T00:00:00.000Z',
      command: 'svsm-build build x.json'
    })
    const notes: string[] = []
    const release = acquireBuildLock(root, 'svsm-build build y.json', m => notes.push(m))
    expect(notes).toEqual([
      `${LOCK_FILE}: taking over the lock of pid ${pid} (started 2026-01-01T00:00:00.000Z: svsm-build build x.json); that process is no longer running`
    ])
    expect(JSON.parse(readFileSync(join(root, LOCK_FILE), 'utf8')).pid).toBe(process.pid)
    release()
  })

  it('does not judge a lock held on another host', () => {
    const root = tree()
    writeLock(root, {
      pid: 1,
      host: 'elsewhere',
      started: new Date().toISOString(),
      command: 'svsm-build build x.json'
    })
    expect(() => acquireBuildLock(root, 'b', () => {})).toThrow(
      /^another build of .* is running: pid 1 on elsewhere \(another host: its pid cannot be checked from here\)/
    )
  })

  it('refuses on a lock file it cannot read, saying so', () => {
    const root = tree()
    mkdirSync(join(root, 'bin'))
    writeFileSync(join(root, LOCK_FILE), 'not json')
    expect(() => acquireBuildLock(root, 'b', () => {})).toThrow(
      `${root} is locked by ${join(root, LOCK_FILE)}, which does not say who holds it (not the JSON svsm-build writes); if no other build of this tree runs, remove it`
    )
  })

  it('releases only a lock that is still its own', () => {
    const root = tree()
    const release = acquireBuildLock(root, 'a', () => {})
    const other = { pid: process.pid + 1, host: hostname(), started: 'x', command: 'other' }
    writeLock(root, other)
    release()
    expect(JSON.parse(readFileSync(join(root, LOCK_FILE), 'utf8'))).toEqual(other)
  })
})
