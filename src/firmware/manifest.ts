// What a firmware build is made of: the cache key covers every input, the manifest travels with
// the images (and into the cache) so a consumer can see what it got.
import { shortHash, type KeyContext } from '../cache/keys.js'
import type { Edk2Options } from './edk2.js'

export interface FirmwareInputs {
  repository: string
  ref: string
  /** The commit the ref resolved to. */
  commit: string
  options: Pick<Edk2Options, 'platform' | 'arch' | 'target' | 'toolchainTag' | 'defines' | 'buildDir'>
  /** First line of `gcc --version`, `nasm -v`, `iasl -v`, `python3 --version`, `make --version`. */
  toolchains: Record<string, string>
}

export interface FirmwareManifest extends FirmwareInputs {
  key: string
  files: { name: string; size: number; sha256: string }[]
  primary: string
}

/** -D order does not change a build; everything else does. */
export function firmwareCacheKey(k: KeyContext, i: FirmwareInputs): string {
  const o = i.options
  const parts = {
    commit: i.commit,
    platform: o.platform,
    arch: o.arch,
    target: o.target,
    toolchainTag: o.toolchainTag,
    defines: [...o.defines].sort(),
    buildDir: o.buildDir,
    toolchains: Object.entries(i.toolchains).sort(([a], [b]) => a.localeCompare(b))
  }
  return `${k.prefix}-edk2-v1-${k.os}-${k.arch}-${o.platform.replace(/[^A-Za-z0-9]+/g, '_')}-${o.target}-${shortHash(JSON.stringify(parts))}`
}
