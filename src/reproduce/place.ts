// Where a rebuild must run to give the recorded bytes. A build whose parts hold absolute build
// paths (crate sources under CARGO_HOME in panic locations, the checkout in debug info), or a debug
// build (rustc's `.llvm.<hash>` symbol suffixes follow the build directory, and igvmbuilder copies
// the symbol table into the image), gives them again only at the recorded checkout path and
// CARGO_HOME; a build that remapped both, or holds no such path, gives them anywhere. Each recorded
// path is this shell's own CARGO_HOME, free (made in place, removed after), or taken by something
// that is not ours (only a private mount namespace can put the rebuild's own there).
import { accessSync, constants, existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs'
import { dirname } from 'node:path'
import { cargoHomeOf } from '../engine/cargo-config.js'
import { displayArgv } from '../run/process.js'
import type { BuildGroup } from './records.js'
import { ReproduceInputError } from './records.js'

interface PathNeed {
  what: 'checkout' | 'CARGO_HOME'
  path: string
  /**
   * yours: this shell's CARGO_HOME, used as it is; free: nothing (or an empty folder) is there, so
   * the rebuild's goes there and is removed after; blocked: free, but its parent folder is not
   * writable; taken: something that is not the rebuild's is there; linked: it lies under a link
   * (`parent`), so a build there would see another path.
   */
  state: 'yours' | 'free' | 'blocked' | 'taken' | 'linked'
  /** For blocked: the existing folder that is not writable; for linked: the link it lies under. */
  parent?: string
}

export type RebuildPlace =
  | { at: 'anywhere'; why: string }
  | { at: 'recorded'; why: string; checkout: string; cargoHome: string | null; needs: PathNeed[] }

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

/** Why the group's bytes depend on where it was built, or null when they do not. */
function dependence(g: BuildGroup): string | null {
  const b = g.build!
  // Only a remapping the rebuild makes again counts: remap-paths (recorded as an option) and the
  // tree's own xbuild. Flags from RUSTFLAGS or a cargo config of that machine are not replayed.
  const replayed = b.remap.filter(r => r.by === 'remap-paths' || r.by === 'xbuild')
  const remapped = (prefix: string | null) =>
    prefix === null || replayed.some(r => r.flags.some(f => f.startsWith(`--remap-path-prefix=${prefix}`)))
  if (replayed.length > 0 && remapped(b.checkout) && remapped(b.cargoHome)) return null
  const foreign = b.remap.filter(r => !replayed.includes(r))
  if (foreign.length > 0)
    return `its build remapped paths through ${foreign.map(r => `${r.by} (${r.flags.join(' ')})`).join(', ')}, which reproduce does not set: the same flags must be in force again (in the same variable or cargo configuration), at the recorded paths they name`
  const found = g.records.flatMap(m => m.inputs?.build?.embeddedPaths ?? [])
  const byWhat = new Map<string, { prefix: string; n: number }>()
  for (const e of found) {
    const seen = byWhat.get(e.what) ?? { prefix: e.prefix, n: 0 }
    seen.n += Object.values(e.files).reduce((s, n) => s + n, 0)
    byWhat.set(e.what, seen)
  }
  const strings = [...byWhat].map(([what, { prefix, n }]) => `${plural(n, 'string')} under ${what} ${prefix}`)
  if (strings.length > 0) return `its parts hold absolute build paths (${strings.join(', ')})`
  if (g.options.release) return null
  return "it is a debug build: rustc's .llvm.<hash> symbol suffixes follow the build directory, and the symbol table is in the image"
}

function stateOf(path: string, yours: boolean): Pick<PathNeed, 'state' | 'parent'> {
  if (yours) return { state: 'yours' }
  // A path under a link resolves elsewhere: a build there sees the other path, not the recorded one.
  let parent = dirname(path)
  while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent)
  if (realpathSync(parent) !== parent) return { state: 'linked', parent }
  // lstat: a link (even a dangling one) is someone's, never a free place.
  const st = lstatSync(path, { throwIfNoEntry: false })
  if (st)
    return st.isDirectory() && readdirSync(path).length === 0 && writable(path)
      ? { state: 'free' }
      : { state: 'taken' }
  return writable(parent) ? { state: 'free' } : { state: 'blocked', parent }
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK | constants.X_OK)
    return true
  } catch {
    return false
  }
}

