// `svsm-build reproduce`: a measurements.json (or an artifact folder holding one) → checks of the
// svsm tree against the record (records.ts) → where each recorded build must be rebuilt to give its
// bytes again (place.ts), checked for every group before anything is built → a rebuild of the
// recorded commit in an offline clone (clone.ts, rebuild.ts; in a private mount namespace when the
// recorded paths are taken here, namespace.ts) → a comparison per target (compare.ts), with what
// `diff` says of a file that differs (explain.ts).
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { compareRecord, reproduced, type TargetComparison } from './compare.js'
import { explainDifference } from './explain.js'
import { probeNamespace, type Namespace } from './namespace.js'
import { rebuildPlace, unavailable, type RebuildPlace } from './place.js'
import { rebuildGroup, type RebuildIO } from './rebuild.js'
import {
  checkTree,
  findFirmware,
  groupRecords,
  loadRebuildableRecords,
  ReproduceInputError,
  type BuildGroup,
  type TreeCheck
} from './records.js'
import { git } from '../util/git.js'

export interface GroupOutcome {
  group: BuildGroup
  checks: TreeCheck[]
  firmware: { path: string; sha256: string } | null
  /** Where and how it was rebuilt. */
  rebuilt: string
  comparisons: TargetComparison[]
}

interface ReproduceRequest {
  /** measurements.json, or a folder holding one (a downloaded build artifact, or bin/ of a tree). */
  source: string
  /** The svsm checkout that holds the recorded commit. */
  svsm: string
  /** A firmware file to use instead of the recorded path. */
  firmware?: string
  /** Keep the temporary clones (for a look at what differs). */
  keep?: boolean
  /** Rebuild in a temporary clone even when the recorded bytes depend on the recorded paths. */
  anyPaths?: boolean
  env: NodeJS.ProcessEnv
  /** How to run svsm-build itself (node and its entry), for a rebuild in a private mount namespace. */
  self: string[]
}

function checkSvsm(svsm: string): void {
  if (!existsSync(svsm)) throw new ReproduceInputError(`--svsm ${svsm}: no such directory`)
  if (!git(svsm, ['rev-parse', '--git-dir']).ok)
    throw new ReproduceInputError(
      `--svsm ${svsm}: not a git checkout (the rebuild clones the recorded commit)`
    )
  const top = git(svsm, ['rev-parse', '--show-toplevel']).out.trim()
  if (top && realpathSync(top) !== realpathSync(svsm))
    throw new ReproduceInputError(
      `--svsm ${svsm}: a folder inside the repository ${top}, not its root; pass --svsm ${top}`
    )
}

/** A namespace when some group's recorded paths are taken; refused, naming every path, when none can be had. */
function namespaceFor(places: RebuildPlace[], scratch: string): Namespace | null {
  let ns: Namespace | { error: string } | null = null
  for (const p of places) {
    if (p.at !== 'recorded') continue
    if (p.needs.some(n => n.state === 'blocked' || n.state === 'linked')) throw unavailable(p, null)
    if (!p.needs.some(n => n.state === 'taken')) continue
    ns ??= probeNamespace(scratch)
    if ('error' in ns) throw unavailable(p, ns.error)
  }
  return ns && !('error' in ns) ? ns : null
}

export async function reproduce(req: ReproduceRequest, io: RebuildIO): Promise<GroupOutcome[]> {
  const { file, records } = loadRebuildableRecords(req.source)
  checkSvsm(req.svsm)
  const groups = groupRecords(records)
  // Every input, and every place, is checked before anything is built.
  const prepared = groups.map(g => ({
    g,
    checks: checkTree(req.svsm, g),
    firmware: findFirmware(req.svsm, req.firmware, g),
    place: rebuildPlace(g, { anyPaths: req.anyPaths ?? false, env: req.env, cwd: process.cwd() })
  }))
  const scratch = mkdtempSync(join(tmpdir(), 'svsm-reproduce-'))
  const outcomes: GroupOutcome[] = []
  try {
    const namespace = namespaceFor(
      prepared.map(p => p.place),
      scratch
    )
    for (const [n, { g, checks, firmware, place }] of prepared.entries()) {
      const built = await rebuildGroup({
        svsm: req.svsm,
        g,
        place,
        firmware: firmware?.path ?? null,
        env: req.env,
        namespace,
        self: req.self,
        scratch: join(scratch, `build-${n}`),
        keep: req.keep ?? false,
        io
      })
      try {
        const comparisons = g.records.map(m => {
          const r = built.records.find(
            x => x.recipe === m.recipe && x.target === m.target && x.igvm === m.igvm
          )
          const c = compareRecord(m, r)
          return r && !reproduced(c)
            ? { ...c, imageDiff: explainDifference(m, dirname(file), r, built.clone) }
            : c
        })
        outcomes.push({ group: g, checks, firmware, rebuilt: built.how, comparisons })
      } finally {
        built.cleanup()
      }
    }
  } finally {
    if (req.keep) io.log.info(`kept the rebuild's clones in ${scratch}`)
    else rmSync(scratch, { recursive: true, force: true })
  }
  return outcomes
}
