import { describe, expect, it } from '@jest/globals'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  existsSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { localCacheStore } from '../../src/cache/local.js'
import { restoreSafely, saveSafely } from '../../src/cache/safe.js'
import type { CacheStore } from '../../src/cache/store.js'
import type { Logger } from '../../src/util/log.js'
import { REPO } from '../helpers/paths.js'

const quiet = (): Logger & { warnings: string[] } => {
  const warnings: string[] = []
  return { warnings, info: () => {}, warn: m => warnings.push(m), group: () => {}, endGroup: () => {} }
}

describe('local cache store', () => {
  it('restores a workspace-relative path into another workspace, with mtimes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-'))
    const ws1 = join(dir, 'ws1')
    mkdirSync(join(ws1, 'svsm', 'target', 'debug'), { recursive: true })
    writeFileSync(join(ws1, 'svsm', 'target', 'debug', 'a'), 'artifact')
    // Sub-second: cargo compares mtimes finer than a second.
    const old = new Date('2024-01-01T00:00:00.437Z')
    utimesSync(join(ws1, 'svsm', 'target', 'debug', 'a'), old, old)
    const s1 = localCacheStore(join(dir, 'cache'), ws1)
    await s1.save([join(ws1, 'svsm', 'target')], 'k-1')

    const ws2 = join(dir, 'ws2')
    mkdirSync(ws2)
    const s2 = localCacheStore(join(dir, 'cache'), ws2)
    expect(await s2.restore([join(ws2, 'svsm', 'target')], 'k-1', [])).toBe('k-1')
    const restored = join(ws2, 'svsm', 'target', 'debug', 'a')
    expect(readFileSync(restored, 'utf8')).toBe('artifact')
    expect(statSync(restored).mtimeMs).toBe(old.getTime())
  })

  it('matches restore keys by prefix, newest first, and never replaces an entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-'))
    const f = join(dir, 'f')
    const s = localCacheStore(join(dir, 'cache'), dir)
    writeFileSync(f, 'one')
    await s.save([f], 'prefix-a')
    await new Promise(r => setTimeout(r, 5))
    writeFileSync(f, 'two')
    await s.save([f], 'prefix-b')
    writeFileSync(f, 'three')
    await s.save([f], 'prefix-b')
    rmSync(f)
    expect(await s.restore([f], 'prefix-c', ['prefix-'])).toBe('prefix-b')
    expect(readFileSync(f, 'utf8')).toBe('two')
    expect(await s.restore([f], 'other', ['nope-'])).toBeUndefined()
    expect(await s.restore([f], 'prefix-a', ['prefix-'])).toBe('prefix-a')
    expect(readFileSync(f, 'utf8')).toBe('one')
  })

  it('skips paths that do not exist when saving', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-'))
    const s = localCacheStore(join(dir, 'cache'), dir)
    await s.save([join(dir, 'missing')], 'k')
    expect(await s.restore([join(dir, 'missing')], 'k', [])).toBe('k')
    expect(existsSync(join(dir, 'missing'))).toBe(false)
  })
})

describe('cache failures are warnings', () => {
  const failing: CacheStore = {
    kind: 'github',
    restore: () => Promise.reject(new Error('Cache service responded with 503')),
    save: () => Promise.reject(new Error('cache write denied: read-only token'))
  }
  const hanging: CacheStore = {
    kind: 'github',
    restore: () => new Promise(() => {}),
    save: () => new Promise(() => {})
  }
  const spec = { name: 'target', paths: [REPO], key: 'k', restoreKeys: ['k-'] }

  it('turns a throwing service into a miss and a warning', async () => {
    const log = quiet()
    await expect(restoreSafely(failing, spec, log)).resolves.toMatchObject({ outcome: 'miss' })
    await expect(saveSafely(failing, spec, log)).resolves.toBe('failed')
    expect(log.warnings).toEqual([
      'target cache not restored: Cache service responded with 503',
      'target cache not saved: cache write denied: read-only token'
    ])
  })

  it('does not wait for a service that never answers', async () => {
    const log = quiet()
    await expect(restoreSafely(hanging, spec, log, 50)).resolves.toMatchObject({ outcome: 'miss' })
    await expect(saveSafely(hanging, spec, log, 50)).resolves.toBe('failed')
    expect(log.warnings[0]).toMatch(/took longer than 0 s; going on without it/)
  })
})
