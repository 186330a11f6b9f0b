// Temporary folders for tests, always removed: every folder made here is deleted when its test
// file ends, passed or failed, after the file's own afterAll hooks (by the test environment,
// helpers/environment.mjs, which jest.config.js names).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

declare global {
  // The folders this test file made, read by the environment's teardown (one global per file).
  var svsmTempDirs: string[] | undefined
}

/** A new empty folder under the system's temp dir, removed when the test file ends. */
export function tempDir(prefix = 'svsm-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  ;(globalThis.svsmTempDirs ??= []).push(dir)
  return dir
}
