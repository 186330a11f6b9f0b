// GitHub's cache service through @actions/cache. saveCache does not throw when the service
// refuses or fails: it logs the cause and returns -1. So the adapter reads the return value and
// turns -1 into an error carrying the cause the library printed.
import * as cache from '@actions/cache'
import type { CacheStore } from './store.js'

export function githubCacheStore(): CacheStore {
  return {
    kind: 'github',
    // restoreCache answers a failure like a miss (undefined); what it printed tells them apart.
    restore: async (paths, key, restoreKeys) => {
      const { value, lines } = await capturingStdout(() => cache.restoreCache(paths, key, restoreKeys))
      const failed = lines
        .map(l => l.replace(/^::(warning|error)::/, ''))
        .find(l => l.startsWith('Failed to restore:'))
      if (value === undefined && failed) throw new Error(failed.replace(/%0A/g, ' '))
      return value
    },
    save: async (paths, key) => {
      const { value: id, lines } = await capturingStdout(() => cache.saveCache(paths, key))
      if (id === -1 || !Number.isFinite(id))
        throw new Error(`the cache service did not take it (${causeOf(lines)})`)
    }
  }
}

export const githubCacheAvailable = () => cache.isFeatureAvailable()

/**
 * The library's own explanation: its last "Failed to save" style line. When the reservation
 * failed it blames "another job" whatever happened; the real cause is only in its debug line.
 */
function causeOf(lines: string[]): string {
  const said = lines
    .map(l => l.replace(/^::(warning|error)::/, '').trim())
    .filter(l => /^(Failed to save|Cache reservation failed|Unable to|Cache save skipped)/.test(l))
  const reserve = lines
    .map(l => /^::debug::Failed to reserve cache: (?:\w*Error: )?(.*)$/.exec(l)?.[1])
    .filter(Boolean)
    .at(-1)
  const text = said.at(-1) ?? 'saveCache returned -1 without saying why'
  return `${text}${reserve ? `; cause: ${reserve}` : ''}`.replace(/%0A/g, ' ')
}

/** Runs `fn` while keeping a copy of what is written to stdout (still written). */
async function capturingStdout<T>(fn: () => Promise<T>): Promise<{ value: T; lines: string[] }> {
  const lines: string[] = []
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    lines.push(...String(chunk).split('\n'))
    return write(chunk, ...rest)
  }) as typeof process.stdout.write
  try {
    return { value: await fn(), lines }
  } finally {
    process.stdout.write = write
  }
}
