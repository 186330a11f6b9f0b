#!/usr/bin/env node
// What examples/mini-svsm needs on this machine, installed when it is missing (`npm run example`,
// `npm test` and .ci/run call it; when everything is there it only checks):
// 1. Debian's packages: rustc-web, cargo-web and rust-web-src (the version the tree's
//    rust-toolchain.toml pins; bookworm-security), lld-22, binutils, git and the librust-*-dev
//    crates the example depends on. Installed with apt-get when root; otherwise one message.
// 2. The example's crates.io: those crates as a cargo local registry where the tree's
//    .cargo/config.toml says (a fixed path: cargo names the folder it unpacks them into after it).
// 3. The pinned toolchain: Debian's compiler with core/alloc for x86_64-unknown-none built once
//    (scripts/example-deps/toolchain.mjs), linked into rustup under the pinned name.
// Environment: SVSM_EXAMPLE_TOOLCHAINS, where toolchain folders go (default
// ~/.cache/svsm-build/toolchains).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'smol-toml'
import { crateDirs, fingerprint, writeRegistry, writtenFingerprint } from './example-deps/registry.mjs'
import {
  buildToolchain,
  checkToolchain,
  debianRustc,
  staleFolders,
  toolchainKey
} from './example-deps/toolchain.mjs'

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const EXAMPLE = join(REPO, 'examples', 'mini-svsm')
/** Debian's crates, unpacked (what librust-*-dev packages install). */
const DEBIAN_CRATES = '/usr/share/cargo/registry'
/** The registry crates the example's Cargo.lock names, as Debian packages. */
const CRATE_PACKAGES = ['librust-arrayvec-dev', 'librust-bitflags-dev', 'librust-spin-dev']

class Failure extends Error {}
const fail = msg => {
  throw new Failure(msg)
}

function tool(argv, opts = {}) {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', ...opts })
  return {
    ok: !r.error && r.status === 0,
    out: r.stdout ?? '',
    err: `${r.error?.message ?? ''}${r.stderr ?? ''}`
  }
}

/** The toolchain the tree pins: `debian-<version>` (Debian's rustc-web of that version). */
function pinnedChannel() {
  const file = join(EXAMPLE, 'rust-toolchain.toml')
  const channel = parse(readFileSync(file, 'utf8')).toolchain?.channel
  const m = typeof channel === 'string' ? /^debian-(\d+\.\d+\.\d+)$/.exec(channel) : null
  if (!m) fail(`${file}: toolchain.channel: expected "debian-<version>", got ${JSON.stringify(channel)}`)
  return { channel, version: m[1] }
}

/** Where the tree's .cargo/config.toml has cargo find crates.io (a local registry). */
function registryPath() {
  const file = join(EXAMPLE, '.cargo', 'config.toml')
  const source = parse(readFileSync(file, 'utf8')).source ?? {}
  const name = source['crates-io']?.['replace-with']
  const path = name === undefined ? undefined : source[name]?.['local-registry']
  if (typeof path !== 'string' || !isAbsolute(path))
    fail(`${file}: expected source.crates-io.replace-with naming a source with an absolute local-registry`)
  return path
}

function missingPackages(packages) {
  const r = tool(['dpkg-query', '-W', '-f=${Package} ${db:Status-Status}\\n', ...packages])
  if (r.out === '' && r.err.includes('ENOENT'))
    fail(`dpkg-query not found: the example is built with Debian's packages (${packages.join(' ')})`)
  const installed = new Set(
    r.out
      .split('\n')
      .filter(l => l.endsWith(' installed'))
      .map(l => l.split(' ')[0])
  )
  return packages.filter(p => !installed.has(p))
}

