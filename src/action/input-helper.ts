// Reading any action's inputs: empty means the default, then the zod schema decides. One message
// line per wrong input: its name, what is allowed, what was given.
import { z } from 'zod'
import { ARTIFACT_NAME_EXPECTED, artifactNameProblem } from '../artifacts/names.js'
import { UsageError } from '../util/errors.js'

/** An `artifact-name` input: GitHub refuses some characters only once an upload has started. */
export const artifactNameInput = z.string().superRefine((v, ctx) => {
  const bad = artifactNameProblem(v)
  if (bad) ctx.addIssue({ code: 'custom', message: `${ARTIFACT_NAME_EXPECTED} (it ${bad})` })
})

export function readValidatedInputs<S extends z.ZodType>(
  schema: S,
  defaults: Record<string, string>,
  get: (name: string) => string
): z.infer<S> {
  const raw = Object.fromEntries(Object.entries(defaults).map(([n, d]) => [n, get(n).trim() || d]))
  const r = schema.safeParse(raw)
  if (r.success) return r.data
  const lines = r.error.issues.map(
    i => `input '${String(i.path[0])}': expected ${i.message}, got '${raw[String(i.path[0])]}'`
  )
  throw new UsageError([...new Set(lines)].join('\n'))
}
