// The checks of `verify-report`: a parsed report against a build's published record
// (bin/measurements.json), the caller's expectations, and AMD's certificates. Pure: the inputs
// are read and parsed by the command.
import type { X509Certificate } from 'node:crypto'
import { verifySnpSignature } from '../igvm/id-block.js'
import { vcekFacts, verifyChain } from './chain.js'
import { policyDifferences } from '../igvm/guest-policy.js'
import type { Measurement } from '../record/schema.js'
import { SIGNATURE_ALGO_ECDSA_P384_SHA384, type SnpReport } from './report.js'

/** The record's fields a report is checked against. */
export type Published = Pick<Measurement, 'target' | 'igvm' | 'launchDigest' | 'policy' | 'signed'>

export interface CheckInputs {
  report: SnpReport
  published: Published[]
  target?: string
  vcek?: X509Certificate
  chain?: { ark: X509Certificate; ask: X509Certificate }
  /** Exactly 64 bytes (shorter input is zero-padded by the command). */
  reportData?: Buffer
  vmpl?: number
  now?: Date
}

export interface Check {
  name: string
  status: 'pass' | 'fail' | 'skip'
  detail: string
}

const ZERO48 = '0'.repeat(96)
const short = (h: string) => `${h.slice(0, 16)}...`

export function checkReport(i: CheckInputs): Check[] {
  const r = i.report
  const checks: Check[] = []
  const add = (name: string, ok: boolean | null, detail: string) =>
    checks.push({ name, status: ok === null ? 'skip' : ok ? 'pass' : 'fail', detail })

  const candidates = i.target ? i.published.filter(m => m.target === i.target) : i.published
  const match = candidates
    .map(m =>
      m.launchDigest === r.measurement
        ? {
            m,
            signed: false,
            // The ID block is not measured: a signed copy usually has the same digest.
            file: m.signed?.launchDigest === r.measurement ? `${m.igvm}, and signed ${m.signed.igvm}` : m.igvm
          }
        : m.signed?.launchDigest === r.measurement
          ? { m, signed: true, file: m.signed.igvm }
          : null
    )
    .find(x => x !== null)
  if (match)
    add(
      'measurement',
      true,
      `${short(r.measurement)} is the published launch digest of target ${match.m.target} (${match.file}${match.signed ? ', signed' : ''})`
    )
  else
    add(
      'measurement',
      false,
      `${r.measurement} is none of the ${candidates.length} published launch digest(s)${i.target ? ` of target ${i.target}` : ''} (${candidates.map(m => `${m.target}: ${short(m.launchDigest)}`).join(', ') || 'no records'})`
    )

  // The record to compare the rest with: the matched one, else the only candidate.
  const record = match?.m ?? (candidates.length === 1 ? candidates[0] : undefined)
  const policies = [...new Set(candidates.map(m => BigInt(m.policy)))]
  const expectedPolicy = record ? BigInt(record.policy) : policies.length === 1 ? policies[0]! : null
  if (expectedPolicy === null)
    add('policy', null, `0x${r.policy.toString(16)}: no single record to compare with (pass --target)`)
  else {
    const diffs = policyDifferences(expectedPolicy, r.policy)
    add(
      'policy',
      diffs.length === 0,
      diffs.length === 0
        ? `0x${r.policy.toString(16)} equals the recipe's policy`
        : `0x${r.policy.toString(16)} differs from the recipe's 0x${expectedPolicy.toString(16)}: ${diffs.join(', ')}`
    )
  }

  const signed = record?.signed
  if (!signed) {
    const why = record ? `the record of ${record.target} is not signed` : 'no matching record'
    const has = r.idKeyDigest !== ZERO48 ? `; the report has ID key digest ${short(r.idKeyDigest)}` : ''
    for (const name of ['ID key digest', 'author key digest', 'family id', 'image id'])
      add(name, null, `${why}${name === 'ID key digest' ? has : ''}`)
  } else {
    const same = (name: string, found: string, want: string) =>
      add(
        name,
        found === want,
        found === want ? `${short(found)} as signed` : `${found}, the signed record has ${want}`
      )
    same('ID key digest', r.idKeyDigest, signed.idKeyDigest)
    if (signed.authorKeyDigest === null)
      add(
        'author key digest',
        !r.authorKeyEn && r.authorKeyDigest === ZERO48,
        !r.authorKeyEn && r.authorKeyDigest === ZERO48
          ? 'none, as signed (no author key)'
          : `the report has author key ${r.authorKeyEn ? 'enabled' : 'disabled'}, digest ${short(r.authorKeyDigest)}; the signed record has no author key`
      )
    else if (!r.authorKeyEn)
      add(
        'author key digest',
        false,
        `the report has no author key; the signed record has ${short(signed.authorKeyDigest)}`
      )
    else same('author key digest', r.authorKeyDigest, signed.authorKeyDigest)
    same('family id', r.familyId, signed.familyId)
    same('image id', r.imageId, signed.imageId)
  }

  if (!i.reportData) add('report data', null, 'no --report-data given')
  else {
    const want = i.reportData.toString('hex').toUpperCase()
    add(
      'report data',
      r.reportData === want,
      r.reportData === want ? 'equals --report-data' : `${r.reportData}, expected ${want}`
    )
  }

  if (i.vmpl === undefined)
    add(
      'VMPL',
      r.vmpl <= 3,
      r.vmpl <= 3
        ? `${r.vmpl} (any of 0-3 accepted: pass --vmpl to require one)`
        : `${r.vmpl} is not a VMPL (0-3)`
    )
  else
    add(
      'VMPL',
      r.vmpl === i.vmpl,
      r.vmpl === i.vmpl ? `${r.vmpl} as required` : `${r.vmpl}, expected ${i.vmpl}`
    )

  if (!i.vcek) add('signature', null, 'no --vcek given')
  else if (r.signatureAlgo !== SIGNATURE_ALGO_ECDSA_P384_SHA384)
    add('signature', false, `signature algorithm ${r.signatureAlgo}, expected 1 (ECDSA P-384 with SHA-384)`)
  else if (r.signingKey !== 'vcek')
    add('signature', false, `the report says it is signed by ${r.signingKey.toUpperCase()}, not a VCEK`)
  else {
    let ok: boolean
    try {
      ok = verifySnpSignature(i.vcek.publicKey, r.signed, Buffer.concat([r.r, r.s]))
    } catch {
      ok = false // not an EC key: nothing it signs can be this signature
    }
    add(
      'signature',
      ok,
      ok ? 'ECDSA P-384 over bytes 0..0x2A0 verifies with the VCEK' : 'does not verify with the VCEK'
    )
  }

  if (!i.vcek) add('VCEK for this chip', null, 'no --vcek given')
  else vcekMatches(i.vcek, r, add)

  if (!i.chain) add('chain', null, 'no --chain given')
  else if (!i.vcek) add('chain', false, '--chain needs --vcek: the chain ends at the VCEK')
  else {
    const links = verifyChain(i.chain.ark, i.chain.ask, i.vcek, i.now)
    const bad = links.filter(l => !l.ok)
    add(
      'chain',
      bad.length === 0,
      bad.length === 0
        ? `ARK -> ASK -> VCEK: ${links.map(l => l.detail).join('; ')}; ARK sha256 ${i.chain.ark.fingerprint256}`
        : bad.map(l => `${l.what}: ${l.detail}`).join('; ')
    )
  }
  return checks
}

