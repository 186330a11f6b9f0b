// The checks take ReferenceValue, not the record: the record's adapter, and values as a CoRIM or
// RVPS reader would give them (a guest SVN floor the record does not carry).
import { describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { checkReport } from '../../src/snp/check.js'
import { referenceValuesFromRecords, type ReferenceValue } from '../../src/snp/reference.js'
import { parseSnpReport } from '../../src/snp/report.js'
import { measurement } from '../helpers/measurement.js'
import { makeReport } from './helpers/report.js'

const D1 = '11'.repeat(48)
const D2 = '22'.repeat(48)
const signed = {
  igvm: 'bin/coconut-hyper-v.signed.igvm',
  sha256: 'ab'.repeat(32),
  launchDigest: D1,
  idKeyDigest: '33'.repeat(48),
  authorKeyDigest: null,
  familyId: '44'.repeat(16),
  imageId: '55'.repeat(16)
}

describe('referenceValuesFromRecords', () => {
  it('gives one value per digest; a signed record asks for its ID block on each', () => {
    expect(
      referenceValuesFromRecords([
        measurement('qemu', D1, { policy: '0x30000' }),
        measurement('hyper-v', D1, { signed, policy: '0x30000' }),
        measurement('vanadium', D1, { signed: { ...signed, launchDigest: D2 } })
      ])
    ).toEqual([
      { target: 'qemu', launchDigest: D1, policy: 0x30000n, source: 'bin/coconut-qemu.igvm' },
      {
        target: 'hyper-v',
        launchDigest: D1,
        policy: 0x30000n,
        source: 'bin/coconut-hyper-v.igvm, and signed bin/coconut-hyper-v.signed.igvm',
        idKeyDigest: signed.idKeyDigest,
        authorKeyDigest: null,
        familyId: signed.familyId,
        imageId: signed.imageId
      },
      expect.objectContaining({ target: 'vanadium', launchDigest: D1, source: 'bin/coconut-vanadium.igvm' }),
      expect.objectContaining({
        target: 'vanadium',
        launchDigest: D2,
        source: 'bin/coconut-hyper-v.signed.igvm, signed'
      })
    ])
  })
})

describe('checkReport on values from another format', () => {
  const key = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey
  const value: ReferenceValue = {
    target: 'svsm',
    launchDigest: D1,
    policy: 0x30000n,
    source: 'CoRIM tag svsm-1',
    idKeyDigest: signed.idKeyDigest,
    authorKeyDigest: null,
    familyId: signed.familyId,
    imageId: signed.imageId,
    guestSvn: { value: 2, match: 'min' }
  }
  const run = (guestSvn: number) =>
    checkReport({
      report: parseSnpReport(
        makeReport(
          {
            measurement: D1,
            guestSvn,
            idKeyDigest: signed.idKeyDigest,
            familyId: signed.familyId,
            imageId: signed.imageId
          },
          key
        )
      ),
      published: [value]
    }).filter(c => c.status !== 'skip')

  it('passes the ID block with a guest SVN at the floor or above', () => {
    const checks = run(3)
    expect(checks.every(c => c.status === 'pass')).toBe(true)
    expect(checks.find(c => c.name === 'measurement')!.detail).toBe(
      '1111111111111111... is the published launch digest of target svsm (CoRIM tag svsm-1)'
    )
    expect(checks.find(c => c.name === 'guest SVN')!.detail).toBe('3, at least the published 2')
  })

  it('fails a guest SVN below it, alone', () => {
    expect(run(1).filter(c => c.status === 'fail')).toEqual([
      { name: 'guest SVN', status: 'fail', detail: '1, below the published 2' }
    ])
  })
})
