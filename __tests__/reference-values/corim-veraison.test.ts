// This project's CoRIM, read by an independent decoder (cbor2), key by key and type by type next to
// the CoRIM Veraison's SEV-SNP scheme accepts; and the CoRIMs it refuses, refused here too.
import { describe, expect, it } from '@jest/globals'
import { decode, Tag } from 'cbor2'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildCorim } from '../../src/reference-values/corim-encode.js'
import { decodeCorim } from '../../src/reference-values/corim-decode.js'
import { MKEY } from '../../src/reference-values/corim-profile.js'
import { ReferenceValuesError } from '../../src/reference-values/errors.js'
import { describeWith, SHARED } from '../helpers/shared.js'
import { sampleInput } from './sample.js'
import { shape } from './shape.js'

const DIR = join(SHARED, 'testdata', 'veraison-sevsnp', 'corim')
const VALID = join(DIR, 'corim-sevsnp-valid.cbor')
const BAD = {
  'corim-sevsnp-bad-refval-key.cbor':
    'tags[0] (CoMID).triples.reference-values[0].measurements[0].mkey: found an OID, tag 111 (1.3.6.1.4.1.3704.3.1), expected an unsigned integer',
  'corim-sevsnp-bad-refval-no-key.cbor':
    'tags[0] (CoMID).triples.reference-values[0].measurements[0]: no mkey (key 0), expected an unsigned integer mkey',
  'corim-sevsnp-bad-ta-no-model.cbor':
    'tags[0] (CoMID).triples.attester-verification-keys[0].environment.class: no model (key 2)',
  'corim-sevsnp-bad-ta-no-vendor.cbor':
    'tags[0] (CoMID).triples.attester-verification-keys[0].environment.class: no vendor (key 1)'
}

/** cbor2 with every tag kept as a Tag and maps as Maps; `cde` also refuses non-deterministic bytes. */
const read = (b: Uint8Array, cde = false) =>
  decode(b, { preferMap: true, ignoreGlobalTags: true, ...(cde ? { cde: true } : {}) }) as Tag
const map = (v: unknown) => v as Map<number, unknown>

/** The outer map, the CoMIDs (decoded from their byte strings) and the reference triples of the first. */
function open(bytes: Uint8Array, cde = false) {
  const top = read(bytes, cde)
  const corim = map(top.contents)
  const comids = (corim.get(1) as Tag[]).map(t => ({
    tag: t.tag,
    map: map(read(t.contents as Uint8Array, cde))
  }))
  const triples = map(comids[0]!.map.get(4)).get(0) as [Map<number, unknown>, Map<number, unknown>[]][]
  return { top, corim, comids, triples }
}

const byMkey = (ms: Map<number, unknown>[]) => new Map(ms.map(m => [Number(m.get(0)), m]))

/** The mkeys a machine or one report decides: in Veraison's fixture, not in a build's reference values. */
const REPORT_ONLY = [0, 5, 6, 7, 640, 645, 646, 647, 3328, 3329, 3330, 3936, 3968]

