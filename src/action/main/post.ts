// The action's post step: prune the target dir, record source stamps, save every cache that did
// not hit exactly. Every failure is a warning; a save is reported only when the service took it.
import * as core from '@actions/core'
import { recordStamps } from '../../cache/freshness.js'
import { pruneTargetDir } from '../../cache/prune.js'
import { nothingToCache, saveSafely, type SaveResult } from '../../cache/safe.js'
import { formatSize } from '../../report/markdown.js'
import { guardStrayErrors } from '../guard.js'
import { coreLogger } from '../logger.js'
import { cacheStore } from '../runtime.js'
import { readPostState } from './state.js'

/** The post step; failures are warnings (a cache is an optimisation). */
export async function run(): Promise<void> {
  // Not removed at the end: stray errors may come after this returns, until the process exits.
  guardStrayErrors('post')
  try {
    await runPost()
  } catch (e) {
    core.warning(`svsm-build post: ${(e as Error).message}`)
  }
}

async function runPost(): Promise<Record<string, SaveResult | 'exact'>> {
  const done: Record<string, SaveResult | 'exact'> = {}
  const state = readPostState()
  if (!state) {
    core.info('svsm-build: main did not get as far as the caches; nothing to save')
    return done
  }
  if (!state.save) {
    core.info('svsm-build: not saving caches (save-cache policy)')
    return done
  }
  const store = cacheStore(state.backend, state.localCacheDir, state.workspace)
  for (const c of state.caches) {
    if (c.outcome === 'exact') {
      core.info(`${c.name} cache: exact hit on ${c.key}; not saved again`)
      done[c.name] = 'exact'
      continue
    }
    if (c.name === 'target' && !nothingToCache(c)) {
      const pruned = pruneTargetDir(state.targetDir, state.jobStartMs)
      const files = recordStamps(state.root, state.targetDir)
      core.info(
        `target: pruned ${pruned.removedEntries} entries (${formatSize(pruned.removedBytes)}); stamps for ${files} source files`
      )
    }
    done[c.name] = await saveSafely(store, c, coreLogger)
  }
  const count = (r: string) => Object.values(done).filter(v => v === r).length
  core.info(
    `svsm-build caches: ${count('saved')} saved, ${count('exact')} exact hits, ${count('skipped')} with nothing to save, ${count('failed')} not saved`
  )
  return done
}
