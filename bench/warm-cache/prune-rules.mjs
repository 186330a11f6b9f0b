#!/usr/bin/env node
// Which pruning rules pay: one cold job (the bundled action), then for each variant (no rule,
// each rule alone, the kept set) the cold job's target dir as it was, pruned by those rules,
// saved by the local backend and restored by `runs` warm jobs in fresh clones. Reports the
// archive bytes, the save wall, and the warm wall and crates compiled warm of each variant.
// Imports the cache code from src/, so it runs under tsx:
//   npm run bundle && node --import tsx bench/warm-cache/prune-rules.mjs [crates=12] [fns=760] [slow=8] [runs=3]
import { execFileSync } from 'node:child_process'
import { readdirSync, rmSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { recordStamps } from '../../src/cache/freshness.ts'
import { localCacheStore } from '../../src/cache/local.ts'
import { ALL_PRUNE_RULES, PRUNE_RULES, pruneTargetDir } from '../../src/cache/prune.ts'
import { mb, spread, workspace } from './jobs.mjs'

const [crates = 12, fns = 760, slow = 8, runs = 3] = process.argv.slice(2).map(Number)
const w = workspace({ crates, fns, slow })
const cp = (from, to) => execFileSync('cp', ['-a', from, to]) // keeps mtimes and hard links
const variants = [[], ...ALL_PRUNE_RULES.map(r => [r]), [...PRUNE_RULES]]

try {
  w.freshJob()
  const cold = await w.main(join(w.scratch, 'cold-cache'))
  const { value: state } = w.state()
  const spec = state.caches.find(c => c.name === 'target')
  const pristine = join(w.scratch, 'pristine')
  cp(w.ws, pristine) // the cold job as its post step would find it
  console.log(
    `workspace: mini-svsm + ${crates} vendored crates of ${fns} functions + a ${slow} s build.rs; cold ${cold.wall.toFixed(1)} s, ${cold.compiled} crates compiled; ${runs} warm runs per variant`
  )
  console.log('| rules | removed | archive | save s | warm s | crates compiled warm |')
  console.log('|---|---|---|---|---|---|')
  for (const [i, rules] of variants.entries()) {
    rmSync(w.ws, { recursive: true, force: true })
    cp(pristine, w.ws)
    const pruned = pruneTargetDir(w.target, state.jobStartMs, rules)
    recordStamps(state.root, w.target)
    const cache = join(w.scratch, `cache-${i}`)
    const t0 = process.hrtime.bigint()
    await localCacheStore(cache, w.ws).save(spec.paths, spec.key)
    const save = Number(process.hrtime.bigint() - t0) / 1e9
    const entry = join(cache, encodeURIComponent(spec.key))
    const archive = readdirSync(entry)
      .filter(f => f.includes('.tar'))
      .reduce((n, f) => n + statSync(join(entry, f)).size, 0)
    const warm = []
    for (let k = 0; k < runs; k++) {
      w.freshJob()
      warm.push(await w.main(cache))
    }
    const removed = Object.entries(pruned.byRule).map(([r, b]) => `${r} ${mb(b)}`)
    console.log(
      `| ${rules.join(' + ') || 'none'} | ${removed.join(', ') || '0'} | ${mb(archive)} | ${save.toFixed(2)} | ${spread(warm.map(x => x.wall))} | ${[...new Set(warm.map(x => x.compiled))].join('/')} |`
    )
  }
  console.log(`target spec: ${spec.paths.map(p => relative(w.ws, p)).join(', ')}`)
} finally {
  if (process.env.BENCH_KEEP) console.log(`kept ${w.scratch}`)
  else rmSync(w.scratch, { recursive: true, force: true })
}
