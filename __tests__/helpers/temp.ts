// Temporary folders for tests, always removed: every folder made here is deleted when its test
// file ends, passed or failed, after the file's own afterAll hooks (by the test environment,
// helpers/environment.mjs, which jest.config.js names).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

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

/** A new temp folder (removed when the test file ends) holding `files`: relative path → text. */
export function tempTree(prefix: string, files: Record<string, string>): string {
  const root = tempDir(prefix)
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, f)), { recursive: true })
    writeFileSync(join(root, f), text)
  }
  return root
}
