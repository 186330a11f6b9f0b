// A real report from an AMD Milan machine with the VCEK AMD's KDS issued for it and AMD's real
// certificate chains (go-sev-guest's copies, in ../shared/testdata/snp, read at test time): the
// parsed fields against the facts go-sev-guest's own test states (chip id and TCB in the KDS URL,
// the nonce 01 02 03 04 05), verified under the pinned Milan ARK; and the pinned keys against
// AMD's certificates of every product.
import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AMD_ROOTS } from '../../src/snp/amd-roots.js'
import { readCertificates } from '../../src/snp/certificate.js'
import { splitChain } from '../../src/snp/chain.js'
import { checkReport } from '../../src/snp/check.js'
import { kdsLinks } from '../../src/snp/kds.js'
import { policyDifferences } from '../../src/igvm/guest-policy.js'
import { parseSnpReport } from '../../src/snp/report.js'
import { describeWith, SHARED } from '../helpers/shared.js'

const SNP = join(SHARED, 'testdata', 'snp')
const ROOTS = join(SNP, 'amd-roots')
const file = (...p: string[]) => readFileSync(join(SNP, ...p))
const FILES = ['milan-attestation.bin', 'milan-vcek.der', 'milan-ask-ark.pem'].map(f => join(SNP, f))

describeWith(FILES, 'the Milan sample report', () => {
  const report = parseSnpReport(file('milan-attestation.bin'))
  const vcek = readCertificates(file('milan-vcek.der'), 'vcek')[0]!
  const chain = splitChain(readCertificates(file('milan-ask-ark.pem'), 'chain'), 'chain')
  const published = [
    { target: 'qemu', launchDigest: report.measurement, policy: 0xb0000n, source: 'bin/x.igvm' }
  ]
  // Certificates are checked at a date when all of them are valid (the VCEK expires in 2029).
  const now = new Date('2026-01-01T00:00:00Z')

  it('has the fields go-sev-guest states for it', () => {
    expect(report.version).toBe(2)
    expect(report.vmpl).toBe(0)
    expect(report.signatureAlgo).toBe(1)
    expect(report.signingKey).toBe('vcek')
    expect(report.chipId).toBe(
      '3ac3fe21e13fb0990eb28a802e3fb6a29483a6b0753590c951bdd3b8e53786184ca39e359669a2b76a1936776b564ea464cdce40c05f63c9b610c5068b006b5d'.toUpperCase()
    )
    // blSPL=2, teeSPL=0, snpSPL=5, ucodeSPL=68: bytes 0, 1, 6 and 7 of the TCB version.
    const tcb = Buffer.alloc(8)
    tcb.writeBigUInt64LE(report.reportedTcb)
    expect([tcb[0], tcb[1], tcb[6], tcb[7]]).toEqual([2, 0, 5, 68])
    expect(report.reportData).toBe(`0102030405${'0'.repeat(118)}`)
    // Launched without an ID block: no ID or author key digest.
    expect(report.idKeyDigest).toBe('0'.repeat(96))
    expect(report.authorKeyEn).toBe(false)
    expect(report.cpuid).toBeNull()
    expect(report.product).toBeNull()
    expect(report.launchMitVector).toBeNull()
  })

  it('has a debug policy, named bit by bit against the default 0x30000', () => {
    expect(report.policy).toBe(0xb0000n)
    expect(policyDifferences(0x30000n, report.policy)).toEqual(['debug 0 -> 1'])
  })

  it('names the KDS URL go-sev-guest fetches its VCEK from', () => {
    expect(kdsLinks(report, 'Milan')).toEqual([
      {
        what: 'VCEK',
        url: `https://kdsintf.amd.com/vcek/v1/Milan/${report.chipId.toLowerCase()}?blSPL=2&teeSPL=0&snpSPL=5&ucodeSPL=68`
      },
      { what: 'VCEK chain', url: 'https://kdsintf.amd.com/vcek/v1/Milan/cert_chain' },
      { what: 'VCEK CRL', url: 'https://kdsintf.amd.com/vcek/v1/Milan/crl' }
    ])
  })

  it('is signed by its VCEK, which AMD chains to the pinned Milan ARK with RSA-PSS', () => {
    expect(chain.ark.signatureAlgorithm).toBe('RSA-PSS')
    expect(chain.ark.cn).toBe('ARK-Milan')
    const checks = checkReport({
      report,
      published,
      vcek,
      chain,
      reportData: Buffer.concat([Buffer.from([1, 2, 3, 4, 5]), Buffer.alloc(59)]),
      minTcb: { bl: 2, tee: 0, snp: 5, ucode: 68 },
      now
    })
    expect(checks.filter(c => c.status === 'fail')).toEqual([])
    expect(checks.find(c => c.name === 'signature')!.status).toBe('pass')
    expect(checks.find(c => c.name === 'VCEK for this chip')!.detail).toBe(
      "Milan-B0; hwID 3AC3FE21E13FB099... is the report's chip id; TCB blSPL=2 teeSPL=0 snpSPL=5 ucodeSPL=68 as in the report"
    )
    const chainCheck = checks.find(c => c.name === 'chain')!
    expect(chainCheck.status).toBe('pass')
    expect(chainCheck.detail).toContain('SEV-Milan and SEV-VCEK signed by ARK-Milan and SEV-Milan (RSA-PSS)')
    expect(chainCheck.detail).toMatch(
      /root AMD's Milan ARK \(SPKI sha256 9f056bee44377e29\.\.\.\), SEV-Milan its pinned ASK$/
    )
    expect(checks.find(c => c.name === 'minimum TCB')!.status).toBe('pass')
  })

  it('fails the TCB floor one microcode level above its own', () => {
    const checks = checkReport({ report, published, vcek, chain, minTcb: { ucode: 69 }, now })
    expect(checks.filter(c => c.status === 'fail').map(c => c.detail)).toEqual([
      'reported TCB bl=2 tee=0 snp=5 ucode=68 is below --min-tcb ucode=69: ucode 68 < 69'
    ])
  })

  it("is refused under AMD's Milan ARK when the report's CPUID says Genoa", () => {
    const bytes = Buffer.from(file('milan-attestation.bin'))
    bytes.writeUInt32LE(3, 0) // version 3: CPUID family 0x19, model 0x11 (Genoa)
    Buffer.from([0x19, 0x11, 0x01]).copy(bytes, 0x188)
    const genoa = parseSnpReport(bytes)
    expect(genoa.product).toBe('Genoa')
    const checks = checkReport({ report: genoa, published, vcek, chain, now })
    expect(checks.find(c => c.name === 'chain')!.detail).toBe(
      "the ARK is AMD's Milan ARK, but the report is from Genoa"
    )
  })

  it("is refused under Milan's ASVK (the key that signs VLEKs), though AMD's ARK signed it", () => {
    const vlekChain = splitChain(readCertificates(file('milan-vlek-ask-ark.pem'), 'chain'), 'chain')
    const checks = checkReport({ report, published, vcek, chain: vlekChain, now })
    expect(checks.find(c => c.name === 'chain')!.detail).toMatch(
      /^no certificate of the chain issued the VCEK \(its issuer is SEV-Milan; the chain holds SEV-VLEK-Milan\)$/
    )
  })
})

