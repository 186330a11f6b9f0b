// GitHub's cache service for the bench: the test suite's services harness (Azurite's blob store
// and the results-service fake) when it is there, otherwise the bench's own minimal stand-in
// (results-fake.mjs). The one place the bench touches either.
export async function githubServices() {
  const harness = new URL('../../__tests__/harness/index.mjs', import.meta.url)
  const loaded = await import(harness.href).catch(() => undefined)
  if (!loaded) {
    process.stderr.write(
      `no services harness at ${harness.pathname}: using bench/warm-cache/results-fake.mjs\n`
    )
    const { startResultsFake } = await import('./results-fake.mjs')
    return { via: 'results-fake.mjs', ...(await startResultsFake()) }
  }
  const s = await loaded.startServices()
  return {
    via: '__tests__/harness',
    env: s.env,
    /** The committed blob size of the finalized entry with this key. */
    archiveBytes: key => [...s.results.caches.values()].find(e => e.key === key && e.finalized)?.size,
    stop: () => s.stop()
  }
}
