// GitHub's published REST description (@octokit/openapi): the examples the REST fake starts its
// answers from, and a small validator for the JSON Schema subset the description uses, so a test
// can check every answer the fake gave against the real API's response schema.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'node_modules',
  '@octokit',
  'openapi',
  'generated',
  'api.github.com.json'
)
let cached = null
export function spec() {
  cached ??= JSON.parse(readFileSync(FILE, 'utf8'))
  return cached
}

function deref(node) {
  let n = node
  while (n && typeof n === 'object' && typeof n.$ref === 'string') {
    n = n.$ref
      .slice(2)
      .split('/')
      .reduce((o, k) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], spec())
  }
  return n
}

/** A copy of a named example (components/examples/<name>). */
export const example = name => structuredClone(deref(spec().components.examples[name]).value)

/** The schema of a response (undefined when the description gives none, e.g. a 302). */
export function responseSchema(method, template, status) {
  const op = spec().paths[template]?.[method.toLowerCase()]
  if (!op) throw new Error(`the REST description has no ${method} ${template}`)
  const r = deref(op.responses[String(status)])
  if (!r) throw new Error(`the REST description has no ${status} answer for ${method} ${template}`)
  return r.content ? deref(r.content['application/json']?.schema) : undefined
}

const typeOf = v => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)

/** Errors (JSON path: what is wrong) of `value` against `schema`; [] when it conforms. */
export function validate(schema, value, path = '$') {
  const s = deref(schema)
  if (!s || typeof s !== 'object') return []
  if (value === null) return s.nullable || s.type === 'null' ? [] : [`${path}: null where not nullable`]
  const errors = []
  if (s.allOf) for (const sub of s.allOf) errors.push(...validate(sub, value, path))
  if (s.anyOf || s.oneOf) {
    const options = s.anyOf ?? s.oneOf
    if (!options.some(sub => validate(sub, value, path).length === 0))
      errors.push(`${path}: matches none of ${options.length} alternatives`)
  }
  const t = typeOf(value)
  if (s.type) {
    const ok =
      s.type === t ||
      (s.type === 'integer' && t === 'number' && Number.isInteger(value)) ||
      (s.type === 'number' && t === 'number')
    if (!ok) return [...errors, `${path}: ${t} where ${s.type} is expected`]
  }
  if (s.enum && !s.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in the enum`)
  if (t === 'object') {
    for (const r of s.required ?? []) if (!(r in value)) errors.push(`${path}: missing ${r}`)
    for (const [k, v] of Object.entries(value)) {
      const sub = s.properties?.[k]
      if (sub) errors.push(...validate(sub, v, `${path}.${k}`))
      else if (s.additionalProperties && typeof s.additionalProperties === 'object')
        errors.push(...validate(s.additionalProperties, v, `${path}.${k}`))
      else if (s.additionalProperties === false) errors.push(`${path}: unexpected ${k}`)
    }
  }
  if (t === 'array' && s.items) value.forEach((v, i) => errors.push(...validate(s.items, v, `${path}[${i}]`)))
  return errors
}
