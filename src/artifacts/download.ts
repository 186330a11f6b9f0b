// Reading artifacts back (the report job): GitHub's service for this run or another run, or a
// folder of artifact folders (what the local upload backend writes).
import { DefaultArtifactClient } from '@actions/artifact'
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export interface ArtifactRef {
  id: number
  name: string
  size: number
}

export interface ArtifactSource {
  list(): Promise<ArtifactRef[]>
  /** Downloads into `dir` and returns the folder holding the files. */
  download(a: ArtifactRef, dir: string): Promise<string>
}

export interface OtherRun {
  token: string
  workflowRunId: number
  repositoryOwner: string
  repositoryName: string
}

export function githubArtifactSource(run?: OtherRun): ArtifactSource {
  const client = new DefaultArtifactClient()
  const find = run ? { findBy: run } : {}
  return {
    list: async () =>
      (await client.listArtifacts({ latest: true, ...find })).artifacts.map(a => ({
        id: a.id,
        name: a.name,
        size: a.size
      })),
    download: async (a, dir) =>
      (await client.downloadArtifact(a.id, { path: join(dir, a.name), ...find })).downloadPath ??
      join(dir, a.name)
  }
}

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

/** `svsm-igvm-*` style patterns: `*` and `?` only. */
export function matchesPattern(name: string, pattern: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`
  )
  return re.test(name)
}
