// A file appears whole or not at all: written beside its place, then renamed over it. On an error
// (a full disk, a read-only folder) nothing is left: neither the half-written temporary file nor a
// claim that the file was written.
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { isSystemError } from './system-error.js'

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`
  try {
    writeFileSync(tmp, data)
    renameSync(tmp, path)
  } catch (e) {
    try {
      rmSync(tmp, { force: true })
    } catch {
      // The first error is the one to report (a folder that refuses writes refuses this too).
    }
    // The caller knows the file by its own name, not by the temporary one.
    if (isSystemError(e)) e.path = path
    throw e
  }
}
