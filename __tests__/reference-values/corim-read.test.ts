// The CoRIM reader on this project's CoRIM (round trip) and on CoRIMs written here with another
// encoder (cbor2), each wrong in one way: one message naming where and what.
import { describe, expect, it } from '@jest/globals'
import { encode, Tag } from 'cbor2'
import { buildCorim } from '../../src/reference-values/corim-encode.js'
import { decodeCorim } from '../../src/reference-values/corim-decode.js'
import { oidBytes, TDX_CORIM_NOTE } from '../../src/reference-values/corim-profile.js'
import { ReferenceValuesError } from '../../src/reference-values/errors.js'
import { AUTHOR_KEY, HYPERV_LD, ID_KEY, QEMU_LD, sampleInput, sha384 } from './sample.js'

const hex = (h: string) => new Uint8Array(Buffer.from(h, 'hex'))
const m = (entries: [number, unknown][]) => new Map(entries)
const PROFILE = new Tag(32, 'tag:amd.com,2024:snp-corim-profile')
const CLASS = m([[0, new Tag(111, oidBytes('1.3.6.1.4.1.3704.3.1'))]])

const launch = (d: string) =>
  m([
    [0, 641],
    [1, m([[2, [[7, hex(d)]]]])]
  ])
const raw = (mkey: number, h: string) =>
  m([
    [0, mkey],
    [1, m([[4, new Tag(560, hex(h))]])]
  ])

/** A CoRIM with one CoMID holding the given triples map, encoded by cbor2 (not this project's encoder). */
function corim(triples: Map<number, unknown>, corimMap?: (c: Map<number, unknown>) => void): Uint8Array {
  const comid = m([
    [1, m([[0, hex('00112233445566778899aabbccddeeff')]])],
    [4, triples]
  ])
  const c = m([
    [0, 'test'],
    [1, [new Tag(506, encode(comid))]],
    [3, PROFILE]
  ])
  corimMap?.(c)
  return encode(new Tag(501, c))
}
const refTriple = (ms: unknown[], instance = QEMU_LD, cls: unknown = CLASS) =>
  m([
    [
      0,
      [
        [
          m([
            [0, cls],
            [1, new Tag(560, hex(instance))]
          ]),
          ms
        ]
      ]
    ]
  ])

const refusal = (bytes: Uint8Array) => {
  try {
    decodeCorim(bytes, 'test.cbor')
  } catch (e) {
    expect(e).toBeInstanceOf(ReferenceValuesError)
    return (e as Error).message
  }
  throw new Error('the CoRIM was accepted')
}

describe('CoRIM round trip', () => {
  it("reads back this project's values per SEV-SNP target, and its repository and version from the id", () => {
    const out = buildCorim(sampleInput())
    expect(out.targets).toEqual(['qemu', 'hyper-v'])
    const v = decodeCorim(out.bytes)
    expect(v).toEqual({
      format: 'corim',
      id: 'coconut-svsm/svsm@v2026.01-12-g5b8d1dd',
      repository: 'coconut-svsm/svsm',
      version: 'v2026.01-12-g5b8d1dd',
      targets: [
        { snp: { launchDigest: QEMU_LD, policy: 0x30000n, guestSvn: { value: 0, match: 'min' } } },
        {
          snp: {
            launchDigest: HYPERV_LD,
            policy: 0x30000n,
            guestSvn: { value: 3, match: 'min' },
            familyId: '00000000000000000000000000000001',
            imageId: '000000000000000000000000000000A2',
            idKeyDigest: ID_KEY,
            authorKeyDigest: AUTHOR_KEY
          }
        }
      ],
      warnings: []
    })
  })

  it('says why TDX and the non-SEV-SNP target are left out, and what a build cannot know', () => {
    const { notes } = buildCorim(sampleInput())
    expect(notes).toContain(TDX_CORIM_NOTE)
    expect(notes).toContain('no triple for vanadium: not built for SEV-SNP (no "snp" platform)')
    expect(notes.some(n => n.startsWith('not in the CoRIM: the report version (mkey 0'))).toBe(true)
  })

  it('writes policy bits above 32 in the same big-endian order', () => {
    const input = sampleInput()
    input.targets[0]!.policy = '0x1000000030000'
    expect(decodeCorim(buildCorim(input).bytes).targets[0]!.snp!.policy).toBe(0x1000000030000n)
  })

  it('refuses to write a CoRIM without a SEV-SNP target', () => {
    const input = sampleInput()
    input.targets = [input.targets[2]!]
    expect(() => buildCorim(input)).toThrow(
      'reference values: targets: no target lists the "snp" platform (found vanadium: native), expected at least one SEV-SNP target for a CoRIM'
    )
  })
})

