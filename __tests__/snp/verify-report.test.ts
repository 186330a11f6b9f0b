// `verify-report` on reports and a Milan-like chain made here (trusted with --trusted-ark): one that
// passes every check, then one that fails each check in turn (and only that one), the same chain
// refused without --trusted-ark, and the bad inputs that exit 2.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { verifyReportCommand } from '../../src/cli/commands/verify-report.js'
import { UsageError } from '../../src/util/errors.js'
import { issue, makeChain, pem, rsaKey, type TestChain } from './helpers/certs.js'
import { makeReport, type ReportFields } from './helpers/report.js'
import { measurement } from '../helpers/measurement.js'
import { tempDir } from '../helpers/temp.js'

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

async function run(
  fields: ReportFields,
  extra: string[] = [],
  opts: { chainFile?: string; trusted?: boolean } = {}
) {
  const report = join(dir, 'report.bin')
  writeFileSync(report, makeReport(fields, chain.leafKey))
  out = ''
  const code = await verifyReportCommand([
    report,
    '--measurements',
    join(dir, 'measurements.json'),
    '--vcek',
    join(dir, 'vcek.pem'),
    '--chain',
    opts.chainFile ?? join(dir, 'chain.pem'),
    ...(opts.trusted === false ? [] : ['--trusted-ark', join(dir, 'ark.pem')]),
    '--report-data',
    NONCE,
    '--vmpl',
    '2',
    ...extra
  ])
  return { code, out, failed: out.split('\n').filter(l => l.startsWith('FAIL')) }
}

