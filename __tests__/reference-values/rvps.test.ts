// The RVPS "sample" message: Trustee's message shape, the names its default policy queries, the
// rvps:/// names of its URI convention, and a round trip through the reader.
import { describe, expect, it } from '@jest/globals'
import { buildCorim } from '../../src/reference-values/corim-encode.js'
import { ReferenceValuesError } from '../../src/reference-values/errors.js'
import { buildRvpsMessage } from '../../src/reference-values/rvps-message.js'
import { parseRvpsName, repositoryPath, rvpsNames } from '../../src/reference-values/rvps-names.js'
import { parseRvpsMessage } from '../../src/reference-values/rvps-parse.js'
import { HYPERV_LD, QEMU_LD, QEMU_MRTD, sampleInput } from './sample.js'

const TAG = 'v2026.01-12-g5b8d1dd'
const BASE = 'rvps:///github.com/coconut-svsm/svsm'
const lower = (h: string) => h.toLowerCase()
const message = (payload: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: '0.1.0',
    type: 'sample',
    payload: Buffer.from(JSON.stringify(payload)).toString('base64'),
    ...extra
  })
const refusal = (text: string) => {
  try {
    parseRvpsMessage(text, 'rvps.json')
  } catch (e) {
    expect(e).toBeInstanceOf(ReferenceValuesError)
    return (e as Error).message
  }
  throw new Error('the message was accepted')
}

describe('RVPS message', () => {
  const out = buildRvpsMessage(sampleInput())
  const msg = JSON.parse(out.text) as { version: string; type: string; payload: string }

  it('is {"version":"0.1.0","type":"sample","payload":<base64 JSON>} and the payload decodes to the same names', () => {
    expect(Object.keys(msg)).toEqual(['version', 'type', 'payload'])
    expect(msg).toMatchObject({ version: '0.1.0', type: 'sample' })
    expect(JSON.parse(Buffer.from(msg.payload, 'base64').toString('utf8'))).toEqual(out.payload)
  })

  it("holds what Trustee's default policy queries: lists for `in`, single values for `==`, lower-case hex", () => {
    expect(out.payload).toMatchObject({
      snp_launch_measurement: [lower(QEMU_LD), lower(HYPERV_LD)],
      mr_td: [lower(QEMU_MRTD)],
      // policy 0x30000: ABI 0.0, SMT allowed (bit 16), not single-socket (bit 20)
      snp_guest_abi_major: 0,
      snp_guest_abi_minor: 0,
      snp_smt_allowed: true,
      snp_single_socket: false
    })
  })

  it('holds the build under its repository path and version tag, per target under igvm/<target>', () => {
    expect(out.payload).toMatchObject({
      [`${BASE}/snp/measurement:${TAG}`]: [lower(QEMU_LD), lower(HYPERV_LD)],
      [`${BASE}/tdx/mr_td:${TAG}`]: [lower(QEMU_MRTD)],
      [`${BASE}/igvm/qemu/snp/measurement:${TAG}`]: [lower(QEMU_LD)],
      [`${BASE}/igvm/qemu/snp/policy:${TAG}`]: ['0x30000'],
      [`${BASE}/igvm/qemu/tdx/mr_td:${TAG}`]: [lower(QEMU_MRTD)],
      [`${BASE}/igvm/hyper-v/snp/measurement:${TAG}`]: [lower(HYPERV_LD)],
      [`${BASE}/igvm/hyper-v/snp/policy:${TAG}`]: ['0x30000']
    })
    // vanadium (no SEV-SNP, no TDX) has no name at all.
    expect(Object.keys(out.payload).filter(k => k.includes('vanadium'))).toEqual([])
    expect(Object.keys(out.payload)).toHaveLength(13)
  })

  it('round-trips: the reader gives back each target, the repository and the version', () => {
    expect(parseRvpsMessage(out.text)).toEqual({
      format: 'rvps',
      repository: 'github.com/coconut-svsm/svsm',
      version: TAG,
      targets: [
        { target: 'qemu', snp: { launchDigest: QEMU_LD, policy: 0x30000n }, tdxMrtd: QEMU_MRTD },
        { target: 'hyper-v', snp: { launchDigest: HYPERV_LD, policy: 0x30000n } }
      ],
      snpPolicyFields: { abiMajor: 0, abiMinor: 0, smtAllowed: true, singleSocket: false },
      warnings: []
    })
  })

  it('leaves the default-policy names out on request, and a policy field the targets disagree on', () => {
    const input = sampleInput()
    expect(
      Object.keys(buildRvpsMessage(input, { defaultPolicyNames: false }).payload).every(k =>
        k.startsWith('rvps:///')
      )
    ).toBe(true)
    input.targets[1]!.policy = '0x130000' // single socket
    const o = buildRvpsMessage(input)
    expect(o.payload).not.toHaveProperty('snp_single_socket')
    expect(o.payload).toHaveProperty('snp_smt_allowed', true)
    expect(o.notes).toContain(
      "snp_single_socket left out: the targets' policies differ (qemu false, hyper-v true) and the default policy compares it with =="
    )
  })

  it('says when a policy allows debugging, which the default policy refuses', () => {
    const input = sampleInput()
    input.targets[0]!.policy = '0xb0000'
    expect(buildRvpsMessage(input).notes).toContain(
      "qemu: policy 0xb0000 allows debugging (bit 19); Trustee's default policy requires both off, so its configuration claim will not pass"
    )
  })

  it('has no tag when the version is empty', () => {
    const input = sampleInput()
    input.version = ''
    const names = Object.keys(buildRvpsMessage(input).payload)
    expect(names).toContain(`${BASE}/igvm/qemu/snp/measurement`)
    expect(parseRvpsMessage(buildRvpsMessage(input).text).version).toBeUndefined()
  })
})

