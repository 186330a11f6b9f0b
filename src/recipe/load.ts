// Reads one recipe file and turns it into an ExpandedRecipe, or a RecipeError that lists every
// problem with its JSON path. Nothing is built from a recipe that fails here.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { z } from 'zod'
import { describeValue, jsonPath, RecipeError, type RecipeProblem } from './errors.js'
import { expandRecipe } from './expand.js'
import { findJsonSyntaxError, type JsonSyntaxError } from './json-syntax.js'
import { buildpyRecipe, KNOWN_KEYS, xbuildRecipe } from './schema.js'
import type { Dialect, LoadedRecipe } from './types.js'

/** Loads `file` (resolved against `root`; `displayName` is how errors name it). */
export function loadRecipe(file: string, dialect: Dialect, root = '.', displayName = file): LoadedRecipe {
  let bytes: Buffer
  try {
    bytes = readFileSync(file.startsWith('/') ? file : `${root}/${file}`)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new RecipeError(displayName, [
      {
        path: '',
        expected:
          code === 'ENOENT' ? 'cannot read the recipe: no such file' : `cannot read the recipe: ${String(e)}`
      }
    ])
  }
  return parseRecipe(bytes, displayName, dialect)
}

export function parseRecipe(bytes: Buffer, file: string, dialect: Dialect): LoadedRecipe {
  const raw = parseJson(bytes.toString('utf8'), file)
  const schema = dialect === 'xbuild' ? xbuildRecipe : buildpyRecipe
  const parsed = schema.safeParse(raw)
  if (!parsed.success) throw new RecipeError(file, issuesToProblems(parsed.error.issues, raw))
  const warnings = unknownKeyWarnings(raw, dialect).map(w => `${file}: ${w}`)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const {
    recipe,
    problems,
    warnings: more
  } = expandRecipe(parsed.data, raw as Record<string, unknown>, { file, dialect, sha256 })
  if (problems.length > 0) throw new RecipeError(file, problems)
  return { recipe, warnings: [...warnings, ...more.map(w => `${file}: ${w}`)] }
}

/** JSON.parse, with the first syntax error named by line and column (`configs/x.json:3:17: ...`). */
function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    let found: JsonSyntaxError | null = null
    try {
      found = findJsonSyntaxError(text)
    } catch {
      // Nested too deep for the scanner's recursion: JSON.parse's own words are all there is.
    }
    throw new RecipeError(file, [
      found
        ? {
            path: '',
            at: { line: found.line, column: found.column },
            expected: `not valid JSON: ${found.message}`
          }
        : { path: '', expected: `not valid JSON: ${(e as Error).message}` }
    ])
  }
}

function issuesToProblems(issues: z.core.$ZodIssue[], raw: unknown): RecipeProblem[] {
  const out: RecipeProblem[] = []
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          path: jsonPath([...issue.path, key]),
          expected: 'an IGVM target: "qemu", "hyper-v" or "vanadium"',
          found: `unknown target ${JSON.stringify(key)}`
        })
      }
      continue
    }
    const path = jsonPath(issue.path)
    out.push({ path, expected: issue.message, found: describeValue(valueAt(raw, issue.path)) })
  }
  return out
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = raw
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[p]
  }
  return v
}

/** Upstream ignores unknown keys (serde/dict.get); a typo such as "featurs" would go unnoticed. */
function unknownKeyWarnings(raw: unknown, dialect: Dialect): string[] {
  const known = KNOWN_KEYS[dialect]
  const warnings: string[] = []
  const check = (obj: unknown, path: string[], keys: readonly string[]) => {
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return
    for (const k of Object.keys(obj)) {
      if (!keys.includes(k)) {
        warnings.push(
          `${jsonPath([...path, k])}: unknown key, ignored (${dialect} reads only ${keys.join(', ')})`
        )
      }
    }
  }
  const r = raw as Record<string, Record<string, unknown> | undefined>
  check(r, [], known.root)
  for (const [name, c] of Object.entries(r.kernel ?? {})) check(c, ['kernel', name], known.component)
  check(r.firmware, ['firmware'], known.firmware)
  check(r.fs, ['fs'], known.fs)
  const modules = (r.fs?.modules ?? {}) as Record<string, unknown>
  for (const [name, c] of Object.entries(modules)) check(c, ['fs', 'modules', name], known.component)
  for (const [name, t] of Object.entries(r.igvm ?? {})) check(t, ['igvm', name], known.target)
  return warnings
}
