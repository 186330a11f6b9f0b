// The record side of a rebuild: records that say what a rebuild needs, grouped by the build that
// made them, checked against the svsm tree (commit, uncommitted changes, Cargo.lock), and the
// firmware they were built with. Every refusal is a ReproduceInputError: one line, exit code 2.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { findRecordedFile, loadRecords } from '../record/load.js'
import { changedPaths } from '../record/recorded-inputs.js'
import type { Measurement, RecordedInputs } from '../record/schema.js'
import { BadInput } from '../util/errors.js'
import { MAX_FIRMWARE_BYTES, regularFileProblem } from '../util/input-file.js'
import { git } from '../util/git.js'

/** A record, a tree or a machine reproduce cannot work with: exit code 2. */
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
  /** Where and with what the group was built (absent in older records). */
  build: RecordedInputs['build']
  records: Measurement[]
}

const sha256Of = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

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

/** Records made by one build (same commit, options and place) are rebuilt together, as they were built. */
export function groupRecords(records: Measurement[]): BuildGroup[] {
  const groups = new Map<string, BuildGroup>()
  for (const m of records) {
    const i = m.inputs!
    const place = i.build ? [i.build.checkout, i.build.cargoHome, i.build.remap] : null
    const key = JSON.stringify([i.source.commit, i.options, place])
    const g = groups.get(key) ?? {
      commit: i.source.commit!,
      gitVersion: m.gitVersion,
      options: i.options,
      build: i.build,
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
  const changed = changedPaths(svsm) ?? []
  if (changed.length > 0)
    checks.push({
      check: 'dirty',
      ok: false,
      message: `the tree has uncommitted changes (${changed.length} path(s), untracked files and submodules included); they are not part of the rebuild`
    })
  if (first.dirty)
    checks.push({
      check: 'dirty',
      ok: false,
      message: `the record was built with uncommitted changes to ${first.dirtyFiles.join(', ')}; the rebuild has only the commit, so those changes explain any difference`
    })
  if (changed.length === 0 && !first.dirty)
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
export function findFirmware(
  svsm: string,
  given: string | undefined,
  g: BuildGroup
): { path: string; sha256: string } | null {
  const recorded = g.records.find(m => m.firmware)?.firmware
  if (!recorded) return null
  if (given) {
    const p = resolve(given)
    const problem = regularFileProblem(p, MAX_FIRMWARE_BYTES)
    if (problem) throw new ReproduceInputError(`--firmware ${given}: ${problem}`)
    return { path: p, sha256: sha256Of(p) }
  }
  const candidates = isAbsolute(recorded.path)
    ? [recorded.path]
    : [resolve(svsm, recorded.path), resolve(recorded.path)]
  // Only the file the record pins by sha256: a hand-edited path reaches igvmbuilder no other way.
  const found = findRecordedFile(candidates, recorded.sha256, MAX_FIRMWARE_BYTES)
  if (!found)
    throw new ReproduceInputError(
      `the record's firmware ${recorded.path} (sha256 ${recorded.sha256}) is not at ${candidates.join(' nor ')} (no regular file with that sha256); pass --firmware FILE`
    )
  return { path: found, sha256: sha256Of(found) }
}
