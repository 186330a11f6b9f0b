// What the suite takes from outside the repository. Test data from other projects lives in
// ../shared/testdata (or SVSM_SHARED_DIR/testdata); upstream's real tools and a QEMU with IGVM
// support come only from the environment (SVSM_REF_BIN_DIR, SVSM_QEMU_IGVM: docs/real-tools.md).
// Tests that need any of them use `describeWith(...)`: it runs them when everything is there, and
// otherwise skips them with the reason in the test name and on stderr, so a skip is never silent.
import { describe, it } from '@jest/globals'
import { accessSync, constants, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { SHARED } from './paths.js'

export { SHARED }

/** A file or folder of SHARED/testdata. */
export const testdata = (...parts: string[]) => join(SHARED, 'testdata', ...parts)

const UNSET_REF = '$SVSM_REF_BIN_DIR'
const UNSET_QEMU = '$SVSM_QEMU_IGVM'

/** Upstream's real igvmbuilder, igvmmeasure and packit: the folder SVSM_REF_BIN_DIR names. */
export const REF_BIN = process.env.SVSM_REF_BIN_DIR ? resolve(process.env.SVSM_REF_BIN_DIR) : UNSET_REF
export const refTool = (name: 'igvmbuilder' | 'igvmmeasure' | 'packit') => join(REF_BIN, name)

/** A qemu-system-x86_64 with IGVM support (QEMU 11.1 or COCONUT's fork): SVSM_QEMU_IGVM. */
export const QEMU_IGVM = process.env.SVSM_QEMU_IGVM ? resolve(process.env.SVSM_QEMU_IGVM) : UNSET_QEMU

const executable = (p: string) => {
  try {
    accessSync(p, constants.X_OK)
    return true
  } catch {
    return false
  }
}

const isTool = (p: string) => p === QEMU_IGVM || p.startsWith(`${REF_BIN}/`)

/** Why the paths cannot be used, or null when they all exist (and tools are executable). */
export function missing(paths: string[]): string | null {
  const why: string[] = []
  if (paths.some(p => p.startsWith(UNSET_REF)))
    why.push("SVSM_REF_BIN_DIR is not set (a folder with upstream's igvmbuilder, igvmmeasure, packit)")
  if (paths.includes(UNSET_QEMU))
    why.push('SVSM_QEMU_IGVM is not set (a qemu-system-x86_64 with IGVM support)')
  const gone = paths.filter(p => !p.startsWith('$') && (!existsSync(p) || (isTool(p) && !executable(p))))
  if (gone.length > 0) {
    const shared = gone.some(p => p.startsWith(SHARED)) ? '; CI has ../shared beside the repository' : ''
    why.push(`needs ${gone.join(', ')} (not found${shared})`)
  }
  return why.length === 0 ? null : `${why.join('; ')}; see docs/real-tools.md`
}

/**
 * `describe` when every path is there; otherwise a skipped block that says why (its body is not
 * run, so it may read the missing files while collecting its tests).
 */
export function describeWith(paths: string[], name: string, fn: () => void): void {
  const why = missing(paths)
  if (why === null) return describe(name, fn)
  process.stderr.write(`skipped: ${name}: ${why}\n`)
  describe.skip(`${name} (skipped: ${why})`, () => it.todo(`runs when it has ${paths.join(', ')}`))
}
