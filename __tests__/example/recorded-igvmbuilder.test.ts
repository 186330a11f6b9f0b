// The example's stand-in igvmbuilder against what upstream's real one wrote (recorded in
// ../shared/testdata/real-igvmbuilder: the example's parts, the argv, the files, and igvmmeasure's
// answers): every case, sorted and unsorted, run with the stand-in on the same parts and compared
// directive by directive, with the known differences compare-igvm.ts names. Our own reader is held
// against the real igvmmeasure's recorded digest of each real file. The live comparison
// (real-vs-standin.test.ts) needs the real tool; this one runs in CI.
import { beforeAll, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { builtinMeasure } from '../../src/engine/builtin-measure.js'
import { parseIgvm } from '../../src/igvm/parse.js'
import { describeWith, testdata } from '../helpers/shared.js'
import { EXAMPLE } from '../helpers/tree.js'
import { expectSameAsReal } from './compare-igvm.js'
import { tempDir } from '../helpers/temp.js'

const RECORDED = testdata('real-igvmbuilder')

interface Case {
  name: string
  igvmbuilder: string[]
  output: string
  sha256: string
  igvmmeasure: { flags: string[]; rc: number; stdout: string; stderr: string }
}

describeWith([RECORDED], 'the stand-in igvmbuilder against the recorded real one', () => {
  const { cases, inputs } = JSON.parse(readFileSync(join(RECORDED, 'cases.json'), 'utf8')) as {
    cases: Case[]
    inputs: Record<string, string>
  }
  const dir = tempDir('svsm-recorded-')
  const root = join(dir, 'svsm')
  const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

  beforeAll(() => {
    cpSync(EXAMPLE, root, {
      recursive: true,
      filter: src => !['target', 'bin'].includes(relative(EXAMPLE, src).split(sep)[0]!)
    })
    const b = spawnSync('cargo', ['build', '-q', '--package', 'igvmbuilder'], { cwd: root, encoding: 'utf8' })
    if (b.status !== 0) throw new Error(b.stderr)
    cpSync(join(RECORDED, 'inputs'), join(root, 'inputs'), { recursive: true })
    mkdirSync(join(root, 'outputs'))
  })

  it('has the parts the recording names', () => {
    for (const [name, digest] of Object.entries(inputs))
      expect([name, sha256(readFileSync(join(root, 'inputs', name)))]).toEqual([name, digest])
    expect(cases.map(c => c.name).sort()).toEqual(
      ['hyper-v', 'qemu', 'qemu-native', 'vanadium'].flatMap(n => [n, `${n}-unsorted`]).sort()
    )
  })

  it.each(cases.map(c => [c.name, c] as const))(
    '%s: the same directives in the same order, and the same pages',
    (_, c) => {
      const realBytes = readFileSync(join(RECORDED, c.output))
      expect(sha256(realBytes)).toBe(c.sha256)
      const r = spawnSync(join(root, 'target', 'debug', 'igvmbuilder'), c.igvmbuilder, {
        cwd: root,
        encoding: 'utf8'
      })
      expect(r.stderr).toBe('')
      expect(r.status).toBe(0)
      const standin = parseIgvm(readFileSync(join(root, c.output)), `stand-in ${c.output}`)
      const real = parseIgvm(realBytes, c.output)
      const symbolPages = expectSameAsReal(
        standin,
        real,
        c.igvmbuilder.at(-1)!,
        readFileSync(join(root, 'inputs', 'svsm'))
      )
      // The recorded kernel is a debug build: its symbol table is in guest memory, as upstream puts it.
      expect(symbolPages).toBeGreaterThan(0)
    }
  )

  it.each(cases.map(c => [c.name, c] as const))(
    '%s: our reader gives the digest the real igvmmeasure printed',
    (_, c) => {
      expect(c.igvmmeasure.rc).toBe(0)
      const got = builtinMeasure(readFileSync(join(RECORDED, c.output)), {
        checkKvm: c.igvmmeasure.flags.includes('--check-kvm'),
        nativeZero: c.igvmmeasure.flags.includes('--native-zero')
      })
      expect(got.digest).toBe(c.igvmmeasure.stdout)
    }
  )
})
