#!/usr/bin/env node
// Which pruning rules pay. Two jobs as the post step finds them: a cold build, and a dependency
// update built on top of it (the last vendored crate to a new version, so cargo leaves the old
// units behind). For each job and each variant (no rule, each rule alone, the kept set) the target
// dir as the job left it is pruned by those rules, saved by the local backend and restored by
// `runs` warm jobs in fresh clones. Reports what each rule removed, the archive bytes, the save
// wall, the warm wall and the crates compiled warm. Imports the cache code from src/ (tsx):
//   npm run bundle && node --import tsx bench/warm-cache/prune-rules.mjs [crates=12] [fns=760] [slow=8] [runs=3]
import { execFileSync } from 'node:child_process'
import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { recordStamps } from '../../src/cache/freshness.ts'
import { localCacheStore } from '../../src/cache/local.ts'
import { PRUNE_RULES, pruneTargetDir } from '../../src/cache/prune.ts'
import { bumpLastCrate } from './generate.mjs'
import { mb, spread, workspace } from './jobs.mjs'

const [crates = 12, fns = 760, slow = 8, runs = 3] = process.argv.slice(2).map(Number)
const w = workspace({ crates, fns, slow })
const cp = (from, to) => execFileSync('cp', ['-a', from, to]) // keeps mtimes and hard links
const variants = [[], ...PRUNE_RULES.map(r => [r]), [...PRUNE_RULES]]
let n = 0

/** The job just run, kept as its post step would find it. */
function keepJob() {
  const dir = join(w.scratch, `job-${n++}`)
  cp(w.ws, dir)
  return { dir, state: w.state().value }
}

async function measure(label, job) {
  const spec = job.state.caches.find(c => c.name === 'target')
  for (const rules of variants) {
    rmSync(w.ws, { recursive: true, force: true })
    cp(job.dir, w.ws)
    const pruned = pruneTargetDir(w.target, job.state.jobStartMs, rules)
    recordStamps(job.state.root, w.target)
    const cache = join(w.scratch, `cache-${n++}`)
    const t0 = process.hrtime.bigint()
    await localCacheStore(cache, w.ws).save(spec.paths, spec.key)
    const save = Number(process.hrtime.bigint() - t0) / 1e9
    const entry = join(cache, encodeURIComponent(spec.key))
    const archive = readdirSync(entry)
      .filter(f => f.includes('.tar'))
      .reduce((sum, f) => sum + statSync(join(entry, f)).size, 0)
    const warm = []
    for (let k = 0; k < runs; k++) {
      w.freshJob()
      warm.push(await w.main(cache))
    }
    const removed = Object.entries(pruned.byRule).map(([r, b]) => `${r} ${mb(b)}`)
    const cells = [
      label,
      rules.join(' + ') || 'none',
      removed.join(', ') || '0',
      mb(archive),
      save.toFixed(2),
      spread(warm.map(x => x.wall)),
      [...new Set(warm.map(x => x.compiled))].join('/')
    ]
    console.log(`| ${cells.join(' | ')} |`)
  }
}

try {
  w.freshJob()
  const cold = await w.main(join(w.scratch, 'no-cache'))
  const coldJob = keepJob()
  console.log(
    `workspace: mini-svsm + ${crates} vendored crates of ${fns} functions + a ${slow} s build.rs; cold job ${cold.wall.toFixed(1)} s (${cold.compiled} crates compiled); ${runs} warm runs per variant`
  )
  console.log('| job | rules | removed | archive | save s | warm s | crates compiled warm |')
  console.log('|---|---|---|---|---|---|---|')
  await measure('cold', coldJob)
  // The update: a new revision pulled into the cold job's clone, built on its target dir.
  bumpLastCrate(w.src, w.vendor, { crates, fns, exampleRegistry: w.exampleRegistry })
  w.commit('update the last dependency')
  rmSync(w.ws, { recursive: true, force: true })
  cp(coldJob.dir, w.ws)
  w.git(join(w.ws, 'svsm'), 'pull', '-q', '--ff-only')
  w.newRunnerFiles()
  const update = await w.main(join(w.scratch, 'no-cache'))
  await measure(`update (${update.wall.toFixed(1)} s, ${update.compiled} compiled)`, keepJob())
} finally {
  if (process.env.BENCH_KEEP) console.log(`kept ${w.scratch}`)
  else rmSync(w.scratch, { recursive: true, force: true })
}
