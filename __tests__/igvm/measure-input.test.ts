// A file measured by streaming it (headers parsed, pages read and hashed by the pool) prints what
// the same file measured in memory prints, on the real vectors and on a file big enough for
// workers; the bundled CLI, run from another directory, matches the real igvmmeasure on it.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { MIN_PAGES_FOR_WORKERS } from '../../src/igvm/hash-pages.js'
import { runIgvmmeasure } from '../../src/igvm/igvmmeasure-cli.js'
import { fileInput } from '../../src/igvm/input.js'
import { fixture } from '../helpers/paths.js'
import { CLI, runNode } from '../helpers/run.js'
import { describeWith, refTool } from '../helpers/shared.js'
import { buildIgvm, dataOffsets, pageData, platform, vmsa, vpContext, type RawHeader } from './builder.js'
import { sampleFile } from './samples.js'
import { tempDir } from '../helpers/temp.js'

const FLAG_SETS = [[], ['-n'], ['-c'], ['-c', '-n'], ['-p', 'sev-es'], ['-p', 'sev'], ['-v'], ['-v', '-n']]
const SUB_SETS = [['-b'], [], ['-i', '-b']]

let dir: string
beforeAll(() => {
  dir = tempDir('measure-input-')
})

/** Both ways of reading `path`: streamed from the open file, and whole in memory. */
function both(path: string, argv: string[]) {
  return {
    streamed: runIgvmmeasure(argv, { open: () => fileInput(path) }),
    inMemory: runIgvmmeasure(argv, { readFile: () => readFileSync(path) })
  }
}

/**
 * SNP and SEV-ES platforms; `pages` pages of random data in file order except for a few that
 * point back at earlier data, with unmeasured, zero and secrets pages among them, then a VMSA.
 */
function bigFile(pages: number): Buffer {
  const blobs = [...Array.from({ length: pages }, () => randomBytes(4096)), vmsa()]
  const draft = (off: number[]): RawHeader[] => [
    platform(0x1, 2),
    platform(0x2, 5),
    ...Array.from({ length: pages }, (_, i) =>
      pageData(BigInt(i) * 4096n, 0x3, i % 1000 === 999 ? off[i - 500]! : i % 777 === 1 ? 0 : off[i]!, {
        flags: i % 501 === 7 ? 2 : 0,
        dataType: i % 613 === 5 ? 1 : 0
      })
    ),
    vpContext(0xfffffffff000n, 0x1, off[pages]!)
  ]
  return buildIgvm({
    headers: draft(dataOffsets({ headers: draft(blobs.map(() => 0)), data: blobs })),
    data: blobs
  })
}

