// One group's rebuild: the clone at the place rebuildPlace chose (a temporary folder, the recorded
// checkout path, or a temporary folder mounted there), a CARGO_HOME at the recorded path when the
// bytes need it, the submodules the recorded recipes need, and the build with the recorded options
// (remapping included), in this process or in a private mount namespace. What it made in place
// is removed afterwards; what was there before is left as it was.
import {
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  rmSync,
  symlinkSync
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Writable } from 'node:stream'
import { runBuild } from '../engine/build.js'
import { builtinMeasure } from '../engine/builtin-measure.js'
import { cargoHomeOf } from '../engine/cargo-config.js'
import { prepareBuild, type BuildRequest } from '../engine/prepare.js'
import { parseFeatureArgs } from '../plan/features.js'
import { requiredSubmodules } from '../preflight/checks.js'
import type { Measurement } from '../record/schema.js'
import type { Interrupt } from '../run/interrupt.js'
import type { Logger } from '../util/log.js'
import { cloneAt, initSubmodules } from './clone.js'
import { rebuildInNamespace, type Mount, type Namespace } from './namespace.js'
import type { RebuildPlace } from './place.js'
import { ReproduceInputError, type BuildGroup } from './records.js'

export interface RebuildIO {
  buildOut: Writable
  log: Logger
  /** SIGINT/SIGTERM: the rebuild's commands are stopped and what it made in place is removed. */
  interrupt?: Interrupt
}

interface Rebuilt {
  /** Where the clone is (its bin/ holds the rebuilt files). */
  clone: string
  records: Measurement[]
  /** How it ran, for the report: "in a temporary clone", "at the recorded paths ...". */
  how: string
  /** Removes what the rebuild made in place (after the comparison has read the files). */
  cleanup: () => void
}

/** The build request of a recorded group, in a tree at `root`. */
function rebuildRequest(
  g: BuildGroup,
  root: string,
  firmware: string | null,
  env: NodeJS.ProcessEnv
): BuildRequest {
  const o = g.options
  return {
    root,
    recipes: o.recipes,
    dialect: o.dialect,
    options: {
      release: o.release,
      allFeatures: o.allFeatures,
      features: parseFeatureArgs(o.features).features,
      verbose: false,
      offline: o.offline,
      measure: o.measure,
      ...(o.targets ? { targets: o.targets } : {}),
      ...(firmware ? { firmware } : {}),
      ...(o.remapPaths ? { remapPaths: true } : {})
    },
    env: { ...env }
  }
}

export async function buildRequest(req: BuildRequest, io: RebuildIO): Promise<Measurement[]> {
  const result = await runBuild(req, {
    out: io.buildOut,
    err: io.buildOut,
    log: io.log,
    measure: builtinMeasure,
    ...(io.interrupt ? { interrupt: io.interrupt } : {})
  })
  return result.measurements
}

/** What the rebuild makes at a recorded path: the folder it created first (removed after), or the empty folder that was there (emptied after). */
interface Made {
  path: string
  remove: 'folder' | 'contents'
}

/**
 * What will be made at `path`, checked again now (a build of another group may have run since the
 * place was chosen): nothing there (not even a link), or an empty folder. Anything else is refused.
 */
function madeAt(path: string, made: readonly Made[]): Made | null {
  if (made.some(m => m.path === path || path.startsWith(`${m.path}/`))) return null
  const st = lstatSync(path, { throwIfNoEntry: false })
  if (st) {
    if (st.isDirectory() && readdirSync(path).length === 0) return { path, remove: 'contents' }
    throw new ReproduceInputError(
      `${path}: something is there now that was not when the rebuild's place was chosen; it is left as it is: move it away and run reproduce again`
    )
  }
  let top = path
  while (!lstatSync(dirname(top), { throwIfNoEntry: false })) top = dirname(top)
  return { path: top, remove: 'folder' }
}

function undo(m: Made): void {
  if (m.remove === 'folder') rmSync(m.path, { recursive: true, force: true })
  else if (lstatSync(m.path, { throwIfNoEntry: false })?.isDirectory())
    for (const e of readdirSync(m.path)) rmSync(join(m.path, e), { recursive: true, force: true })
}

/** What a fresh CARGO_HOME shares with the caller's: the registry index, the crate cache, the git database. */
const CARGO_HOME_LINKS = [join('registry', 'index'), join('registry', 'cache'), join('git', 'db')]

