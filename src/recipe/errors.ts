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

export function formatProblem(file: string, p: RecipeProblem): string {
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
  if (Array.isArray(v)) return `array ${clip(JSON.stringify(v))}`
  if (typeof v === 'object') return `object ${clip(JSON.stringify(v))}`
  if (typeof v === 'string') return `string ${clip(JSON.stringify(v))}`
  return `${typeof v} ${String(v)}`
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s
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
