// A cache in a local directory, with GitHub's semantics: prefix matching on restore keys (newest
// first), entries never overwritten. Each path is one archive compressed as @actions/cache does
// (archive.ts), so what the bench measures here is what the GitHub backend moves; a relative path
// restores under the current workspace, like @actions/cache does. Entries written before
// compression (plain tars, no `compression` in the manifest) still restore.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { ARCHIVE_SUFFIX, packArchive, packCompression, unpackArchive, type Compression } from './archive.js'
import type { CacheStore } from './store.js'

interface Manifest {
  key: string
  paths: string[]
  created: number
  /** Save order in this folder (one more than the newest entry's): two saves in one millisecond
   * still have an order. Absent in entries written before it was recorded. */
  seq?: number
  /** Absent in entries written before compression: plain tars. */
  compression?: Compression
}

const entryDir = (root: string, key: string) => join(root, encodeURIComponent(key))
const archiveName = (i: number, c: Compression) => `${i}${ARCHIVE_SUFFIX[c]}`

export function localCacheStore(root: string, workspace: string): CacheStore {
  const stored = (p: string) => {
    const abs = resolve(workspace, p)
    const rel = relative(workspace, abs)
    return rel.startsWith('..') || isAbsolute(rel) ? abs : rel
  }
  return {
    kind: 'local',
    async restore(paths, key, restoreKeys) {
      const manifests = listManifests(root)
      const exact = manifests.find(m => m.key === key)
      const match =
        exact ??
        restoreKeys
          .map(prefix => manifests.filter(m => m.key.startsWith(prefix)).sort(newestFirst)[0])
          .find(Boolean)
      if (!match) return undefined
      const c = match.compression ?? 'none'
      const wanted = new Set(paths.map(stored))
      for (const [i, p] of match.paths.entries()) {
        if (!wanted.has(p)) continue
        const dest = resolve(workspace, p)
        mkdirSync(dirname(dest), { recursive: true })
        const archive = join(entryDir(root, match.key), archiveName(i, c))
        await unpackArchive(archive, dirname(dest), c).catch((e: Error) => {
          throw new Error(`${archive}: ${e.message}`)
        })
      }
      return match.key
    },
    async save(paths, key) {
      const dir = entryDir(root, key)
      if (existsSync(join(dir, 'manifest.json'))) return // like GitHub: an entry is never replaced
      const tmp = `${dir}.tmp-${process.pid}`
      rmSync(tmp, { recursive: true, force: true })
      mkdirSync(tmp, { recursive: true })
      try {
        const compression = packCompression()
        const kept: string[] = []
        for (const p of paths) {
          const abs = resolve(workspace, p)
          if (!existsSync(abs)) continue
          await packArchive(
            join(tmp, archiveName(kept.length, compression)),
            dirname(abs),
            basename(abs),
            compression
          )
          kept.push(stored(p))
        }
        const seq = Math.max(0, ...listManifests(root).map(m => m.seq ?? 0)) + 1
        const manifest: Manifest = { key, paths: kept, created: Date.now(), seq, compression }
        writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(manifest))
        mkdirSync(root, { recursive: true })
        renameSync(tmp, dir)
      } catch (e) {
        rmSync(tmp, { recursive: true, force: true }) // no half-written entry that looks complete
        throw e
      }
    }
  }
}

const newestFirst = (a: Manifest, b: Manifest) => (b.seq ?? 0) - (a.seq ?? 0) || b.created - a.created

function listManifests(root: string): Manifest[] {
  if (!existsSync(root)) return []
  return readdirSync(root)
    .map(d => join(root, d, 'manifest.json'))
    .filter(existsSync)
    .map(f => JSON.parse(readFileSync(f, 'utf8')) as Manifest)
}
