// A tiny tmpfs (full disks, read-only folders) for the tests that need the kernel's own ENOSPC and
// EROFS. Mounting needs root; elsewhere `tmpfsReason` says why those tests are skipped.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Mounts a tmpfs at `dir` (made when missing); true when it worked. */
export function mountTmpfs(dir: string, options: string): boolean {
  mkdirSync(dir, { recursive: true })
  return spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' }).status === 0
}

export function unmount(dir: string): void {
  spawnSync('umount', [dir], { stdio: 'ignore' })
}

/** Why tmpfs mounts cannot be made here, or null when they can. */
export const tmpfsReason: string | null = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'svsm-mount-probe-'))
  try {
    if (!mountTmpfs(probe, 'size=64k')) return 'cannot mount a tmpfs here (needs root)'
    unmount(probe)
    return null
  } finally {
    rmSync(probe, { recursive: true, force: true })
  }
})()
