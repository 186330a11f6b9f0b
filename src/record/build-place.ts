// Where and with what a build made its bytes: the checkout, CARGO_HOME, the toolchain (`rustc -vV`)
// and linker of the kernel target, the remapping in force, and which of those paths the built
// parts of each IGVM file hold. Read after the plan, before and during the run.
import { execFile } from 'node:child_process'
import { existsSync, realpathSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { findPathPrefixes, type PathPrefix } from '../igvm/diff/path-strings.js'
import type { BuildPlace, EmbeddedPath } from './schema.js'

type Env = Record<string, string | undefined>

/** A command's stdout, or null when it fails; run while the build runs (these only describe it). */
function run(root: string, env: Env, argv: string[]): Promise<string | null> {
  return new Promise(resolve =>
    execFile(
      argv[0]!,
      argv.slice(1),
      { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 },
      (error, stdout) => resolve(error ? null : stdout)
    )
  )
}

/** `rustc -vV` and `--print sysroot`, from the tree (rustup picks its pinned toolchain there). */
export async function readRustc(root: string, env: Env): Promise<BuildPlace['rustc']> {
  const [out, sysrootOut] = await Promise.all([
    run(root, env, ['rustc', '-vV']),
    run(root, env, ['rustc', '--print', 'sysroot'])
  ])
  if (out === null) return null
  const field = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(out)?.[1]?.trim() ?? null
  const sysroot = sysrootOut?.trim() || null
  return {
    version: out.split('\n')[0]!.trim(),
    release: field('release'),
    commitHash: field('commit-hash'),
    commitDate: field('commit-date'),
    host: field('host'),
    llvmVersion: field('LLVM version'),
    sysroot
  }
}

function onPath(name: string, env: Env): string | null {
  for (const dir of (env.PATH ?? process.env.PATH ?? '').split(':').filter(Boolean)) {
    const p = join(dir, name)
    if (existsSync(p)) return p
  }
  return null
}

/**
 * The kernel target's linker: `configured` (target.<triple>.linker) or x86_64-unknown-none's
 * default, rust-lld, which rustc takes from its sysroot.
 */
export async function readLinker(
  root: string,
  env: Env,
  configured: string | null,
  rustc: BuildPlace['rustc']
): Promise<BuildPlace['linker']> {
  const name = configured ?? 'rust-lld'
  let file: string | null = null
  if (configured) file = isAbsolute(configured) ? configured : onPath(configured, env)
  else if (rustc?.sysroot && rustc.host) {
    const p = join(rustc.sysroot, 'lib', 'rustlib', rustc.host, 'bin', 'rust-lld')
    file = existsSync(p) ? p : onPath('rust-lld', env)
  }
  if (!file || !existsSync(file)) return { name, path: null, version: null }
  const path = realpathSync(file)
  // rust-lld wants a flavour; ld.lld takes it too.
  const out = await run(root, env, [file, ...(configured ? [] : ['-flavor', 'gnu']), '--version'])
  return { name, path, version: out?.split('\n')[0]?.trim() || null }
}

/** The prefixes searched for: the checkout, CARGO_HOME and the toolchain's sysroot. */
export function recordedPrefixes(place: Pick<BuildPlace, 'checkout' | 'cargoHome' | 'rustc'>): PathPrefix[] {
  const out: PathPrefix[] = [{ what: 'checkout', prefix: place.checkout }]
  if (place.cargoHome) out.push({ what: 'CARGO_HOME', prefix: place.cargoHome })
  if (place.rustc?.sysroot) out.push({ what: 'sysroot', prefix: place.rustc.sysroot })
  return out
}

/** Which prefixes the files (relative to the tree → their bytes) hold, and how often. */
export function embeddedPaths(
  files: ReadonlyMap<string, Uint8Array>,
  prefixes: PathPrefix[]
): EmbeddedPath[] {
  const found = new Map<string, EmbeddedPath>()
  for (const [file, bytes] of files) {
    for (const o of findPathPrefixes(bytes, prefixes)) {
      const e = found.get(o.prefix) ?? { what: o.what as EmbeddedPath['what'], prefix: o.prefix, files: {} }
      e.files[file] = (e.files[file] ?? 0) + 1
      found.set(o.prefix, e)
    }
  }
  return [...found.values()]
}
