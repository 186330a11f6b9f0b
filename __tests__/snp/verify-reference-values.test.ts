// verify-report --reference-values on files in a verifier's own format: Veraison's accepted CoRIM
// (a report with its MEASUREMENT and POLICY passes those checks), the CoRIMs Veraison refuses
// (refused here, exit 2, naming what is missing), RVPS messages written by hand, and the flags.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { verifyReportCommand } from '../../src/cli/commands/verify-report.js'
import { UsageError } from '../../src/util/errors.js'
import { describeWith, testdata } from '../helpers/shared.js'
import { tempDir } from '../helpers/temp.js'
import { makeChain, pem, type TestChain } from './helpers/certs.js'
import { makeReport, type ReportFields } from './helpers/report.js'

const CORIM = testdata('veraison-sevsnp', 'corim')
const VALID = join(CORIM, 'corim-sevsnp-valid.cbor')
/** The launch digest and policy of Veraison's fixture (its mkeys 641 and 2). */
const FIXTURE_MEASUREMENT =
  '7699E6AC12CCDFD1DFAC70E649CE1F046CB2AFBB003438F4CDDDFE2CCBE182FA5FFBE8DCDB930454324E10C52C788980'

let dir: string
let chain: TestChain
let out = ''
let err = ''

beforeAll(async () => {
  dir = tempDir('verify-refvals-')
  chain = await makeChain({ product: 'Milan', kind: 'VCEK', tcb: { bl: 3, tee: 0, snp: 8, ucode: 115 } })
  writeFileSync(join(dir, 'vcek.pem'), pem(chain.leaf))
  writeFileSync(join(dir, 'chain.pem'), pem(chain.intermediate, chain.ark))
  writeFileSync(join(dir, 'ark.pem'), pem(chain.ark))
  jest.spyOn(process.stdout, 'write').mockImplementation(s => ((out += String(s)), true))
  jest.spyOn(process.stderr, 'write').mockImplementation(s => ((err += String(s)), true))
})
afterAll(() => {
  jest.restoreAllMocks()
})

async function verify(values: string, fields: Partial<ReportFields> = {}, extra: string[] = []) {
  const report = join(dir, 'report.bin')
  writeFileSync(report, makeReport({ measurement: FIXTURE_MEASUREMENT, ...fields }, chain.leafKey))
  out = ''
  err = ''
  const code = await verifyReportCommand([
    report,
    '--reference-values',
    values,
    '--vcek',
    join(dir, 'vcek.pem'),
    '--chain',
    join(dir, 'chain.pem'),
    '--trusted-ark',
    join(dir, 'ark.pem'),
    ...extra
  ])
  const line = (name: string) => out.split('\n').find(l => l.slice(5).startsWith(`${name}: `))
  return { code, out, err, line }
}

const rvps = (payload: unknown) => {
  const file = join(dir, `rvps-${Math.random().toString(16).slice(2)}.json`)
  writeFileSync(
    file,
    JSON.stringify({
      version: '0.1.0',
      type: 'sample',
      payload: Buffer.from(JSON.stringify(payload)).toString('base64')
    })
  )
  return file
}

describeWith([VALID], "verify-report --reference-values on Veraison's accepted CoRIM", () => {
  it('passes the measurement and policy of a report that has the fixture values', async () => {
    const r = await verify(VALID)
    expect(r.code).toBe(0)
    expect(r.line('measurement')).toBe(
      `PASS measurement: 7699E6AC12CCDFD1... is the published launch digest of ${VALID}, CoRIM 00000000-0000-0000-5596-0000000000001, reference-value triple 1`
    )
    expect(r.line('policy')).toBe('PASS policy: 0x30000 equals the published policy')
    // The fixture states family and image id (zero) and a guest SVN floor of 0; no ID key.
    expect(r.line('family id')).toBe('PASS family id: 0000000000000000... as published')
    expect(r.line('guest SVN')).toBe('PASS guest SVN: 0, at least the published 0')
    expect(r.line('ID key digest')).toBe(
      'SKIP ID key digest: 0000000000000000...: not stated in the published values'
    )
    expect(r.out).toContain(
      `published: ${VALID} (CoRIM 00000000-0000-0000-5596-0000000000001, 1 SEV-SNP launch digest)\n`
    )
    // What the fixture holds that a report of one machine decides: said, not compared.
    expect(r.out).toMatch(/^note: mkeys svsm-build does not compare .*: 0 VERSION, 5 VMPL, /m)
  })

  it('fails a report of another policy, naming the bit', async () => {
    const r = await verify(VALID, { policy: 0xb0000n })
    expect(r.code).toBe(1)
    expect(r.line('policy')).toBe('FAIL policy: 0xb0000 differs from the published 0x30000: debug 0 -> 1')
  })

  it('refuses --target: a CoRIM names no targets', async () => {
    const r = await verify(VALID, {}, ['--target', 'qemu'])
    expect(r.code).toBe(2)
    expect(r.err).toBe(
      `error: --target qemu: ${VALID} (CoRIM 00000000-0000-0000-5596-0000000000001) names no targets, its values are found by launch digest; leave out --target\n`
    )
  })
})

