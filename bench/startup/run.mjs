#!/usr/bin/env node
// Start-up of the action's main step: from `node` start to its first decision (the inputs read
// and validated), as whole processes, paired with a bare `node -e 0` run by run (A B A B ...), so
// a machine whose speed drifts moves both. Two ways to stop right after the decision:
//   invalid: an input that is wrong (no recipe) - the step fails, printing ::error::
//   valid:   good inputs and SVSM_BUILD_STOP_AFTER_INPUTS=1 - the step stops before the build
// Prints, for each, the wall of both and the difference (median, min, max), and the bundle sizes.
// A second bundle's main step (an older dist/, unpacked elsewhere) can be measured beside it, with
// the invalid inputs only (an older step may not know SVSM_BUILD_STOP_AFTER_INPUTS):
//   npm run bundle && node bench/startup/run.mjs [runs=21] [OTHER/dist/main/index.js]
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const runs = Number(process.argv[2] ?? 21)
const main = join(repo, 'dist', 'main', 'index.js')
const other = process.argv[3]
const base = { PATH: process.env.PATH ?? '/usr/bin:/bin' }
const variants = {
  'invalid inputs': { env: base, code: 1 },
  'valid inputs, stop after': {
    env: { ...base, INPUT_RECIPE: 'configs/qemu-target.json', SVSM_BUILD_STOP_AFTER_INPUTS: '1' },
    code: 0
  }
}

function wall(argv, env, code) {
  const t = process.hrtime.bigint()
  const r = spawnSync(argv[0], argv.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const s = Number(process.hrtime.bigint() - t) / 1e9
  if (r.status !== code)
    throw new Error(`${argv.join(' ')}: exit ${r.status}, expected ${code}\n${r.stdout}${r.stderr}`)
  return s
}
const stats = a => {
  const s = [...a].sort((x, y) => x - y)
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s.at(-1) }
}
const row = (name, a) => {
  const { median, min, max } = stats(a)
  return `${name.padEnd(44)} ${median.toFixed(3)}  ${min.toFixed(3)}  ${max.toFixed(3)}`
}

console.log(`${runs} paired runs each (1 warm-up), whole processes, seconds: median  min  max`)
const series = Object.entries(variants).map(([name, v]) => ({ name, main, ...v }))
if (other) series.push({ name: `invalid inputs, ${other}`, main: other, ...variants['invalid inputs'] })
for (const { name, main, env, code } of series) {
  wall([process.execPath, main], env, code)
  wall([process.execPath, '-e', '0'], env, 0)
  const step = []
  const bare = []
  const over = []
  for (let i = 0; i < runs; i++) {
    const a = wall([process.execPath, main], env, code)
    const b = wall([process.execPath, '-e', '0'], env, 0)
    step.push(a)
    bare.push(b)
    over.push(a - b)
  }
  console.log(row(`main step (${name})`, step))
  console.log(row('node -e 0', bare))
  console.log(row('  difference, pair by pair', over))
}

const sizes = dir =>
  readdirSync(dir)
    .filter(f => f.endsWith('.js'))
    .map(f => ({ f, size: statSync(join(dir, f)).size }))
    .sort((x, y) => y.size - x.size)
const action = sizes(join(repo, 'dist', 'action'))
const total = action.reduce((n, x) => n + x.size, 0)
console.log(
  `dist/action: ${action.length} files, ${total} bytes; loaded before the decision: index.js ${action.find(x => x.f === 'index.js')?.size} bytes`
)
console.log(
  `largest chunks: ${action
    .slice(0, 4)
    .map(x => `${x.f} ${x.size}`)
    .join(', ')}`
)
