#!/usr/bin/env node
// `svsm-build measure` (the bundled CLI) against upstream's Rust igvmmeasure, as whole processes run
// in turn (A B A B ...), so that each pair sees the same machine: the ratio of each pair's walls is
// the figure (median, min, max), with each side's median wall, CPU and peak RSS (GNU time). Cases:
//   64mib  a generated 64 MiB SEV-SNP file (16384 pages of random data), the digest's hard case
//   small  a small real-shaped file (default ../shared/testdata/igvm/dummy-qemu.igvm; `--small FILE`
//          for another), with bare `node -e 0` in the same series: node's own start-up is the floor
//   1gib   a generated 1 GiB file for memory (3 runs each; written to the temp dir, then removed)
//   npm run bundle && node bench/measure/run.mjs [--igvmmeasure BIN] [--runs N] [--small FILE] [--cli JS] [64mib] [small] [1gib]
// The Rust igvmmeasure is --igvmmeasure, or $SVSM_REF_BIN_DIR/igvmmeasure (docs/real-tools.md says
// how to build it). --cli: another build's dist/cli/index.js, e.g. an older commit's, to compare.
// Every run's stdout is checked to be the same digest on both sides.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateIgvm } from './generate.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const args = process.argv.slice(2)
const opt = name => {
  const i = args.indexOf(name)
  return i < 0 ? undefined : args.splice(i, 2)[1]
}
const runs = Number(opt('--runs') ?? 9)
const shared = resolve(process.env.SVSM_SHARED_DIR ?? join(repo, '..', 'shared'))
const small = resolve(opt('--small') ?? join(shared, 'testdata', 'igvm', 'dummy-qemu.igvm'))
const cli = resolve(opt('--cli') ?? join(repo, 'dist', 'cli', 'index.js'))
const refBin = process.env.SVSM_REF_BIN_DIR
const igvmmeasure = resolve(opt('--igvmmeasure') ?? (refBin ? join(refBin, 'igvmmeasure') : ''))
const cases = args.length > 0 ? args : ['64mib', 'small', '1gib']
if (igvmmeasure === resolve('')) {
  console.error(
    "bench/measure needs upstream's Rust igvmmeasure: pass --igvmmeasure BIN or set SVSM_REF_BIN_DIR (docs/real-tools.md)"
  )
  process.exit(2)
}
for (const [what, path] of [
  ['the real igvmmeasure (--igvmmeasure, or SVSM_REF_BIN_DIR)', igvmmeasure],
  ...(cases.includes('small') ? [['the small file (--small, or ../shared/testdata/igvm)', small]] : []),
  ['the bundled CLI (npm run bundle)', cli],
  ['GNU time (apt-get install time)', '/usr/bin/time']
]) {
  if (!existsSync(path)) {
    console.error(`bench/measure needs ${what}: ${path} is missing`)
    process.exit(2)
  }
}

/** One whole process under GNU time: wall (ms, our clock), CPU (ms) and peak RSS (MiB). */
function timed(argv, env = {}) {
  const t = process.hrtime.bigint()
  const r = spawnSync('/usr/bin/time', ['-f', '@@ %U %S %M', ...argv], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, ...env }
  })
  const wall = Number(process.hrtime.bigint() - t) / 1e6
  const line = r.stderr.trim().split('\n').at(-1)
  if (r.status !== 0 || !line.startsWith('@@ ')) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`)
  const [user, sys, rss] = line.slice(3).split(' ').map(Number)
  return { wall, cpu: (user + sys) * 1000, rss: rss / 1024, out: r.stdout }
}

const median = a => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]
const spread = a =>
  `median ${median(a).toFixed(2)} (min ${Math.min(...a).toFixed(2)}, max ${Math.max(...a).toFixed(2)})`

/**
 * Runs the commands in turn `n` times after one warm-up round. The second is igvmmeasure: each
 * other command's wall is divided by its, pair by pair; ours must print what it printed.
 */
function series(title, commands, n) {
  console.log(`\n${title}: ${n} rounds, in turn, after one warm-up round`)
  const res = commands.map(() => [])
  for (let i = 0; i <= n; i++) {
    const round = commands.map(c => timed(c.argv, c.env))
    for (const [k, r] of round.entries())
      if (commands[k].ours && r.out !== round[1].out)
        throw new Error(`the outputs differ:\n${r.out}\nagainst igvmmeasure's\n${round[1].out}`)
    if (i > 0) round.forEach((r, k) => res[k].push(r))
  }
  for (const [k, c] of commands.entries()) {
    const m = key =>
      median(res[k].map(x => x[key]))
        .toFixed(0)
        .padStart(5)
    const peak = Math.max(...res[k].map(x => x.rss))
      .toFixed(0)
      .padStart(5)
    console.log(`  ${c.name.padEnd(26)} wall ${m('wall')} ms  cpu ${m('cpu')} ms  peak RSS ${peak} MiB`)
  }
  for (const [k, c] of commands.entries()) {
    if (k === 1) continue
    const ratio = res[k].map((a, i) => a.wall / res[1][i].wall)
    console.log(`  wall ratio ${c.name.trim()} / igvmmeasure, per pair: ${spread(ratio)}`)
  }
}

/** Our CLI; `workers` forces the pool's size (SVSM_MEASURE_WORKERS), else the load decides. */
const ours = (file, workers) => ({
  name: workers === undefined ? 'svsm-build measure' : `  SVSM_MEASURE_WORKERS=${workers}`,
  argv: [process.execPath, cli, 'measure', file, '--bare'],
  env: workers === undefined ? {} : { SVSM_MEASURE_WORKERS: String(workers) },
  ours: true
})
const theirs = file => ({ name: 'igvmmeasure (Rust)', argv: [igvmmeasure, file, 'measure', '-b'] })
const dir = mkdtempSync(join(tmpdir(), 'bench-measure-'))
console.log(
  `${availableParallelism()} cores, load average ${loadavg()
    .map(l => l.toFixed(1))
    .join(' ')}`
)
try {
  if (cases.includes('64mib')) {
    const file = join(dir, '64mib.igvm')
    const bytes = generateIgvm(file, 16384)
    // The default picks the workers from the load average; both choices are run as well.
    const forced = [ours(file, 0), ours(file, Math.max(availableParallelism() - 1, 1))]
    series(`64 MiB file (${bytes} bytes, 16384 data pages)`, [ours(file), theirs(file), ...forced], runs)
    rmSync(file)
  }
  if (cases.includes('small')) {
    const node = { name: 'node -e 0 (the floor)', argv: [process.execPath, '-e', '0'] }
    series(`small file ${small}`, [ours(small), theirs(small), node], runs)
  }
  if (cases.includes('1gib')) {
    const file = join(dir, '1gib.igvm')
    const bytes = generateIgvm(file, 262144)
    series(`1 GiB file (${bytes} bytes, 262144 data pages), for memory`, [ours(file), theirs(file)], 3)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
