// `svsm-build plan` (the bundled bin) on every upstream recipe, both dialects.
import { describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fixture, REPO } from '../helpers/paths.js'
import { runCli } from '../helpers/run.js'
import { EXAMPLE } from '../helpers/tree.js'

const current = [
  ...readdirSync(join(REPO, 'recipes')).filter(f => f.endsWith('.json')),
  ...readdirSync(join(REPO, 'recipes', 'test')).map(f => `test/${f}`)
]
const legacy = readdirSync(fixture('upstream-configs', 'legacy-buildpy'))

describe('svsm-build plan --json', () => {
  it.each(current)('plans %s (xbuild) with every default explicit', file => {
    const r = runCli(['plan', '--json', '--svsm', EXAMPLE, join(REPO, 'recipes', file)])
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
      fixture('upstream-configs', 'legacy-buildpy', file)
    ])
    expect(r.code).toBe(0)
    const plan = JSON.parse(r.stdout)
    expect(plan.dialect).toBe('build.py')
    expect(plan.steps.map((s: { id: string }) => s.id)).toContain('helpers/packit/cargo')
  })

  it('resolves bundled recipe names and emits a matrix', () => {
    const r = runCli(['plan', '--matrix', '--svsm', EXAMPLE, 'all-targets', 'qemu'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({
      include: [
        { name: 'all-targets-qemu', recipe: 'all-targets', targets: 'qemu' },
        { name: 'all-targets-hyper-v', recipe: 'all-targets', targets: 'hyper-v' },
        { name: 'all-targets-vanadium', recipe: 'all-targets', targets: 'vanadium' },
        { name: 'qemu-qemu', recipe: 'qemu', targets: 'qemu' }
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
