// The example's stand-in igvmbuilder against upstream's real one, live (SVSM_REF_BIN_DIR): every
// example recipe is built (with the stand-in, by svsm-build), then each of its igvmbuilder
// commands is run with both tools on the same parts and the files are compared (compare-igvm.ts,
// which names the known differences). recorded-igvmbuilder.test.ts runs the same comparison in CI
// on what the real tool wrote for recorded parts.
import { beforeAll, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseIgvm } from '../../src/igvm/parse.js'
import { runCli } from '../helpers/run.js'
import { describeWith, refTool } from '../helpers/shared.js'
import { makeTree } from '../helpers/tree.js'
import { expectSameAsReal } from './compare-igvm.js'
import { EXAMPLE_RECIPES } from './recipes.js'

const REAL = refTool('igvmbuilder')

describeWith([REAL], 'the stand-in igvmbuilder against the real one', () => {
  let root: string
  beforeAll(() => {
    root = makeTree()
  })

  it.each(EXAMPLE_RECIPES)('%s: the same directives, in the same order', recipe => {
    const built = runCli(['build', '--svsm', root, recipe])
    expect(built.code).toBe(0)
    const plan = runCli(['plan', '--json', '--svsm', root, recipe])
    const steps = (JSON.parse(plan.stdout) as { steps: { group: string; argv: string[] }[] }).steps
    const commands = steps.filter(s => s.group === 'igvm').map(s => s.argv)
    expect(commands.length).toBeGreaterThan(0)
    const kernel = readFileSync(join(root, 'bin', 'svsm'))
    // The engine always sorts; the order before sorting is compared too.
    for (const argv of commands.flatMap(a => [a, a.filter(x => x !== '--sort')])) {
      const out = argv[argv.indexOf('--output') + 1]!
      const build = (tool: string, name: string) => {
        const args = argv.slice(1).map(x => (x === out ? name : x))
        const r = spawnSync(tool, args, { cwd: root, encoding: 'utf8' })
        expect(r.stderr).toBe('')
        expect(r.status).toBe(0)
        return parseIgvm(readFileSync(join(root, name)), name)
      }
      const real = build(REAL, 'real.igvm')
      const standin = build(join(root, argv[0]!), 'standin.igvm')
      expectSameAsReal(standin, real, argv.at(-1)!, kernel)
    }
  })
})