describe('CoRIM reader refusals', () => {
  it('bytes that are not CBOR', () => {
    expect(refusal(new Uint8Array([0xff]))).toMatch(
      /^test\.cbor: not CBOR \(.+\), expected an unsigned CoRIM \(tag 501\)$/
    )
  })

  it('a signed CoRIM', () => {
    expect(
      refusal(encode(new Tag(18, [new Uint8Array(0), m([]), new Uint8Array(0), new Uint8Array(0)])))
    ).toBe(
      'test.cbor: a signed CoRIM (tag 18); its signature is not checked here, expected the unsigned CoRIM (tag 501) it carries'
    )
  })

  it('an untagged CoRIM map', () => {
    expect(refusal(encode(m([[0, 'x']])))).toBe(
      'test.cbor: found a map with keys 0, expected an unsigned CoRIM (tag 501)'
    )
  })

  it('another profile, or none', () => {
    const ms = [launch(QEMU_LD)]
    expect(refusal(corim(refTriple(ms), c => c.set(3, new Tag(32, 'tag:example.com,2024:x'))))).toBe(
      'test.cbor: corim.profile: found tag 32 holding the text string "tag:example.com,2024:x", expected the URI tag:amd.com,2024:snp-corim-profile (tag 32)'
    )
    expect(refusal(corim(refTriple(ms), c => c.delete(3)))).toBe(
      'test.cbor: corim: no profile (key 3), expected the URI tag:amd.com,2024:snp-corim-profile (tag 32)'
    )
  })

  it('a triple without the launch digest', () => {
    expect(refusal(corim(refTriple([raw(2, '0000000000030000')])))).toBe(
      'test.cbor: tags[0] (CoMID).triples.reference-values[0].measurements: no launch digest: found mkeys 2, expected mkey 641 (MEASUREMENT) with [[7, <48 bytes>]]'
    )
  })

  it('a policy that is not 8 bytes', () => {
    expect(refusal(corim(refTriple([raw(2, '00030000'), launch(QEMU_LD)])))).toBe(
      'test.cbor: tags[0] (CoMID).triples.reference-values[0].measurements[0] (mkey 2 POLICY).raw-value: found tag 560 holding a byte string of 4 bytes, expected 8 bytes (tag 560)'
    )
  })

  it('a launch digest that is not sha-384', () => {
    const sha256 = m([
      [0, 641],
      [1, m([[2, [[1, new Uint8Array(32)]]]])]
    ])
    expect(refusal(corim(refTriple([sha256])))).toBe(
      'test.cbor: tags[0] (CoMID).triples.reference-values[0].measurements[0] (mkey 641 MEASUREMENT).digests: found 0 sha-384 digests among 1, expected one [7, <48 bytes>]'
    )
  })

  it('the same mkey twice', () => {
    expect(refusal(corim(refTriple([launch(QEMU_LD), launch(QEMU_LD)])))).toBe(
      'test.cbor: tags[0] (CoMID).triples.reference-values[0].measurements[1] (mkey 641 MEASUREMENT): mkey 641 a second time, expected each mkey once per triple'
    )
  })

  it('a class other than SEV-SNP by chip or by CSP', () => {
    const other = m([[0, new Tag(111, oidBytes('1.2.3.4'))]])
    expect(refusal(corim(refTriple([launch(QEMU_LD)], QEMU_LD, other)))).toBe(
      'test.cbor: tags[0] (CoMID).triples.reference-values[0].environment.class.class-id: found the OID 1.2.3.4, expected 1.3.6.1.4.1.3704.3.1 (by chip) or 1.3.6.1.4.1.3704.3.2 (by CSP)'
    )
  })

  it('an instance that is not bytes, or none', () => {
    const env = (instance?: unknown) =>
      m([
        [
          0,
          [
            [
              m([[0, CLASS], ...(instance === undefined ? [] : [[1, instance] as [number, unknown]])]),
              [launch(QEMU_LD)]
            ]
          ]
        ]
      ])
    expect(refusal(corim(env('chip')))).toBe(
      'test.cbor: tags[0] (CoMID).triples.reference-values[0].environment.instance: found the text string "chip", expected bytes (tag 560)'
    )
    expect(refusal(corim(env()))).toBe(
      'test.cbor: tags[0] (CoMID).triples.reference-values[0].environment: no instance (key 1), expected the launch digest as bytes (tag 560)'
    )
  })

  it('a CoRIM with trust anchors only', () => {
    const ta = m([
      [
        3,
        [
          [
            m([
              [
                0,
                m([
                  [1, 'Advanced Micro Devices'],
                  [2, 'ARK-Milan']
                ])
              ]
            ]),
            [new Tag(555, 'PEM')]
          ]
        ]
      ]
    ])
    expect(refusal(corim(ta))).toBe(
      'test.cbor: no reference-value triple in 1 tag, expected at least one with the launch digest (mkey 641)'
    )
  })

  it('a trust anchor key that is not a certificate', () => {
    const ta = m([
      [
        3,
        [
          [
            m([
              [
                0,
                m([
                  [1, 'Advanced Micro Devices'],
                  [2, 'ARK-Milan']
                ])
              ]
            ]),
            [new Tag(554, 'PEM key')]
          ]
        ]
      ]
    ])
    expect(refusal(corim(ta))).toBe(
      'test.cbor: tags[0] (CoMID).triples.attester-verification-keys[0].verification-keys[0]: found tag 554 holding the text string "PEM key", expected a PEM certificate (tag 555) or certificate path (tag 556)'
    )
  })
})

