// The record → writers' input adapter: one entry per launch digest, a signed record's ID block on
// each of its digests with guest SVN 0, the TDX MRTD the record's reader computed, one build only.
import { describe, expect, it } from '@jest/globals'
import { buildCorim } from '../../src/reference-values/corim-encode.js'
import { decodeCorim } from '../../src/reference-values/corim-decode.js'
import { ReferenceValuesError } from '../../src/reference-values/errors.js'
import { buildInputFromRecords, SIGNED_GUEST_SVN } from '../../src/reference-values/from-record.js'
import { buildJson, parseJson } from '../../src/reference-values/json-format.js'
import { measurement } from '../helpers/measurement.js'
import { sha384 } from './sample.js'

const REPO = { name: 'coconut-svsm/svsm', url: 'https://github.com/coconut-svsm/svsm' }
const QEMU = sha384('qemu')
const SIGNED = sha384('signed hyper-v')
const MRTD = sha384('mrtd')
const signed = (launchDigest: string) => ({
  igvm: 'bin/coconut-hyperv.signed.igvm',
  sha256: 'ab'.repeat(32),
  launchDigest,
  idKeyDigest: sha384('id key'),
  authorKeyDigest: null,
  familyId: '11'.repeat(16),
  imageId: '22'.repeat(16)
})

describe('buildInputFromRecords', () => {
  it('maps each record field to its input field (the record has the MRTD under details)', () => {
    const input = buildInputFromRecords(
      [measurement('qemu', QEMU, { details: { tdxMrtd: { value: MRTD, note: 'computed' } } })],
      REPO,
      'bin/measurements.json'
    )
    expect(input).toEqual({
      repository: REPO,
      version: '2026.07-devel-113-gf4bc4bcd',
      targets: [
        {
          target: 'qemu',
          igvm: 'coconut-qemu.igvm',
          platforms: ['snp', 'tdp'],
          launchDigest: QEMU,
          policy: '0x30000',
          tdxMrtd: MRTD
        }
      ]
    })
  })

  it('a signed record whose copy has the same digest: one entry naming the signed file, with its ID block', () => {
    const [t] = buildInputFromRecords(
      [measurement('hyper-v', SIGNED, { signed: signed(SIGNED) })],
      REPO,
      'm.json'
    ).targets
    expect(t).toMatchObject({ igvm: 'coconut-hyperv.signed.igvm', launchDigest: SIGNED })
    expect(t!.idBlock).toEqual({
      familyId: '11'.repeat(16),
      imageId: '22'.repeat(16),
      idKeyDigest: sha384('id key'),
      authorKeyDigest: null,
      guestSvn: SIGNED_GUEST_SVN
    })
    expect(SIGNED_GUEST_SVN).toBe(0)
  })

  it('a signed copy of another digest: both digests, each asking for the ID block', () => {
    const ts = buildInputFromRecords(
      [measurement('hyper-v', QEMU, { signed: signed(SIGNED) })],
      REPO,
      'm.json'
    ).targets
    expect(ts.map(t => [t.igvm, t.launchDigest, t.idBlock?.idKeyDigest])).toEqual([
      ['coconut-hyper-v.igvm', QEMU, sha384('id key')],
      ['coconut-hyperv.signed.igvm', SIGNED, sha384('id key')]
    ])
  })

  it("a signed record's CoRIM and JSON state its ID block; no author key stays no author key in the JSON", () => {
    const input = buildInputFromRecords(
      [measurement('hyper-v', SIGNED, { signed: signed(SIGNED) })],
      REPO,
      'm.json'
    )
    const expected = {
      launchDigest: SIGNED,
      policy: 0x30000n,
      guestSvn: { value: 0, match: 'min' },
      familyId: '11'.repeat(16),
      imageId: '22'.repeat(16),
      idKeyDigest: sha384('id key')
    }
    // A CoRIM without mkey 644 states no author key digest (Veraison compares what is there).
    expect(decodeCorim(buildCorim(input).bytes).targets).toEqual([{ snp: expected }])
    expect(parseJson(buildJson(input).text).targets).toEqual([
      { target: 'hyper-v', snp: { ...expected, authorKeyDigest: null } }
    ])
  })

  it('refuses records of two builds, naming the record and both versions', () => {
    const go = () =>
      buildInputFromRecords(
        [measurement('qemu', QEMU), measurement('hyper-v', SIGNED, { gitVersion: 'v2' })],
        REPO,
        'bin/measurements.json'
      )
    expect(go).toThrow(ReferenceValuesError)
    expect(go).toThrow(
      'bin/measurements.json: [1].gitVersion: found "v2" after "2026.07-devel-113-gf4bc4bcd" in [0], expected the records of one build (one git version); pass --target or one build\'s record'
    )
  })
})
