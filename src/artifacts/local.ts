// Artifacts as folders: <dir>/<name>/..., refusing a name twice as GitHub does (409).
import {
  copyFileSync,
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
