// The plain-JSON format, the build input's validation, and the one entry point that tells the
// formats apart.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildCorim } from '../../src/reference-values/corim-encode.js'
import { decodeCorim } from '../../src/reference-values/corim-decode.js'
import { TDX_CORIM_NOTE } from '../../src/reference-values/corim-profile.js'
import { parseBuildInput } from '../../src/reference-values/input.js'
import { buildJson, JSON_FORMAT, parseJson } from '../../src/reference-values/json-format.js'
import { detectFormat, readReferenceValues } from '../../src/reference-values/read.js'
import { buildRvpsMessage } from '../../src/reference-values/rvps-message.js'
import { describeWith, SHARED } from '../helpers/shared.js'
import { AUTHOR_KEY, HYPERV_LD, ID_KEY, QEMU_LD, QEMU_MRTD, sampleInput, sha384 } from './sample.js'

const bytes = (s: string) => new Uint8Array(Buffer.from(s))

describe('JSON format', () => {
  const { value, text } = buildJson(sampleInput())

  it('lists every target with its SEV-SNP and TDX values, upper-case hex, and the TDX note', () => {
    expect(value).toEqual({
      format: JSON_FORMAT,
      repository: { name: 'coconut-svsm/svsm', url: 'https://github.com/coconut-svsm/svsm' },
      version: 'v2026.01-12-g5b8d1dd',
      targets: [
        {
          target: 'qemu',
          igvm: 'coconut-qemu.igvm',
          platforms: ['snp', 'tdp'],
          snp: { launchDigest: QEMU_LD, policy: '0x30000', guestSvnMin: 0 },
          tdx: { mrtd: QEMU_MRTD }
        },
        {
          target: 'hyper-v',
          igvm: 'coconut-hyperv-signed.igvm',
          platforms: ['snp', 'vsm'],
          snp: {
            launchDigest: HYPERV_LD,
            policy: '0x30000',
            guestSvnMin: 3,
            familyId: '00000000000000000000000000000001',
            imageId: '000000000000000000000000000000A2',
            idKeyDigest: ID_KEY,
            authorKeyDigest: AUTHOR_KEY
          }
        },
        { target: 'vanadium', igvm: 'coconut-vanadium.igvm', platforms: ['native'] }
      ],
      notes: [TDX_CORIM_NOTE]
    })
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('reads back into the values the CoRIM gives for the same targets', () => {
    const fromJson = parseJson(text)
    const fromCorim = decodeCorim(buildCorim(sampleInput()).bytes)
    expect(fromJson.targets.filter(t => t.snp).map(t => t.snp)).toEqual(fromCorim.targets.map(t => t.snp))
    expect(fromJson.targets.map(t => t.target)).toEqual(['qemu', 'hyper-v', 'vanadium'])
    expect(fromJson.targets[0]!.tdxMrtd).toBe(QEMU_MRTD)
  })

  it('refuses a bad digest with its JSON path', () => {
    const doc = structuredClone(value)
    doc.targets[1]!.snp!.launchDigest = 'XYZ'
    expect(() => parseJson(JSON.stringify(doc), 'rv.json')).toThrow(
      'rv.json: targets[1].snp.launchDigest: found "XYZ", expected 96 hex digits'
    )
    expect(() => parseJson('{"format":"other"}', 'rv.json')).toThrow(
      `rv.json: format: found "other", expected "${JSON_FORMAT}"`
    )
  })
})

describe('build input', () => {
  it('accepts the sample and refuses a short launch digest, naming the path', () => {
    expect(parseBuildInput(sampleInput())).toEqual(sampleInput())
    const bad = sampleInput() as { targets: { launchDigest: string }[] }
    bad.targets[2]!.launchDigest = 'ABCD'
    expect(() => parseBuildInput(bad, 'records')).toThrow(
      'records: targets[2].launchDigest: found "ABCD", expected 96 hex digits (48 bytes)'
    )
  })

  it('refuses a decimal policy and a target name that would break RVPS names', () => {
    const policy = sampleInput()
    policy.targets[0]!.policy = '196608'
    expect(() => parseBuildInput(policy)).toThrow(
      'reference-value input: targets[0].policy: found "196608", expected a hex policy of at most 64 bits, like "0x30000"'
    )
    const name = sampleInput()
    name.targets[0]!.target = 'qemu/x'
    expect(() => parseBuildInput(name)).toThrow(
      'targets[0].target: found "qemu/x", expected a target name of letters'
    )
  })
})

describe('reading any reference-value file', () => {
  it('tells the formats apart and reads each', () => {
    const corim = buildCorim(sampleInput()).bytes
    const rvps = bytes(buildRvpsMessage(sampleInput()).text)
    const json = bytes(buildJson(sampleInput()).text)
    expect(detectFormat(corim)).toBe('corim')
    expect(detectFormat(rvps)).toBe('rvps')
    expect(detectFormat(json)).toBe('json')
    expect(detectFormat(bytes('[{"target":"qemu"}]'))).toBe('record')
    expect(detectFormat(bytes('{"a":1}'))).toBeNull()
    expect(readReferenceValues(corim, 'a').format).toBe('corim')
    expect(readReferenceValues(rvps, 'b').format).toBe('rvps')
    expect(readReferenceValues(json, 'c').format).toBe('json')
  })

  it('names the file and what it expected when the format is unknown, or a record', () => {
    expect(() => readReferenceValues(bytes('hello'), 'x.txt')).toThrow(
      'x.txt: neither CBOR nor JSON of a known shape, expected an unsigned CoRIM (tag 501), an RVPS message {"version","type","payload"} or svsm-build-reference-values/1 JSON'
    )
    expect(() => readReferenceValues(bytes('[]'), 'measurements.json')).toThrow(
      'measurements.json: a measurement record (a JSON array): read it as measurements.json'
    )
  })

  it('a digest from one format is found in the others', () => {
    const digest = sha384('qemu launch digest')
    for (const b of [
      buildCorim(sampleInput()).bytes,
      bytes(buildRvpsMessage(sampleInput()).text),
      bytes(buildJson(sampleInput()).text)
    ])
      expect(readReferenceValues(b, 'f').targets.some(t => t.snp?.launchDigest === digest)).toBe(true)
  })
})

const VALID = join(SHARED, 'testdata', 'veraison-sevsnp', 'corim', 'corim-sevsnp-valid.cbor')
describeWith([VALID], "reading Veraison's CoRIM through the entry point", () => {
  it('is detected as a CoRIM', () => {
    const b = new Uint8Array(readFileSync(VALID))
    expect(detectFormat(b)).toBe('corim')
    expect(readReferenceValues(b, 'corim-sevsnp-valid.cbor').targets).toHaveLength(1)
  })
})