describe('CoRIM reader, other shapes it takes', () => {
  it('key digests as AMD draft digests entries, exact guest SVN, and a chip id instance (with a warning)', () => {
    const id = sha384('other id key')
    const ms = [
      m([
        [0, 1],
        [1, m([[1, new Tag(552, 2)]])]
      ]),
      launch(HYPERV_LD),
      m([
        [0, 643],
        [1, m([[2, [[7, hex(id)]]]])]
      ])
    ]
    const v = decodeCorim(corim(refTriple(ms, 'ab'.repeat(64))), 'test.cbor')
    expect(v.targets).toEqual([
      { snp: { launchDigest: HYPERV_LD, guestSvn: { value: 2, match: 'exact' }, idKeyDigest: id } }
    ])
    expect(v.warnings).toEqual([
      'tags[0] (CoMID).triples.reference-values[0].environment.instance is 64 bytes other than the launch digest: Veraison looks reference values up by the launch digest, so it would not find this triple'
    ])
  })

  it('CoSWID tags and endorsed triples beside the reference values: ignored, and said so', () => {
    const triples = refTriple([launch(QEMU_LD)])
    triples.set(1, [])
    const bytes = corim(triples, c => (c.get(1) as unknown[]).push(new Tag(505, new Uint8Array([0xa0]))))
    expect(decodeCorim(bytes, 'test.cbor').warnings).toEqual([
      'tags[0] (CoMID).triples.endorsed-values: ignored (svsm-build reads reference values only)',
      'tags[1]: tag 505 ignored (svsm-build reads CoMIDs, tag 506)'
    ])
  })
})
