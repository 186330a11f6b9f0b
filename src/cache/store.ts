// The cache service as the action needs it. Backends: GitHub's (github.ts) and a directory (local.ts).
export interface CacheStore {
  readonly kind: 'github' | 'local'
  /** The key that matched (primary or a restore key), or undefined on a miss. */
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>
  save(paths: string[], key: string): Promise<void>
}

export type CacheOutcome = 'exact' | 'partial' | 'miss'

export function outcomeOf(key: string, matched: string | undefined): CacheOutcome {
  return matched === undefined ? 'miss' : matched === key ? 'exact' : 'partial'
}

/** exact when every cache hit exactly, miss when none hit, partial otherwise. */
export function combineOutcomes(outcomes: CacheOutcome[]): CacheOutcome {
  if (outcomes.length > 0 && outcomes.every(o => o === 'exact')) return 'exact'
  if (outcomes.every(o => o === 'miss')) return 'miss'
  return 'partial'
}
