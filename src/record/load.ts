// The one way a measurements.json is read: a file, a folder holding one (a downloaded artifact) or
// a tree's bin/. Every record file is input from elsewhere: sizes are capped, the JSON checked
// against the record's schema, and the first problem named with the file and its JSON path.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { BadInput } from '../util/errors.js'
import { measurementSchema, type Measurement } from './schema.js'

export const RECORD_FILE = 'measurements.json'

/** A record file that cannot be used: exit code 2 on the command line. */
export class RecordError extends BadInput {
  override name = 'RecordError'
}

/** Bounds for a record from a run we do not trust (a fork's artifact): sizes, counts, lengths. */
export const UNTRUSTED_LIMITS = { bytes: 1 << 20, records: 64, stringLength: 512 }
/** Any record file: large enough for every real build, small enough to refuse an endless file. */
const MAX_BYTES = 64 << 20

/** measurementSchema with every string and list bounded. */
const boundedMeasurement = measurementSchema.superRefine((m, ctx) => {
  const walk = (v: unknown, path: (string | number)[]) => {
    if (typeof v === 'string' && v.length > UNTRUSTED_LIMITS.stringLength)
      ctx.addIssue({
        code: 'custom',
        path,
        message: `string longer than ${UNTRUSTED_LIMITS.stringLength} characters`
      })
    else if (Array.isArray(v)) {
      if (v.length > UNTRUSTED_LIMITS.records)
        ctx.addIssue({ code: 'custom', path, message: `more than ${UNTRUSTED_LIMITS.records} items` })
      v.forEach((x, i) => walk(x, [...path, i]))
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k])
  }
  walk(m, [])
})

export interface LoadOptions {
  /** Apply UNTRUSTED_LIMITS (a fork's artifact read by a job that holds a write token). */
  untrusted?: boolean
  /** An empty array is an error unless allowed. */
  allowEmpty?: boolean
}

/** The record file a source names: the file itself, or measurements.json in the folder or its bin/. */
export function recordFileOf(source: string): string {
  const path = resolve(source)
  if (!existsSync(path)) throw new RecordError(`${source}: no such file or directory`)
  if (!statSync(path).isDirectory()) return path
  const file = [join(path, RECORD_FILE), join(path, 'bin', RECORD_FILE)].find(f => existsSync(f))
  if (!file) throw new RecordError(`${source}: no ${RECORD_FILE} in this folder (nor in bin/)`)
  return file
}

/** Already-parsed JSON as records, or the first problem with its JSON path. */
export function parseRecords(json: unknown, file: string, o: LoadOptions = {}): Measurement[] {
  const schema = o.untrusted
    ? z.array(boundedMeasurement).max(UNTRUSTED_LIMITS.records)
    : z.array(measurementSchema)
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new RecordError(
      `${file}: expected a ${RECORD_FILE} array; ${issue.path.join('.') || '(top level)'}: ${issue.message}`
    )
  }
  if (parsed.data.length === 0 && !o.allowEmpty) throw new RecordError(`${file}: no records (an empty array)`)
  return parsed.data as Measurement[]
}

/** Reads and validates the records a source names. */
export function loadRecords(source: string, o: LoadOptions = {}): { file: string; records: Measurement[] } {
  const file = recordFileOf(source)
  const st = statSync(file)
  const max = o.untrusted ? UNTRUSTED_LIMITS.bytes : MAX_BYTES
  if (!st.isFile()) throw new RecordError(`${file}: not a regular file`)
  if (st.size > max) throw new RecordError(`${file}: ${st.size} bytes, more than the ${max} allowed`)
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    throw new RecordError(`${file}: not JSON: ${(e as Error).message}`)
  }
  return { file, records: parseRecords(json, file, o) }
}
