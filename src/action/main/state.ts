// What main hands to post (core.saveState / getState), typed and validated.
import * as core from '@actions/core'
import { z } from 'zod'

const stateSchema = z.object({
  root: z.string(),
  workspace: z.string(),
  targetDir: z.string(),
  jobStartMs: z.number(),
  save: z.boolean(),
  backend: z.enum(['github', 'local']),
  localCacheDir: z.string(),
  caches: z.array(
    z.object({
      name: z.string(),
      paths: z.array(z.string()),
      key: z.string(),
      restoreKeys: z.array(z.string()),
      outcome: z.enum(['exact', 'partial', 'miss']),
      matchedKey: z.string().optional()
    })
  )
})

type PostState = z.infer<typeof stateSchema>
const NAME = 'svsm-build'

export function savePostState(s: PostState) {
  core.saveState(NAME, JSON.stringify(s))
}

/** The state main left, or null when main stopped before the build (nothing to save). */
export function readPostState(): PostState | null {
  const raw = core.getState(NAME)
  if (!raw) return null
  return stateSchema.parse(JSON.parse(raw))
}
