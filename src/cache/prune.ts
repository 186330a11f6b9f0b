// Before the target dir is saved: drop what a later build cannot use, so the cache stays small.
// Each rule is measured by bench/warm-cache/prune-rules.mjs (archive bytes, warm wall, crates
// compiled warm); PRUNE_RULES are those that pay, bench/README.md gives the figures.
// - incremental: incremental/ is per-session compiler state, large and only useful to a rebuild
//   of a changed workspace member on the same machine; cargo's freshness check never reads it;
// - superseded: a crate built again in this job under a new hash (other features, new version)
//   leaves its old artifacts behind; those untouched in this job are removed. Crates this job
//   did not build at all are kept: another recipe or leg may need them.
// Measured and not kept: deps/*.d (rustc's dep-info, which cargo never reads again): 0.01 MB of
// a 94 MB target dir, and the archive the same to 0.01 MB.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** The rules that pay on the bench (bench/README.md, Caches). */
export const PRUNE_RULES = ['incremental', 'superseded'] as const
type PruneRule = (typeof PRUNE_RULES)[number]

interface PruneReport {
  removedBytes: number
  removedEntries: number
  /** Bytes each rule removed. */
  byRule: Partial<Record<PruneRule, number>>
}

/** Profile dirs: target/<profile> and target/<triple>/<profile>. */
function profileDirs(targetDir: string): string[] {
  if (!existsSync(targetDir)) return []
  const out: string[] = []
  for (const e of readdirSync(targetDir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue
    const p = join(targetDir, e.name)
    if (existsSync(join(p, '.fingerprint'))) out.push(p)
    else
      for (const sub of readdirSync(p, { withFileTypes: true }))
        if (sub.isDirectory() && existsSync(join(p, sub.name, '.fingerprint'))) out.push(join(p, sub.name))
  }
  return out
}

/** `name-0123456789abcdef` → [name, hash]. */
const UNIT = /^(.+)-([0-9a-f]{16})$/

export function pruneTargetDir(
  targetDir: string,
  jobStartMs: number,
  rules: readonly PruneRule[] = PRUNE_RULES
): PruneReport {
  const report: PruneReport = { removedBytes: 0, removedEntries: 0, byRule: {} }
  const remove = (rule: PruneRule, p: string) => {
    const bytes = sizeOf(p)
    report.removedBytes += bytes
    report.removedEntries++
    report.byRule[rule] = (report.byRule[rule] ?? 0) + bytes
    rmSync(p, { recursive: true, force: true })
  }
  for (const prof of profileDirs(targetDir)) {
    if (rules.includes('incremental') && existsSync(join(prof, 'incremental')))
      remove('incremental', join(prof, 'incremental'))
    if (rules.includes('superseded'))
      for (const [sub, entry] of supersededEntries(prof, jobStartMs))
        remove('superseded', join(prof, sub, entry))
  }
  return report
}

/** [subdir, entry] of every unit superseded in this job (see the top of the file). */
function supersededEntries(prof: string, jobStartMs: number): [string, string][] {
  // Units per crate name: which hashes were (re)built in this job, which were not.
  const fp = join(prof, '.fingerprint')
  const units = new Map<string, { hash: string; touched: boolean }[]>()
  for (const d of readdirSync(fp)) {
    const m = UNIT.exec(d)
    if (!m) continue
    const list = units.get(m[1]!) ?? []
    list.push({ hash: m[2]!, touched: newestMtime(join(fp, d)) >= jobStartMs })
    units.set(m[1]!, list)
  }
  const stale = new Set<string>()
  for (const list of units.values()) {
    if (!list.some(u => u.touched)) continue
    for (const u of list) if (!u.touched) stale.add(u.hash)
  }
  const out: [string, string][] = []
  if (stale.size === 0) return out
  for (const sub of ['.fingerprint', 'build', 'deps']) {
    const dir = join(prof, sub)
    if (!existsSync(dir)) continue
    for (const e of readdirSync(dir)) {
      const m = /-([0-9a-f]{16})(\.|$)/.exec(e)
      if (m && stale.has(m[1]!)) out.push([sub, e])
    }
  }
  return out
}

function newestMtime(dir: string): number {
  let t = 0
  for (const e of readdirSync(dir)) t = Math.max(t, statSync(join(dir, e)).mtimeMs)
  return t
}

function sizeOf(p: string): number {
  const st = statSync(p, { throwIfNoEntry: false })
  if (!st) return 0
  if (!st.isDirectory()) return st.size
  let total = 0
  for (const e of readdirSync(p)) total += sizeOf(join(p, e))
  return total
}
