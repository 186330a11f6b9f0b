// A cache is an optimisation: a service that is down, slow or read-only (fork pull requests) costs
// a warning, never the job, and never waits for ever.
import { existsSync } from 'node:fs'
import type { Logger } from '../util/log.js'
import { keyProblem } from './keys.js'
import { outcomeOf, type CacheOutcome, type CacheStore } from './store.js'

export interface CacheSpec {
  /** Which cache: cargo-home, target, firmware. */
  name: string
  paths: string[]
  key: string
  restoreKeys: string[]
}

export interface Restored extends CacheSpec {
  matchedKey?: string
  outcome: CacheOutcome
}

const RESTORE_TIMEOUT_MS = Number(process.env.SVSM_BUILD_CACHE_RESTORE_TIMEOUT_MS ?? 10 * 60_000)
const SAVE_TIMEOUT_MS = Number(process.env.SVSM_BUILD_CACHE_SAVE_TIMEOUT_MS ?? 20 * 60_000)

export async function restoreSafely(
  store: CacheStore,
  spec: CacheSpec,
  log: Logger,
  timeoutMs = RESTORE_TIMEOUT_MS
): Promise<Restored> {
  const bad = keyProblem(spec.name, spec.key, spec.restoreKeys)
  if (bad) {
    log.warn(`${bad}; not restored`)
    return { ...spec, outcome: 'miss' }
  }
  try {
    const matched = await withTimeout(
      store.restore(spec.paths, spec.key, spec.restoreKeys),
      timeoutMs,
      `restoring the ${spec.name} cache`
    )
    const outcome = outcomeOf(spec.key, matched)
    log.info(`${spec.name} cache: ${outcome}${matched ? ` (${matched})` : ` (no entry for ${spec.key})`}`)
    return { ...spec, outcome, ...(matched ? { matchedKey: matched } : {}) }
  } catch (e) {
    log.warn(`${spec.name} cache not restored: ${(e as Error).message}`)
    return { ...spec, outcome: 'miss' }
  }
}

export type SaveResult = 'saved' | 'skipped' | 'failed'

/** A cache with none of its paths on disk has nothing to save (and is not a failed save). */
export const nothingToCache = (spec: Pick<CacheSpec, 'paths'>) => !spec.paths.some(p => existsSync(p))

/**
 * saved only when the store says it took the entry; skipped (a note) when there is nothing to
 * cache; failed (a warning naming the cache and the cause) when the service refused, failed or
 * timed out.
 */
export async function saveSafely(
  store: CacheStore,
  spec: CacheSpec,
  log: Logger,
  timeoutMs = SAVE_TIMEOUT_MS
): Promise<SaveResult> {
  if (nothingToCache(spec)) {
    log.info(`${spec.name} cache: nothing to save (${spec.paths.join(', ')} not there); skipped`)
    return 'skipped'
  }
  const bad = keyProblem(spec.name, spec.key, [])
  if (bad) {
    log.warn(`${bad}; not saved`)
    return 'failed'
  }
  try {
    await withTimeout(store.save(spec.paths, spec.key), timeoutMs, `saving the ${spec.name} cache`)
    log.info(`${spec.name} cache saved as ${spec.key}`)
    return 'saved'
  } catch (e) {
    log.warn(`${spec.name} cache not saved: ${(e as Error).message}`)
    return 'failed'
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s; going on without it`)),
      ms
    )
    timer.unref()
  })
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer))
}
