// Restoring the caches before the build, and what an exact firmware hit lets the build skip.
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { applyStamps } from '../../cache/freshness.js'
import { restoreSafely, type CacheSpec, type Restored } from '../../cache/safe.js'
import type { CacheStore } from '../../cache/store.js'
import type { Plan } from '../../plan/types.js'
import { coreLogger } from '../logger.js'

export async function restoreCaches(
  store: CacheStore,
  specs: CacheSpec[],
  o: { root: string; targetDir: string; backend: string }
): Promise<Restored[]> {
  core.startGroup(`Restoring caches (${o.backend})`)
  const restored: Restored[] = []
  for (const s of specs) restored.push(await restoreSafely(store, s, coreLogger))
  if (restored.some(r => r.name === 'target' && r.outcome !== 'miss')) {
    const { reset, changed } = applyStamps(o.root, o.targetDir)
    coreLogger.info(
      `source mtimes: ${reset} unchanged file(s) got their cached mtime back, ${changed} changed`
    )
  }
  core.endGroup()
  return restored
}

/** Firmware commands whose every output came back from an exact cache hit need not run. */
export function firmwareStepsFromCache(plan: Plan, restored: Restored[], root: string): Set<string> {
  const hits = new Set(
    restored.filter(r => r.name.startsWith('firmware') && r.outcome === 'exact').flatMap(r => r.paths)
  )
  return new Set(
    plan.steps
      .filter(
        s =>
          s.group === 'firmware' &&
          s.outputs.length > 0 &&
          s.outputs.every(o => hits.has(resolve(root, o)) && existsSync(resolve(root, o)))
      )
      .map(s => s.id)
  )
}
