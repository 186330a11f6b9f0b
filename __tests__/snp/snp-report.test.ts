// The report layout by version: CPUID family/model/stepping from version 3, the mitigation
// vectors from version 5; the policy differences named bit by bit.
import { describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { policyDifferences } from '../../src/igvm/guest-policy.js'
import { parseSnpReport, ReportError } from '../../src/snp/report.js'
import { makeReport } from './helpers/report.js'

const key = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey
const report = (version: number) => {
  const b = makeReport({ version, measurement: '11'.repeat(48) }, key)
  Buffer.from([0x19, 0x11, 0x01]).copy(b, 0x188) // family 0x19, model 0x11, stepping 1 (Genoa)
  b.writeBigUInt64LE(0x5n, 0x1f8)
  b.writeBigUInt64LE(0x7n, 0x200)
  b.writeUInt32LE((0 << 2) | 0b11, 0x48) // VCEK, chip key masked, author key used
  Buffer.from([3, 2, 1]).copy(b, 0x1e8) // current build 3, minor 2, major 1
  return b
}

describe('parseSnpReport', () => {
  it('reads version 2 without the later fields', () => {
    const r = parseSnpReport(report(2))
    expect(r).toMatchObject({ version: 2, cpuid: null, launchMitVector: null, currentMitVector: null })
    expect(r).toMatchObject({
      authorKeyEn: true,
      maskChipKey: true,
      signingKey: 'vcek',
      currentVersion: '1.2.3'
    })
    expect(r.measurement).toBe('11'.repeat(48))
  })

  it('reads the CPUID fields from version 3 and the mitigation vectors from version 5', () => {
    expect(parseSnpReport(report(3))).toMatchObject({
      cpuid: { family: 0x19, model: 0x11, stepping: 1 },
      launchMitVector: null
    })
    expect(parseSnpReport(report(4)).cpuid).not.toBeNull()
    expect(parseSnpReport(report(5))).toMatchObject({ launchMitVector: 5n, currentMitVector: 7n })
  })

  it('refuses other sizes and versions, naming the offset', () => {
    expect(() => parseSnpReport(report(6), 'r.bin')).toThrow(
      new ReportError('r.bin: offset 0x0: report version 6, expected 2, 3, 4 or 5')
    )
    expect(() => parseSnpReport(Buffer.alloc(0x4a1), 'r.bin')).toThrow(
      /has 1185 bytes, expected exactly 1184/
    )
  })
})

describe('policyDifferences', () => {
  it('names each bit and the ABI version bytes', () => {
    expect(policyDifferences(0x30000n, 0x30000n)).toEqual([])
    expect(policyDifferences(0x30000n, 0x1_0b_0101n | (1n << 40n))).toEqual([
      'ABI minor 0 -> 1',
      'ABI major 0 -> 1',
      'debug 0 -> 1',
      'ciphertext-hiding 0 -> 1',
      'bit 40 0 -> 1'
    ])
    expect(policyDifferences(0x30000n, 0x20000n)).toEqual(['SMT 1 -> 0'])
  })
})
