#!/usr/bin/env node
// Warm cache, measured where the cache moves: the bundled action (dist/main, dist/post) on a
// generated workspace shaped like svsm. One cold job in a fresh clone; its post step saves the
// caches to each backend (a local folder; GitHub's cache service through the services harness:
// real @actions/cache, Azurite, the results-service fake) `runs` times under fresh keys, to time
// the save; then `runs` warm jobs per backend, each in a fresh clone at the same workspace path.
// Reports per backend the archive bytes and compression ratio, restore / save / warm walls
// (median, min-max) against the cold wall, and the crates compiled warm.
//   npm run bundle && node bench/warm-cache/run.mjs [crates=12] [fns=760] [slowBuildSeconds=8] [runs=3]
// BENCH_BACKENDS=local,github picks backends; BENCH_DEBUG=1 prints what each job compiled.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { du, mb, median, spread, workspace } from './jobs.mjs'
import { githubServices } from './services.mjs'

const [crates = 12, fns = 760, slow = 8, runs = 3] = process.argv.slice(2).map(Number)
const backends = (process.env.BENCH_BACKENDS ?? 'local,github').split(',')
const w = workspace({ crates, fns, slow })
const localCache = join(w.scratch, 'cache')
const services = backends.includes('github') ? await githubServices() : undefined
const envOf = backend => (backend === 'github' ? services.env : {})

/** Bytes of the local entry's target archive, and of the tar inside it. */
function localArchive(key) {
  const dir = join(localCache, encodeURIComponent(key))
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
  const file = readdirSync(dir).find(f => f.startsWith(`${m.paths.indexOf('svsm/target')}.tar`))
  const tar = spawnSync('zstd', ['-d', '--long=30', '-c', join(dir, file)], { maxBuffer: 2 ** 31 })
  return { bytes: statSync(join(dir, file)).size, tarBytes: tar.stdout.length }
}

try {
  w.freshJob()
  const cold = await w.main(localCache)
  const targetBytes = du(w.target)
  const state = w.state()
  const results = {}
  for (const backend of backends) {
    const r = (results[backend] = { saves: [], warm: [] })
    for (let k = 0; k < runs; k++) {
      // A new key each repeat: an entry is never replaced.
      const value = structuredClone(state.value)
      value.backend = backend
      if (k > 0) for (const c of value.caches) c.key += `-rep${k}`
      const p = await w.post(localCache, { ...state, value }, envOf(backend))
      r.saves.push(p.wall)
      r.key ??= p.key
    }
  }
  const local = results.local ? localArchive(results.local.key) : undefined
  for (const backend of backends) {
    const r = results[backend]
    r.archive = backend === 'local' ? local.bytes : services.archiveBytes(r.key)
    for (let k = 0; k < runs; k++) {
      w.freshJob()
      r.warm.push(await w.main(localCache, envOf(backend)))
    }
  }
  console.log(
    `workspace: mini-svsm + ${crates} vendored crates of ${fns} functions + a ${slow} s build.rs; recipe configs/qemu-target.json; ${runs} runs each`
  )
  console.log(
    `cold: ${cold.wall.toFixed(1)} s (cache ${cold.hit}, ${cold.compiled} crates compiled); target dir ${mb(targetBytes)} before pruning${local ? `; tar of the pruned target ${mb(local.tarBytes)}` : ''}`
  )
  console.log(
    '| backend | archive | ratio | restore s | save s (post step) | cold s | warm s (restore included) | warm % of cold | crates compiled warm | cache-hit |'
  )
  console.log('|---|---|---|---|---|---|---|---|---|---|')
  for (const backend of backends) {
    const r = results[backend]
    const warm = r.warm.map(x => x.wall)
    const cells = [
      backend,
      mb(r.archive),
      local ? `${(local.tarBytes / r.archive).toFixed(2)}x` : '?',
      spread(r.warm.map(x => x.restore)),
      spread(r.saves),
      cold.wall.toFixed(1),
      spread(warm),
      `${((median(warm) / cold.wall) * 100).toFixed(1)} %`,
      [...new Set(r.warm.map(x => x.compiled))].join('/'),
      [...new Set(r.warm.map(x => x.hit))].join('/')
    ]
    console.log(`| ${cells.join(' | ')} |`)
  }
} finally {
  await services?.stop()
  if (process.env.BENCH_KEEP) console.log(`kept ${w.scratch}`)
  else rmSync(w.scratch, { recursive: true, force: true })
}