describeWith(
  [VALID, ...Object.keys(BAD).map(f => join(DIR, f))],
  "CoRIM next to Veraison's SEV-SNP fixture",
  () => {
    const ours = open(buildCorim(sampleInput()).bytes, true)
    const theirs = open(new Uint8Array(readFileSync(VALID))) // plain bytes, as ours are

    it('has the same outer shape: tag 501, id text, tags as bstr-wrapped CoMIDs (506), profile URI (tag 32)', () => {
      expect(ours.top.tag).toBe(501)
      expect(theirs.top.tag).toBe(501)
      expect([...ours.corim.keys()]).toEqual([...theirs.corim.keys()])
      expect(shape(ours.corim.get(0))).toEqual(shape(theirs.corim.get(0)))
      expect(ours.corim.get(3)).toEqual(theirs.corim.get(3)) // the same profile, value and all
      expect(ours.comids.map(c => c.tag)).toEqual([506])
      expect(theirs.comids.map(c => c.tag)).toEqual([506, 506]) // reference values, then the trust anchor
    })

    it('has a CoMID with the keys and types of the reference-value CoMID', () => {
      const a = ours.comids[0]!.map
      const b = theirs.comids[0]!.map
      expect([...a.keys()]).toEqual([...b.keys()])
      expect(shape(a.get(0))).toEqual(shape(b.get(0))) // language: text
      expect(shape(a.get(1))).toEqual(shape(b.get(1))) // tag-identity: {0: 16-byte UUID}
      expect([...map(a.get(4)).keys()]).toEqual([...map(b.get(4)).keys()]) // triples: reference values only
    })

    it('has one reference triple per SEV-SNP target, each shaped like the fixture triple', () => {
      expect(ours.triples).toHaveLength(2) // qemu and hyper-v; vanadium has no SEV-SNP
      const [theirEnv, theirMs] = theirs.triples[0]!
      const theirMkeys = byMkey(theirMs)
      for (const [env, ms] of ours.triples) {
        // Environment: the same class (OID by chip), byte for byte; a 48-byte instance.
        expect(shape(env)).toEqual(shape(theirEnv))
        expect(env.get(0)).toEqual(theirEnv.get(0))
        const mine = byMkey(ms)
        for (const [mkey, m] of mine) {
          if (mkey === MKEY.ID_KEY_DIGEST || mkey === MKEY.AUTHOR_KEY_DIGEST) continue // not in the fixture (unsigned)
          expect({ mkey, shape: shape(m) }).toEqual({ mkey, shape: shape(theirMkeys.get(mkey)) })
        }
        // What the fixture has and a build cannot know is all that is missing.
        expect([...theirMkeys.keys()].filter(k => !mine.has(k))).toEqual(
          REPORT_ONLY.concat(mine.has(MKEY.FAMILY_ID) ? [] : [MKEY.FAMILY_ID, MKEY.IMAGE_ID]).sort(
            (x, y) => x - y
          )
        )
        // The digest is the instance, as Veraison looks it up.
        const digest = (map(mine.get(MKEY.MEASUREMENT)!.get(1)).get(2) as [number, Uint8Array][])[0]!
        expect(digest[0]).toBe(7)
        expect(Buffer.from(digest[1])).toEqual(Buffer.from((env.get(1) as Tag).contents as Uint8Array))
      }
    })

    it('writes the values the fixture shares with the sample byte for byte (policy 0x30000, guest SVN 0)', () => {
      const qemu = byMkey(ours.triples[0]![1])
      const fixture = byMkey(theirs.triples[0]![1])
      expect(qemu.get(MKEY.POLICY)).toEqual(fixture.get(MKEY.POLICY)) // 560(h'0000000000030000')
      expect(qemu.get(MKEY.GUEST_SVN)).toEqual(fixture.get(MKEY.GUEST_SVN)) // 553(0)
    })

    it('writes the ID and author key digests of a signed image as raw 48 bytes, in the form of the raw values', () => {
      const hyperv = byMkey(ours.triples[1]![1])
      // The fixture's REPORT_ID (645) is {0: 645, 1: {4: 560(<32 bytes>)}}; the key digests have 48.
      const raw48 = JSON.parse(
        JSON.stringify(shape(byMkey(theirs.triples[0]![1]).get(MKEY.REPORT_ID))).replace(
          'bytes[32]',
          'bytes[48]'
        )
      )
      expect(raw48).toEqual({ 'number 0': 'uint', 'number 1': { 'number 4': { 'tag 560': 'bytes[48]' } } })
      expect(shape(hyperv.get(MKEY.ID_KEY_DIGEST))).toEqual(raw48)
      expect(shape(hyperv.get(MKEY.AUTHOR_KEY_DIGEST))).toEqual(raw48)
    })

    it('reads the fixture: its launch digest, policy, guest SVN and ids, and names the mkeys it does not compare', () => {
      const v = decodeCorim(readFileSync(VALID), 'corim-sevsnp-valid.cbor')
      expect(v.targets).toEqual([
        {
          snp: {
            launchDigest:
              '7699E6AC12CCDFD1DFAC70E649CE1F046CB2AFBB003438F4CDDDFE2CCBE182FA5FFBE8DCDB930454324E10C52C788980',
            policy: 0x30000n,
            guestSvn: { value: 0, match: 'min' },
            familyId: '0'.repeat(32),
            imageId: '0'.repeat(32)
          }
        }
      ])
      expect(v.id).toBe('00000000-0000-0000-5596-0000000000001')
      expect(v.repository).toBeUndefined()
      expect(v.warnings).toEqual([
        'mkeys svsm-build does not compare (a machine or one report decides them, not the build): 0 VERSION, 5 VMPL, ' +
          '6 CURRENT_TCB, 7 PLATFORM_INFO, 640 REPORT_DATA, 645 REPORT_ID, 646 REPORT_ID_MA, 647 REPORTED_TCB, ' +
          '3328 CHIP_ID, 3329 COMMITTED_TCB, 3330 CURRENT_VERSION, 3936 COMMITTED_VERSION, 3968 LAUNCH_TCB'
      ])
    })

    it.each(Object.entries(BAD))('refuses %s, naming what is wrong', (file, message) => {
      const run = () => decodeCorim(readFileSync(join(DIR, file)), file)
      expect(run).toThrow(ReferenceValuesError)
      expect(run).toThrow(`${file}: ${message}`)
    })
  }
)

describe('CoRIM encoding', () => {
  it('is deterministic: cbor2 in CDE mode takes it, and the same input gives the same bytes', () => {
    const a = buildCorim(sampleInput()).bytes
    expect(() => open(a, true)).not.toThrow()
    expect(Buffer.from(buildCorim(sampleInput()).bytes)).toEqual(Buffer.from(a))
  })

  it('derives the tag id from the triples: another launch digest gives another id', () => {
    const input = sampleInput()
    const id = (bytes: Uint8Array) => Buffer.from(map(open(bytes).comids[0]!.map.get(1)).get(0) as Uint8Array)
    const before = id(buildCorim(input).bytes)
    input.targets[0]!.launchDigest = input.targets[1]!.launchDigest
    const after = id(buildCorim(input).bytes)
    expect(after).not.toEqual(before)
    expect(before[6]! >> 4).toBe(8) // UUID version 8
    expect(before[8]! >> 6).toBe(2) // RFC 9562 variant
  })
})
