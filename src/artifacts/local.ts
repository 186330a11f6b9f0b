// Artifacts as folders: <dir>/<name>/..., refusing a name twice as GitHub does (409), and read back.
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ArtifactSource } from './source.js'
import type { ArtifactStore } from './store.js'

export function localArtifactStore(dir: string): ArtifactStore {
  return {
    kind: 'local',
    async upload(name, files, rootDir, o) {
      const dest = join(dir, name)
      if (existsSync(dest))
        throw new Error(
          `an artifact named ${name} already exists in ${dir} (GitHub answers 409 Conflict); choose another artifact-name`
        )
      const tmp = `${dest}.tmp-${process.pid}`
      rmSync(tmp, { recursive: true, force: true })
      let size = 0
      for (const f of files) {
        const rel = relative(resolve(rootDir), resolve(f))
        if (rel.startsWith('..')) throw new Error(`${f} is not under the artifact root ${rootDir}`)
        mkdirSync(dirname(join(tmp, rel)), { recursive: true })
        copyFileSync(f, join(tmp, rel))
        size += statSync(f).size
      }
      if (o.retentionDays) writeFileSync(join(tmp, '.retention-days'), `${o.retentionDays}\n`)
      mkdirSync(dir, { recursive: true })
      renameSync(tmp, dest)
      const id = readdirSync(dir).length
      return { name, id, url: pathToFileURL(dest).href, size }
    }
  }
}

/** Reading back what localArtifactStore wrote. */
export function localArtifactSource(root: string): ArtifactSource {
  return {
    async list() {
      if (!existsSync(root)) return []
      return readdirSync(root)
        .filter(n => !n.includes('.tmp-') && statSync(join(root, n)).isDirectory())
        .sort()
        .map((name, i) => ({ id: i + 1, name, size: 0 }))
    },
    async download(a, dir) {
      cpSync(join(root, a.name), join(dir, a.name), { recursive: true })
      return join(dir, a.name)
    }
  }
}
