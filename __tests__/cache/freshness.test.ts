// Source stamps: after a restore into a fresh clone, unchanged files get their saved mtimes back
// (so cargo finds the cached build fresh); changed files keep their new ones.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { applyStamps, recordStamps, STAMPS_FILE } from '../../src/cache/freshness.js'
import { tempDir } from '../helpers/temp.js'

const git = (cwd: string, ...a: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...a], { cwd, stdio: 'ignore' })

describe('source stamps', () => {
  it('gives unchanged files their recorded mtimes back and leaves changed ones', () => {
    const dir = tempDir('stamps-')
    const src = join(dir, 'src')
    mkdirSync(join(src, 'kernel'), { recursive: true })
    writeFileSync(join(src, 'kernel', 'lib.rs'), 'pub fn k() {}\n')
    writeFileSync(join(src, 'main.rs'), 'fn main() {}\n')
    git(src, 'init', '-q')
    git(src, 'add', '-A')
    git(src, 'commit', '-q', '-m', 'one')
    const old = new Date('2025-06-01T10:00:00.123Z')
    for (const f of ['kernel/lib.rs', 'main.rs']) utimesSync(join(src, f), old, old)
    mkdirSync(join(src, 'release', 'src'), { recursive: true })
    writeFileSync(join(src, 'release', 'src', 'git_version.rs'), 'pub const V: &str = "v1";\n')
    utimesSync(join(src, 'release', 'src', 'git_version.rs'), old, old)
    const target = join(dir, 'target')
    expect(recordStamps(src, target)).toBe(2)
    expect(JSON.parse(readFileSync(join(target, STAMPS_FILE), 'utf8')).version).toBe(1)

    const clone = join(dir, 'clone')
    git(dir, 'clone', '-q', src, clone)
    writeFileSync(join(clone, 'main.rs'), 'fn main() { println!("changed"); }\n')
    expect(applyStamps(clone, target)).toEqual({ reset: 1, changed: 1 })
    // Within 10 µs: what the stamps carry (mtimeMs, a double) and utimes take back.
    expect(Math.abs(statSync(join(clone, 'kernel', 'lib.rs')).mtimeMs - old.getTime())).toBeLessThan(0.01)
    expect(statSync(join(clone, 'main.rs')).mtimeMs).toBeGreaterThan(old.getTime())
    const generated = join(clone, 'release', 'src', 'git_version.rs')
    expect(readFileSync(generated, 'utf8')).toBe('pub const V: &str = "v1";\n')
    expect(Math.abs(statSync(generated).mtimeMs - old.getTime())).toBeLessThan(0.01)
  })

  it('does nothing without stamps, or with unreadable ones', () => {
    const dir = tempDir('stamps-')
    expect(applyStamps(dir, join(dir, 'target'))).toEqual({ reset: 0, changed: 0 })
    mkdirSync(join(dir, 'target'))
    writeFileSync(join(dir, 'target', STAMPS_FILE), '{not json')
    expect(applyStamps(dir, join(dir, 'target'))).toEqual({ reset: 0, changed: 0 })
  })
})