beforeAll(async () => {
  dir = tempDir('verify-report-')
  chain = await makeChain({ product: 'Milan', kind: 'VCEK', tcb: { bl: 3, tee: 0, snp: 8, ucode: 115 } })
  writeFileSync(join(dir, 'measurements.json'), JSON.stringify(RECORDS))
  writeFileSync(join(dir, 'vcek.pem'), pem(chain.leaf))
  writeFileSync(join(dir, 'chain.pem'), pem(chain.intermediate, chain.ark))
  writeFileSync(join(dir, 'ark.pem'), pem(chain.ark))
  jest.spyOn(process.stdout, 'write').mockImplementation(s => {
    out += String(s)
    return true
  })
})
afterAll(() => {
  jest.restoreAllMocks()
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
      /^PASS VCEK for this chip: Milan-B0; hwID ABABABABABABABAB\.\.\. is the report's chip id; TCB blSPL=3 teeSPL=0 snpSPL=8 ucodeSPL=115 as in the report$/m
    )
    expect(r.out).toMatch(
      /^PASS chain: ARK -> ASK -> VCEK: .*; root user-supplied: ARK-Milan from --trusted-ark .*ark\.pem \(SPKI sha256 [0-9a-f]{16}\.\.\.\), not AMD's$/m
    )
    expect(r.out).toMatch(/^report: version 2, Milan \(the VCEK's productName Milan-B0\), signed by VCEK$/m)
    expect(r.out).toMatch(
      /^VCEK: https:\/\/kdsintf\.amd\.com\/vcek\/v1\/Milan\/(ab){64}\?blSPL=3&teeSPL=0&snpSPL=8&ucodeSPL=115$/m
    )
  })

  it("refuses a self-made chain with AMD's names and extension OIDs unless its ARK is trusted", async () => {
    // Before: "every check holds", exit 0. No AMD key is involved anywhere in this chain.
    const r = await run(GOOD, [], { trusted: false })
    expect(r.code).toBe(1)
    expect(r.failed).toHaveLength(1)
    expect(r.failed[0]).toMatch(
      /^FAIL chain: the ARK ARK-Milan \(SPKI sha256 [0-9a-f]{64}\) is not AMD's Milan ARK \(9f056bee44377e29\.\.\.\); a chain under another root needs --trusted-ark$/
    )
    expect(r.out).toMatch(/^PASS signature: /m)
  })

  it('refuses the chain when --trusted-ark names another root', async () => {
    const other = await issue({ cn: 'ARK-Milan', keys: await rsaKey(2048) })
    writeFileSync(join(dir, 'other-ark.pem'), pem(other))
    const r = await run(GOOD, ['--trusted-ark', join(dir, 'other-ark.pem')], { trusted: false })
    expect(r.failed).toHaveLength(1)
    expect(r.failed[0]).toMatch(
      /is not AMD's Milan ARK .* nor --trusted-ark .*other-ark\.pem \([0-9a-f]{16}\.\.\.\);/
    )
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
    expect(r.out).toMatch(
      /^SKIP ID key digest: 0{16}\.\.\.: not signed: no ID block is published for this launch$/m
    )
  })

  const failing: [string, ReportFields, string[], RegExp][] = [
    [
      'measurement',
      { ...GOOD, measurement: h48('other') },
      [],
      /^FAIL measurement: .* none of the 3 published launch digest\(s\) \(qemu: [0-9A-F]{16}\.\.\., hyper-v: [0-9A-F]{16}\.\.\., hyper-v: [0-9A-F]{16}\.\.\.\)$/
    ],
    [
      'policy',
      { ...GOOD, policy: 0x30000n | (1n << 19n) | (1n << 18n) },
      [],
      /^FAIL policy: 0xf0000 differs from the published 0x30000: migrate-MA 0 -> 1, debug 0 -> 1$/
    ],
    [
      'ID key digest',
      { ...GOOD, idKeyDigest: h48('rogue') },
      [],
      /^FAIL ID key digest: [0-9A-F]{96}, published [0-9A-F]{96}$/
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
      /^FAIL VCEK for this chip: hwID ABABABABABABABAB\.\.\. is not the report's chip id CDCDCDCDCDCDCDCD\.\.\.; Milan-B0; TCB/
    ],
    [
      'VCEK TCB',
      { ...GOOD, tcb: { bl: 2, tee: 0, snp: 8, ucode: 115 } },
      [],
      /^FAIL VCEK for this chip: TCB differs from the report's: blSPL VCEK 3, report 2; Milan-B0; hwID/
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
    const report = makeReport(GOOD, chain.leafKey)
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
    const forger = await rsaKey(2048)
    const forged = await issue({
      cn: 'SEV-Milan',
      keys: chain.intermediateKeys,
      issuer: { cert: chain.ark, keys: forger },
      serial: '010001'
    })
    writeFileSync(join(dir, 'forged.pem'), pem(forged, chain.ark))
    let r = await run(GOOD, [], { chainFile: join(dir, 'forged.pem') })
    expect(r.code).toBe(1)
    expect(r.failed).toEqual(['FAIL chain: SEV-Milan: the signature by ARK-Milan does not verify'])

    const pkcs1 = await issue({
      cn: 'SEV-Milan',
      keys: chain.intermediateKeys,
      issuer: { cert: chain.ark, keys: chain.arkKeys },
      serial: '010001',
      pkcs1: true
    })
    writeFileSync(join(dir, 'pkcs1.pem'), pem(chain.ark, pkcs1))
    r = await run(GOOD, [], { chainFile: join(dir, 'pkcs1.pem') })
    expect(r.failed).toEqual([
      'FAIL chain: SEV-Milan: signed with RSA PKCS#1 v1.5 SHA-384, expected RSA-PSS as AMD signs'
    ])
  })

  it('prints JSON with --json', async () => {
    const r = await run(GOOD, ['--json'])
    const j = JSON.parse(r.out) as { ok: boolean; checks: { name: string; status: string }[] }
    expect(j.ok).toBe(true)
    expect(j.checks.map(c => c.status)).not.toContain('fail')
    expect(j.checks.map(c => c.name)).toEqual([
      'measurement',
      'policy',
      'ID key digest',
      'author key digest',
      'family id',
      'image id',
      'guest SVN',
      'report data',
      'VMPL',
      'signature',
      'VCEK for this chip',
      'chain',
      'revocation',
      'minimum TCB'
    ])
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
          const b = makeReport({ ...GOOD, version: 1 }, chain.leafKey)
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
          writeFileSync(join(dir, 'r.bin'), makeReport(GOOD, chain.leafKey))
          return [join(dir, 'r.bin'), '--measurements', join(dir, 'bad.json')]
        },
        /^error: .*bad\.json: expected a measurements\.json array; 0\.recipe: /
      ],
      [
        'an unknown target',
        () => [join(dir, 'r.bin'), '--measurements', join(dir, 'measurements.json'), '--target', 'vanadium'],
        /--target vanadium: .* has no value for it \(targets: qemu, hyper-v\)/
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
        /--chain .*one\.pem: holds 1 certificate\(s\), 1 of them self-signed; expected AMD's ARK/
      ],
      [
        'a DER VCEK with bytes appended',
        () => {
          // Before: accepted (OpenSSL reads the first certificate and ignores the rest).
          writeFileSync(
            join(dir, 'junk.der'),
            Buffer.concat([Buffer.from(chain.leaf.rawData), Buffer.from('junk!')])
          )
          return [...base(), '--vcek', join(dir, 'junk.der')]
        },
        /^error: --vcek .*junk\.der: has 5 byte\(s\) after its end; expected one DER X\.509 certificate$/m
      ],
      [
        'a PEM of repeated BEGIN lines',
        () => {
          // Before: a lazy regular expression rescanned the file from every BEGIN (432 KB: 3 s).
          writeFileSync(join(dir, 'begins.pem'), '-----BEGIN CERTIFICATE-----\n'.repeat(2000))
          return [...base(), '--vcek', join(dir, 'begins.pem')]
        },
        /^error: --vcek .*begins\.pem: line 2: found "-----BEGIN CERTIFICATE-----" inside the block begun on line 1; expected base64 or "-----END CERTIFICATE-----"$/m
      ],
      [
        'a chain file over the size cap',
        () => {
          writeFileSync(join(dir, 'huge.pem'), Buffer.alloc(200_000, 0x41))
          return [...base(), '--vcek', join(dir, 'vcek.pem'), '--chain', join(dir, 'huge.pem')]
        },
        /^error: --chain .*huge\.pem: has 200000 bytes; expected a PEM or DER certificate file of at most 64 KiB$/m
      ],
      [
        'text between PEM blocks',
        () => {
          writeFileSync(join(dir, 'text.pem'), `${pem(chain.intermediate)}hello\n${pem(chain.ark)}`)
          return [...base(), '--vcek', join(dir, 'vcek.pem'), '--chain', join(dir, 'text.pem')]
        },
        /^error: --chain .*text\.pem: line \d+: expected "-----BEGIN CERTIFICATE-----" or a blank line, found "hello"$/m
      ],
      [
        '/dev/zero as the report',
        () => ['/dev/zero', '--measurements', join(dir, 'measurements.json')],
        /^error: report \/dev\/zero: is a character device; expected a regular file or a pipe$/m
      ],
      [
        'a directory as the report',
        () => [dir, '--measurements', join(dir, 'measurements.json')],
        /^error: report .*: is a directory; expected a regular file or a pipe$/m
      ],
      [
        'a 2 MB file as the report',
        () => {
          writeFileSync(join(dir, 'big.bin'), Buffer.alloc(2_000_000))
          return [join(dir, 'big.bin'), '--measurements', join(dir, 'measurements.json')]
        },
        /^error: report .*big\.bin: has 2000000 bytes; expected exactly 1184 \(0x4A0, an SEV-SNP ATTESTATION_REPORT\)$/m
      ],
      [
        'a FIFO nobody writes to',
        () => {
          // Before: the open blocked forever.
          const fifo = join(dir, 'fifo')
          rmSync(fifo, { force: true })
          expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
          return [fifo, '--measurements', join(dir, 'measurements.json')]
        },
        /^error: report .*fifo: the pipe ended with no bytes \(no writer\?\); expected exactly 1184 /
      ]
    ]
    const base = () => [join(dir, 'r.bin'), '--measurements', join(dir, 'measurements.json')]
    for (const [name, args, message] of cases)
      it(name, async () => {
        err = ''
        expect(await verifyReportCommand(args())).toBe(2)
        expect(err).toMatch(message)
        expect(err.trim().split('\n')).toHaveLength(1)
      })

    it('bad --min-tcb, and --crl or --trusted-ark without --chain, are usage errors', async () => {
      for (const [args, message] of [
        [['--min-tcb', 'bl=3,xyz=1'], /--min-tcb "bl=3,xyz=1": "xyz=1" is not <part>=<0-255>/],
        [['--min-tcb', 'bl=300'], /bl=300: a security patch level is 0-255/],
        [['--min-tcb', 'bl=1,bl=2'], /bl is given twice/],
        [['--crl', 'x.crl'], /--crl needs --chain/],
        [['--trusted-ark', 'ark.pem'], /--trusted-ark needs --chain/]
      ] as [string[], RegExp][])
        await expect(verifyReportCommand([...base(), ...args])).rejects.toThrow(message)
    })

    it('bad --report-data is a usage error', async () => {
      await expect(
        verifyReportCommand([join(dir, 'r.bin'), '--measurements', 'm', '--report-data', 'xyz'])
      ).rejects.toThrow(UsageError)
    })
  })
})