const same = (a: string, b: string) => {
  try {
    return realpathSync(a) === realpathSync(b)
  } catch {
    return a === b
  }
}

/** Where the group's rebuild runs; `anyPaths` (--any-paths) rebuilds elsewhere on purpose. */
export function rebuildPlace(
  g: BuildGroup,
  o: { anyPaths: boolean; env: NodeJS.ProcessEnv; cwd: string }
): RebuildPlace {
  if (!g.build)
    return {
      at: 'anywhere',
      why: 'the record does not say where it was built (an older svsm-build wrote it), so it is rebuilt in a temporary clone'
    }
  const why = dependence(g)
  if (why === null)
    return {
      at: 'anywhere',
      why: g.build.remap.some(r => r.by === 'remap-paths' || r.by === 'xbuild')
        ? `its build remapped the checkout and CARGO_HOME (${g.build.remap.map(r => r.by).join(', ')}), so it is rebuilt in a temporary clone, remapped the same way`
        : 'no absolute build path is compiled into its parts, so it is rebuilt in a temporary clone'
    }
  if (o.anyPaths) return { at: 'anywhere', why: `--any-paths: rebuilt in a temporary clone although ${why}` }
  const mine = cargoHomeOf(o.cwd, o.env)
  const needs: PathNeed[] = [
    { what: 'checkout', path: g.build.checkout, ...stateOf(g.build.checkout, false) }
  ]
  if (g.build.cargoHome !== null)
    needs.push({
      what: 'CARGO_HOME',
      path: g.build.cargoHome,
      ...stateOf(g.build.cargoHome, mine !== null && same(mine, g.build.cargoHome))
    })
  return { at: 'recorded', why, checkout: g.build.checkout, cargoHome: g.build.cargoHome, needs }
}

/** The one-line refusal when the recorded paths cannot be provided: each path, and every way to provide it. */
export function unavailable(
  p: Extract<RebuildPlace, { at: 'recorded' }>,
  namespace: string | null
): ReproduceInputError {
  const what = p.needs
    .filter(n => n.state === 'taken' || n.state === 'blocked' || n.state === 'linked')
    .map(n =>
      n.state === 'taken'
        ? `${n.what} ${n.path} is taken (something that is not the rebuild's is there)`
        : n.state === 'linked'
          ? `${n.what} ${n.path} lies under ${n.parent}, which is a link to ${realpathSync(n.parent!)}, so a build there sees another path`
          : `${n.what} ${n.path} is free but ${n.parent} is not writable`
    )
  const root = process.getuid?.() === 0
  const ways = [
    namespace === null
      ? null
      : root
        ? 'allow mount namespaces where it runs (a container needs CAP_SYS_ADMIN, for example docker run --privileged), so a private mount namespace can put the rebuild there'
        : 'run it as root, or where unprivileged user namespaces are allowed (Ubuntu: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0), so a private mount namespace can put the rebuild there',
    ...p.needs
      .filter(n => n.state === 'blocked')
      .map(
        n =>
          `make ${n.path} an empty folder you own (${displayArgv(['sudo', 'mkdir', '-p', n.path])} && sudo chown "$(id -u):$(id -g)" ${displayArgv([n.path])})`
      ),
    ...p.needs.filter(n => n.state === 'taken').map(n => `move ${n.path} away while it runs`),
    'or pass --any-paths to rebuild in a temporary clone and have the difference explained'
  ].filter((w): w is string => w !== null)
  return new ReproduceInputError(
    `the recorded bytes depend on where they were built (${p.why}), so the rebuild must run at the recorded paths: ${what.join('; ')}${namespace ? `; a private mount namespace is not available here (${namespace})` : ''}. To provide them: ${ways.join('; ')}`
  )
}
