// Artifact upload as the action needs it. Backends: GitHub's (github.ts) and a directory (local.ts).
interface UploadedArtifact {
  name: string
  id?: number
  url?: string
  size: number
}

export interface ArtifactStore {
  readonly kind: 'github' | 'local'
  upload(
    name: string,
    files: string[],
    rootDir: string,
    o: { retentionDays?: number }
  ): Promise<UploadedArtifact>
}
