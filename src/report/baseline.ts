// What the new measurements are compared with: an expected-measurements file in the repository
// (measurements.json records, or a plain map of target → digest) or the measurements of the base
// branch's latest successful run.
import { z } from 'zod'
import { measurementSchema, type Measurement } from '../record/schema.js'

const digest = z.string().regex(/^[0-9A-Fa-f]{96}$/, { error: 'a 96-digit hex SEV-SNP launch digest' })

/** `{ "qemu": "<digest>" }` or `{ "configs/qemu-target.json:qemu": "<digest>" }`. */
const simpleMap = z.record(
  z
    .string()
    .regex(/^([^:]+:)?(qemu|hyper-v|vanadium)$/, { error: 'an IGVM target, optionally after "<recipe>:"' }),
  digest
)

export interface BaselineEntry {
  target: string
  /** Absent when the baseline names targets only. */
  recipe?: string
  launchDigest: string
  /** The full record, when the baseline has one (for "which inputs differ"). */
  record?: Measurement
}

export function parseBaseline(json: unknown, file: string): BaselineEntry[] {
  const records = z.array(measurementSchema).safeParse(json)
  if (records.success)
    return records.data.map(m => ({
      target: m.target,
      recipe: m.recipe,
      launchDigest: m.launchDigest,
      record: m
    }))
  const map = simpleMap.safeParse(json)
  if (map.success) {
    return Object.entries(map.data).map(([k, d]) => {
      const i = k.lastIndexOf(':')
      return {
        target: i < 0 ? k : k.slice(i + 1),
        ...(i < 0 ? {} : { recipe: k.slice(0, i) }),
        launchDigest: d.toUpperCase()
      }
    })
  }
  const issue = map.error.issues[0]!
  throw new Error(
    `${file}: expected a measurements.json array or an object of target → digest; ${issue.path.join('.') || '(top level)'}: ${issue.message}`
  )
}
