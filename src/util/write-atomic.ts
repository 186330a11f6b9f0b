// A file appears whole or not at all: written beside its place, then renamed over it.
import { renameSync, rmSync, writeFileSync } from 'node:fs'

export function writeFileAtomic(path: string, data: string | Buffer): void {
  const tmp = `${path}.tmp-${process.pid}`
  try {
    writeFileSync(tmp, data)
    renameSync(tmp, path)
  } catch (e) {
    rmSync(tmp, { force: true })
    throw e
  }
}
