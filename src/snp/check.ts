// The checks of `verify-report`: a parsed report against published reference values (from a
// build's measurements.json, or any format reduced to ReferenceValue), the caller's expectations,
// and AMD's keys (check-amd.ts). Pure: the inputs are read and parsed by the command.
import { policyDifferences } from '../igvm/guest-policy.js'
import { checkAmd, type AmdInputs } from './check-amd.js'
import { snpPolicyBits } from '../reference-values/snp-policy.js'
import type { SnpPolicyFields } from '../reference-values/values.js'
import { describeValue, type ReferenceValue } from './reference.js'

export interface CheckInputs extends AmdInputs {
  published: ReferenceValue[]
  target?: string
  /** Exactly 64 bytes (shorter input is zero-padded by the command). */
  reportData?: Buffer
  vmpl?: number
}

interface Check {
  name: string
  status: 'pass' | 'fail' | 'skip'
  detail: string
}

const ZERO48 = '0'.repeat(96)
const short = (h: string) => `${h.slice(0, 16)}...`

export function checkReport(i: CheckInputs): Check[] {
  const r = i.report
  const checks: Check[] = []
  const add: Add = (name, ok, detail) =>
    checks.push({ name, status: ok === null ? 'skip' : ok ? 'pass' : 'fail', detail })

  const candidates = i.target ? i.published.filter(m => m.target === i.target) : i.published
  const match = candidates.find(m => m.launchDigest === r.measurement)
  if (match)
    add(
      'measurement',
      true,
      `${short(r.measurement)} is the published launch digest of ${describeValue(match)}`
    )
  else
    add(
      'measurement',
      false,
      `${r.measurement} is none of the ${candidates.length} published launch digest(s)${i.target ? ` of target ${i.target}` : ''} (${candidates.map(m => `${m.target ?? m.source}: ${short(m.launchDigest)}`).join(', ') || 'no records'})`
    )

  // The values to compare the rest with: the matched ones, else the only candidate (or target).
  const targets = new Set(candidates.map((m, n) => m.target ?? n))
  const value = match ?? (candidates.length === 1 || targets.size === 1 ? candidates[0] : undefined)
  checkPolicy(r.policy, value, candidates, add)
  checkIdBlock(r, value, add)

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

type Add = (name: string, ok: boolean | null, detail: string) => void

const hexPolicy = (p: bigint) => `0x${p.toString(16)}`

function checkPolicy(
  found: bigint,
  value: ReferenceValue | undefined,
  candidates: ReferenceValue[],
  add: Add
) {
  const policies = [...new Set(candidates.map(m => m.policy))]
  if (!value && policies.length !== 1) {
    add('policy', null, `${hexPolicy(found)}: no single published value to compare with (pass --target)`)
    return
  }
  const expected = value ? value.policy : policies[0]
  if (expected === undefined) {
    const fields = (value ?? candidates[0])?.policyFields
    if (fields) checkPolicyFields(found, fields, add)
    else add('policy', null, `${hexPolicy(found)}: the published values state no policy`)
    return
  }
  const diffs = policyDifferences(expected, found)
  add(
    'policy',
    diffs.length === 0,
    diffs.length === 0
      ? `${hexPolicy(found)} equals the published policy`
      : `${hexPolicy(found)} differs from the published ${hexPolicy(expected)}: ${diffs.join(', ')}`
  )
}

/** Only the policy fields an RVPS message states by Trustee's default-policy names, each with ==. */
function checkPolicyFields(found: bigint, fields: SnpPolicyFields, add: Add) {
  const bits = snpPolicyBits(found)
  const wrong = (Object.keys(fields) as (keyof SnpPolicyFields)[])
    .filter(k => fields[k] !== undefined && fields[k] !== bits[k])
    .map(k => `${k} ${bits[k]}, published ${fields[k]}`)
  const stated = Object.keys(fields).join(', ')
  add(
    'policy',
    wrong.length === 0,
    wrong.length === 0
      ? `${hexPolicy(found)} has the published ${stated} (no whole policy is published)`
      : `${hexPolicy(found)}: ${wrong.join('; ')}`
  )
}

/** ID key, author key, family and image id, guest SVN: each compared when the published values state it. */
function checkIdBlock(r: CheckInputs['report'], value: ReferenceValue | undefined, add: Add) {
  const signed =
    value &&
    [value.idKeyDigest, value.authorKeyDigest, value.familyId, value.imageId].some(x => x !== undefined)
  const none = !value
    ? 'no matching published value'
    : signed
      ? 'not stated in the published values'
      : 'not signed: no ID block is published for this launch'
  const same = (name: string, found: string, want: string | undefined) => {
    if (want === undefined) add(name, null, `${short(found)}: ${none}`)
    else
      add(
        name,
        found === want,
        found === want ? `${short(found)} as published` : `${found}, published ${want}`
      )
  }
  same('ID key digest', r.idKeyDigest, value?.idKeyDigest)
  const author = value?.authorKeyDigest
  if (author === undefined) add('author key digest', null, none)
  else if (author === null) {
    const ok = !r.authorKeyEn && r.authorKeyDigest === ZERO48
    add(
      'author key digest',
      ok,
      ok
        ? 'none, as published (signed without an author key)'
        : `the report has author key ${r.authorKeyEn ? 'enabled' : 'disabled'}, digest ${short(r.authorKeyDigest)}; the published values have no author key`
    )
  } else if (!r.authorKeyEn)
    add('author key digest', false, `the report has no author key; published ${short(author)}`)
  else same('author key digest', r.authorKeyDigest, author)
  same('family id', r.familyId, value?.familyId)
  same('image id', r.imageId, value?.imageId)
  const svn = value?.guestSvn
  if (svn === undefined) add('guest SVN', null, `${r.guestSvn}: ${none}`)
  else if (svn.match === 'min')
    add(
      'guest SVN',
      r.guestSvn >= svn.value,
      r.guestSvn >= svn.value
        ? `${r.guestSvn}, at least the published ${svn.value}`
        : `${r.guestSvn}, below the published ${svn.value}`
    )
  else
    add(
      'guest SVN',
      r.guestSvn === svn.value,
      r.guestSvn === svn.value
        ? `${r.guestSvn}, as published`
        : `${r.guestSvn}, published exactly ${svn.value}`
    )
}

export function renderChecks(checks: Check[]): string {
  return checks.map(c => `${c.status.toUpperCase().padEnd(4)} ${c.name}: ${c.detail}\n`).join('')
}
