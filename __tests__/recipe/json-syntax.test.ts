// A recipe that is not JSON is reported as an editor would point at it: file:line:column.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { RecipeError } from '../../src/recipe/errors.js'
import { findJsonSyntaxError } from '../../src/recipe/json-syntax.js'
import { loadRecipe } from '../../src/recipe/load.js'
import { REPO } from '../helpers/paths.js'
import { tempDir } from '../helpers/temp.js'

const CONFIGS = join(REPO, 'examples', 'mini-svsm', 'configs')
const qemu = readFileSync(join(CONFIGS, 'test', 'qemu-test-target.json'), 'utf8')

/** Writes `text` as configs/x.json in a fresh tree and returns the message loading it gives. */
function messageFor(text: string): string {
  const root = tempDir('recipe-json-')
  writeFileSync(join(root, 'x.json'), text)
  try {
    loadRecipe('x.json', 'xbuild', root, 'configs/x.json')
  } catch (e) {
    expect(e).toBeInstanceOf(RecipeError)
    return (e as Error).message
  }
  throw new Error('the recipe was accepted')
}

describe('broken recipe files', () => {
  it.each([
    [
      'a trailing comma in an object',
      '{\n  "igvm": {\n    "qemu": { "output": "a.igvm", }\n  }\n}\n',
      'configs/x.json:3:35: not valid JSON: expected a property name in double quotes, found "}" (a trailing comma is not allowed)'
    ],
    [
      'a trailing comma in an array',
      '{\n  "igvm": { "qemu": { "platforms": ["snp", ] } }\n}',
      'configs/x.json:2:44: not valid JSON: expected a value, found "]" (a trailing comma is not allowed)'
    ],
    [
      'a missing closing brace',
      '{\n  "kernel": {\n    "svsm": {}\n',
      'configs/x.json:4:1: not valid JSON: expected "," or "}" after a property value, found the end of the file'
    ],
    [
      'a missing comma between properties',
      '{\n  "kernel": {}\n  "fs": {}\n}',
      'configs/x.json:3:3: not valid JSON: expected "," or "}" after a property value, found "\\""'
    ],
    [
      'a string that is never closed',
      '{\n  "igvm": {\n    "qemu": { "output": "coconut.igvm }\n  }\n}',
      'configs/x.json:3:25: not valid JSON: this string is not closed on its line (a closing double quote is missing; write \\n for a line break in a string)'
    ],
    [
      'a bad escape in a string',
      '{ "kernel": { "svsm": { "features": "a\\qb" } } }',
      'configs/x.json:1:39: not valid JSON: invalid escape "\\\\q" in a string (allowed: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'
    ],
    ['an empty file', '', 'configs/x.json:1:1: not valid JSON: the file is empty'],
    ['only white space', '\n\n  \n', 'configs/x.json:4:1: not valid JSON: the file holds only white space'],
    [
      'single quotes',
      "{ 'igvm': {} }",
      'configs/x.json:1:3: not valid JSON: expected a property name in double quotes, found "\'"'
    ],
    [
      'a comment',
      '{\n  // the qemu target\n  "igvm": {}\n}',
      'configs/x.json:2:3: not valid JSON: expected a property name in double quotes, found "/"'
    ],
    [
      'a byte order mark',
      '\ufeff{}',
      'configs/x.json:1:1: not valid JSON: the file starts with a byte order mark (BOM); save it as UTF-8 without one'
    ],
    [
      'text after the document',
      '{}\n}\n',
      'configs/x.json:2:1: not valid JSON: expected the end of the file after the value, found "}"'
    ],
    [
      'a number with a leading zero',
      '{ "igvm": { "qemu": { "comport": 03 } } }',
      'configs/x.json:1:34: not valid JSON: invalid number "03" (no leading zeros, digits needed after "." and in exponents)'
    ],
    [
      'columns count characters, not bytes',
      '{ "kernel": { "svsm": { "features": "é€" }, } }',
      'configs/x.json:1:45: not valid JSON: expected a property name in double quotes, found "}" (a trailing comma is not allowed)'
    ]
  ])('%s', (_, text, message) => {
    expect(messageFor(text)).toBe(message)
  })

  it('a whole recipe with one comma too many points at the brace after it', () => {
    // The last key of the qemu target is `"measure": "print"`; a comma after it breaks the next line.
    const lines = qemu.split('\n')
    const at = lines.findIndex(l => l.includes('"measure": "print"'))
    expect(lines[at + 1]).toMatch(/^\s*}/)
    lines[at] += ','
    const column = lines[at + 1]!.indexOf('}') + 1
    expect(messageFor(lines.join('\n'))).toBe(
      `configs/x.json:${at + 2}:${column}: not valid JSON: expected a property name in double quotes, found "}" (a trailing comma is not allowed)`
    )
  })
})

describe('the scanner agrees with JSON.parse', () => {
  const recipes = [
    ...readdirSync(CONFIGS)
      .filter(f => f.endsWith('.json'))
      .map(f => readFileSync(join(CONFIGS, f), 'utf8')),
    '{"a": [1, -2.5e+3, 0, 0.25, true, false, null, "\\u00e9\\n\\"", {}, []]}',
    ' [ ] '
  ]
  const accepts = (t: string) => {
    try {
      JSON.parse(t)
      return true
    } catch {
      return false
    }
  }

  it('finds nothing wrong in valid JSON', () => {
    for (const text of recipes) expect(findJsonSyntaxError(text)).toBeNull()
  })

  it('finds an error in every prefix and every one-character deletion that JSON.parse refuses', () => {
    let refused = 0
    for (const text of recipes) {
      const variants = [
        ...Array.from({ length: text.length }, (_, n) => text.slice(0, n)),
        ...Array.from({ length: text.length }, (_, n) => text.slice(0, n) + text.slice(n + 1))
      ]
      for (const v of variants) {
        const error = findJsonSyntaxError(v)
        expect({ text: v, error: error !== null }).toEqual({ text: v, error: !accepts(v) })
        if (error) refused++
      }
    }
    expect(refused).toBeGreaterThan(1000)
  })
})
