import { BadInput } from '../util/errors.js'

/**
 * A reference-value file (or build input) that cannot be used: which file, where in it, what and
 * why. Bad input (exit code 2 on the command line).
 */
export class ReferenceValuesError extends BadInput {
  constructor(
    /** The file or input named in the message (e.g. `corim-sevsnp-valid.cbor`, `reference values`). */
    readonly source: string,
    /** Where in it: a JSON path or a CoRIM path such as `tags[0] (CoMID).triples.reference-values[1]`. */
    readonly where: string,
    /** What was found and what is expected. */
    readonly detail: string
  ) {
    super(`${source}: ${where ? `${where}: ` : ''}${detail}`)
    this.name = 'ReferenceValuesError'
  }
}

/** The first issue of a failed zod parse as one ReferenceValuesError: its JSON path, what is there, what is expected. */
export function fromZodIssue(
  source: string,
  value: unknown,
  issue: { path: PropertyKey[]; message: string }
): ReferenceValuesError {
  let found: unknown = value
  for (const k of issue.path) found = (found as Record<PropertyKey, unknown> | undefined)?.[k]
  const path = issue.path.map(k => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('')
  const shown = found === undefined ? 'nothing' : (JSON.stringify(found) ?? String(found))
  return new ReferenceValuesError(
    source,
    path.replace(/^\./, ''),
    `found ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}, expected ${issue.message}`
  )
}
