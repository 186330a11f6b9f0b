import { describe, expect, it } from '@jest/globals'
import type { Measurement } from '../../src/record/schema.js'
import { measurement as m } from '../helpers/measurement.js'
import { parseBaseline } from '../../src/report/baseline.js'
import { compare, renderComparison } from '../../src/report/compare.js'
import { gate } from '../../src/report/gate.js'

const D = (c: string) => c.repeat(96)

describe('comparison', () => {
  const base = [m('qemu', D('A')), m('hyper-v', D('B')), m('vanadium', D('C'))]
  const baseline = parseBaseline(base, 'expected.json')

  it('classifies unchanged, changed, new and removed, and names the inputs that differ', () => {
    const now = [
      m('qemu', D('A')),
      m('hyper-v', D('E'), { features: { svsm: ['vtpm', 'attest'] }, gitVersion: '2026.08' })
    ]
    const cs = compare(now, baseline)
    expect(cs.map(c => [c.target, c.status])).toEqual([
      ['qemu', 'unchanged'],
      ['hyper-v', 'changed'],
      ['vanadium', 'removed']
    ])
    expect(cs[1]!.inputs).toEqual([
      { field: 'features', old: '', new: 'svsm: +attest' },
      { field: 'git version', old: '2026.07-devel-113-gf4bc4bcd', new: '2026.08' }
    ])
    const cs2 = compare(
      [...now, m('vanadium', D('C')), { ...m('qemu', D('F')), recipe: 'configs/qemu-target.json' }],
      baseline
    )
    expect(cs2.at(-1)).toMatchObject({ target: 'qemu', status: 'new' })
  })

  it('reads a plain target → digest map and matches it whatever the recipe', () => {
    const b = parseBaseline({ qemu: D('a'), 'configs/hyperv-target.json:hyper-v': D('B') }, 'x')
    expect(b).toEqual([
      { target: 'qemu', launchDigest: D('A') },
      { target: 'hyper-v', recipe: 'configs/hyperv-target.json', launchDigest: D('B') }
    ])
    const cs = compare([m('qemu', D('A'), { recipe: 'configs/qemu-target.json' }), m('hyper-v', D('B'))], b)
    expect(cs.map(c => c.status)).toEqual(['unchanged', 'new', 'removed'])
    expect(() => parseBaseline({ qemu: 'short' }, 'exp.json')).toThrow(
      'exp.json: expected a measurements.json array or an object of target → digest; qemu: a 96-digit hex SEV-SNP launch digest'
    )
  })

  it('renders old → new and why, escaping what the files say', () => {
    const now = [m('hyper-v', D('E'), { gitVersion: '<img src=x onerror=alert(1)>|@admin' })]
    const md = renderComparison(compare(now, baseline), 'expected.json')
    expect(md).toContain('**3 launch digests differ from expected.json.**')
    expect(md).toContain('changed: <code>BBBBBBBBBBBBBBBB…</code> → <code>EEEEEEEEEEEEEEEE…</code>')
    expect(md).toContain('<code>&#60;img src=x onerror=alert&#40;1&#41;&#62;&#124;&#64;admin</code>')
    expect(md).not.toContain('<img')
  })
})

describe('gate', () => {
  const expected = parseBaseline({ qemu: D('A'), 'hyper-v': D('B') }, 'x')
  it.each<['never' | 'unexpected' | 'any', string[], boolean, string[]]>([
    ['never', ['qemu:F'], true, []],
    ['unexpected', ['qemu:A', 'hyper-v:B'], true, []],
    [
      'unexpected',
      ['qemu:F', 'hyper-v:B'],
      false,
      [`qemu (configs/all-targets.json): launch digest ${D('F')} differs from the expected ${D('A')}`]
    ],
    [
      'unexpected',
      ['qemu:A', 'hyper-v:B', 'vanadium:C'],
      false,
      [
        `vanadium (configs/all-targets.json): new target with launch digest ${D('C')}, not in the expected file`
      ]
    ],
    ['unexpected', ['qemu:A'], true, []],
    ['any', ['qemu:A'], false, ['hyper-v: in the baseline but not built']]
  ])('%s with %j passes=%s', (policy, built, pass, reasons) => {
    const cs = compare(
      built.map(b => m(b.split(':')[0] as Measurement['target'], D(b.split(':')[1]!))),
      expected
    )
    expect(gate(cs, policy, true)).toEqual({ pass, reasons })
  })
  it('does not gate "unexpected" without an expected file', () => {
    expect(gate(compare([m('qemu', D('F'))], expected), 'unexpected', false)).toEqual({
      pass: true,
      reasons: []
    })
  })
})