const BAD: [string, string][] = [
  [
    'corim-sevsnp-bad-refval-key.cbor',
    "tags[0] (CoMID).triples.reference-values[0].measurements[0].mkey: found an OID, tag 111 (1.3.6.1.4.1.3704.3.1), expected an unsigned integer (AMD's SEV-SNP mkeys)"
  ],
  [
    'corim-sevsnp-bad-refval-no-key.cbor',
    'tags[0] (CoMID).triples.reference-values[0].measurements[0]: no mkey (key 0), expected an unsigned integer mkey naming the report field (641 = MEASUREMENT)'
  ],
  [
    'corim-sevsnp-bad-ta-no-model.cbor',
    'tags[0] (CoMID).triples.attester-verification-keys[0].environment.class: no model (key 2), expected the AMD product of the root key, e.g. "ARK-Genoa"'
  ],
  [
    'corim-sevsnp-bad-ta-no-vendor.cbor',
    'tags[0] (CoMID).triples.attester-verification-keys[0].environment.class: no vendor (key 1), expected the text "Advanced Micro Devices"'
  ]
]

describeWith(
  BAD.map(([f]) => join(CORIM, f)),
  'verify-report --reference-values on the CoRIMs Veraison refuses',
  () => {
    it.each(BAD)('refuses %s, exit 2, naming what is missing', async (file, message) => {
      const r = await verify(join(CORIM, file))
      expect(r.code).toBe(2)
      expect(r.out).toBe('')
      expect(r.err).toBe(`error: ${join(CORIM, file)}: ${message}\n`)
    })
  }
)

describe('verify-report --reference-values on RVPS messages', () => {
  it("compares the policy fields Trustee's default policy names when no whole policy is published", async () => {
    const file = rvps({
      snp_launch_measurement: [FIXTURE_MEASUREMENT.toLowerCase()],
      snp_guest_abi_major: 0,
      snp_smt_allowed: true,
      snp_single_socket: false
    })
    expect((await verify(file)).line('policy')).toBe(
      'PASS policy: 0x30000 has the published abiMajor, smtAllowed, singleSocket (no whole policy is published)'
    )
    const single = await verify(file, { policy: 0x130000n })
    expect(single.code).toBe(1)
    expect(single.line('policy')).toBe('FAIL policy: 0x130000: singleSocket true, published false')
  })

  it('refuses a message with no SEV-SNP launch digest (a TDX MRTD alone)', async () => {
    const file = rvps({ mr_td: ['ab'.repeat(48)] })
    const r = await verify(file)
    expect(r.code).toBe(2)
    expect(r.err).toBe(
      `error: ${file}: no SEV-SNP launch digest in this RVPS message (1 TDX-only entry), expected at least one to check a report against\n`
    )
  })

  it('refuses a file of no known format, naming the formats it takes', async () => {
    const file = join(dir, 'notes.txt')
    writeFileSync(file, 'hello')
    const r = await verify(file)
    expect(r.code).toBe(2)
    expect(r.err).toBe(
      `error: ${file}: neither CBOR nor JSON of a known shape, expected an unsigned CoRIM (tag 501), an RVPS message {"version","type","payload"} or svsm-build-reference-values/1 JSON\n`
    )
  })
})

describe('verify-report: exactly one of --measurements and --reference-values', () => {
  it('refuses neither and both, with the usage', async () => {
    const report = join(dir, 'report.bin')
    await expect(verifyReportCommand([report])).rejects.toThrow(
      new UsageError(
        'expected --measurements <measurements.json> or --reference-values <FILE>: the published values to check the report against'
      )
    )
    await expect(
      verifyReportCommand([report, '--measurements', 'a', '--reference-values', 'b'])
    ).rejects.toThrow(
      '--measurements and --reference-values are both given; expected one: the published values to check the report against'
    )
  })
})
