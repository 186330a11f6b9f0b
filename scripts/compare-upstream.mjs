#!/usr/bin/env node
// Compares upstream's own build of a svsm tree with svsm-build's build of the same tree (the
// weekly e2e-upstream workflow): for every recipe, the same IGVM files, byte for byte (sha256), and
// the same launch digest as igvmmeasure printed it in each build's log (svsm-build's record holds
// that digest: its build fails when the record and igvmmeasure disagree).
//   node scripts/compare-upstream.mjs DIR [--cli dist/cli/index.js]
// DIR holds one folder per recipe, each with upstream/ and svsm-build/: the IGVM files of that
// build and its log (build.log). Prints a markdown table (also to $GITHUB_STEP_SUMMARY); on a
// difference, prints `svsm-build diff` of the two files and exits 1.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const cliAt = args.indexOf('--cli')
const cli = resolve(
  cliAt >= 0
    ? args.splice(cliAt, 2)[1]
    : join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'index.js')
)
const [dir] = args
if (!dir || !existsSync(dir)) {
  console.error('usage: node scripts/compare-upstream.mjs DIR [--cli dist/cli/index.js]')
  process.exit(2)
}

/** bin/<file> → the digest igvmmeasure printed for it in a build log. */
function printedDigests(log) {
  const out = new Map()
  for (const m of log.matchAll(/^igvmmeasure '(?:.*\/)?([^'/]+)'\nLaunch Digest: ([0-9A-F]+)$/gm))
    out.set(m[1], m[2])
  return out
}

const sha256 = file => createHash('sha256').update(readFileSync(file)).digest('hex')
const igvmFiles = d =>
  existsSync(d)
    ? readdirSync(d)
        .filter(f => f.endsWith('.igvm'))
        .sort()
    : []

const rows = ['| recipe | IGVM file | sha256 | launch digest |', '|---|---|---|---|']
const problems = []
for (const recipe of readdirSync(dir).sort()) {
  const up = join(dir, recipe, 'upstream')
  const sb = join(dir, recipe, 'svsm-build')
  const read = d => (existsSync(join(d, 'build.log')) ? readFileSync(join(d, 'build.log'), 'utf8') : '')
  const upDigests = printedDigests(read(up))
  const sbDigests = printedDigests(read(sb))
  const names = [...new Set([...igvmFiles(up), ...igvmFiles(sb)])]
  if (names.length === 0) problems.push(`${recipe}: neither build wrote an IGVM file`)
  for (const name of names) {
    const a = join(up, name)
    const b = join(sb, name)
    if (!existsSync(a) || !existsSync(b)) {
      problems.push(
        `${recipe}: ${name} was written by ${existsSync(a) ? 'upstream only' : 'svsm-build only'}`
      )
      rows.push(`| ${recipe} | ${name} | missing in ${existsSync(a) ? 'svsm-build' : 'upstream'} | |`)
      continue
    }
    const [ha, hb] = [sha256(a), sha256(b)]
    const [da, db] = [upDigests.get(name), sbDigests.get(name)]
    const same = ha === hb
    const sameDigest = da !== undefined && da === db
    rows.push(
      `| ${recipe} | ${name} | ${same ? `same ${ha.slice(0, 16)}…` : `upstream ${ha.slice(0, 16)}…, svsm-build ${hb.slice(0, 16)}…`} | ${sameDigest ? `same ${da.slice(0, 16)}…` : `upstream ${da ?? 'not printed'}, svsm-build ${db ?? 'not printed'}`} |`
    )
    if (!same) problems.push(`${recipe}: ${name}: sha256 differs: upstream ${ha}, svsm-build ${hb}`)
    if (!sameDigest)
      problems.push(
        `${recipe}: ${name}: launch digest differs: upstream ${da ?? 'not printed'}, svsm-build ${db ?? 'not printed'}`
      )
    if (!same) {
      const d = spawnSync(process.execPath, [cli, 'diff', a, b], { encoding: 'utf8' })
      console.log(`svsm-build diff upstream/${name} svsm-build/${name} (${recipe}):\n${d.stdout}${d.stderr}`)
    }
  }
}
const table = `${rows.join('\n')}\n`
console.log(table)
if (process.env.GITHUB_STEP_SUMMARY)
  appendFileSync(process.env.GITHUB_STEP_SUMMARY, `## upstream's build against svsm-build's\n\n${table}\n`)
for (const p of problems) console.log(`::error::${p}`)
process.exitCode = problems.length > 0 ? 1 : 0
