// The readable CoRIM dump: every key named, CoMIDs opened, long values shortened and said so.
import { describe, expect, it } from '@jest/globals'
import { encode } from 'cbor2'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildCorim } from '../../src/reference-values/corim-encode.js'
import { dumpCorim } from '../../src/reference-values/corim-dump.js'
import { describeWith, SHARED } from '../helpers/shared.js'
import { HYPERV_LD, ID_KEY, sampleInput } from './sample.js'

describe('CoRIM dump', () => {
  const text = dumpCorim(buildCorim(sampleInput()).bytes)
  const lines = text.split('\n').map(l => l.trim())

  it('names the CoRIM, the CoMID and each mkey with its report field', () => {
    expect(lines[0]).toBe('/ unsigned CoRIM / 501({')
    expect(lines).toContain('/ id / 0: "coconut-svsm/svsm@v2026.01-12-g5b8d1dd",')
    expect(lines).toContain('/ CoMID / 506(<< {')
    expect(lines).toContain(
      "/ class / 0: {/ class-id / 0: 111(h'2b060104019c780301') / OID 1.3.6.1.4.1.3704.3.1 /},"
    )
    expect(lines).toContain(
      "/ mkey 2: POLICY / {0: 2, / values / 1: {/ raw-value / 4: 560(h'0000000000030000')}},"
    )
    expect(lines).toContain('/ mkey 1: GUEST_SVN / {0: 1, / values / 1: {/ svn / 1: 553(3) / min-value /}},')
    expect(lines).toContain(`/ instance / 1: 560(h'${HYPERV_LD.toLowerCase()}')`)
    expect(lines).toContain(`/ raw-value / 4: 560(h'${ID_KEY.toLowerCase()}')`)
    expect(lines.at(-3)).toBe('/ profile / 3: 32("tag:amd.com,2024:snp-corim-profile") / URI /')
    expect(text.endsWith('})\n')).toBe(true)
  })

  it('prints other CBOR plainly', () => {
    expect(dumpCorim(encode(new Map<unknown, unknown>([[1, [true, null, 'x']]])))).toBe(
      '{1: [true, null, "x"]}\n'
    )
  })
})

const VALID = join(SHARED, 'testdata', 'veraison-sevsnp', 'corim', 'corim-sevsnp-valid.cbor')
describeWith([VALID], "CoRIM dump of Veraison's fixture", () => {
  it('opens both CoMIDs and shortens the 64-byte values and the certificate', () => {
    const lines = dumpCorim(readFileSync(VALID))
      .split('\n')
      .map(l => l.trim())
    expect(lines.filter(l => l.startsWith('/ CoMID / 506(<< {'))).toHaveLength(2)
    expect(lines).toContain(
      "/ values / 1: {/ raw-value / 4: 560(h'3319e2555e4bb7ad...11bc7150c1eb03c6' / 64 bytes /)}"
    )
    expect(lines).toContain(
      '555("-----BEGIN CERTIFICATE-----\\nMIIGYzCCBBKg..." / 2277 characters /) / PEM certificate /'
    )
    expect(lines).toContain(
      '/ environment / {/ class / 0: {/ vendor / 1: "Advanced Micro Devices", / model / 2: "ARK-Genoa"}},'
    )
  })
})
