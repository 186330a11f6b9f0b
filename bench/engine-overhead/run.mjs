#!/usr/bin/env node
// Engine overhead: `svsm-build build` vs the same commands run back to back by a shell script,
// on a scratch copy of examples/mini-svsm. Both variants run warm (everything compiled) so the
// difference is what svsm-build adds: startup, planning, the checks, the fs image, measuring.
// A cold pair (cargo clean before each run) is reported too.
//   node bench/engine-overhead/run.mjs [runs=5]
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const runs = Number(process.argv[2] ?? 5)
const recipe = 'configs/all-targets.json'
const cli = join(repo, 'dist', 'cli', 'index.js')

const dir = mkdtempSync(join(tmpdir(), 'bench-overhead-'))
const root = join(dir, 'svsm')
cpSync(join(repo, 'examples', 'mini-svsm'), root, {
  recursive: true,
  filter: s => !/\/(target|bin)(\/|$)/.test(s.slice(repo.length))
})
const git = (...a) => execFileSync('git', a, { cwd: root, stdio: 'ignore' })
git('init', '-q')
git('add', '-A')
git('-c', 'user.name=b', '-c', 'user.email=b@example.com', 'commit', '-q', '-m', 'bench')
git('tag', 'v2026.01')

// The shell script: exactly the commands of the plan; the engine's own steps as shell equivalents.
const plan = JSON.parse(
  execFileSync(process.execPath, [cli, 'plan', '--json', '--svsm', root, recipe], { encoding: 'utf8' })
)
const q = s => `'${s.replace(/'/g, `'\\''`)}'`
const lines = ['#!/bin/sh', 'set -e', `cd ${q(root)}`]
for (const s of plan.steps) {
  if (s.kind === 'command') {
    const env = Object.entries(s.env)
      .map(([k, v]) => `${k}=${q(v)}`)
      .join(' ')
    const argv = s.argv.map(q).join(' ')
    lines.push(
      s.capture === 'git-version'
        ? `git describe --always --dirty=+ >/dev/null`
        : `${env ? `env ${env} ` : ''}${argv}${s.capture === 'cargo-test-executable' ? ' >/dev/null' : ''}`
    )
  } else if (s.op.type === 'mkdir') lines.push(`mkdir -p ${q(s.op.path)}`)
  else if (s.op.type === 'reset-dir') lines.push(`rm -rf ${q(s.op.path)} && mkdir -p ${q(s.op.path)}`)
  else if (s.op.type === 'pack-fs')
    lines.push(`${q(join(dir, 'packit'))} pack --input bin/fs --output ${q(s.op.output)}`)
}
const script = join(dir, 'build.sh')
writeFileSync(script, `${lines.join('\n')}\n`, { mode: 0o755 })
// The shell variant packs with the example's packit CLI: built once, outside the timings, and
// kept outside target/ (the cold runs clean it).
execFileSync('cargo', ['build', '-q', '--package', 'packit', '--features', 'cli'], {
  cwd: root,
  stdio: 'inherit'
})
copyFileSync(join(root, 'target', 'debug', 'packit'), join(dir, 'packit'))

const time = (argv, env = process.env) => {
  const t = process.hrtime.bigint()
  const r = spawnSync(argv[0], argv.slice(1), { cwd: root, env, stdio: 'ignore' })
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}`)
  return Number(process.hrtime.bigint() - t) / 1e6
}
const engine = () => time([process.execPath, cli, 'build', '--svsm', root, recipe])
const shell = () => time(['sh', script])
const clean = () => time(['cargo', 'clean', '-q'])
const median = a => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]

engine() // warm up: compile everything once
const warm = { engine: [], shell: [] }
for (let i = 0; i < runs; i++) {
  warm.shell.push(shell())
  warm.engine.push(engine())
}
const cold = { engine: [], shell: [] }
for (let i = 0; i < Math.min(runs, 3); i++) {
  clean()
  cold.shell.push(shell())
  clean()
  cold.engine.push(engine())
}
const report = (name, r) => {
  const e = median(r.engine)
  const s = median(r.shell)
  console.log(
    `${name}: svsm-build ${e.toFixed(0)} ms, shell script ${s.toFixed(0)} ms, ratio ${(e / s).toFixed(3)} (+${(e - s).toFixed(0)} ms)`
  )
}
console.log(`${plan.steps.length} steps, ${runs} warm runs and ${cold.engine.length} cold runs each, medians`)
report('warm', warm)
report('cold', cold)