/** A fresh CARGO_HOME: the caller's registry index, crate cache and git database linked (offline), its config copied. */
function makeCargoHome(dir: string, from: string | null): void {
  mkdirSync(dir, { recursive: true })
  if (!from || !existsSync(from)) return
  for (const link of CARGO_HOME_LINKS) {
    if (!existsSync(join(from, link))) continue
    mkdirSync(dirname(join(dir, link)), { recursive: true })
    symlinkSync(join(from, link), join(dir, link))
  }
  for (const config of ['config.toml', 'config'])
    if (existsSync(join(from, config))) copyFileSync(join(from, config), join(dir, config))
}

/** The clone at `root` with the submodules the recorded recipes need; returns those it initialised. */
export function prepareClone(
  svsm: string,
  g: BuildGroup,
  root: string,
  firmware: string | null,
  env: NodeJS.ProcessEnv
) {
  cloneAt(svsm, g.commit, root)
  const { plan } = prepareBuild(rebuildRequest(g, root, firmware, env))
  return initSubmodules(svsm, root, requiredSubmodules(root, plan))
}

export async function rebuildGroup(a: {
  svsm: string
  g: BuildGroup
  place: RebuildPlace
  firmware: string | null
  env: NodeJS.ProcessEnv
  namespace: Namespace | null
  self: string[]
  scratch: string
  keep: boolean
  io: RebuildIO
}): Promise<Rebuilt> {
  const { svsm, g, place, env, io, scratch } = a
  mkdirSync(scratch, { recursive: true })
  // A copy of the firmware where no mount can hide it.
  let firmware: string | null = null
  if (a.firmware) {
    mkdirSync(join(scratch, 'firmware'), { recursive: true })
    firmware = join(scratch, 'firmware', basename(a.firmware))
    cpSync(a.firmware, firmware)
  }
  if (place.at === 'anywhere') {
    const root = join(scratch, 'svsm')
    prepareClone(svsm, g, root, firmware, env)
    io.log.info(`rebuilding ${g.commit} (${g.gitVersion}) in ${root}`)
    const records = await buildRequest(rebuildRequest(g, root, firmware, env), io)
    return { clone: root, records, how: `in a temporary clone (${place.why})`, cleanup: () => {} }
  }
  const made: Made[] = []
  const mounts: Mount[] = []
  const mine = cargoHomeOf(process.cwd(), env)
  const cleanup = () => {
    if (!a.keep) made.forEach(undo)
    else if (made.length > 0)
      io.log.info(`kept what the rebuild made in place: ${made.map(m => m.path).join(', ')}`)
  }
  try {
    let clone = place.checkout
    for (const n of place.needs) {
      if (n.state === 'yours') continue
      const here = n.state === 'free'
      const dir = here ? n.path : join(scratch, n.what === 'checkout' ? 'svsm' : 'cargo-home')
      if (here) {
        const m = madeAt(n.path, made)
        if (m) made.push(m)
      } else mounts.push({ source: dir, target: n.path })
      if (n.what === 'checkout') {
        prepareClone(svsm, g, dir, firmware, env)
        clone = dir
      } else makeCargoHome(dir, mine)
    }
    const buildEnv = { ...env, ...(place.cargoHome ? { CARGO_HOME: place.cargoHome } : {}) }
    const at = `at the recorded paths ${place.checkout}${place.cargoHome ? ` and CARGO_HOME ${place.cargoHome}` : ''}`
    io.log.info(`rebuilding ${g.commit} (${g.gitVersion}) ${at}`)
    const request = rebuildRequest(g, place.checkout, firmware, buildEnv)
    if (mounts.length === 0)
      return {
        clone,
        records: await buildRequest(request, io),
        how: `${at} (made in place) because ${place.why}`,
        cleanup
      }
    const records = await rebuildInNamespace(
      a.namespace!,
      a.self,
      // The environment goes to the process, not into the spec file.
      { mounts, rebuild: { ...request, env: {} }, result: join(scratch, 'namespace-result.json') },
      buildEnv,
      io.buildOut,
      scratch,
      io.interrupt
    )
    return {
      clone,
      records,
      how: `${at} (in a private mount namespace: ${a.namespace!.argv.join(' ')}) because ${place.why}`,
      cleanup
    }
  } catch (e) {
    cleanup()
    throw e
  }
}
