// What a rebuild needs, read from the svsm tree and the plan: the source state (taken before the
// build writes anything), the options, the helper tools the build compiled, the firmware manifest.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parse as parseToml } from 'smol-toml'
import type { Plan } from '../plan/types.js'
import { firmwareManifestSchema } from '../firmware/manifest.js'
import type { BuildPlace, Measurement, RecordedInputs, ToolBuild } from './schema.js'
import { git } from '../util/git.js'

const MAX_DIRTY_FILES = 20

type SourceState = RecordedInputs['source']

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

function gitOut(root: string, args: string[]): string | null {
  const r = git(root, args)
  return r.ok ? r.out : null
}

/**
 * Paths `git status` lists: changed and new files, untracked files that are not ignored (a new
 * recipe is an input too), and submodules with other commits or changed contents. Build outputs
 * the tree ignores (bin/, target/) never count.
 */
export function changedPaths(root: string): string[] | null {
  const status = gitOut(root, [
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=all',
    '--ignore-submodules=none'
  ])
  if (status === null) return null
  const fields = status.split('\0')
  const out: string[] = []
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!
    if (f.length < 4) continue
    out.push(f.slice(3))
    // A rename or copy is followed by its old name.
    if (f[0] === 'R' || f[0] === 'C') i++
  }
  return out
}

/** Commit, dirty state and lock file of the tree, as they are now. */
export function readSourceState(root: string): SourceState {
  const lock = join(root, 'Cargo.lock')
  const cargoLockSha256 = existsSync(lock) ? sha256Of(readFileSync(lock)) : null
  const head = gitOut(root, ['rev-parse', '--verify', '-q', 'HEAD'])?.trim() ?? null
  const dirtyFiles = head === null ? [] : (changedPaths(root) ?? [])
  return {
    commit: head,
    dirty: dirtyFiles.length > 0,
    dirtyFiles: dirtyFiles.slice(0, MAX_DIRTY_FILES),
    cargoLockSha256
  }
}

/** Versions of the packages in Cargo.lock (first entry wins; helpers are unique there). */
function lockVersions(root: string): Map<string, string> {
  const out = new Map<string, string>()
  const lock = join(root, 'Cargo.lock')
  if (!existsSync(lock)) return out
  try {
    const parsed = parseToml(readFileSync(lock, 'utf8')) as {
      package?: { name?: unknown; version?: unknown }[]
    }
    for (const p of parsed.package ?? [])
      if (typeof p.name === 'string' && typeof p.version === 'string' && !out.has(p.name))
        out.set(p.name, p.version)
  } catch {
    // An unreadable lock file leaves the versions unknown; its sha256 is still recorded.
  }
  return out
}

/** The helper binaries the plan built, hashed after the run. */
function toolBuilds(root: string, plan: Plan): RecordedInputs['tools'] {
  const versions = lockVersions(root)
  const tool = (name: 'igvmbuilder' | 'igvmmeasure'): ToolBuild | null => {
    // A prebuilt helper (--igvmbuilder FILE) was not built here: its own file is what ran.
    const prebuilt = plan.options.tools?.[name]
    if (prebuilt)
      return existsSync(prebuilt)
        ? { path: prebuilt, sha256: sha256Of(readFileSync(prebuilt)), profile: 'prebuilt', version: null }
        : null
    // xbuild: helpers/<name>; build.py: helpers/<name>/cargo (then its objcopy-less output).
    const step = plan.steps.find(s => s.id === `helpers/${name}` || s.id === `helpers/${name}/cargo`)
    const path = step?.outputs[0]
    if (!path || !existsSync(resolve(root, path))) return null
    return {
      path,
      sha256: sha256Of(readFileSync(resolve(root, path))),
      profile: /^target\/(?:[^/]+\/)?([^/]+)\/[^/]+$/.exec(path)?.[1] ?? 'unknown',
      version: versions.get(name) ?? null
    }
  }
  return { igvmbuilder: tool('igvmbuilder'), igvmmeasure: tool('igvmmeasure') }
}

/** The inputs every record of this build shares (`build`: where and with what, when known). */
export function recordedInputs(
  root: string,
  plan: Plan,
  source: SourceState,
  build?: BuildPlace
): RecordedInputs {
  const o = plan.options
  return {
    source,
    options: {
      dialect: plan.dialect,
      release: o.release,
      allFeatures: o.allFeatures,
      features: o.features.map(f => `${f.pkg}:${f.feature}`),
      offline: o.offline,
      targets: o.targets ? [...o.targets] : null,
      measure: o.measure,
      firmware: o.firmware ?? null,
      recipes: plan.recipes.map(r => r.file),
      ...(o.remapPaths ? { remapPaths: true } : {})
    },
    tools: toolBuilds(root, plan),
    ...(build ? { build } : {})
  }
}

/**
 * The firmware file's record: its sha256, and the manifest.json beside it when that manifest lists
 * a file with this sha256 (a manifest about other bytes would be a false claim). The warning says
 * why a manifest that is there was left out.
 */
export function firmwareRecord(
  root: string,
  path: string
): { firmware: NonNullable<Measurement['firmware']>; warning?: string } {
  const file = resolve(root, path)
  const sha256 = sha256Of(readFileSync(file))
  const manifestPath = join(dirname(file), 'manifest.json')
  if (!existsSync(manifestPath)) return { firmware: { path, sha256, manifest: null } }
  let json: unknown
  try {
    json = JSON.parse(readFileSync(manifestPath, 'utf8'))
  } catch (e) {
    return {
      firmware: { path, sha256, manifest: null },
      warning: `${manifestPath}: not recorded with the firmware: not JSON (${(e as Error).message})`
    }
  }
  const parsed = firmwareManifestSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    return {
      firmware: { path, sha256, manifest: null },
      warning: `${manifestPath}: not recorded with the firmware: ${issue.path.join('.') || '(top level)'}: ${issue.message}`
    }
  }
  if (!parsed.data.files.some(f => f.sha256 === sha256)) {
    return {
      firmware: { path, sha256, manifest: null },
      warning: `${manifestPath}: not recorded with the firmware: it lists no file with sha256 ${sha256} (${path})`
    }
  }
  return { firmware: { path, sha256, manifest: parsed.data } }
}
