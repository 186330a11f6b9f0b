// Pruning against a real cargo build: what each rule removes, and that cargo still finds
// everything fresh afterwards (nothing compiled).
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PRUNE_RULES, pruneTargetDir } from '../../src/cache/prune.js'
import { tempDir } from '../helpers/temp.js'

const made: string[] = []
afterAll(() => made.forEach(d => rmSync(d, { recursive: true, force: true })))

/** A workspace: lib `a`, bin `b` using it, lib `c` on its own. */
function project(aVersion: string) {
  const root = tempDir('prune-')
  made.push(root)
  const crate = (name: string, body: string, manifest = '') => {
    mkdirSync(join(root, name, 'src'), { recursive: true })
    writeFileSync(
      join(root, name, 'Cargo.toml'),
      `[package]\nname = "${name}"\nversion = "${name === 'a' ? aVersion : '0.1.0'}"\nedition = "2021"\n${manifest}`
    )
    writeFileSync(join(root, name, 'src', name === 'b' ? 'main.rs' : 'lib.rs'), body)
  }
  writeFileSync(join(root, 'Cargo.toml'), '[workspace]\nmembers = ["a", "b", "c"]\nresolver = "2"\n')
  crate('a', 'pub fn a() -> u32 { 1 }\n')
  crate('b', 'fn main() { println!("{}", a::a()); }\n', '[dependencies]\na = { path = "../a" }\n')
  crate('c', 'pub fn c() -> u32 { 3 }\n')
  return root
}

/** Crates cargo compiled (it prints nothing of the kind for fresh units). */
function build(root: string, ...args: string[]): string[] {
  const r = spawnSync('cargo', ['build', '--offline', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CARGO_TARGET_DIR: join(root, 'target'), CARGO_INCREMENTAL: '1' }
  })
  expect(r.status).toBe(0)
  return (r.stderr.match(/^\s+Compiling (\S+)/gm) ?? []).map(s => s.trim().split(' ')[1]!)
}

const setVersion = (root: string, v: string) =>
  writeFileSync(join(root, 'a', 'Cargo.toml'), `[package]\nname = "a"\nversion = "${v}"\nedition = "2021"\n`)
const units = (root: string, name: string) =>
  readdirSync(join(root, 'target', 'debug', '.fingerprint')).filter(d => d.startsWith(`${name}-`))

describe('pruning the target dir', () => {
  it('drops incremental state, and cargo still compiles nothing', () => {
    const root = project('0.1.0')
    const start = Date.now()
    expect(build(root, '--workspace').sort()).toEqual(['a', 'b', 'c'])
    const debug = join(root, 'target', 'debug')
    expect(existsSync(join(debug, 'incremental'))).toBe(true)
    const report = pruneTargetDir(join(root, 'target'), start)
    expect(report.byRule.incremental).toBeGreaterThan(0)
    expect(report.byRule.superseded).toBeUndefined()
    expect(existsSync(join(debug, 'incremental'))).toBe(false)
    expect(build(root, '--workspace')).toEqual([])
  })

  it('removes units superseded in this job and keeps crates it did not build', () => {
    const root = project('0.1.0')
    build(root, '--workspace')
    const [oldA] = units(root, 'a')
    const c = units(root, 'c')
    setVersion(root, '0.2.0') // a new unit hash for a
    const start = Date.now()
    expect(build(root, '-p', 'b').sort()).toEqual(['a', 'b'])
    expect(units(root, 'a')).toHaveLength(2)
    const report = pruneTargetDir(join(root, 'target'), start, ['superseded'])
    expect(report.byRule.superseded).toBeGreaterThan(0)
    const kept = units(root, 'a')
    expect(kept).toHaveLength(1)
    expect(kept[0]).not.toBe(oldA)
    const hash = oldA!.slice(2)
    expect(readdirSync(join(root, 'target', 'debug', 'deps')).filter(f => f.includes(hash))).toEqual([])
    expect(units(root, 'c')).toEqual(c)
    expect(build(root, '--workspace')).toEqual([])
  })

  it('applies only the rules it is given; the kept rules by default', () => {
    const root = project('0.1.0')
    const start = Date.now()
    build(root, '--workspace')
    expect(pruneTargetDir(join(root, 'target'), start, []).removedEntries).toBe(0)
    expect(existsSync(join(root, 'target', 'debug', 'incremental'))).toBe(true)
    expect(Object.keys(pruneTargetDir(join(root, 'target'), start).byRule).sort()).toEqual(
      PRUNE_RULES.filter(r => r !== 'superseded').sort()
    )
  })
})
