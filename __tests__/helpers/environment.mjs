// Jest's node environment, plus the removal of every folder a test file made with tempDir()
// (helpers/temp.ts). Teardown runs after all of the file's hooks, its own afterAll too (one that
// unmounts a tmpfs or stops a server still finds its folder), whether the file passed or failed.
import { rmSync } from 'node:fs'
import { TestEnvironment } from 'jest-environment-node'

export default class TempRemovingEnvironment extends TestEnvironment {
  async teardown() {
    for (const dir of this.global.svsmTempDirs ?? []) rmSync(dir, { recursive: true, force: true })
    await super.teardown()
  }
}