describe('RVPS names', () => {
  it('take the host and path of the repository URL', () => {
    expect(repositoryPath('https://github.com/coconut-svsm/svsm.git/')).toBe('github.com/coconut-svsm/svsm')
    expect(rvpsNames('https://gitlab.example.org/a/b/c', '1.0').target('qemu').snpPolicy).toBe(
      'rvps:///gitlab.example.org/a/b/c/igvm/qemu/snp/policy:1.0'
    )
  })

  it('read back, and other names are not taken for ours', () => {
    expect(parseRvpsName(`${BASE}/igvm/qemu/tdx/mr_td:${TAG}`)).toEqual({
      kind: 'target',
      repository: 'github.com/coconut-svsm/svsm',
      target: 'qemu',
      what: 'tdx-mrtd',
      tag: TAG
    })
    expect(parseRvpsName(`${BASE}/snp/measurement`)).toEqual({
      kind: 'build',
      repository: 'github.com/coconut-svsm/svsm',
      what: 'snp-measurement'
    })
    expect(parseRvpsName('rvps:///github.com/confidential-containers/tdx/rtmr_1:v0.18.0')).toBeNull()
    expect(parseRvpsName('snp_launch_measurement')).toBeNull()
  })
})

describe('RVPS reader on other messages', () => {
  it('a hand-written message with only the default-policy names: one target per digest, unnamed', () => {
    const v = parseRvpsMessage(message({ snp_launch_measurement: [lower(QEMU_LD)], svn: ['1'] }))
    expect(v.targets).toEqual([{ snp: { launchDigest: QEMU_LD } }])
    expect(v.warnings).toEqual(['payload["svn"]: not a name svsm-build compares, ignored'])
  })

  it('no "version" is "0.1.0", as RVPS reads it', () => {
    const text = JSON.stringify({
      type: 'sample',
      payload: Buffer.from(JSON.stringify({ mr_td: [QEMU_MRTD] })).toString('base64')
    })
    expect(parseRvpsMessage(text).targets).toEqual([{ tdxMrtd: QEMU_MRTD }])
  })

  it('a "corim" message: the CoRIM it carries', () => {
    const corim = Buffer.from(buildCorim(sampleInput()).bytes).toString('base64')
    const v = parseRvpsMessage(JSON.stringify({ version: '0.1.0', type: 'corim', payload: corim }))
    expect(v.format).toBe('rvps')
    expect(v.targets.map(t => t.snp?.launchDigest)).toEqual([QEMU_LD, HYPERV_LD])
    expect(v.warnings[0]).toBe('an RVPS "corim" message: read as the CoRIM it carries')
  })

  it('a target with two launches (two recipes, or a signed copy of another digest): one value each, the one policy on both', () => {
    const input = sampleInput()
    input.targets.push({ ...input.targets[0]!, igvm: 'coconut-qemu-test.igvm', launchDigest: HYPERV_LD })
    const out = buildRvpsMessage(input)
    expect(out.payload[`${BASE}/igvm/qemu/snp/measurement:${TAG}`]).toEqual([
      lower(QEMU_LD),
      lower(HYPERV_LD)
    ])
    expect(out.payload[`${BASE}/igvm/qemu/snp/policy:${TAG}`]).toEqual(['0x30000'])
    expect(out.payload[`${BASE}/igvm/qemu/tdx/mr_td:${TAG}`]).toEqual([lower(QEMU_MRTD)])
    const v = parseRvpsMessage(out.text)
    expect(v.targets.filter(t => t.target === 'qemu')).toEqual([
      { target: 'qemu', snp: { launchDigest: QEMU_LD, policy: 0x30000n } },
      { target: 'qemu', snp: { launchDigest: HYPERV_LD, policy: 0x30000n } },
      { target: 'qemu', tdxMrtd: QEMU_MRTD }
    ])
    expect(v.warnings).toEqual([])
  })

  it('two policies for one target are not paired with its digests, and that is said', () => {
    const v = parseRvpsMessage(
      message({
        [`${BASE}/igvm/qemu/snp/measurement`]: [lower(QEMU_LD), lower(HYPERV_LD)],
        [`${BASE}/igvm/qemu/snp/policy`]: ['0x30000', '0x10000']
      })
    )
    expect(v.targets).toEqual([
      { target: 'qemu', snp: { launchDigest: QEMU_LD } },
      { target: 'qemu', snp: { launchDigest: HYPERV_LD } }
    ])
    expect(v.warnings).toEqual([
      'target qemu: 2 policies (0x30000, 0x10000) for 2 launch digest(s); which goes with which is not said, so the policy is not compared'
    ])
  })

  it('a per-target digest missing from the build-wide list is said', () => {
    const v = parseRvpsMessage(
      message({
        snp_launch_measurement: [lower(HYPERV_LD)],
        [`${BASE}/igvm/qemu/snp/measurement:${TAG}`]: [lower(QEMU_LD)]
      })
    )
    expect(v.warnings).toEqual([`launch digest ${HYPERV_LD} is listed for no target`])
  })

  it.each([
    ['not JSON', 'nope', /^rvps\.json: not JSON \(.+\), expected \{"version","type","payload"\}$/],
    [
      'another version',
      message({}, { version: '0.2.0' }),
      'rvps.json: version: found "0.2.0", expected "0.1.0"'
    ],
    [
      'no payload',
      JSON.stringify({ type: 'sample' }),
      'rvps.json: payload: found nothing, expected the provenance, base64'
    ],
    [
      'another type',
      message({}, { type: 'swid' }),
      'rvps.json: type: found "swid", expected "sample" or "corim"'
    ],
    [
      'payload not base64',
      JSON.stringify({ type: 'sample', payload: '{"a":1}' }),
      'rvps.json: payload: found characters outside standard base64, expected base64 with padding'
    ],
    [
      'a payload that is a list',
      message([1]),
      'rvps.json: payload: the decoded payload is [1], expected an object {"<name>": [<value>, ...]}'
    ],
    [
      'a digest that is not 96 hex digits',
      message({ snp_launch_measurement: ['abc'] }),
      'rvps.json: payload["snp_launch_measurement"]: found ["abc"], expected a list of 96-hex-digit digests'
    ],
    [
      'an ABI version as a string',
      message({ snp_launch_measurement: [lower(QEMU_LD)], snp_guest_abi_major: '0' }),
      'rvps.json: payload["snp_guest_abi_major"]: found "0", expected a number 0-255 (the default policy compares it with ==)'
    ],
    [
      'a per-target digest that is not 96 hex digits',
      message({ [`${BASE}/igvm/qemu/snp/measurement`]: [lower(QEMU_LD), 'abc'] }),
      `rvps.json: payload["${BASE}/igvm/qemu/snp/measurement"]: found ["${lower(QEMU_LD).slice(0, 75)}..., expected a list of 96-hex-digit digests`
    ],
    [
      'a policy without its launch digest',
      message({ [`${BASE}/igvm/qemu/snp/policy`]: ['0x30000'] }),
      'rvps.json: payload: a snp/policy name for target qemu without its snp/measurement name, expected both'
    ],
    [
      'nothing to compare',
      message({ svn: ['1'] }),
      'rvps.json: payload: no launch digest or MRTD among 1 names, expected snp_launch_measurement, mr_td or rvps:/// names'
    ]
  ])('refuses %s', (_, text, expected) => {
    if (typeof expected === 'string') expect(refusal(text)).toBe(expected)
    else expect(refusal(text)).toMatch(expected)
  })
})
