// The caches one build uses: cargo home, the target dir and, when a recipe builds its firmware
// with a command and the user names a key for it, that firmware file.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { cargoHomeKeys, firmwareKeys, targetKeys, type KeyContext } from '../../cache/keys.js'
import { nothingToCache, type CacheSpec, type Restored } from '../../cache/safe.js'
import { combineOutcomes, type CacheOutcome } from '../../cache/store.js'
import type { Plan } from '../../plan/types.js'
import type { ToolchainNeed } from '../../toolchain/setup.js'

const read = (p: string) => (existsSync(p) ? readFileSync(p) : null)

const cargoHome = (env: NodeJS.ProcessEnv) => resolve(env.CARGO_HOME || join(homedir(), '.cargo'))

/** `rustc -vV` of each toolchain (through rustup when there is one), in the tree. */
export function rustcVersions(root: string, needs: ToolchainNeed[], env: NodeJS.ProcessEnv): string[] {
  const run = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, {
        cwd: root,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
      }).trim()
    } catch {
      return null
    }
  }
  const viaRustup = needs.map(n => run('rustup', ['run', n.toolchain, 'rustc', '-vV']))
  if (needs.length > 0 && viaRustup.every(v => v !== null)) return viaRustup as string[]
  return [run('rustc', ['-vV']) ?? 'rustc: unknown']
}

/** What in the plan changes cargo's output: components, features, dialect (not the IGVM targets). */
function buildFlags(plan: Plan): unknown {
  return {
    dialect: plan.dialect,
    allFeatures: plan.options.allFeatures,
    features: plan.options.features.map(f => `${f.pkg}:${f.feature}`),
    offline: plan.options.offline,
    components: plan.recipes.map(r => ({ kernel: r.kernel, fs: r.fs.modules }))
  }
}

export function cacheSpecs(
  root: string,
  targetDir: string,
  plan: Plan,
  k: KeyContext,
  rustc: string[],
  firmwareCacheKey: string,
  env: NodeJS.ProcessEnv
): CacheSpec[] {
  const lock = read(join(root, 'Cargo.lock'))
  const home = cargoHome(env)
  const specs: CacheSpec[] = [
    {
      name: 'cargo-home',
      paths: [join(home, 'registry', 'index'), join(home, 'registry', 'cache'), join(home, 'git', 'db')],
      ...cargoHomeKeys(k, lock)
    },
    {
      name: 'target',
      paths: [targetDir],
      ...targetKeys(k, {
        rustcVersions: rustc,
        lockFile: lock,
        cargoConfig: read(join(root, '.cargo', 'config.toml')),
        rustToolchain: read(join(root, 'rust-toolchain.toml')),
        profile: plan.options.release ? 'release' : 'debug',
        buildFlags: buildFlags(plan)
      })
    }
  ]
  if (firmwareCacheKey) {
    for (const r of plan.recipes) {
      const cmd = r.firmware?.command
      const out = plan.targets.find(t => t.recipe === r.file)?.firmware
      if (!cmd || !out) continue
      specs.push({
        name: `firmware (${r.file})`,
        paths: [resolve(root, out)],
        ...firmwareKeys(k, cmd, out, firmwareCacheKey)
      })
    }
  }
  return specs
}

/**
 * cache-hit over the caches that have something in them: a miss whose paths the build did not
 * create either (a tree without registry dependencies has no ~/.cargo/registry) does not count,
 * so such a tree can still be an exact hit.
 */
export function cacheHit(restored: Restored[], log?: (m: string) => void): CacheOutcome {
  if (restored.length === 0) return 'miss'
  const counted = restored.filter(r => {
    const empty = r.outcome === 'miss' && nothingToCache(r)
    if (empty) log?.(`${r.name} cache: nothing to cache (${r.paths.join(', ')}); not counted in cache-hit`)
    return !empty
  })
  return counted.length === 0 ? 'miss' : combineOutcomes(counted.map(r => r.outcome))
}
