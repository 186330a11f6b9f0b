// The checks of `verify-report`: a parsed report against published reference values (from a
// build's measurements.json, or any format reduced to ReferenceValue), the caller's expectations,
// and AMD's keys (check-amd.ts). Pure: the inputs are read and parsed by the command.
import { policyDifferences } from '../igvm/guest-policy.js'
import { checkAmd, type AmdInputs } from './check-amd.js'
import type { ReferenceValue } from './reference.js'

export interface CheckInputs extends AmdInputs {
  published: ReferenceValue[]
  target?: string
  /** Exactly 64 bytes (shorter input is zero-padded by the command). */
  reportData?: Buffer
  vmpl?: number
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
  const match = candidates.find(m => m.launchDigest === r.measurement)
  if (match)
    add(
      'measurement',
      true,
      `${short(r.measurement)} is the published launch digest of target ${match.target} (${match.source})`
    )
  else
    add(
      'measurement',
      false,
      `${r.measurement} is none of the ${candidates.length} published launch digest(s)${i.target ? ` of target ${i.target}` : ''} (${candidates.map(m => `${m.target}: ${short(m.launchDigest)}`).join(', ') || 'no records'})`
    )

  // The values to compare the rest with: the matched ones, else the only candidate.
  const targets = new Set(candidates.map(m => m.target))
  const value = match ?? (candidates.length === 1 || targets.size === 1 ? candidates[0] : undefined)
  const policies = [...new Set(candidates.map(m => m.policy))]
  const expectedPolicy = value ? value.policy : policies.length === 1 ? policies[0]! : null
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

  const signed = value?.idBlock
  if (!signed) {
    const why = value ? `the record of ${value.target} is not signed` : 'no matching record'
    const has = r.idKeyDigest !== ZERO48 ? `; the report has ID key digest ${short(r.idKeyDigest)}` : ''
    for (const name of ['ID key digest', 'author key digest', 'family id', 'image id', 'guest SVN'])
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
    if (signed.guestSvn === undefined)
      add('guest SVN', null, `${r.guestSvn}: the published values state no guest SVN`)
    else
      add(
        'guest SVN',
        r.guestSvn >= signed.guestSvn,
        r.guestSvn >= signed.guestSvn
          ? `${r.guestSvn}, at least the published ${signed.guestSvn}`
          : `${r.guestSvn}, below the published ${signed.guestSvn}`
      )
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

  checkAmd(i, add)
  return checks
}

export function renderChecks(checks: Check[]): string {
  return checks.map(c => `${c.status.toUpperCase().padEnd(4)} ${c.name}: ${c.detail}\n`).join('')
}
