// The one way a measurements.json is read: a file, a folder holding one (a downloaded artifact) or
// a tree's bin/. Every record file is input from elsewhere: sizes are capped, the JSON checked
// against the record's schema, and the first problem named with the file and its JSON path.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { z } from 'zod'
import { BadInput } from '../util/errors.js'
import { fileKind, readRegularFile } from '../util/input-file.js'
import { controlCharacter, relativePathProblem } from '../util/relative-path.js'
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

interface LoadOptions {
  /** Apply UNTRUSTED_LIMITS (a fork's artifact read by a job that holds a write token). */
  untrusted?: boolean
  /** An empty array is an error unless allowed. */
  allowEmpty?: boolean
  /**
   * The record came from elsewhere (a download, a hand edit) and its names will be used as paths:
   * check them with checkRecordNames (reproduce, diff and predicate read records this way).
   */
  untrustedNames?: boolean
}

/** The record file a source names: the file itself, or measurements.json in the folder or its bin/. */
function recordFileOf(source: string): string {
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
  const records = parseRecords(json, file, o)
  if (o.untrustedNames) checkRecordNames(records, file)
  return { file, records }
}

/** How every record names its IGVM file: bin/<output>, the output a recipe gave. */
const IGVM_PREFIX = 'bin/'

/**
 * The names in records read from elsewhere, before any is used as a path: recipes and IGVM files
 * stay inside the tree (relative, no "..", nothing that cannot be a file name); a firmware path
 * is at least a path. Where the IGVM file lies beside the record (a tree's bin/, an artifact), it
 * must be the file the record describes: same size, same sha256.
 */
export function checkRecordNames(records: Measurement[], file: string): void {
  const refuse = (at: string, name: string, problem: string, expected: string): never => {
    throw new RecordError(`${file}: ${at}: ${JSON.stringify(name)} ${problem}; expected ${expected}`)
  }
  const inTree = (at: string, name: string, expected: string) => {
    const problem = relativePathProblem(name)
    if (problem) refuse(at, name, problem, expected)
  }
  const RECIPE = 'a recipe path inside the svsm tree (like configs/qemu-target.json) or a bundled recipe name'
  records.forEach((m, i) => {
    if (!m.igvm.startsWith(IGVM_PREFIX))
      refuse(`[${i}].igvm`, m.igvm, 'is not under bin/', 'bin/<file name>, the file its build wrote')
    inTree(`[${i}].igvm`, m.igvm, 'bin/<file name>, the file its build wrote')
    if (m.signed) inTree(`[${i}].signed.igvm`, m.signed.igvm, 'the file name of the signed copy')
    inTree(`[${i}].recipe`, m.recipe, RECIPE)
    m.inputs?.options.recipes.forEach((r, j) => inTree(`[${i}].inputs.options.recipes[${j}]`, r, RECIPE))
    // Firmware may come from anywhere (an absolute --firmware, FW_FILE=../edk2/...): its sha256
    // says which file it is, and reproduce uses only a file with that sha256.
    for (const [at, fw] of [
      [`[${i}].firmware.path`, m.firmware?.path],
      [`[${i}].inputs.options.firmware`, m.inputs?.options.firmware]
    ] as const)
      if (fw != null && (fw === '' || controlCharacter(fw) !== undefined))
        refuse(at, fw, 'cannot be a path', 'a firmware file path (not empty, no control characters)')
    checkBeside(m, i, file)
  })
}

/** The record's IGVM file where it lies beside the record: a tree's bin/<output>, or an artifact's <name>. */
function checkBeside(m: Measurement, i: number, file: string): void {
  const dir = dirname(file)
  const found = [join(dir, m.igvm.slice(IGVM_PREFIX.length)), join(dir, basename(m.igvm))].find(p =>
    existsSync(p)
  )
  if (!found) return
  const at = `${file}: [${i}].igvm: ${m.igvm}`
  const st = statSync(found)
  if (!st.isFile())
    throw new RecordError(`${at}: ${found} beside the record is ${fileKind(st)}, not the IGVM file`)
  if (st.size !== m.size)
    throw new RecordError(
      `${at}: ${found} beside the record has ${st.size} bytes, the record says ${m.size}: the record is not about this file`
    )
  const sha256 = createHash('sha256').update(readRegularFile(found, m.size)).digest('hex')
  if (sha256 !== m.sha256)
    throw new RecordError(
      `${at}: ${found} beside the record has sha256 ${sha256}, the record says ${m.sha256}: the record is not about this file`
    )
}

/**
 * The first of `candidates` that is a regular file (at most `maxBytes`) with the recorded sha256,
 * or null: a path from a record is used only for the bytes the record pins.
 */
export function findRecordedFile(candidates: string[], sha256: string, maxBytes: number): string | null {
  for (const p of candidates) {
    let bytes: Buffer
    try {
      bytes = readRegularFile(p, maxBytes)
    } catch {
      continue
    }
    if (createHash('sha256').update(bytes).digest('hex') === sha256) return p
  }
  return null
}
