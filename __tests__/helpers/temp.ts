// Temporary folders for tests, always removed: every folder made here is deleted after its test
// file ends (jest.config.js runs cleanup-temp.ts after each file), passed or failed.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const made: string[] = []

/** A new empty folder under the system's temp dir, removed when the test file ends. */
export function tempDir(prefix = 'svsm-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** Removes every folder tempDir made (called once per test file). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}
