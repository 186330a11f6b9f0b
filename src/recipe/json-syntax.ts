// Where a text stops being JSON, as a line and column a user can jump to. JSON.parse only says
// "at position N" (and not even that in every Node version), so the text is scanned once more,
// by the same grammar (RFC 8259), when JSON.parse has already refused it.

export interface JsonSyntaxError {
  /** 1-based line and column (in characters) of the first offending character. */
  line: number
  column: number
  message: string
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    message: string
  ) {
    super(message)
  }
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    scanDocument(text)
    return null
  } catch (e) {
    if (!(e instanceof Stop)) throw e
    return { ...lineColumn(text, e.offset), message: e.message }
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  const line = before.split('\n').length
  return { line, column: Array.from(before.slice(lineStart)).length + 1 }
}

function scanDocument(text: string) {
  if (text.charCodeAt(0) === 0xfeff)
    throw new Stop(0, 'the file starts with a byte order mark (BOM); save it as UTF-8 without one')
  let i = skipSpace(text, 0)
  if (i === text.length)
    throw new Stop(i, text.length === 0 ? 'the file is empty' : 'the file holds only white space')
  i = scanValue(text, i)
  i = skipSpace(text, i)
  if (i < text.length)
    throw new Stop(i, `expected the end of the file after the value, found ${shown(text, i)}`)
}

function skipSpace(t: string, i: number): number {
  while (i < t.length && (t[i] === ' ' || t[i] === '\t' || t[i] === '\n' || t[i] === '\r')) i++
  return i
}

/** Returns the offset just after the value that starts at `i`. */
function scanValue(t: string, i: number): number {
  const c = t[i]
  if (c === '{') return scanObject(t, i)
  if (c === '[') return scanArray(t, i)
  if (c === '"') return scanString(t, i)
  if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return scanNumber(t, i)
  for (const word of ['true', 'false', 'null']) if (t.startsWith(word, i)) return i + word.length
  throw new Stop(
    i,
    `expected a value (object, array, string, number, true, false or null), found ${shown(t, i)}`
  )
}

function scanObject(t: string, i: number): number {
  i = skipSpace(t, i + 1)
  if (t[i] === '}') return i + 1
  for (;;) {
    if (t[i] !== '"')
      throw new Stop(
        i,
        t[i] === '}'
          ? 'expected a property name in double quotes, found "}" (a trailing comma is not allowed)'
          : `expected a property name in double quotes, found ${shown(t, i)}`
      )
    i = skipSpace(t, scanString(t, i))
    if (t[i] !== ':') throw new Stop(i, `expected ":" after the property name, found ${shown(t, i)}`)
    i = skipSpace(t, scanValue(t, skipSpace(t, i + 1)))
    if (t[i] === '}') return i + 1
    if (t[i] !== ',') throw new Stop(i, `expected "," or "}" after a property value, found ${shown(t, i)}`)
    i = skipSpace(t, i + 1)
  }
}

function scanArray(t: string, i: number): number {
  i = skipSpace(t, i + 1)
  if (t[i] === ']') return i + 1
  for (;;) {
    if (t[i] === ']') throw new Stop(i, 'expected a value, found "]" (a trailing comma is not allowed)')
    i = skipSpace(t, scanValue(t, i))
    if (t[i] === ']') return i + 1
    if (t[i] !== ',') throw new Stop(i, `expected "," or "]" after an array element, found ${shown(t, i)}`)
    i = skipSpace(t, i + 1)
  }
}

function scanString(t: string, start: number): number {
  let i = start + 1
  for (;;) {
    if (i >= t.length) throw new Stop(start, 'this string is never closed (no ending double quote)')
    const code = t.charCodeAt(i)
    if (t[i] === '"') return i + 1
    if (code === 0x0a)
      throw new Stop(
        start,
        'this string is not closed on its line (a closing double quote is missing; write \\n for a line break in a string)'
      )
    if (code < 0x20)
      throw new Stop(
        i,
        `control character U+${code.toString(16).padStart(4, '0').toUpperCase()} inside a string (write it as an escape)`
      )
    if (t[i] === '\\') {
      const e = t[i + 1]
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6)))
          throw new Stop(i, 'expected four hexadecimal digits after \\u')
        i += 6
        continue
      }
      if (e === undefined || !'"\\/bfnrt'.includes(e))
        throw new Stop(
          i,
          `invalid escape ${shown(t, i, 2)} in a string (allowed: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`
        )
      i += 2
      continue
    }
    i++
  }
}

function scanNumber(t: string, start: number): number {
  const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(t.slice(start, start + 400))
  if (!m || m[0] === '-') throw new Stop(start, `invalid number ${shown(t, start, 12)}`)
  const end = start + m[0].length
  const next = t[end]
  if (next !== undefined && /[\d.eE+-]/.test(next))
    throw new Stop(
      start,
      `invalid number ${shown(t, start, end - start + 1)} (no leading zeros, digits needed after "." and in exponents)`
    )
  return end
}

/** The characters found at `i`, quoted, or "the end of the file". */
function shown(t: string, i: number, n = 1): string {
  if (i >= t.length) return 'the end of the file'
  return JSON.stringify(Array.from(t.slice(i)).slice(0, n).join(''))
}
