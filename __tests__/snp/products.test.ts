// verify-report across AMD's products: Turin (report version 5, its TCB layout with fmcSPL, an
// 8-byte chip id) signed by a VLEK or a VCEK, Genoa (version 3), the certificate URLs printed for
// each, a revocation list (a revoked VCEK or ASK, a stale list, a list the ARK did not sign) and
// --min-tcb. Chains are made here under test roots trusted with --trusted-ark.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { verifyReportCommand } from '../../src/cli/commands/verify-report.js'
import { makeChain, makeCrl, pem, rsaKey, type ChainOptions, type TestChain } from './helpers/certs.js'
import { makeReport, TURIN_TCB, type ReportFields } from './helpers/report.js'
import { measurement } from '../helpers/measurement.js'
import { tempDir } from '../helpers/temp.js'

const DIGEST = 'AB'.repeat(48)
let dir: string
let out = ''
let keys: Pick<ChainOptions, 'arkKeys' | 'intermediateKeys'>

const write = (name: string, data: string | Buffer) => {
  writeFileSync(join(dir, name), data)
  return join(dir, name)
}

interface Case {
  chain: TestChain
  report?: Partial<ReportFields>
  extra?: string[]
  /** Give the key certificate as --vcek although the chain is a VLEK's (and the reverse). */
  swapKeyFlag?: boolean
}

async function run(c: Case) {
  const kind = c.chain.kind
  const report = write(
    'report.bin',
    makeReport(
      { measurement: DIGEST, product: c.chain.product, signingKey: kind === 'VLEK' ? 1 : 0, ...c.report },
      c.chain.leafKey
    )
  )
  const flag = (kind === 'VLEK') !== (c.swapKeyFlag ?? false) ? '--vlek' : '--vcek'
  out = ''
  const code = await verifyReportCommand([
    report,
    '--measurements',
    join(dir, 'measurements.json'),
    flag,
    write('leaf.pem', pem(c.chain.leaf)),
    '--chain',
    write('chain.pem', pem(c.chain.intermediate, c.chain.ark)),
    '--trusted-ark',
    write('ark.pem', pem(c.chain.ark)),
    ...(c.extra ?? [])
  ])
  return { code, out, failed: out.split('\n').filter(l => l.startsWith('FAIL')) }
}

let turinVlek: TestChain
let turinVcek: TestChain

beforeAll(async () => {
  dir = tempDir('verify-products-')
  writeFileSync(join(dir, 'measurements.json'), JSON.stringify([measurement('qemu', DIGEST)]))
  // One ARK key and one intermediate key for every test chain: RSA-4096 generation is slow.
  keys = { arkKeys: await rsaKey(), intermediateKeys: await rsaKey() }
  turinVlek = await makeChain({ product: 'Turin', kind: 'VLEK', tcb: TURIN_TCB, ...keys, leafSerial: '0a' })
  turinVcek = await makeChain({
    product: 'Turin',
    kind: 'VCEK',
    tcb: TURIN_TCB,
    hwId: Buffer.alloc(8, 0xab), // Turin's hwID: the 8 bytes of its chip id
    ...keys,
    leafSerial: '0b'
  })
  jest.spyOn(process.stdout, 'write').mockImplementation(s => {
    out += String(s)
    return true
  })
})
afterAll(() => {
  jest.restoreAllMocks()
})

describe('a Turin report', () => {
  it('signed by a VLEK passes, with the VLEK chain, CRL and TCB floor checked and the KDS URLs printed', async () => {
    const crl = await makeCrl({ issuer: turinVlek.ark, keys: turinVlek.arkKeys, revoked: [{ serial: '77' }] })
    const r = await run({
      chain: turinVlek,
      extra: [
        '--crl',
        write('turin.crl', Buffer.from(crl.rawData)),
        '--min-tcb',
        'fmc=1,bl=3,tee=0,snp=8,ucode=115'
      ]
    })
    expect(r.failed).toEqual([])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^report: version 5, Turin \(CPUID family 0x1a model 0x2\), signed by VLEK$/m)
    expect(r.out).toMatch(
      /^VLEK: https:\/\/kdsintf\.amd\.com\/vlek\/v1\/Turin\/cert\?fmcSPL=1&blSPL=3&teeSPL=0&snpSPL=8&ucodeSPL=115 \(AMD serves VLEKs to registered cloud providers only; take the one the host supplies with the report\)$/m
    )
    expect(r.out).toMatch(/^VLEK chain: https:\/\/kdsintf\.amd\.com\/vlek\/v1\/Turin\/cert_chain$/m)
    expect(r.out).toMatch(/^VLEK CRL: https:\/\/kdsintf\.amd\.com\/vlek\/v1\/Turin\/crl$/m)
    expect(r.out).toMatch(/^PASS signature: ECDSA P-384 over bytes 0\.\.0x2A0 verifies with the VLEK$/m)
    expect(r.out).toMatch(
      /^PASS VLEK for this TCB: Turin-B0; issued to Test Cloud; TCB fmcSPL=1 blSPL=3 teeSPL=0 snpSPL=8 ucodeSPL=115 as in the report$/m
    )
    expect(r.out).toMatch(
      /^PASS chain: ARK -> ASVK -> VLEK: SEV-VLEK-Turin and SEV-VLEK signed by ARK-Turin/m
    )
    expect(r.out).toMatch(
      /^PASS revocation: the CRL of ARK-Turin \(\d{4}-\d\d-\d\d, 1 entry\) revokes neither SEV-VLEK-Turin \(serial 010101\) nor the VLEK \(serial 0A\)$/m
    )
    expect(r.out).toMatch(
      /^PASS minimum TCB: reported TCB fmc=1 bl=3 tee=0 snp=8 ucode=115 meets fmc=1,bl=3,tee=0,snp=8,ucode=115$/m
    )
  })

  it('signed by a VCEK prints the VCEK URL with the 8-byte chip id and fmcSPL', async () => {
    const r = await run({ chain: turinVcek })
    expect(r.failed).toEqual([])
    expect(r.out).toMatch(
      /^VCEK: https:\/\/kdsintf\.amd\.com\/vcek\/v1\/Turin\/abababababababab\?fmcSPL=1&blSPL=3&teeSPL=0&snpSPL=8&ucodeSPL=115$/m
    )
    expect(r.out).toMatch(
      /^PASS VCEK for this chip: Turin-B0; hwID ABABABABABABABAB\.\.\. is the report's chip id; TCB fmcSPL=1/m
    )
  })

  it('with its fmcSPL off by one fails the key check alone', async () => {
    const r = await run({ chain: turinVcek, report: { tcb: { ...TURIN_TCB, fmc: 2 } } })
    expect(r.failed).toEqual([
      "FAIL VCEK for this chip: TCB differs from the report's: fmcSPL VCEK 1, report 2; Turin-B0; hwID ABABABABABABABAB... is the report's chip id"
    ])
  })

  it('signed by a VLEK, given only as --vcek, fails the signature: the report names its key', async () => {
    const r = await run({ chain: turinVlek, swapKeyFlag: true })
    expect(r.code).toBe(1)
    expect(r.failed[0]).toBe(
      'FAIL signature: the report is signed by its VLEK (signing-key field), but no --vlek was given'
    )
  })

  it('below --min-tcb gives the one FAIL line', async () => {
    const r = await run({ chain: turinVlek, extra: ['--min-tcb', 'fmc=2,bl=3,snp=9'] })
    expect(r.code).toBe(1)
    expect(r.failed).toEqual([
      'FAIL minimum TCB: reported TCB fmc=1 bl=3 tee=0 snp=8 ucode=115 is below --min-tcb fmc=2,bl=3,snp=9: fmc 1 < 2, snp 8 < 9'
    ])
  })
})

