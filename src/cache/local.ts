// A cache in a local directory, with GitHub's semantics: prefix matching on restore keys (newest
// first), entries never overwritten. Each path is one tar (system tar: keeps mtimes and hard links)
// so a relative path restores under the current workspace, like @actions/cache does.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import type { CacheStore } from './store.js'

interface Manifest {
  key: string
  paths: string[]
  created: number
}

const entryDir = (root: string, key: string) => join(root, encodeURIComponent(key))

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
          .map(
            prefix => manifests.filter(m => m.key.startsWith(prefix)).sort((a, b) => b.created - a.created)[0]
          )
          .find(Boolean)
      if (!match) return undefined
      const wanted = new Set(paths.map(stored))
      match.paths.forEach((p, i) => {
        if (!wanted.has(p)) return
        const dest = resolve(workspace, p)
        mkdirSync(dirname(dest), { recursive: true })
        tar(['-xf', join(entryDir(root, match.key), `${i}.tar`), '-C', dirname(dest)])
      })
      return match.key
    },
    async save(paths, key) {
      const dir = entryDir(root, key)
      if (existsSync(join(dir, 'manifest.json'))) return // like GitHub: an entry is never replaced
      const tmp = `${dir}.tmp-${process.pid}`
      rmSync(tmp, { recursive: true, force: true })
      mkdirSync(tmp, { recursive: true })
      const kept: string[] = []
      for (const p of paths) {
        const abs = resolve(workspace, p)
        if (!existsSync(abs)) continue
        // POSIX (pax) headers keep sub-second mtimes, which cargo's freshness check compares.
        tar(['--format=posix', '-cf', join(tmp, `${kept.length}.tar`), '-C', dirname(abs), basename(abs)])
        kept.push(stored(p))
      }
      const manifest: Manifest = { key, paths: kept, created: Date.now() }
      writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(manifest))
      mkdirSync(root, { recursive: true })
      renameSync(tmp, dir)
    }
  }
}

function listManifests(root: string): Manifest[] {
  if (!existsSync(root)) return []
  return readdirSync(root)
    .map(d => join(root, d, 'manifest.json'))
    .filter(existsSync)
    .map(f => JSON.parse(readFileSync(f, 'utf8')) as Manifest)
}

function tar(args: string[]) {
  const r = spawnSync('tar', args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  if (r.error) throw new Error(`tar: ${r.error.message}`)
  if (r.status !== 0) throw new Error(`tar ${args.join(' ')} exited with ${r.status}: ${r.stderr.trim()}`)
}
