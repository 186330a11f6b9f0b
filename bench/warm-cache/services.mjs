// GitHub's cache service for the bench, played by the test suite's services harness (Azurite's
// blob store and the results-service fake): the one place the bench touches it.
import { startServices } from '../../__tests__/harness/index.mjs'

export async function githubServices() {
  const s = await startServices()
  return {
    env: s.env,
    /** The committed blob size of the finalized entry with this key. */
    archiveBytes: key => [...s.results.caches.values()].find(e => e.key === key && e.finalized)?.size,
    stop: () => s.stop()
  }
}