describe('a revocation list', () => {
  it('that revokes the VCEK gives the one FAIL line', async () => {
    const crl = await makeCrl({
      issuer: turinVcek.ark,
      keys: turinVcek.arkKeys,
      revoked: [{ serial: '0b', reason: 1 }]
    })
    const r = await run({ chain: turinVcek, extra: ['--crl', write('revoked.crl', crl.toString('pem'))] })
    expect(r.code).toBe(1)
    expect(r.failed).toHaveLength(1)
    expect(r.failed[0]).toMatch(
      /^FAIL revocation: the VCEK \(serial 0B\) is revoked since \d{4}-\d\d-\d\dT[\d:.]+Z \(keyCompromise\)$/
    )
  })

  it('that revokes the ASK fails too', async () => {
    const crl = await makeCrl({
      issuer: turinVcek.ark,
      keys: turinVcek.arkKeys,
      revoked: [{ serial: '010001' }]
    })
    const r = await run({ chain: turinVcek, extra: ['--crl', write('ask.crl', Buffer.from(crl.rawData))] })
    expect(r.failed).toHaveLength(1)
    expect(r.failed[0]).toMatch(/^FAIL revocation: SEV-Turin \(serial 010001\) is revoked since /)
  })

  it('not signed by the ARK, or out of date, is refused', async () => {
    const other = await makeCrl({ issuer: turinVcek.ark, keys: turinVcek.intermediateKeys })
    let r = await run({ chain: turinVcek, extra: ['--crl', write('forged.crl', Buffer.from(other.rawData))] })
    expect(r.failed).toEqual(["FAIL revocation: the CRL's signature does not verify with the ARK ARK-Turin"])

    const stale = await makeCrl({
      issuer: turinVcek.ark,
      keys: turinVcek.arkKeys,
      thisUpdate: new Date(Date.now() - 30 * 86400_000),
      nextUpdate: new Date(Date.now() - 86400_000)
    })
    r = await run({ chain: turinVcek, extra: ['--crl', write('stale.crl', Buffer.from(stale.rawData))] })
    expect(r.failed).toHaveLength(1)
    expect(r.failed[0]).toMatch(
      /^FAIL revocation: the CRL is out of date: its next update was due .*; fetch it again$/
    )
  })
})

describe('a Genoa report (version 3)', () => {
  it('passes with its VCEK, and fails the key check with a VCEK issued for Milan', async () => {
    const genoa = await makeChain({
      product: 'Genoa',
      kind: 'VCEK',
      tcb: { bl: 3, tee: 0, snp: 8, ucode: 115 },
      ...keys
    })
    let r = await run({ chain: genoa, report: { version: 3 } })
    expect(r.failed).toEqual([])
    expect(r.out).toMatch(/^report: version 3, Genoa \(CPUID family 0x19 model 0x11\), signed by VCEK$/m)
    expect(r.out).toMatch(
      /^VCEK: https:\/\/kdsintf\.amd\.com\/vcek\/v1\/Genoa\/(ab){64}\?blSPL=3&teeSPL=0&snpSPL=8&ucodeSPL=115$/m
    )

    const milan = await makeChain({
      product: 'Milan',
      kind: 'VCEK',
      tcb: { bl: 3, tee: 0, snp: 8, ucode: 115 },
      ...keys
    })
    r = await run({ chain: milan, report: { version: 3, product: 'Genoa' } })
    expect(r.failed).toEqual([
      "FAIL VCEK for this chip: the VCEK is for Milan-B0, the report's CPUID is Genoa's; hwID ABABABABABABABAB... is the report's chip id; TCB blSPL=3 teeSPL=0 snpSPL=8 ucodeSPL=115 as in the report"
    ])
  })
})
