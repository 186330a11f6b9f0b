// The reference material beside the repository (../shared: upstream's real tools, a QEMU with
// IGVM support, test data). CI has it; a plain clone may not. Tests that need it use
// `describeWith(...)`: it runs them when everything is there, and otherwise skips them with the
// reason in the test name and on stderr, so a skip is never silent.
import { describe } from '@jest/globals'
import { accessSync, constants, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { REPO } from './paths.js'

/** ../shared, or SVSM_SHARED_DIR. */
export const SHARED = resolve(process.env.SVSM_SHARED_DIR ?? join(REPO, '..', 'shared'))

/** Upstream's real igvmbuilder, igvmmeasure and packit (or SVSM_REF_BIN_DIR). */
export const REF_BIN = resolve(process.env.SVSM_REF_BIN_DIR ?? join(SHARED, 'refbin'))
export const refTool = (name: 'igvmbuilder' | 'igvmmeasure' | 'packit') => join(REF_BIN, name)

/** QEMU 11.1 with IGVM support. */
export const QEMU_IGVM = join(SHARED, 'qemu-igvm', 'bin', 'qemu-system-x86_64')

const executable = (p: string) => {
  try {
    accessSync(p, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Why the paths cannot be used, or null when they all exist (and binaries are executable). */
export function missing(paths: string[]): string | null {
  const gone = paths.filter(
    p => !existsSync(p) || (p.includes('/bin/') || p.startsWith(REF_BIN) ? !executable(p) : false)
  )
  return gone.length === 0
    ? null
    : `needs ${gone.join(', ')} (not found; CI has ../shared beside the repository)`
}

/** `describe` when every path is there; otherwise `describe.skip`, saying why. */
export function describeWith(paths: string[], name: string, fn: () => void): void {
  const why = missing(paths)
  if (why === null) return describe(name, fn)
  process.stderr.write(`skipped: ${name}: ${why}\n`)
  describe.skip(`${name} (skipped: ${why})`, fn)
}
