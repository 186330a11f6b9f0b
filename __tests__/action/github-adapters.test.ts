// GitHub's services cannot exist here: the adapters are tested at their boundary with the
// @actions/cache and @actions/artifact modules replaced.
import { beforeEach, describe, expect, it, jest } from '@jest/globals'

const restoreCache =
  jest.fn<(paths: string[], key: string, restoreKeys?: string[]) => Promise<string | undefined>>()
const saveCache = jest.fn<(paths: string[], key: string) => Promise<number>>()
const uploadArtifact =
  jest.fn<
    (
      name: string,
      files: string[],
      root: string,
      o?: { retentionDays?: number }
    ) => Promise<{ id?: number; size?: number }>
  >()

jest.unstable_mockModule('@actions/cache', () => ({
  restoreCache,
  saveCache,
  isFeatureAvailable: () => true,
  ReserveCacheError: class extends Error {}
}))
jest.unstable_mockModule('@actions/artifact', () => ({
  DefaultArtifactClient: class {
    uploadArtifact = uploadArtifact
  }
}))

const { githubCacheStore } = await import('../../src/cache/github.js')
const { githubArtifactStore } = await import('../../src/artifacts/github.js')
const { restoreSafely, saveSafely } = await import('../../src/cache/safe.js')

const log = () => {
  const lines: string[] = []
  return {
    lines,
    info: (m: string) => lines.push(`info ${m}`),
    warn: (m: string) => lines.push(`warn ${m}`),
    group: () => {},
    endGroup: () => {}
  }
}
const spec = {
  name: 'target',
  paths: ['/w/svsm/target'],
  key: 'p-target-v1-Linux-X64-a-debug-b-c',
  restoreKeys: ['p-target-v1-Linux-X64-a-debug-b-', 'p-target-v1-Linux-X64-a-debug-']
}

beforeEach(() => {
  restoreCache.mockReset()
  saveCache.mockReset()
  uploadArtifact.mockReset()
})

describe('GitHub cache adapter', () => {
  it('passes paths, key and restore keys and reports exact and partial hits', async () => {
    restoreCache.mockResolvedValueOnce(spec.key).mockResolvedValueOnce(spec.restoreKeys[1])
    const store = githubCacheStore()
    expect(await restoreSafely(store, spec, log())).toMatchObject({ outcome: 'exact', matchedKey: spec.key })
    expect(await restoreSafely(store, spec, log())).toMatchObject({
      outcome: 'partial',
      matchedKey: spec.restoreKeys[1]
    })
    expect(restoreCache).toHaveBeenCalledWith(spec.paths, spec.key, spec.restoreKeys)
  })

  it('saves under the key and turns a read-only token into a warning', async () => {
    saveCache
      .mockResolvedValueOnce(42)
      .mockRejectedValueOnce(new Error('cache write denied: token is read-only'))
    const l = log()
    expect(await saveSafely(githubCacheStore(), spec, l)).toBe(true)
    expect(await saveSafely(githubCacheStore(), spec, l)).toBe(false)
    expect(saveCache).toHaveBeenCalledWith(spec.paths, spec.key)
    expect(l.lines).toContain('warn target cache not saved: cache write denied: token is read-only')
  })

  it('treats a miss as a miss', async () => {
    restoreCache.mockResolvedValueOnce(undefined)
    expect(await restoreSafely(githubCacheStore(), spec, log())).toMatchObject({ outcome: 'miss' })
  })
})

describe('GitHub artifact adapter', () => {
  it('uploads the files under the name with the retention and builds the artifact URL', async () => {
    uploadArtifact.mockResolvedValueOnce({ id: 1234, size: 99 })
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '77' }
    const r = await githubArtifactStore(env).upload('svsm-igvm-x', ['/s/a.igvm', '/s/SHA256SUMS'], '/s', {
      retentionDays: 5
    })
    expect(uploadArtifact).toHaveBeenCalledWith('svsm-igvm-x', ['/s/a.igvm', '/s/SHA256SUMS'], '/s', {
      retentionDays: 5
    })
    expect(r).toEqual({
      name: 'svsm-igvm-x',
      id: 1234,
      size: 99,
      url: 'https://github.com/o/r/actions/runs/77/artifacts/1234'
    })
  })

  it('passes no retention when none is asked for', async () => {
    uploadArtifact.mockResolvedValueOnce({ id: 1, size: 1 })
    await githubArtifactStore({}).upload('n', ['/s/f'], '/s', {})
    expect(uploadArtifact).toHaveBeenCalledWith('n', ['/s/f'], '/s', {})
  })
})
