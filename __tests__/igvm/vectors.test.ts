// The real IGVM files with what the real igvmmeasure printed for each flag set.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { runIgvmmeasure } from '../../src/igvm/igvmmeasure-cli.js'
import { inventory } from '../../src/igvm/inventory.js'
import { parseIgvm } from '../../src/igvm/parse.js'
import { formatIgvmmeasureBlock } from '../../src/igvm/igvmmeasure-output.js'
import { fixture } from '../helpers/paths.js'

interface Recorded {
  rc: number
  stdout: string
  stderr: string
}
const expected = JSON.parse(readFileSync(fixture('igvm', 'expected.json'), 'utf8')) as Record<
  string,
  { sha256: string; size: number; igvmmeasure: Record<string, Recorded> }
>

const FLAGS: Record<string, string[]> = {
  default: [],
  'native-zero': ['-n'],
  'check-kvm': ['-c'],
  'check-kvm+native-zero': ['-c', '-n'],
  'platform sev-es': ['-p', 'sev-es']
}
const io = { readFile: (p: string) => readFileSync(fixture('igvm', p)) }
const cases = Object.entries(expected).flatMap(([file, v]) =>
  Object.entries(v.igvmmeasure).map(([flags, r]) => [file, flags, r] as const)
)

describe('igvmmeasure emulation on the real vectors', () => {
  it('covers every recorded flag set', () => {
    expect(cases).toHaveLength(20)
    for (const [, flags] of cases) expect(FLAGS[flags]).toBeDefined()
  })

  it.each(cases)('%s with %s: byte-equal output and exit code (--bare)', (file, flags, r) => {
    const got = runIgvmmeasure([...FLAGS[flags]!, file, 'measure', '--bare'], io)
    expect(got).toEqual({
      stdout: r.stdout ? `${r.stdout}\n` : '',
      stderr: r.stderr ? `${r.stderr}\n` : '',
      code: r.rc
    })
  })

  it.each(cases)('%s with %s: the full measure block', (file, flags, r) => {
    const got = runIgvmmeasure([...FLAGS[flags]!, file, 'measure'], io)
    expect(got).toEqual({
      stdout: r.rc === 0 ? formatIgvmmeasureBlock(file, r.stdout) : '',
      stderr: r.stderr ? `${r.stderr}\n` : '',
      code: r.rc
    })
  })

  it.each(Object.entries(expected))('%s: inventory', (file, v) => {
    const bytes = readFileSync(fixture('igvm', file))
    expect(bytes.length).toBe(v.size)
    const inv = inventory(parseIgvm(bytes))
    expect(inv.digests.snp).toBe(v.igvmmeasure.default!.stdout)
    expect(inv.digests.snpNativeZero).toBe(v.igvmmeasure['native-zero']!.stdout)
    expect(inv.vmsas).toHaveLength(1)
    expect(inv.vmsas[0]!.gpa).toBe(file.includes('hyperv') ? '0x8fff000' : '0xfffffffff000')
    expect(inv.vmsas[0]!.cr0).toBe('0x31')
    expect(inv.platforms.map(p => p.type)).toEqual(
      file.includes('hyperv')
        ? ['sev-snp', 'tdx', 'vsm']
        : file === 'dummy-qemu.igvm'
          ? ['sev-snp']
          : ['sev-snp', 'tdx']
    )
    expect(inv.policies).toEqual([
      {
        mask: '0x1',
        policy: '0x30000',
        decoded: expect.objectContaining({ smt: true, reservedMustBeOne: true, debug: false })
      }
    ])
    expect(inv.parameterAreas.every(a => a.bytes === 4096 && a.insertedAt !== null)).toBe(true)
    if (file === 'dummy-qemu.igvm') expect(inv.digests.tdxMrtd).toBeUndefined()
    else expect(inv.digests.tdxMrtd).toMatch(/^[0-9A-F]{96}$/)
    expect(inv.idBlock).toEqual({ present: false, matches: null })
  })
})
