// Reading artifacts back (the report job): the interface both backends implement, GitHub's
// service for this run or another run (github.ts), or a folder of artifact folders (local.ts).
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
