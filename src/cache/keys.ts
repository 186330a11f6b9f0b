// Cache keys, pure: every input that changes what a cache holds is in its key, nothing else is.
import { createHash } from 'node:crypto'

const CACHE_VERSION = 'v1'

export const shortHash = (...parts: (string | Buffer)[]) => {
  const h = createHash('sha256')
  for (const p of parts) h.update(typeof p === 'string' ? Buffer.from(p) : p).update('\0')
  return h.digest('hex').slice(0, 16)
}

export interface KeyContext {
  prefix: string
  /** RUNNER_OS / RUNNER_ARCH (or node's platform / arch off GitHub). */
  os: string
  arch: string
}

interface CacheKeys {
  key: string
  /** Most specific first; each a prefix of the key. */
  restoreKeys: string[]
}

const base = (c: KeyContext, name: string) => `${c.prefix}-${name}-${CACHE_VERSION}-${c.os}-${c.arch}`

/** ~/.cargo registry and git checkouts: what the lock file pins. */
export function cargoHomeKeys(c: KeyContext, lockFile: Buffer | null): CacheKeys {
  const b = base(c, 'cargo-home')
  return { key: `${b}-${shortHash(lockFile ?? 'no-lock')}`, restoreKeys: [`${b}-`] }
}

export interface TargetKeyInputs {
  /** `rustc -vV` of every toolchain the build uses (the pinned one, nightly for test recipes). */
  rustcVersions: string[]
  lockFile: Buffer | null
  cargoConfig: Buffer | null
  rustToolchain: Buffer | null
  profile: 'debug' | 'release'
  /** Everything in the recipes and options that changes cargo's output (features, components, dialect). */
  buildFlags: unknown
}

/** target/: toolchain → profile → lock and config → build flags, dropped from the right for restore keys. */
export function targetKeys(c: KeyContext, i: TargetKeyInputs): CacheKeys {
  const toolchain = shortHash(...i.rustcVersions)
  const lock = shortHash(
    i.lockFile ?? 'no-lock',
    i.cargoConfig ?? 'no-config',
    i.rustToolchain ?? 'no-toolchain-file'
  )
  const flags = shortHash(JSON.stringify(i.buildFlags))
  const b = `${base(c, 'target')}-${toolchain}-${i.profile}`
  return { key: `${b}-${lock}-${flags}`, restoreKeys: [`${b}-${lock}-`, `${b}-`] }
}

/** What a recipe's firmware.command produces: keyed on the command, its output path and the user's key. */
export function firmwareKeys(c: KeyContext, command: string[], output: string, userKey: string): CacheKeys {
  return {
    key: `${base(c, 'firmware')}-${shortHash(JSON.stringify(command), output, userKey)}`,
    restoreKeys: []
  }
}

/** GitHub's cache service: a key of at most 512 characters, no comma, at most 10 keys per lookup. */
export const KEY_LIMITS = { length: 512, keys: 10 } as const

/**
 * The longest `cache-key-prefix`. The target key, the longest one this project builds, adds 71
 * characters and RUNNER_OS and RUNNER_ARCH to it, so even a 256-character prefix leaves room
 * (the keys test builds every key with it).
 */
export const MAX_KEY_PREFIX_LENGTH = 256

/** Why GitHub would refuse these keys (naming the cache), or null when it takes them. */
export function keyProblem(name: string, key: string, restoreKeys: string[]): string | null {
  const all = [key, ...restoreKeys]
  if (all.length > KEY_LIMITS.keys)
    return `${name} cache: ${all.length} keys (primary and restore keys), GitHub takes at most ${KEY_LIMITS.keys}`
  for (const k of all) {
    if (k.length > KEY_LIMITS.length)
      return `${name} cache: key ${k.slice(0, 40)}... is ${k.length} characters, GitHub takes at most ${KEY_LIMITS.length}`
    if (k.includes(',')) return `${name} cache: key ${k} contains a comma, which GitHub does not take`
  }
  return null
}
