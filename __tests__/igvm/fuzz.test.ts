// The reader under fuzzing: the corpus (made by corpus.ts, checked to be what it makes) and the
// shared vectors through every stage, then a bounded run of the fuzzer (scripts/fuzz-igvm.mjs,
// fixed seed, a hang watchdog) that must find no crash, hang or uncaught error. Its counts are
// printed; `node --import tsx scripts/fuzz-igvm.mjs --seconds 600` is the long run.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { measure, toHex } from '../../src/igvm/measure.js'
import { parseIgvm } from '../../src/igvm/parse.js'
import { REPO } from '../helpers/paths.js'
import { describeWith, SHARED } from '../helpers/shared.js'
import { corpusFiles, igvmFilesIn, SEEDS } from './fuzz/corpus.js'
import { exercise } from './fuzz/exercise.js'
import { tempDir } from '../helpers/temp.js'

const VECTORS = join(SHARED, 'testdata', 'igvm')
const SEED = 20_260_901
const INPUTS = 800

describe('the fuzz corpus', () => {
  it('is what corpus.ts makes (regenerate: node --import tsx scripts/fuzz-igvm.mjs --write-corpus)', () => {
    const onDisk = new Map(corpusFiles())
    expect([...onDisk.keys()].sort()).toEqual(Object.keys(SEEDS).sort())
    for (const [name, make] of Object.entries(SEEDS)) expect(onDisk.get(name)!.equals(make())).toBe(true)
  })

  it('runs through every stage, in memory and streamed, without a crash', () => {
    const dir = tempDir('fuzz-corpus-')
    const outcomes = corpusFiles().map(([name, bytes]) => [name, exercise(bytes, dir)])
    // Every seed is a file the reader accepts: mutations start from the deep end.
    expect(outcomes.filter(([, o]) => o !== 'accepted')).toEqual([])
  })
})

describeWith([join(VECTORS, 'expected.json')], 'the shared IGVM vectors under the fuzz stages', () => {
  it('each is accepted, goes through every stage, and measures what igvmmeasure printed', () => {
    const expected = JSON.parse(readFileSync(join(VECTORS, 'expected.json'), 'utf8')) as Record<
      string,
      { igvmmeasure: Record<string, { stdout: string }> }
    >
    expect(Object.keys(expected)).toHaveLength(igvmFilesIn(VECTORS).length)
    for (const [name, v] of Object.entries(expected)) {
      const bytes = readFileSync(join(VECTORS, name))
      expect(exercise(bytes)).toBe('accepted')
      const file = parseIgvm(bytes, name)
      expect(toHex(measure(file).digest)).toBe(v.igvmmeasure.default!.stdout)
      expect(toHex(measure(file, { nativeZero: true }).digest)).toBe(v.igvmmeasure['native-zero']!.stdout)
      expect([file.corim, file.skipped]).toEqual([[], []])
    }
  })
})

describe('a bounded fuzz run', () => {
  it(`finds no crash, hang or uncaught error in ${INPUTS} inputs (seed ${SEED})`, () => {
    const out = tempDir('fuzz-run-')
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(REPO, 'scripts', 'fuzz-igvm.mjs'),
        '--seed',
        String(SEED),
        '--iterations',
        String(INPUTS),
        '--hang-ms',
        '15000',
        '--stream-every',
        '8',
        '--out',
        out
      ],
      { cwd: REPO, encoding: 'utf8', timeout: 110_000 }
    )
    const summary = JSON.parse(r.stdout.slice(r.stdout.lastIndexOf('\n{'))) as Record<string, unknown>
    process.stderr.write(`fuzz: ${JSON.stringify(summary)}\n`)
    expect({ crashes: summary.crashes, hangs: summary.hangs, code: r.status }).toEqual({
      crashes: 0,
      hangs: 0,
      code: 0
    })
    expect(summary.inputs).toBe(INPUTS)
    expect(summary.accepted).toBeGreaterThan(INPUTS / 10)
    expect(summary.refused).toBeGreaterThan(INPUTS / 10)
  })
})