describe('measuring a streamed file', () => {
  it.each(Object.keys(JSON.parse(readFileSync(fixture('igvm', 'expected.json'), 'utf8')) as object))(
    '%s: the same output and exit code as in memory, for every flag set',
    name => {
      for (const flags of FLAG_SETS)
        for (const sub of SUB_SETS) {
          const { streamed, inMemory } = both(fixture('igvm', name), [...flags, name, 'measure', ...sub])
          expect(streamed).toEqual(inMemory)
        }
    }
  )

  it('the same on the synthetic file with every page type', () => {
    const path = join(dir, 'sample.igvm')
    writeFileSync(path, sampleFile())
    for (const flags of FLAG_SETS) {
      const { streamed, inMemory } = both(path, [...flags, 'f', 'measure', '-b'])
      expect(streamed).toEqual(inMemory)
    }
  })

  it('the same on a file big enough for workers', () => {
    const path = join(dir, 'big.igvm')
    writeFileSync(path, bigFile(MIN_PAGES_FOR_WORKERS + 1001))
    for (const flags of FLAG_SETS) {
      const { streamed, inMemory } = both(path, [...flags, 'f', 'measure', '-b'])
      expect(streamed.code).toBe(flags.includes('sev') ? 1 : 0) // the file has no SEV platform
      expect(streamed).toEqual(inMemory)
    }
  })

  it('the same on damaged files: truncations, bit flips in the headers, absurd lengths', () => {
    const real = readFileSync(fixture('igvm', 'dummy-hyperv.igvm'))
    const damaged: Buffer[] = []
    for (let len = 0; len < real.length; len += 499) damaged.push(real.subarray(0, len))
    for (let i = 0; i < 0x1000; i += 7) {
      const b = Buffer.from(real)
      b[i]! ^= 0x80
      damaged.push(b)
    }
    for (const [at, v] of [
      [0x18 + 4, 0xffffffff],
      [0xc, 0xfffffff0],
      [0xc, real.length]
    ]) {
      const b = Buffer.from(real)
      b.writeUInt32LE(v!, at!)
      damaged.push(b)
    }
    const path = join(dir, 'damaged.igvm')
    let refused = 0
    for (const b of damaged) {
      writeFileSync(path, b)
      const { streamed, inMemory } = both(path, ['f', 'measure', '-b'])
      expect(streamed).toEqual(inMemory)
      if (streamed.code !== 0) refused++
    }
    expect(refused).toBeGreaterThan(damaged.length / 2)
  })

  it('reports a directory as igvmmeasure does', () => {
    expect(runIgvmmeasure([dir, 'measure'], { open: fileInput })).toEqual({
      stdout: '',
      stderr: `Failed to open firmware file ${dir}\nError: Os { code: 21, kind: IsADirectory, message: "Is a directory" }\n`,
      code: 1
    })
  })
})

describeWith(
  [CLI, refTool('igvmmeasure')],
  'the bundled svsm-build measure against the real igvmmeasure',
  () => {
    it('prints the same bytes and exit code on a file big enough for workers, run from another directory', () => {
      writeFileSync(join(dir, 'cli.igvm'), bigFile(MIN_PAGES_FOR_WORKERS + 10))
      for (const flags of [...FLAG_SETS, ['-c', '-p', 'sev-es']])
        for (const sub of [['-b'], []]) {
          const argv = [...flags, 'cli.igvm', 'measure', ...sub]
          const real = spawnSync(refTool('igvmmeasure'), argv, {
            cwd: dir,
            encoding: 'utf8',
            maxBuffer: 64 << 20
          })
          const ours = runNode(CLI, ['measure', ...argv], { cwd: dir })
          expect({ code: ours.code, stdout: ours.stdout, stderr: ours.stderr }).toEqual({
            code: real.status,
            stdout: real.stdout,
            stderr: real.stderr
          })
        }
      // A directory, too.
      const d = spawnSync(refTool('igvmmeasure'), [dir, 'measure'], { encoding: 'utf8' })
      expect(runNode(CLI, ['measure', dir, 'measure'])).toEqual({
        code: d.status,
        stdout: d.stdout,
        stderr: d.stderr
      })
    })

    it('gives the same bytes with workers forced on (SVSM_MEASURE_WORKERS), and refuses a bad count', () => {
      writeFileSync(join(dir, 'forced.igvm'), bigFile(MIN_PAGES_FOR_WORKERS + 10))
      const env = (v: string) => ({ cwd: dir, env: { ...process.env, SVSM_MEASURE_WORKERS: v } })
      for (const file of ['forced.igvm', fixture('igvm', 'dummy-qemu.igvm')]) {
        const r = spawnSync(refTool('igvmmeasure'), [file, 'measure'], { cwd: dir, encoding: 'utf8' })
        for (const n of ['0', '1', '3'])
          expect(runNode(CLI, ['measure', file], env(n))).toEqual({
            code: r.status,
            stdout: r.stdout,
            stderr: r.stderr
          })
      }
      expect(runNode(CLI, ['measure', 'forced.igvm'], env('two'))).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'error: SVSM_MEASURE_WORKERS is "two", expected a whole number of worker threads from 0 to 256\n'
      })
    })
  }
)
