#!/usr/bin/env node
// Warm cache: the action (dist/main then dist/post, local cache backend) on a generated workspace
// shaped like svsm, first cold in a fresh clone, then in another fresh clone with the cache the
// first run saved. Reports both walls, their ratio, and the saved cache size vs the target dir.
//   npm run bundle && node bench/warm-cache/run.mjs [crates=12] [fns=760] [slowBuildSeconds=8]
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generate } from './generate.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const [crates = 12, fns = 760, slow = 8] = process.argv.slice(2).map(Number)
const scratch = mkdtempSync(join(tmpdir(), 'bench-warm-'))
const src = join(scratch, 'src')
generate(src, join(repo, 'examples', 'mini-svsm'), join(scratch, 'registry'), {
  crates,
  fns,
  slowBuildSeconds: slow
})
const git = (cwd, ...a) =>
  execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.com', ...a], { cwd, stdio: 'ignore' })
git(src, 'init', '-q')
git(src, 'add', '-A')
git(src, 'commit', '-q', '-m', 'bench')
git(src, 'tag', '-a', '-m', 'r', 'v2026.01')
const cache = join(scratch, 'cache')
const du = p => Number(execFileSync('du', ['-sb', p], { encoding: 'utf8' }).split('\t')[0])
const mib = b => `${(b / (1 << 20)).toFixed(1)} MiB`

/** One job: a fresh clone, then main and post through @actions/core's file protocol. */
function job(name) {
  const ws = join(scratch, name)
  mkdirSync(join(ws, '_temp'), { recursive: true })
  git(scratch, 'clone', '-q', src, join(ws, 'svsm'))
  const files = {
    GITHUB_OUTPUT: join(ws, 'out'),
    GITHUB_STATE: join(ws, 'state'),
    GITHUB_STEP_SUMMARY: join(ws, 'summary')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const env = {
    ...process.env,
    ...files,
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: join(ws, '_temp'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    CARGO_HOME: join(ws, 'cargo-home'),
    INPUT_RECIPE: 'configs/qemu-target.json',
    'INPUT_SVSM-PATH': 'svsm',
    INPUT_TOOLCHAIN: 'skip',
    'INPUT_SAVE-CACHE': 'always',
    'INPUT_LOCAL-CACHE-DIR': cache,
    INPUT_UPLOAD: 'false',
    INPUT_OFFLINE: 'true'
  }
  for (const k of Object.keys(env)) if (k.startsWith('ACTIONS_')) delete env[k]
  const t = process.hrtime.bigint()
  const main = spawnSync(process.execPath, [join(repo, 'dist', 'main', 'index.js')], {
    cwd: ws,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28
  })
  const wall = Number(process.hrtime.bigint() - t) / 1e9
  if (main.status !== 0) throw new Error(`${name} main failed:\n${main.stdout}\n${main.stderr}`)
  const targetBytes = du(join(ws, 'svsm', 'target'))
  const state = readFileSync(files.GITHUB_STATE, 'utf8')
  const m = /^([^<]+)<<(.+)\n([\s\S]*?)\n\2$/m.exec(state)
  spawnSync(process.execPath, [join(repo, 'dist', 'post', 'index.js')], {
    cwd: ws,
    env: { ...env, [`STATE_${m[1]}`]: m[3] },
    stdio: 'ignore'
  })
  const compiledNames = main.stderr.match(/^\s+Compiling \S+/gm) ?? []
  const compiled = compiledNames.length
  if (process.env.BENCH_DEBUG) console.log(name, compiledNames.map(s => s.trim()).join(', '))
  const hit = /^cache-hit<<.+\n(.*)$/m.exec(readFileSync(files.GITHUB_OUTPUT, 'utf8'))?.[1]
  return { wall, targetBytes, compiled, hit }
}

const cold = job('cold')
const cacheBytes = du(cache)
const warm = job('warm')
console.log(
  `workspace: mini-svsm + ${crates} vendored crates of ${fns} functions + a ${slow} s build.rs; recipe configs/qemu-target.json`
)
console.log(`cold: ${cold.wall.toFixed(1)} s (cache ${cold.hit}, ${cold.compiled} crates compiled)`)
console.log(
  `warm: ${warm.wall.toFixed(1)} s (cache ${warm.hit}, ${warm.compiled} crates compiled), ${((warm.wall / cold.wall) * 100).toFixed(1)}% of cold (goal <= 5%)`
)
console.log(
  `target dir after the cold build ${mib(cold.targetBytes)}; saved cache ${mib(cacheBytes)} (${((cacheBytes / cold.targetBytes) * 100).toFixed(0)}%)`
)
