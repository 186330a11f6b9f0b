// `verify-report` on reports and a chain made here: one that passes every check, then one that
// fails each check in turn (and only that one), and the bad inputs that exit 2.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createHash, generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { verifyReportCommand } from '../../src/cli/commands/verify-report.js'
import { UsageError } from '../../src/util/errors.js'
import { issue, makeChain, pem, type TestChain } from './helpers/certs.js'
import { makeReport, type ReportFields } from './helpers/report.js'
import { measurement } from '../helpers/measurement.js'

const h48 = (s: string) => createHash('sha384').update(s).digest('hex').toUpperCase()
const DIGEST = h48('qemu image')
const SIGNED = h48('signed qemu image')
const ID_KEY = h48('id key')
const AUTHOR_KEY = h48('author key')
const FAMILY = '11'.repeat(16)
const IMAGE = '22'.repeat(16)
const NONCE = 'c0ffee'.repeat(8)

const RECORDS = [
  measurement('qemu', DIGEST, { igvm: 'bin/coconut-qemu.igvm', recipe: 'r.json' }),
  measurement('hyper-v', h48('hyperv image'), {
    igvm: 'bin/coconut-hyperv.igvm',
    signed: {
      igvm: 'bin/coconut-hyperv.signed.igvm',
      sha256: 'ab'.repeat(32),
      launchDigest: SIGNED,
      idKeyDigest: ID_KEY,
      authorKeyDigest: AUTHOR_KEY,
      familyId: FAMILY,
      imageId: IMAGE
    }
  })
]

const GOOD: ReportFields = {
  measurement: SIGNED,
  idKeyDigest: ID_KEY,
  authorKeyDigest: AUTHOR_KEY,
  authorKeyEn: true,
  familyId: FAMILY,
  imageId: IMAGE,
  reportData: NONCE,
  vmpl: 2
}

let dir: string
let chain: TestChain
let out = ''

async function run(fields: ReportFields, extra: string[] = [], opts: { chainFile?: string } = {}) {
  const report = join(dir, 'report.bin')
  writeFileSync(report, makeReport(fields, chain.vcekKey))
  out = ''
  const code = await verifyReportCommand([
    report,
    '--measurements',
    join(dir, 'measurements.json'),
    '--vcek',
    join(dir, 'vcek.pem'),
    '--chain',
    opts.chainFile ?? join(dir, 'chain.pem'),
    '--report-data',
    NONCE,
    '--vmpl',
    '2',
    ...extra
  ])
  return { code, out, failed: out.split('\n').filter(l => l.startsWith('FAIL')) }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'verify-report-'))
  chain = makeChain()
  writeFileSync(join(dir, 'measurements.json'), JSON.stringify(RECORDS))
  writeFileSync(join(dir, 'vcek.pem'), pem(chain.vcek))
  writeFileSync(join(dir, 'chain.pem'), pem(chain.ask, chain.ark))
  jest.spyOn(process.stdout, 'write').mockImplementation(s => {
    out += String(s)
    return true
  })
})
afterAll(() => {
  jest.restoreAllMocks()
  rmSync(dir, { recursive: true, force: true })
})

