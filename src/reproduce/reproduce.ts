// `svsm-build reproduce`: a measurements.json (or an artifact folder holding one) → checks of the
// svsm tree against the record → a rebuild of the recorded commit in a fresh clone with the
// recorded options and firmware → a comparison per target (reproduce-compare.ts).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import type { Writable } from 'node:stream'
import { runBuild } from '../engine/build.js'
import { builtinMeasure } from '../engine/builtin-measure.js'
import { findRecordedFile, loadRecords } from '../record/load.js'
import type { Measurement, RecordedInputs } from '../record/schema.js'
import { parseFeatureArgs } from '../plan/features.js'
import { BadInput } from '../util/errors.js'
import { MAX_FIRMWARE_BYTES, regularFileProblem } from '../util/input-file.js'
import type { Logger } from '../util/log.js'
import { compareRecord, type TargetComparison } from './compare.js'

/** A record or a tree reproduce cannot work with: exit code 2. */
export class ReproduceInputError extends BadInput {
  override name = 'ReproduceInputError'
}

export interface TreeCheck {
  check: 'commit' | 'dirty' | 'Cargo.lock'
  ok: boolean
  message: string
}

export interface BuildGroup {
  commit: string
  gitVersion: string
  options: RecordedInputs['options']
  records: Measurement[]
}

export interface GroupOutcome {
  group: BuildGroup
  checks: TreeCheck[]
  firmware: { path: string; sha256: string } | null
  comparisons: TargetComparison[]
}

export interface ReproduceRequest {
  /** measurements.json, or a folder holding one (a downloaded build artifact, or bin/ of a tree). */
  source: string
  /** The svsm checkout that holds the recorded commit. */
  svsm: string
  /** A firmware file to use instead of the recorded path. */
  firmware?: string
  /** Keep the temporary clones (for a look at what differs). */
  keep?: boolean
  env: NodeJS.ProcessEnv
}

export interface ReproduceIO {
  /** Build output (cargo, the tools): kept away from the comparison. */
  buildOut: Writable
  log: Logger
}

const sha256Of = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

function git(cwd: string, args: string[]): { ok: boolean; out: string; err: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' })
  return { ok: r.status === 0, out: r.stdout ?? '', err: (r.stderr ?? '').trim() }
}

/** Records that say what a rebuild needs. */
export function loadRebuildableRecords(source: string): { file: string; records: Measurement[] } {
  const { file, records } = loadRecords(source, { untrustedNames: true })
  records.forEach((m, i) => {
    if (!m.inputs)
      throw new ReproduceInputError(
        `${file}: [${i}] (${m.target}, ${m.igvm}) has no "inputs": it was written by an svsm-build that did not record what a rebuild needs`
      )
    if (!m.inputs.source.commit)
      throw new ReproduceInputError(
        `${file}: [${i}].inputs.source.commit is null: the build did not run in a git checkout, so there is no commit to rebuild`
      )
  })
  return { file, records }
}

/** Records made by one build (same commit and options) are rebuilt together, as they were built. */
export function groupRecords(records: Measurement[]): BuildGroup[] {
  const groups = new Map<string, BuildGroup>()
  for (const m of records) {
    const i = m.inputs!
    const key = JSON.stringify([i.source.commit, i.options])
    const g = groups.get(key) ?? {
      commit: i.source.commit!,
      gitVersion: m.gitVersion,
      options: i.options,
      records: []
    }
    g.records.push(m)
    groups.set(key, g)
  }
  return [...groups.values()]
}

/** The tree against the record: each difference says what it means for the rebuild. */
export function checkTree(svsm: string, g: BuildGroup): TreeCheck[] {
  const first = g.records[0]!.inputs!.source
  const checks: TreeCheck[] = []
  const head = git(svsm, ['rev-parse', '--verify', '-q', 'HEAD']).out.trim()
  if (!git(svsm, ['cat-file', '-e', `${g.commit}^{commit}`]).ok)
    throw new ReproduceInputError(
      `--svsm ${svsm}: the recorded commit ${g.commit} (${g.gitVersion}) is not in this repository; fetch it first (git fetch origin ${g.commit})`
    )
  checks.push(
    head === g.commit
      ? { check: 'commit', ok: true, message: `the tree is at the recorded commit ${g.commit}` }
      : {
          check: 'commit',
          ok: false,
          message: `the tree is at ${head || '(no commit)'}, the record at ${g.commit}: the rebuild uses a clone of the recorded commit`
        }
  )
  const status = git(svsm, ['status', '--porcelain', '--untracked-files=no']).out.trim()
  if (status !== '')
    checks.push({
      check: 'dirty',
      ok: false,
      message: `the tree has uncommitted changes (${status.split('\n').length} file(s)); they are not part of the rebuild`
    })
  if (first.dirty)
    checks.push({
      check: 'dirty',
      ok: false,
      message: `the record was built with uncommitted changes to ${first.dirtyFiles.join(', ')}; the rebuild has only the commit, so those changes explain any difference`
    })
  if (status === '' && !first.dirty)
    checks.push({
      check: 'dirty',
      ok: true,
      message: 'neither the record nor the tree has uncommitted changes'
    })
  const lock = git(svsm, ['show', `${g.commit}:Cargo.lock`])
  const atCommit = lock.ok ? createHash('sha256').update(lock.out).digest('hex') : null
  checks.push(
    atCommit === first.cargoLockSha256
      ? {
          check: 'Cargo.lock',
          ok: true,
          message: `Cargo.lock at the recorded commit has the recorded sha256`
        }
      : {
          check: 'Cargo.lock',
          ok: false,
          message: `Cargo.lock at the recorded commit has sha256 ${atCommit ?? '(no file)'}, the record ${first.cargoLockSha256 ?? '(no file)'}: the recorded build used another lock file (changed but not committed, or rewritten by cargo)`
        }
  )
  return checks
}

