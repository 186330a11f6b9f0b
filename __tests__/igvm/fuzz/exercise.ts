// Everything the reader's users do with a file, run on one fuzz input: parse (in memory and
// streamed from disk), measure on every platform and flag set, the inventory and its table, the
// TDX MRTD, the ID block facts, igvmmeasure's emulation. A refusal must be the reader's own error
// (IgvmError, MeasureError); anything else escaping is a crash.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { IgvmError } from '../../../src/igvm/errors.js'
import { idBlockFacts, idBlockSignatures } from '../../../src/igvm/id-block.js'
import { runIgvmmeasure } from '../../../src/igvm/igvmmeasure-cli.js'
import { fileInput } from '../../../src/igvm/input.js'
import { inventory, renderInventoryTable } from '../../../src/igvm/inventory.js'
import { measure, MeasureError, type MeasureOptions } from '../../../src/igvm/measure.js'
import { parseIgvm, type IgvmFile } from '../../../src/igvm/parse.js'
import { tdxMrtd } from '../../../src/igvm/tdx.js'

export class Crash extends Error {
  override name = 'Crash'
  constructor(
    readonly stage: string,
    readonly error: unknown
  ) {
    super(`${stage}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`)
  }
}

const NAME = 'fuzz.igvm'
const OPTIONS: MeasureOptions[] = [
  { platform: 'sev-snp' },
  { platform: 'sev-snp', nativeZero: true, log: true },
  { platform: 'sev-snp', checkKvm: true },
  { platform: 'sev-es' },
  { platform: 'sev' }
]

/** Runs `fn`; errors of the `allowed` classes are results, any other is a crash of `stage`. */
function stage<T>(name: string, fn: () => T, allowed: (new (...a: never[]) => Error)[] = []): T | Error {
  try {
    return fn()
  } catch (e) {
    if (allowed.some(c => e instanceof c)) return e as Error
    throw new Crash(name, e)
  }
}

function check(cond: boolean, stageName: string, what: string) {
  if (!cond) throw new Crash(stageName, new Error(what))
}

export type Outcome = 'accepted' | 'refused'

/**
 * All stages on `bytes`. With `dir`, the file is also written there and measured streamed, and
 * the streamed output must equal the in-memory one byte for byte.
 */
export function exercise(bytes: Buffer, dir?: string): Outcome {
  const parsed = stage('parse', () => parseIgvm(bytes, NAME), [IgvmError])
  if (parsed instanceof IgvmError)
    check(
      parsed.message.startsWith(`${NAME}: offset 0x`),
      'parse',
      `message does not name the file: ${parsed.message}`
    )
  const cli = stage('igvmmeasure', () => runIgvmmeasure([NAME, 'measure', '-b'], { readFile: () => bytes }))
  if (dir) {
    const path = join(dir, NAME)
    writeFileSync(path, bytes)
    const streamed = stage('igvmmeasure streamed', () =>
      runIgvmmeasure([path, 'measure', '-b'], { open: fileInput }, { workers: 0 })
    )
    const strip = (s: string) => s.split(path).join(NAME)
    check(
      !(cli instanceof Error) &&
        !(streamed instanceof Error) &&
        strip(streamed.stdout) === cli.stdout &&
        strip(streamed.stderr) === cli.stderr &&
        streamed.code === cli.code,
      'igvmmeasure streamed',
      'streamed and in-memory outputs differ'
    )
  }
  if (parsed instanceof Error) return 'refused'
  exerciseParsed(parsed, bytes)
  return 'accepted'
}

function exerciseParsed(file: IgvmFile, bytes: Buffer) {
  for (const o of OPTIONS) stage(`measure ${JSON.stringify(o)}`, () => measure(file, o), [MeasureError])
  const inv = stage('inventory', () => inventory(file)) as ReturnType<typeof inventory>
  stage('inventory table', () => renderInventoryTable(inv))
  stage('inventory json', () => JSON.stringify(inv))
  stage('tdx mrtd', () => tdxMrtd(file), [MeasureError])
  stage('id block', () => [idBlockFacts({ file, bytes }), idBlockSignatures({ file, bytes })])
}
