// What cargo will do with rustflags and the linker in this tree, read from the config files cargo
// reads (the tree's .cargo/config.toml and every parent's, then CARGO_HOME's) and the
// environment. Cargo takes the first of: CARGO_ENCODED_RUSTFLAGS, RUSTFLAGS, every matching
// target.<triple>.rustflags / target.'cfg(..)'.rustflags joined, build.rustflags; a `--config`
// value joins the files' array of the same key.
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { KERNEL_TRIPLE } from '../plan/common.js'
import type { CargoFacts } from '../plan/types.js'

export interface CargoConfig {
  facts: CargoFacts
  /** target.<kernel triple>.linker from a config file, resolved as cargo does; null: the target's default. */
  linker: string | null
  /** `--remap-path-prefix` flags the config files' rustflags already carry (each with its file). */
  configRemaps: { file: string; flags: string[] }[]
  /** The environment variable that replaces every config rustflags, when set. */
  envRustflags: { name: 'CARGO_ENCODED_RUSTFLAGS' | 'RUSTFLAGS'; flags: string[] } | null
}

type Table = Record<string, unknown>
const table = (v: unknown): Table | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Table) : undefined

/** CARGO_HOME as cargo resolves it: CARGO_HOME (relative to the working directory), else $HOME/.cargo. */
export function cargoHomeOf(root: string, env: Record<string, string | undefined>): string | null {
  const home = env.CARGO_HOME
  if (home) return resolve(root, home)
  return env.HOME ? join(env.HOME, '.cargo') : null
}

/** The config files cargo reads for a build run in `root`, most specific first. */
function configFiles(root: string, cargoHome: string | null): string[] {
  const out: string[] = []
  const pick = (dir: string) => {
    // Cargo reads `config` when there is no `config.toml`.
    const file = [join(dir, 'config.toml'), join(dir, 'config')].find(f => existsSync(f))
    if (file && !out.includes(file)) out.push(file)
  }
  for (let dir = root; ; dir = dirname(dir)) {
    pick(join(dir, '.cargo'))
    if (dirname(dir) === dir) break
  }
  if (cargoHome) pick(cargoHome)
  return out
}

function readConfig(file: string): Table {
  try {
    return parseToml(readFileSync(file, 'utf8')) as Table
  } catch {
    // Cargo names a broken config file itself, when it runs.
    return {}
  }
}

const flagList = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string')
    : typeof v === 'string'
      ? v.split(/\s+/).filter(Boolean)
      : []

const remapsIn = (flags: string[]) =>
  flags.flatMap((f, i) =>
    f.startsWith('--remap-path-prefix=')
      ? [f]
      : f === '--remap-path-prefix' && flags[i + 1]
        ? [`${f}=${flags[i + 1]}`]
        : []
  )

export function readCargoConfig(rootGiven: string, env: Record<string, string | undefined>): CargoConfig {
  // The build's working directory as getcwd reports it: what cargo and rustc see.
  const root = existsSync(rootGiven) ? realpathSync(rootGiven) : resolve(rootGiven)
  const cargoHome = cargoHomeOf(root, env)
  let targetRustflags = false
  let buildRustflags = false
  let linker: string | null = null
  const found: { file: string; target: string[]; build: string[] }[] = []
  for (const file of configFiles(root, cargoHome)) {
    const config = readConfig(file)
    const targets = table(config.target) ?? {}
    const flags: string[] = []
    for (const [key, value] of Object.entries(targets)) {
      const t = table(value)
      if (!t || (key !== KERNEL_TRIPLE && !key.startsWith('cfg('))) continue
      if (t.rustflags !== undefined) {
        targetRustflags = true
        flags.push(...flagList(t.rustflags))
      }
      if (key === KERNEL_TRIPLE && linker === null && typeof t.linker === 'string')
        // A path with a slash is relative to the folder holding .cargo; a bare name is looked up on PATH.
        linker =
          t.linker.includes('/') && !isAbsolute(t.linker)
            ? resolve(dirname(dirname(file)), t.linker)
            : t.linker
    }
    const build = table(config.build)
    if (build?.rustflags !== undefined) buildRustflags = true
    found.push({
      file,
      target: flags,
      build: build?.rustflags !== undefined ? flagList(build.rustflags) : []
    })
  }
  // Cargo takes build.rustflags only when no target rustflags apply: a remapping there is in force
  // only then.
  const configRemaps: CargoConfig['configRemaps'] = found
    .map(f => ({ file: f.file, flags: remapsIn(targetRustflags ? f.target : [...f.target, ...f.build]) }))
    .filter(f => f.flags.length > 0)
  const encoded = env.CARGO_ENCODED_RUSTFLAGS
  const envRustflags: CargoConfig['envRustflags'] =
    encoded !== undefined
      ? { name: 'CARGO_ENCODED_RUSTFLAGS', flags: encoded === '' ? [] : encoded.split('\x1f') }
      : env.RUSTFLAGS !== undefined
        ? { name: 'RUSTFLAGS', flags: env.RUSTFLAGS.split(/\s+/).filter(Boolean) }
        : null
  return {
    facts: { root, cargoHome, rustflagsKey: targetRustflags || !buildRustflags ? 'target' : 'build' },
    linker,
    configRemaps,
    envRustflags
  }
}

export { remapsIn as remapFlagsIn }
