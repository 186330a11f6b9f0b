// GitHub Actions artifacts through @actions/artifact.
import { DefaultArtifactClient } from '@actions/artifact'
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
