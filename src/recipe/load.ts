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
import { STRUCTS, TARGET_KEY_FLAGS, UPSTREAM_XBUILD, type Section, type XbuildFacts } from './xbuild-facts.js'

/**
 * Loads `file` (resolved against `root`; `displayName` is how errors name it), as the tree's
 * xbuild reads it (`xbuild`: what it reads, from its source; default: upstream's).
 */
export function loadRecipe(
  file: string,
  dialect: Dialect,
  root = '.',
  displayName = file,
  xbuild?: XbuildFacts
): LoadedRecipe {
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
  return parseRecipe(bytes, displayName, dialect, xbuild)
}

export function parseRecipe(
  bytes: Buffer,
  file: string,
  dialect: Dialect,
  xbuild?: XbuildFacts
): LoadedRecipe {
  const json = parseJson(bytes.toString('utf8'), file)
  const facts = dialect === 'xbuild' ? (xbuild ?? UPSTREAM_XBUILD) : null
  const warnings = keyWarnings(json, dialect, facts).map(w => `${file}: ${w}`)
  // What the tree's xbuild does not read is not there for it (serde skips unknown keys).
  const raw = facts ? readable(json, facts.keys) : json
  const schema = dialect === 'xbuild' ? xbuildRecipe : buildpyRecipe
  const parsed = schema.safeParse(raw)
  if (!parsed.success) throw new RecipeError(file, issuesToProblems(parsed.error.issues, raw))
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

type Keys = Record<Section, readonly string[]>

/** Calls `visit` on every object of the recipe that a struct reads, with its JSON path. */
function eachSection(
  raw: unknown,
  visit: (obj: Record<string, unknown>, path: string[], s: Section) => void
) {
  const isObj = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
  if (!isObj(raw)) return
  visit(raw, [], 'root')
  const { kernel, firmware, fs, igvm } = raw
  if (isObj(kernel))
    for (const [n, c] of Object.entries(kernel)) if (isObj(c)) visit(c, ['kernel', n], 'component')
  if (isObj(firmware)) visit(firmware, ['firmware'], 'firmware')
  if (isObj(fs)) {
    visit(fs, ['fs'], 'fs')
    if (isObj(fs.modules))
      for (const [n, c] of Object.entries(fs.modules))
        if (isObj(c)) visit(c, ['fs', 'modules', n], 'component')
  }
  if (isObj(igvm)) for (const [n, t] of Object.entries(igvm)) if (isObj(t)) visit(t, ['igvm', n], 'target')
}

/** A copy of the recipe without the keys the tree's xbuild does not read. */
function readable(raw: unknown, keys: Keys): unknown {
  const copy = (o: Record<string, unknown>, s: Section) =>
    Object.fromEntries(Object.entries(o).filter(([k]) => keys[s].includes(k)))
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw
  const out: Record<string, unknown> = { ...raw }
  eachSection(raw, (obj, path, s) => {
    if (path.length === 0) return
    let parent = out
    for (const p of path.slice(0, -1)) {
      parent[p] = { ...(parent[p] as Record<string, unknown>) }
      parent = parent[p] as Record<string, unknown>
    }
    parent[path.at(-1)!] = copy(obj, s)
  })
  return copy(out, 'root')
}

/**
 * Upstream ignores keys its structs do not declare (serde, dict.get): a typo such as "featurs"
 * goes unnoticed there, and a key the tree's xbuild no longer reads is silently dropped.
 */
function keyWarnings(raw: unknown, dialect: Dialect, xbuild: XbuildFacts | null): string[] {
  const known = KNOWN_KEYS[dialect]
  const tree: Keys = xbuild?.keys ?? known
  const warnings: string[] = []
  eachSection(raw, (obj, path, s) => {
    for (const k of Object.keys(obj)) {
      const p = jsonPath([...path, k])
      const inTree = tree[s].includes(k)
      const inKnown = (known[s] as readonly string[]).includes(k)
      const where = `${STRUCTS[s]}${xbuild?.where[s] ? ` in ${xbuild.where[s]}` : ''}`
      if (inTree && !inKnown) {
        warnings.push(
          `${p}: read by this tree's xbuild (${where}) but unknown to svsm-build, so ignored: the plan may differ from upstream's`
        )
      } else if (!inTree && inKnown) {
        const flag = s === 'target' && TARGET_KEY_FLAGS[k] ? `: ${TARGET_KEY_FLAGS[k]}` : ''
        warnings.push(`${p}: not read by this tree's xbuild (${where} has no such field), so ignored${flag}`)
      } else if (!inTree) {
        warnings.push(`${p}: unknown key, ignored (${dialect} reads only ${tree[s].join(', ')})`)
      }
    }
  })
  return warnings
}
