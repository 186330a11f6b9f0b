// Every example recipe built with upstream's real igvmbuilder and igvmmeasure (SVSM_REF_BIN_DIR,
// see docs/real-tools.md) in place of the example's stand-ins (`--igvmbuilder`, `--igvmmeasure`):
// the digest svsm-build records, the one the real igvmmeasure prints for the file and our own
// reader's agree on every target. Skipped, saying why, without the tools; in CI the reader is
// held against the real igvmmeasure's recorded answers (example/recorded-igvmbuilder.test.ts).
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { builtinMeasure } from '../../src/engine/builtin-measure.js'
import { measurementsSchema } from '../../src/record/schema.js'
import { runCli } from '../helpers/run.js'
import { describeWith, refTool } from '../helpers/shared.js'
import { makeTree } from '../helpers/tree.js'
import { EXAMPLE_RECIPES } from '../example/recipes.js'

const BUILDER = refTool('igvmbuilder')
const MEASURE = refTool('igvmmeasure')

describeWith([BUILDER, MEASURE], 'example recipes built with the real igvmbuilder and igvmmeasure', () => {
  let root: string
  const table: string[] = [
    '| recipe | target | recorded | real igvmmeasure | own reader |',
    '|---|---|---|---|---|'
  ]
  beforeAll(() => {
    root = makeTree()
  })
  afterAll(() => {
    process.stdout.write(`${table.join('\n')}\n`)
  })

  it.each(EXAMPLE_RECIPES)('%s: recorded, real igvmmeasure and own reader agree', recipe => {
    const r = runCli(['build', '--svsm', root, '--igvmbuilder', BUILDER, '--igvmmeasure', MEASURE, recipe])
    expect(r.stderr).not.toMatch(/^error:/m)
    expect(r.code).toBe(0)
    // The real tools ran, and the stand-ins were not built.
    expect(r.stdout).toContain(`$ ${BUILDER} --sort --output bin/`)
    expect(r.stdout).toContain(`$ ${MEASURE} `)
    expect(r.stdout).not.toMatch(/Building igvm(builder|measure)\.\.\./)
    const ms = measurementsSchema.parse(
      JSON.parse(readFileSync(join(root, 'bin', 'measurements.json'), 'utf8'))
    )
    expect(ms.length).toBeGreaterThan(0)
    for (const m of ms) {
      const file = join(root, m.igvm)
      const flags = [...(m.checkKvm ? ['--check-kvm'] : []), ...(m.nativeZero ? ['--native-zero'] : [])]
      const real = spawnSync(MEASURE, [...flags, file, 'measure', '--bare'], { encoding: 'utf8' })
      expect(real.status).toBe(0)
      const own = builtinMeasure(readFileSync(file), {
        checkKvm: m.checkKvm,
        nativeZero: m.nativeZero
      }).digest
      expect(m.measuredBy).toBe('igvmmeasure')
      expect(real.stdout.trim()).toBe(m.launchDigest)
      expect(own).toBe(m.launchDigest)
      table.push(`| ${recipe} | ${m.target} | ${m.launchDigest} | ${real.stdout.trim()} | ${own} |`)
    }
  })
})
