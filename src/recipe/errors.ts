/** A problem in one recipe: which file, where in it (JSON path), what was found, what is expected. */
export class RecipeError extends Error {
  constructor(
    readonly file: string,
    readonly problems: RecipeProblem[]
  ) {
    super(problems.map(p => formatProblem(file, p)).join('\n'))
    this.name = 'RecipeError'
  }
}

export interface RecipeProblem {
  /** Dotted JSON path (`igvm.qemu.comport`), or '' for the whole document. */
  path: string
  expected: string
  /** Description of the value found, e.g. `number 3`; omit for messages that say it all. */
  found?: string
  /** Line and column in the file, for problems that have no JSON path (a syntax error). */
  at?: { line: number; column: number }
}

function formatProblem(file: string, p: RecipeProblem): string {
  const file_ = p.at ? `${file}:${p.at.line}:${p.at.column}` : file
  const where = p.path ? `${file_}: ${p.path}` : file_
  return p.found === undefined
    ? `${where}: ${p.expected}`
    : `${where}: expected ${p.expected}, got ${p.found}`
}

/** `number 3`, `string "x"`, `array [..]`, `nothing (the key is missing)`. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing (the key is missing)'
  if (v === null) return 'null'
  if (Array.isArray(v)) return `array ${clip(jsonStart(v))}`
  if (typeof v === 'object') return `object ${clip(jsonStart(v))}`
  if (typeof v === 'string') return `string ${clip(jsonStart(v))}`
  return `${typeof v} ${String(v)}`
}

const SHOWN = 60

function clip(s: string): string {
  return s.length > SHOWN ? `${s.slice(0, SHOWN - 3)}...` : s
}

/**
 * JSON.stringify of a parsed JSON value, stopped once it is longer than SHOWN characters: a value
 * nested 100,000 deep costs a few dozen steps instead of overflowing the stack.
 */
function jsonStart(v: unknown): string {
  let out = ''
  const put = (s: string) => (out += s).length <= SHOWN
  const walk = (x: unknown): boolean => {
    if (Array.isArray(x)) {
      if (!put('[')) return false
      for (let i = 0; i < x.length; i++) if ((i > 0 && !put(',')) || !walk(x[i] ?? null)) return false
      return put(']')
    }
    if (x !== null && typeof x === 'object') {
      if (!put('{')) return false
      let first = true
      for (const [k, y] of Object.entries(x)) {
        if ((!first && !put(',')) || !put(`${JSON.stringify(k)}:`) || !walk(y)) return false
        first = false
      }
      return put('}')
    }
    return put(typeof x === 'string' ? JSON.stringify(x.slice(0, SHOWN)) : String(JSON.stringify(x)))
  }
  walk(v)
  return out
}

/** Joins a JSON path; keys that are not identifiers are quoted (`kernel."my.part".features`). */
export function jsonPath(parts: readonly PropertyKey[]): string {
  return parts
    .map(p =>
      typeof p === 'number'
        ? `[${p}]`
        : /^[A-Za-z_][\w-]*$/.test(String(p))
          ? String(p)
          : JSON.stringify(String(p))
    )
    .join('.')
    .replace(/\.\[/g, '[')
}

/** Problems in several recipe files: every one is reported before anything runs. */
export class RecipeErrors extends Error {
  constructor(readonly errors: RecipeError[]) {
    super(errors.map(e => e.message).join('\n'))
    this.name = 'RecipeErrors'
  }
}