describe('verify-report', () => {
  it('passes every check on a report of the signed hyper-v image', async () => {
    const r = await run(GOOD)
    expect(r.failed).toEqual([])
    expect(r.code).toBe(0)
    for (const name of [
      'measurement',
      'policy',
      'ID key digest',
      'author key digest',
      'family id',
      'image id'
    ])
      expect(r.out).toMatch(new RegExp(`^PASS ${name}: `, 'm'))
    expect(r.out).toContain('target hyper-v (bin/coconut-hyperv.signed.igvm, signed)')
    expect(r.out).toMatch(/^PASS report data: /m)
    expect(r.out).toMatch(/^PASS VMPL: 2 as required/m)
    expect(r.out).toMatch(/^PASS signature: /m)
    expect(r.out).toMatch(
      /^PASS VCEK for this chip: hwID ABABABABABABABAB\.\.\. is the report's chip id; TCB blSPL=3 teeSPL=0 snpSPL=8 ucodeSPL=115 as in the report$/m
    )
    expect(r.out).toMatch(/^PASS chain: ARK -> ASK -> VCEK/m)
  })

  it('names the target of an unsigned digest and skips the ID checks', async () => {
    const r = await run({
      ...GOOD,
      measurement: DIGEST,
      idKeyDigest: undefined,
      authorKeyEn: false,
      authorKeyDigest: undefined
    })
    expect(r.code).toBe(0)
    expect(r.out).toContain('target qemu (bin/coconut-qemu.igvm)')
    expect(r.out).toMatch(/^SKIP ID key digest: the record of qemu is not signed/m)
  })

  const failing: [string, ReportFields, string[], RegExp][] = [
    [
      'measurement',
      { ...GOOD, measurement: h48('other') },
      [],
      /^FAIL measurement: .* none of the 2 published/
    ],
    [
      'policy',
      { ...GOOD, policy: 0x30000n | (1n << 19n) | (1n << 18n) },
      [],
      /^FAIL policy: 0xf0000 differs from the recipe's 0x30000: migrate-MA 0 -> 1, debug 0 -> 1$/
    ],
    [
      'ID key digest',
      { ...GOOD, idKeyDigest: h48('rogue') },
      [],
      /^FAIL ID key digest: .*the signed record has/
    ],
    ['author key digest', { ...GOOD, authorKeyDigest: h48('rogue') }, [], /^FAIL author key digest: /],
    [
      'author key disabled',
      { ...GOOD, authorKeyEn: false },
      [],
      /^FAIL author key digest: the report has no author key/
    ],
    ['family id', { ...GOOD, familyId: '33'.repeat(16) }, [], /^FAIL family id: /],
    ['image id', { ...GOOD, imageId: '44'.repeat(16) }, [], /^FAIL image id: /],
    ['report data', { ...GOOD, reportData: 'ee'.repeat(64) }, [], /^FAIL report data: .*, expected C0FFEE/],
    ['VMPL', { ...GOOD, vmpl: 0 }, [], /^FAIL VMPL: 0, expected 2$/],
    [
      'VCEK chip',
      { ...GOOD, chipId: 'cd'.repeat(64) },
      [],
      /^FAIL VCEK for this chip: hwID ABABABABABABABAB\.\.\. is not the report's chip id CDCDCDCDCDCDCDCD\.\.\.; TCB/
    ],
    [
      'VCEK TCB',
      { ...GOOD, tcb: [2, 0, 8, 115] },
      [],
      /^FAIL VCEK for this chip: TCB differs from the report's: blSPL VCEK 3, report 2; hwID/
    ]
  ]
  for (const [name, fields, extra, line] of failing)
    it(`fails the ${name} check alone`, async () => {
      const r = await run(fields, extra)
      expect(r.code).toBe(1)
      expect(r.failed).toHaveLength(1)
      expect(r.failed[0]).toMatch(line)
    })

  it('fails the signature check when a signed byte changed', async () => {
    const report = makeReport(GOOD, chain.vcekKey)
    report.writeUInt32LE(3, 0x4) // guest SVN, inside the signed bytes, after signing
    writeFileSync(join(dir, 'tampered.bin'), report)
    out = ''
    const code = await verifyReportCommand([
      join(dir, 'tampered.bin'),
      '--measurements',
      join(dir, 'measurements.json'),
      '--vcek',
      join(dir, 'vcek.pem')
    ])
    expect(code).toBe(1)
    expect(out.split('\n').filter(l => l.startsWith('FAIL'))).toEqual([
      'FAIL signature: does not verify with the VCEK'
    ])
  })

  it('fails the chain check when the ASK is not signed by the ARK given, or not with RSA-PSS', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const forged = issue({
      subject: 'SEV-Test',
      issuer: 'ARK-Test',
      publicKey: chain.ask.publicKey,
      signer: other.privateKey
    })
    writeFileSync(join(dir, 'forged.pem'), pem(forged, chain.ark))
    let r = await run(GOOD, [], { chainFile: join(dir, 'forged.pem') })
    expect(r.code).toBe(1)
    expect(r.failed).toEqual(['FAIL chain: ARK -> ASK: SEV-Test: the signature by ARK-Test does not verify'])

    const pkcs1 = issue({
      subject: 'SEV-Test',
      issuer: 'ARK-Test',
      publicKey: chain.ask.publicKey,
      signer: chain.arkKey,
      pkcs1: true
    })
    writeFileSync(join(dir, 'pkcs1.pem'), pem(chain.ark, pkcs1))
    r = await run(GOOD, [], { chainFile: join(dir, 'pkcs1.pem') })
    expect(r.failed).toEqual([
      'FAIL chain: ARK -> ASK: SEV-Test: signed with RSA PKCS#1 v1.5 SHA-384, expected RSA-PSS as AMD signs'
    ])
  })

  it('prints JSON with --json', async () => {
    const r = await run(GOOD, ['--json'])
    const j = JSON.parse(r.out) as { ok: boolean; checks: { name: string; status: string }[] }
    expect(j.ok).toBe(true)
    expect(j.checks.map(c => c.status)).not.toContain('fail')
    expect(j.checks).toHaveLength(11)
  })

  describe('bad input exits 2 with one message', () => {
    let err = ''
    beforeAll(() => {
      jest.spyOn(process.stderr, 'write').mockImplementation(s => {
        err += String(s)
        return true
      })
    })
    const cases: [string, () => string[], RegExp][] = [
      [
        'a short report',
        () => {
          writeFileSync(join(dir, 'short.bin'), Buffer.alloc(100))
          return [join(dir, 'short.bin'), '--measurements', join(dir, 'measurements.json')]
        },
        /short\.bin: has 100 bytes, expected exactly 1184/
      ],
      [
        'a report of version 1',
        () => {
          const b = makeReport({ ...GOOD, version: 1 }, chain.vcekKey)
          writeFileSync(join(dir, 'v1.bin'), b)
          return [join(dir, 'v1.bin'), '--measurements', join(dir, 'measurements.json')]
        },
        /v1\.bin: offset 0x0: report version 1, expected 2, 3, 4 or 5/
      ],
      [
        'a record without a launch digest',
        () => {
          writeFileSync(
            join(dir, 'bad.json'),
            JSON.stringify([{ target: 'qemu', igvm: 'x', policy: '0x30000' }])
          )
          writeFileSync(join(dir, 'r.bin'), makeReport(GOOD, chain.vcekKey))
          return [join(dir, 'r.bin'), '--measurements', join(dir, 'bad.json')]
        },
        /^error: .*bad\.json: expected a measurements\.json array; 0\.recipe: /
      ],
      [
        'an unknown target',
        () => [join(dir, 'r.bin'), '--measurements', join(dir, 'measurements.json'), '--target', 'vanadium'],
        /--target vanadium: .* has no record for it \(targets: qemu, hyper-v\)/
      ],
      [
        'a chain of one certificate',
        () => {
          writeFileSync(join(dir, 'one.pem'), pem(chain.ark))
          return [
            join(dir, 'r.bin'),
            '--measurements',
            join(dir, 'measurements.json'),
            '--vcek',
            join(dir, 'vcek.pem'),
            '--chain',
            join(dir, 'one.pem')
          ]
        },
        /--chain .*one\.pem: holds 1 certificate\(s\), expected 2/
      ]
    ]
    for (const [name, args, message] of cases)
      it(name, async () => {
        err = ''
        expect(await verifyReportCommand(args())).toBe(2)
        expect(err).toMatch(message)
        expect(err.trim().split('\n')).toHaveLength(1)
      })

    it('bad --report-data is a usage error', async () => {
      await expect(
        verifyReportCommand([join(dir, 'r.bin'), '--measurements', 'm', '--report-data', 'xyz'])
      ).rejects.toThrow(UsageError)
    })
  })
})