/** The VCEK's hwID and TCB extensions against the report's CHIP_ID and REPORTED_TCB. */
function vcekMatches(
  vcek: X509Certificate,
  r: SnpReport,
  add: (name: string, ok: boolean | null, detail: string) => void
): void {
  const f = vcekFacts(vcek)
  const seen: string[] = []
  const wrong: string[] = []
  if (f.hwId !== null) {
    if (r.maskChipKey || /^0+$/.test(r.chipId)) seen.push('chip id masked in the report: not compared')
    else if (f.hwId === r.chipId) seen.push(`hwID ${short(f.hwId)} is the report's chip id`)
    else wrong.push(`hwID ${short(f.hwId)} is not the report's chip id ${short(r.chipId)}`)
  }
  // Milan and Genoa TCB_VERSION: boot loader, TEE, 4 reserved, SNP, microcode (one byte each).
  if (f.product && /^(Milan|Genoa)/.test(f.product) && Object.keys(f.spl).length > 0) {
    const tcb = Buffer.alloc(8)
    tcb.writeBigUInt64LE(r.reportedTcb)
    const pairs: [string, number][] = [
      ['blSPL', tcb[0]!],
      ['teeSPL', tcb[1]!],
      ['snpSPL', tcb[6]!],
      ['ucodeSPL', tcb[7]!]
    ]
    const off = pairs.filter(([n, v]) => f.spl[n] !== v)
    if (off.length === 0) seen.push(`TCB ${pairs.map(([n, v]) => `${n}=${v}`).join(' ')} as in the report`)
    else
      wrong.push(
        `TCB differs from the report's: ${off.map(([n, v]) => `${n} VCEK ${f.spl[n] ?? 'absent'}, report ${v}`).join(', ')}`
      )
  } else if (f.product) seen.push(`TCB layout of ${f.product} not compared`)
  if (f.hwId === null && !f.product)
    add('VCEK for this chip', null, 'the VCEK has no AMD hwID or TCB extensions')
  else add('VCEK for this chip', wrong.length === 0, [...wrong, ...seen].join('; '))
}

export function renderChecks(checks: Check[]): string {
  return checks.map(c => `${c.status.toUpperCase().padEnd(4)} ${c.name}: ${c.detail}\n`).join('')
}
