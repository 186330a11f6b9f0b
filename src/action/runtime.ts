// GitHub services when the Actions runtime is there, local folders otherwise (a developer's
// machine, another CI, @github/local-action).
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { localArtifactStore } from '../artifacts/local.js'
import type { ArtifactStore } from '../artifacts/store.js'
import { githubArtifactStore } from '../artifacts/github.js'
import { githubCacheAvailable, githubCacheStore } from '../cache/github.js'
import { localCacheStore } from '../cache/local.js'
import type { CacheStore } from '../cache/store.js'

export const onGitHub = (env: NodeJS.ProcessEnv = process.env) =>
  Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL)

export const defaultLocalCacheDir = (env: NodeJS.ProcessEnv = process.env) =>
  join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'svsm-build')

export const workspaceDir = (env: NodeJS.ProcessEnv = process.env) =>
  resolve(env.GITHUB_WORKSPACE || process.cwd())

export function cacheStore(backend: 'github' | 'local', localDir: string, workspace: string): CacheStore {
  return backend === 'github' ? githubCacheStore() : localCacheStore(localDir, workspace)
}

export function cacheBackend(env: NodeJS.ProcessEnv = process.env): 'github' | 'local' {
  return onGitHub(env) && githubCacheAvailable() ? 'github' : 'local'
}

export function artifactStore(localDir: string, env: NodeJS.ProcessEnv = process.env): ArtifactStore {
  return onGitHub(env) ? githubArtifactStore(env) : localArtifactStore(localDir)
}

export { runnerPlatform } from '../util/platform.js'