describeWith(
  ['milan', 'genoa', 'turin_vcek'].map(p => join(ROOTS, `ask_ark_${p}.pem`)),
  "the pinned keys against AMD's certificates",
  () => {
    const chainOf = (f: string) => splitChain(readCertificates(readFileSync(join(ROOTS, f)), f), f)
    for (const root of AMD_ROOTS) {
      const p = root.product.toLowerCase()
      it(`${root.product}: ARK, ASK and ASVK`, () => {
        const vcek = chainOf(p === 'turin' ? 'ask_ark_turin_vcek.pem' : `ask_ark_${p}.pem`)
        const vlek = chainOf(`ask_ark_${p}_vlek.pem`)
        expect(vcek.ark.cn).toBe(`ARK-${root.product}`)
        expect(vcek.ark.spkiSha256).toBe(root.ark)
        expect(vlek.ark.spkiSha256).toBe(root.ark)
        expect(vcek.intermediates.map(c => [c.cn, c.spkiSha256])).toEqual([[`SEV-${root.product}`, root.ask]])
        expect(vlek.intermediates.map(c => [c.cn, c.spkiSha256])).toEqual([
          [`SEV-VLEK-${root.product}`, root.asvk]
        ])
        // Each intermediate is AMD's: signed by the ARK with RSA-PSS.
        for (const c of [vcek, vlek]) expect(c.intermediates[0]!.x509.verify(c.ark.x509.publicKey)).toBe(true)
      })
    }
  }
)