/** The firmware of the recorded build: --firmware, or the recorded path (absolute, in the tree, or here). */
function findFirmware(req: ReproduceRequest, g: BuildGroup): { path: string; sha256: string } | null {
  const recorded = g.records.find(m => m.firmware)?.firmware
  if (!recorded) return null
  if (req.firmware) {
    const p = resolve(req.firmware)
    const problem = regularFileProblem(p, MAX_FIRMWARE_BYTES)
    if (problem) throw new ReproduceInputError(`--firmware ${req.firmware}: ${problem}`)
    return { path: p, sha256: sha256Of(p) }
  }
  const candidates = isAbsolute(recorded.path)
    ? [recorded.path]
    : [resolve(req.svsm, recorded.path), resolve(recorded.path)]
  // Only the file the record pins by sha256: a hand-edited path reaches igvmbuilder no other way.
  const found = findRecordedFile(candidates, recorded.sha256, MAX_FIRMWARE_BYTES)
  if (!found)
    throw new ReproduceInputError(
      `the record's firmware ${recorded.path} (sha256 ${recorded.sha256}) is not at ${candidates.join(' nor ')} (no regular file with that sha256); pass --firmware FILE`
    )
  return { path: found, sha256: sha256Of(found) }
}

function cloneAt(svsm: string, commit: string, dir: string): string {
  const root = join(dir, 'svsm')
  const steps: string[][] = [
    ['clone', '-q', '--shared', '--no-checkout', resolve(svsm), root],
    ['-C', root, 'checkout', '-q', '--detach', commit]
  ]
  for (const args of steps) {
    const r = git(dir, args)
    if (!r.ok) throw new Error(`git ${args.join(' ')}: ${r.err}`)
  }
  if (existsSync(join(root, '.gitmodules'))) {
    const r = git(root, ['submodule', 'update', '--init', '--recursive'])
    if (!r.ok) throw new Error(`git submodule update in the clone of ${commit}: ${r.err}`)
  }
  return root
}

async function rebuild(
  req: ReproduceRequest,
  io: ReproduceIO,
  g: BuildGroup,
  firmware: { path: string } | null
): Promise<{ root: string; dir: string; records: Measurement[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'svsm-reproduce-'))
  try {
    const root = cloneAt(req.svsm, g.commit, dir)
    io.log.info(`rebuilding ${g.commit} (${g.gitVersion}) in ${root}`)
    return { root, dir, records: await buildClone(req, io, g, root, firmware) }
  } catch (e) {
    if (!req.keep) rmSync(dir, { recursive: true, force: true })
    throw e
  }
}

async function buildClone(
  req: ReproduceRequest,
  io: ReproduceIO,
  g: BuildGroup,
  root: string,
  firmware: { path: string } | null
): Promise<Measurement[]> {
  const o = g.options
  const result = await runBuild(
    {
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
        ...(firmware ? { firmware: firmware.path } : {})
      },
      env: { ...req.env }
    },
    { out: io.buildOut, err: io.buildOut, log: io.log, measure: builtinMeasure }
  )
  return result.measurements
}

export async function reproduce(req: ReproduceRequest, io: ReproduceIO): Promise<GroupOutcome[]> {
  const { records } = loadRebuildableRecords(req.source)
  if (!existsSync(req.svsm)) throw new ReproduceInputError(`--svsm ${req.svsm}: no such directory`)
  if (!git(req.svsm, ['rev-parse', '--git-dir']).ok)
    throw new ReproduceInputError(
      `--svsm ${req.svsm}: not a git checkout (the rebuild clones the recorded commit)`
    )
  const top = git(req.svsm, ['rev-parse', '--show-toplevel']).out.trim()
  if (top && realpathSync(top) !== realpathSync(req.svsm))
    throw new ReproduceInputError(
      `--svsm ${req.svsm}: a folder inside the repository ${top}, not its root; pass --svsm ${top}`
    )
  const groups = groupRecords(records)
  // Every input is checked before anything is built.
  const prepared = groups.map(g => ({ g, checks: checkTree(req.svsm, g), firmware: findFirmware(req, g) }))
  const outcomes: GroupOutcome[] = []
  for (const { g, checks, firmware } of prepared) {
    const built = await rebuild(req, io, g, firmware)
    try {
      const comparisons = g.records.map(m =>
        compareRecord(
          m,
          built.records.find(r => r.recipe === m.recipe && r.target === m.target && r.igvm === m.igvm)
        )
      )
      outcomes.push({ group: g, checks, firmware, comparisons })
    } finally {
      if (!req.keep) rmSync(built.dir, { recursive: true, force: true })
    }
  }
  return outcomes
}
