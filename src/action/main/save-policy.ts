import { existsSync, readFileSync } from 'node:fs'

/** save-cache: always | never | default-branch (only pushes to the repository's default branch). */
export function shouldSaveCache(
  policy: 'always' | 'never' | 'default-branch',
  env: NodeJS.ProcessEnv
): boolean {
  if (policy !== 'default-branch') return policy === 'always'
  if (!env.GITHUB_REF) return true // not on GitHub: the local cache is the developer's own
  const branch = defaultBranch(env)
  return branch !== null && env.GITHUB_REF === `refs/heads/${branch}`
}

function defaultBranch(env: NodeJS.ProcessEnv): string | null {
  const path = env.GITHUB_EVENT_PATH
  if (!path || !existsSync(path)) return null
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as { repository?: { default_branch?: string } }
    return event.repository?.default_branch ?? null
  } catch {
    return null
  }
}
