import { afterEach, describe, expect, it } from '@jest/globals'
import {
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  existsSync,
  symlinkSync
} from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { localCacheStore } from '../../src/cache/local.js'
import { restoreSafely, saveSafely } from '../../src/cache/safe.js'
import type { CacheStore } from '../../src/cache/store.js'
import { quietLogger } from '../helpers/logger.js'
import { REPO } from '../helpers/paths.js'
import { tempDir } from '../helpers/temp.js'

describe('local cache store', () => {
  it('restores a workspace-relative path into another workspace, with mtimes', async () => {
    const dir = tempDir('cache-')
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
    const dir = tempDir('cache-')
    const f = join(dir, 'f')
    const s = localCacheStore(join(dir, 'cache'), dir)
    writeFileSync(f, 'one')
    await s.save([f], 'prefix-a')
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

  it('stores each path zstd-compressed (long window), as @actions/cache does', async () => {
    const dir = tempDir('cache-')
    mkdirSync(join(dir, 'target'))
    writeFileSync(join(dir, 'target', 'big'), 'cargo output '.repeat(50_000))
    await localCacheStore(join(dir, 'cache'), dir).save(['target'], 'k')
    const entry = join(dir, 'cache', 'k')
    expect(JSON.parse(readFileSync(join(entry, 'manifest.json'), 'utf8'))).toMatchObject({
      paths: ['target'],
      compression: 'zstd'
    })
    const archive = readFileSync(join(entry, '0.tar.zst'))
    expect(archive.readUInt32LE(0)).toBe(0xfd2fb528) // zstd frame magic
    expect(archive.length).toBeLessThan(650_000 / 20)
    // The system's zstd reads it back with the same window, and it is a POSIX tar inside.
    const inner = spawnSync('zstd', ['-d', '--long=30', '-c', join(entry, '0.tar.zst')], {
      maxBuffer: 1 << 24
    })
    expect(inner.status).toBe(0)
    expect(inner.stdout.subarray(257, 262).toString()).toBe('ustar')
    expect(inner.stdout.includes('PaxHeaders')).toBe(true)
  })

  it('still restores entries written as plain tars before compression', async () => {
    const dir = tempDir('cache-')
    mkdirSync(join(dir, 'old', 'target'), { recursive: true })
    writeFileSync(join(dir, 'old', 'target', 'a'), 'from an old entry')
    const entry = join(dir, 'cache', 'k-old')
    mkdirSync(entry, { recursive: true })
    expect(
      spawnSync('tar', ['--format=posix', '-cf', join(entry, '0.tar'), '-C', join(dir, 'old'), 'target'])
        .status
    ).toBe(0)
    writeFileSync(
      join(entry, 'manifest.json'),
      JSON.stringify({ key: 'k-old', paths: ['target'], created: 1 })
    )
    const ws = join(dir, 'ws')
    mkdirSync(ws)
    expect(await localCacheStore(join(dir, 'cache'), ws).restore(['target'], 'k-new', ['k-'])).toBe('k-old')
    expect(readFileSync(join(ws, 'target', 'a'), 'utf8')).toBe('from an old entry')
  })

  describe('without zstd on PATH', () => {
    const path = process.env.PATH
    // A PATH with the tools the store needs except zstd.
    const noZstd = () => {
      const bin = tempDir('bin-')
      for (const tool of ['tar', 'gzip']) {
        const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim()
        symlinkSync(found, join(bin, tool))
      }
      return bin
    }
    afterEach(() => {
      process.env.PATH = path
    })

    it('falls back to gzip, as @actions/cache does, and restores it', async () => {
      const dir = tempDir('cache-')
      writeFileSync(join(dir, 'f'), 'gzip fallback')
      process.env.PATH = noZstd()
      const s = localCacheStore(join(dir, 'cache'), dir)
      await s.save(['f'], 'k')
      expect(readFileSync(join(dir, 'cache', 'k', '0.tar.gz')).readUInt16BE(0)).toBe(0x1f8b)
      rmSync(join(dir, 'f'))
      expect(await s.restore(['f'], 'k', [])).toBe('k')
      expect(readFileSync(join(dir, 'f'), 'utf8')).toBe('gzip fallback')
    })

    it('names the archive and the missing tool when a zstd entry cannot be read', async () => {
      const dir = tempDir('cache-')
      writeFileSync(join(dir, 'f'), 'zstd entry')
      const s = localCacheStore(join(dir, 'cache'), dir)
      await s.save(['f'], 'k')
      process.env.PATH = noZstd()
      const log = quietLogger()
      const r = await restoreSafely(s, { name: 'target', paths: ['f'], key: 'k', restoreKeys: [] }, log)
      expect(r.outcome).toBe('miss')
      expect(log.warnings).toEqual([
        `target cache not restored: ${join(dir, 'cache', 'k', '0.tar.zst')}: zstd is not on PATH`
      ])
    })
  })

  it('names the archive when a damaged entry cannot be unpacked', async () => {
    const dir = tempDir('cache-')
    writeFileSync(join(dir, 'f'), Array.from({ length: 20_000 }, (_, i) => `line ${i * 7919}`).join('\n'))
    const s = localCacheStore(join(dir, 'cache'), dir)
    await s.save(['f'], 'k')
    const archive = join(dir, 'cache', 'k', '0.tar.zst')
    writeFileSync(archive, readFileSync(archive).subarray(0, 100))
    const log = quietLogger()
    await restoreSafely(s, { name: 'target', paths: ['f'], key: 'k', restoreKeys: [] }, log)
    expect(log.warnings).toHaveLength(1)
    expect(log.warnings[0]).toMatch(
      new RegExp(`^target cache not restored: ${archive}: (zstd|tar) exited with \\d+: `)
    )
  })

  it('skips paths that do not exist when saving', async () => {
    const dir = tempDir('cache-')
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
    const log = quietLogger()
    await expect(restoreSafely(failing, spec, log)).resolves.toMatchObject({ outcome: 'miss' })
    await expect(saveSafely(failing, spec, log)).resolves.toBe('failed')
    expect(log.warnings).toEqual([
      'target cache not restored: Cache service responded with 503',
      'target cache not saved: cache write denied: read-only token'
    ])
  })

  it('does not wait for a service that never answers', async () => {
    const log = quietLogger()
    await expect(restoreSafely(hanging, spec, log, 50)).resolves.toMatchObject({ outcome: 'miss' })
    await expect(saveSafely(hanging, spec, log, 50)).resolves.toBe('failed')
    expect(log.warnings[0]).toMatch(/took longer than 0 s; going on without it/)
  })
})