function installPackages(missing) {
  const cmd = `apt-get update && apt-get install --no-install-recommends ${missing.join(' ')}`
  const rust = missing.filter(p => ['rustc-web', 'cargo-web', 'rust-web-src'].includes(p))
  const why = rust.length > 0 ? `; ${rust.join(', ')} of that version come from bookworm-security` : ''
  if (process.getuid?.() !== 0 || !tool(['apt-get', '--version']).ok)
    fail(
      `missing Debian packages: ${missing.join(' ')}; install them as root (${cmd}${why}), then run this again`
    )
  console.log(`example-deps: installing ${missing.join(' ')}`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const update = tool(['apt-get', 'update', '-qq'], { env })
  const install = tool(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing], { env })
  if (!install.ok) {
    const tail = `${update.ok ? '' : update.err}${install.err}`.trim().split('\n').slice(-3).join(' | ')
    fail(`apt-get install ${missing.join(' ')} failed: ${tail}${why}`)
  }
}

function ensureRegistry(path) {
  if (writtenFingerprint(path) === fingerprint(DEBIAN_CRATES)) return null
  try {
    mkdirSync(dirname(path), { recursive: true })
    return writeRegistry(DEBIAN_CRATES, path)
  } catch (e) {
    if (e.code === 'EACCES' || e.code === 'EPERM')
      fail(`cannot write the example's crate registry at ${path} (${e.code}): run this once as root`)
    throw e
  }
}

/** Rustup's toolchains: name → folder (`rustup toolchain list -v`). */
function rustupToolchains() {
  const r = tool(['rustup', 'toolchain', 'list', '-v'])
  if (!r.ok)
    fail(
      r.err.includes('ENOENT')
        ? 'rustup not found: install it (the example pins a toolchain that this script links into rustup)'
        : `rustup toolchain list failed: ${r.err.trim()}`
    )
  return new Map(
    r.out
      .split('\n')
      .map(l => l.trim().split(/\s+/))
      .filter(w => w.length >= 2)
      .map(w => [w[0], w.at(-1)])
  )
}

function ensureToolchain({ channel, version }) {
  const rustc = debianRustc()
  if (rustc.release !== version)
    fail(
      `/usr/bin/rustc is ${rustc.release}, the example pins ${channel}: install rustc-web ${version} (bookworm-security)`
    )
  const base =
    process.env.SVSM_EXAMPLE_TOOLCHAINS ??
    join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'svsm-build', 'toolchains')
  const dir = join(resolve(base), `${channel}-${toolchainKey(rustc)}`)
  const linked = rustupToolchains().get(channel)
  let built = null
  if (!existsSync(join(dir, 'bin', 'rustc'))) {
    console.log(`example-deps: building core, alloc and compiler_builtins for ${channel} (once per machine)`)
    mkdirSync(base, { recursive: true })
    built = buildToolchain(dir, rustc)
    checkToolchain(dir)
  }
  if (linked !== dir) {
    const r = tool(['rustup', 'toolchain', 'link', channel, dir])
    if (!r.ok) fail(`rustup toolchain link ${channel} ${dir} failed: ${r.err.trim()}`)
  }
  for (const old of staleFolders(resolve(base), channel, dir)) rmSync(old, { recursive: true, force: true })
  return { dir, built }
}

try {
  const pinned = pinnedChannel()
  const packages = ['rustc-web', 'cargo-web', 'rust-web-src', 'lld-22', 'binutils', 'git', ...CRATE_PACKAGES]
  const missing = missingPackages(packages)
  if (missing.length > 0) installPackages(missing)
  const registry = registryPath()
  const written = ensureRegistry(registry)
  const { dir, built } = ensureToolchain(pinned)
  const crates = crateDirs(DEBIAN_CRATES).length
  console.log(
    `example-deps: ok: ${missing.length > 0 ? 'installed' : 'found'} ${packages.length} Debian packages; ` +
      `${written ? 'wrote' : 'found'} the crate registry (${crates} crates) at ${registry}; ` +
      `${built === null ? 'found' : `built (${built.toFixed(0)} s)`} ${pinned.channel} at ${dir}`
  )
} catch (e) {
  console.error(`example-deps: error: ${e instanceof Failure ? e.message : (e.stack ?? e)}`)
  process.exit(1)
}
