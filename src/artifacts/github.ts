// GitHub Actions artifacts through @actions/artifact: uploads (the build) and reading them back
// (the report job), for this run or another.
import { DefaultArtifactClient } from '@actions/artifact'
import { join } from 'node:path'
import type { ArtifactSource, OtherRun } from './source.js'
import type { ArtifactStore } from './store.js'

export function githubArtifactStore(env: NodeJS.ProcessEnv = process.env): ArtifactStore {
  const client = new DefaultArtifactClient()
  return {
    kind: 'github',
    async upload(name, files, rootDir, o) {
      const r = await client.uploadArtifact(
        name,
        files,
        rootDir,
        o.retentionDays ? { retentionDays: o.retentionDays } : {}
      )
      // Only a finalized artifact has an id; without one nothing may be presented as uploaded.
      if (r.id === undefined || !Number.isFinite(r.id))
        throw new Error(`the artifact service did not confirm ${name} (no artifact id)`)
      const url =
        env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
          ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${r.id}`
          : undefined
      return { name, size: r.size ?? 0, id: r.id, ...(url ? { url } : {}) }
    }
  }
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
