// The services GitHub runs behind the toolkit, played locally for tests and benchmarks: Azurite's
// blob store (real), GitHub's results twirp services and the REST API (faithful fakes), with
// per-call fault injection. Everything listens on 127.0.0.1 on free ports.
//
// Usage (a test, or a plain Node script after `npm ci`):
//   import { startServices } from '../__tests__/harness/index.mjs'
//   const services = await startServices()
//   spawn(process.execPath, ['dist/main/index.js'], { env: { ...process.env, ...services.env } })
//   services.faults.add({ call: 'CacheService/CreateCacheEntry', status: 503 })   // optional
//   await services.stop()
// `services.envFor(runId, jobId)` gives another job's (or another run's) variables.
import { startBlobStore } from './blob.mjs'
import { faultList } from './faults.mjs'
import { runtimeToken, startResults } from './results.mjs'
import { startRest } from './rest.mjs'

export { rateLimited, secondaryRateLimit } from './rest.mjs'
export { backendId, runtimeToken } from './results.mjs'

export const REPOSITORY = 'octo-org/svsm'

export async function startServices({ runId = 100, jobId = 1 } = {}) {
  const faults = faultList()
  /** Every call any service answered, in order: { call, status?, fault? }. */
  const calls = []
  const onRequest = c => calls.push({ ...c, at: Date.now() })
  const blob = await startBlobStore({ faults, onRequest })
  const results = await startResults({ blob, faults, onRequest })
  const rest = await startRest({ results, faults, onRequest })
  const envFor = (run = runId, job = jobId) => ({
    ACTIONS_RESULTS_URL: results.url,
    ACTIONS_RUNTIME_TOKEN: runtimeToken(run, job),
    ACTIONS_CACHE_SERVICE_V2: 'True',
    GITHUB_API_URL: rest.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_REPOSITORY_OWNER: REPOSITORY.split('/')[0],
    GITHUB_RUN_ID: String(run),
    GITHUB_RUN_ATTEMPT: '1'
  })
  return {
    env: envFor(),
    envFor,
    blob,
    results,
    rest,
    faults,
    calls,
    async stop() {
      await rest.close()
      await results.close()
      await blob.close()
    }
  }
}
