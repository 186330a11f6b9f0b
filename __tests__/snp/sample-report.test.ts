// A real report from an AMD Milan machine (go-sev-guest's test vector), with the VCEK AMD's KDS
// issued for it and AMD's Milan ASK/ARK: parsed fields checked against the facts go-sev-guest's
// own test states (chip id and TCB in the KDS URL, the nonce 01 02 03 04 05), and verified.
import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { readCertificates, signatureAlgorithm, splitChain } from '../../src/snp/chain.js'
import { checkReport } from '../../src/snp/check.js'
import { policyDifferences } from '../../src/igvm/guest-policy.js'
import { parseSnpReport } from '../../src/snp/report.js'
import { fixture } from '../helpers/paths.js'
import { describeWith } from '../helpers/shared.js'

// go-sev-guest's files live in ../shared/testdata/snp, read at test time.
describeWith([fixture('snp')], 'the Milan sample report', () => {
  const report = parseSnpReport(readFileSync(fixture('snp', 'milan-attestation.bin')))
  const vcek = readCertificates(readFileSync(fixture('snp', 'milan-vcek.der')), 'vcek')[0]!
  const chain = splitChain(
    readCertificates(readFileSync(fixture('snp', 'milan-ask-ark.pem')), 'chain'),
    'chain'
  )

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
    expect(report.launchMitVector).toBeNull()
  })

  it('has a debug policy, named bit by bit against the default 0x30000', () => {
    expect(report.policy).toBe(0xb0000n)
    expect(policyDifferences(0x30000n, report.policy)).toEqual(['debug 0 -> 1'])
  })

  it('is signed by its VCEK, which AMD chains to the Milan ARK with RSA-PSS', () => {
    expect(signatureAlgorithm(chain.ark)).toBe('RSA-PSS')
    expect(chain.ark.subject).toContain('CN=ARK-Milan')
    const checks = checkReport({
      report,
      published: [
        { target: 'qemu', igvm: 'bin/x.igvm', launchDigest: report.measurement, policy: '0xb0000' }
      ],
      vcek,
      chain,
      reportData: Buffer.concat([Buffer.from([1, 2, 3, 4, 5]), Buffer.alloc(59)]),
      // Certificates are checked at a date when all of them are valid (the VCEK expires in 2029).
      now: new Date('2026-01-01T00:00:00Z')
    })
    expect(checks.filter(c => c.status === 'fail')).toEqual([])
    expect(checks.find(c => c.name === 'signature')!.status).toBe('pass')
    expect(checks.find(c => c.name === 'VCEK for this chip')!.detail).toBe(
      "hwID 3AC3FE21E13FB099... is the report's chip id; TCB blSPL=2 teeSPL=0 snpSPL=5 ucodeSPL=68 as in the report"
    )
    expect(checks.find(c => c.name === 'chain')!.detail).toContain('SEV-VCEK signed by SEV-Milan (RSA-PSS)')
  })
})
