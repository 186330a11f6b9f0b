// `svsm-build plan` (the bundled bin) on every upstream recipe (../shared/testdata), both
// dialects, and on the example's own recipes by name.
import { describe, expect, it } from '@jest/globals'
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fixture } from '../helpers/paths.js'
import { runCli } from '../helpers/run.js'
import { describeWith } from '../helpers/shared.js'
import { EXAMPLE } from '../helpers/tree.js'
import { tempDir } from '../helpers/temp.js'

const CONFIGS = fixture('upstream-configs')

describeWith([CONFIGS], "svsm-build plan --json of upstream's recipes", () => {
  const current = [
    ...readdirSync(CONFIGS).filter(f => f.endsWith('.json')),
    ...readdirSync(join(CONFIGS, 'test')).map(f => `test/${f}`)
  ]
  const legacy = readdirSync(join(CONFIGS, 'legacy-buildpy'))

  it.each(current)('plans %s (xbuild) with every default explicit', file => {
    const r = runCli(['plan', '--json', '--svsm', EXAMPLE, join(CONFIGS, file)])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const plan = JSON.parse(r.stdout)
    expect(plan.dialect).toBe('xbuild')
    expect(plan.steps[0]).toMatchObject({
      id: 'git-version',
      argv: ['git', 'describe', '--always', '--dirty=+']
    })
    const recipe = plan.recipes[0].recipe
    for (const t of Object.values(recipe.igvm) as Record<string, unknown>[])
      expect(Object.keys(t)).toEqual(
        expect.arrayContaining([
          'output',
          'platforms',
          'policy',
          'measure',
          'check-kvm',
          'measure-native-zeroes',
          'no-vtom'
        ])
      )
    for (const c of Object.values(recipe.kernel) as Record<string, unknown>[])
      expect(c).toMatchObject({
        type: expect.any(String),
        binary: expect.any(Boolean),
        objcopy: expect.any(String),
        no_default_features: expect.any(Boolean),
        env: expect.any(Object)
      })
    expect(plan.targets.length).toBe(Object.keys(recipe.igvm).length)
  })

  it.each(legacy)('plans legacy %s with --dialect build.py', file => {
    const r = runCli([
      'plan',
      '--json',
      '--dialect',
      'build.py',
      '--svsm',
      EXAMPLE,
      join(CONFIGS, 'legacy-buildpy', file)
    ])
    expect(r.code).toBe(0)
    const plan = JSON.parse(r.stdout)
    expect(plan.dialect).toBe('build.py')
    expect(plan.steps.map((s: { id: string }) => s.id)).toContain('helpers/packit/cargo')
  })
})

describe('svsm-build plan with recipe names', () => {
  it("resolves names to the tree's own configs/ and emits a matrix", () => {
    const r = runCli(['plan', '--matrix', '--svsm', EXAMPLE, 'all-targets', 'hyper-v-test'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({
      include: [
        { name: 'all-targets-qemu', recipe: 'configs/all-targets.json', targets: 'qemu' },
        { name: 'all-targets-hyper-v', recipe: 'configs/all-targets.json', targets: 'hyper-v' },
        { name: 'all-targets-vanadium', recipe: 'configs/all-targets.json', targets: 'vanadium' },
        {
          name: 'hyperv-test-target-hyper-v',
          recipe: 'configs/test/hyperv-test-target.json',
          targets: 'hyper-v'
        }
      ]
    })
  })

  it('prints the steps for people without --json', () => {
    const r = runCli(['plan', '--svsm', EXAMPLE, 'hyper-v'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('# xbuild plan: ')
    expect(r.stdout).toContain(
      'target/debug/igvmbuilder --sort --output bin/coconut-hyperv.igvm --policy 0x30000'
    )
    expect(r.stderr).toContain('firmware.env: HV_FW_FILE is not set')
  })
})

describe('svsm-build plan on a tree edited like upstream', () => {
  it("drops --comport when the tree's xbuild no longer reads it (coconut-svsm/svsm#1164), naming the key", () => {
    const dir = tempDir('svsm-plan-comport-')
    const root = join(dir, 'svsm')
    cpSync(EXAMPLE, root, { recursive: true, filter: src => !/\/(target|bin)$/.test(src) })
    const igvm = join(root, 'xbuild', 'src', 'igvm.rs')
    const before = readFileSync(igvm, 'utf8')
    const after = before
      .replace(/\n\s*\/\/\/ igvmbuilder's --comport[^\n]*\n\s*comport: Option<String>,/, '')
      .replace(/\n\s*if let Some\(comport\) = &self\.comport \{[^}]*\}/, '')
    expect(after.length).toBeLessThan(before.length - 100)
    writeFileSync(igvm, after)
    const r = runCli(['plan', '--json', '--svsm', root, 'hyper-v'])
    expect(r.code).toBe(0)
    const plan = JSON.parse(r.stdout) as { steps: { group: string; argv: string[] }[]; warnings: string[] }
    const argv = plan.steps.find(s => s.group === 'igvm')!.argv
    expect(argv).not.toContain('--comport')
    expect(argv.slice(-2)).toEqual(['--vsm', 'hyper-v'])
    expect(plan.warnings).toContain(
      "configs/hyperv-target.json: igvm.hyper-v.comport: not read by this tree's xbuild (IgvmTargetConfig in xbuild/src/igvm.rs has no such field), so ignored: igvmbuilder gets no --comport"
    )
  })
})
