// GitHub's cache service through @actions/cache.
import * as cache from '@actions/cache'
import type { CacheStore } from './store.js'

export function githubCacheStore(): CacheStore {
  return {
    kind: 'github',
    restore: (paths, key, restoreKeys) => cache.restoreCache(paths, key, restoreKeys),
    save: async (paths, key) => {
      await cache.saveCache(paths, key)
    }
  }
}

export const githubCacheAvailable = () => cache.isFeatureAvailable()
