// The action's post step: prune the target dir, record source stamps, save every cache that did
// not hit exactly. Every failure is a warning.
import * as core from '@actions/core'
import { recordStamps } from '../cache/freshness.js'
import { pruneTargetDir } from '../cache/prune.js'
import { saveSafely } from '../cache/safe.js'
import { formatSize } from '../report/markdown.js'
import { coreLogger } from './logger.js'
import { cacheStore } from './runtime.js'
import { readPostState } from './state.js'

/** The post step; failures are warnings (a cache is an optimisation). */
export async function run(): Promise<void> {
  try {
    await runPost()
  } catch (e) {
    core.warning(`svsm-build post: ${(e as Error).message}`)
  }
}

export async function runPost(): Promise<void> {
  const state = readPostState()
  if (!state) return core.info('svsm-build: main did not get as far as the caches; nothing to save')
  if (!state.save) return core.info('svsm-build: not saving caches (save-cache policy)')
  const store = cacheStore(state.backend, state.localCacheDir, state.workspace)
  for (const c of state.caches) {
    if (c.outcome === 'exact') {
      core.info(`${c.name} cache: exact hit on ${c.key}; not saved again`)
      continue
    }
    if (c.name === 'target') {
      const pruned = pruneTargetDir(state.targetDir, state.jobStartMs)
      const files = recordStamps(state.root, state.targetDir)
      core.info(
        `target: pruned ${pruned.removedEntries} entries (${formatSize(pruned.removedBytes)}); stamps for ${files} source files`
      )
    }
    await saveSafely(store, c, coreLogger)
  }
}
