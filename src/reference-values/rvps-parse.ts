// Reads an RVPS message back: a "sample" message (this project's or one written by hand with the
// default-policy names) or a "corim" message (base64 CoRIM, which RVPS's CoRIM extractor takes).
import { z } from 'zod'
import { decodeCorim } from './corim-decode.js'
import { fromZodIssue, ReferenceValuesError } from './errors.js'
import { DEFAULT_POLICY_NAMES, parseRvpsName, RVPS_MESSAGE_VERSION } from './rvps-names.js'
import type { ReferenceValues, SnpPolicyFields, TargetReference } from './values.js'

const messageSchema = z.object({
  // RVPS fills in "0.1.0" when the field is absent, and refuses any other version.
  version: z
    .literal(RVPS_MESSAGE_VERSION, { error: `"${RVPS_MESSAGE_VERSION}"` })
    .default(RVPS_MESSAGE_VERSION),
  type: z.string({ error: 'the provenance type, "sample" or "corim"' }),
  payload: z.string({ error: 'the provenance, base64' })
})

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
const HEX96 = /^[0-9a-fA-F]{96}$/

const show = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v)
  return s.length > 80 ? `${s.slice(0, 77)}...` : s
}

export function parseRvpsMessage(text: string, source = 'RVPS message'): ReferenceValues {
  const fail = (where: string, detail: string): never => {
    throw new ReferenceValuesError(source, where, detail)
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    fail('', `not JSON (${(e as Error).message}), expected {"version","type","payload"}`)
  }
  const m = messageSchema.safeParse(raw)
  if (!m.success) throw fromZodIssue(source, raw, m.error.issues[0]!)
  const { type, payload } = m.data!
  if (!BASE64.test(payload))
    fail('payload', 'found characters outside standard base64, expected base64 with padding')
  const bytes = Buffer.from(payload, 'base64')
  if (type === 'corim') {
    const v = decodeCorim(bytes, `${source} (CoRIM payload)`)
    return {
      ...v,
      format: 'rvps',
      warnings: ['an RVPS "corim" message: read as the CoRIM it carries', ...v.warnings]
    }
  }
  if (type !== 'sample') fail('type', `found ${show(type)}, expected "sample" or "corim"`)

  let body: unknown
  try {
    body = JSON.parse(bytes.toString('utf8'))
  } catch (e) {
    fail(
      'payload',
      `the decoded payload is not JSON (${(e as Error).message}), expected {"<name>": [<value>, ...]}`
    )
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    fail('payload', `the decoded payload is ${show(body)}, expected an object {"<name>": [<value>, ...]}`)
  return readSample(body as Record<string, unknown>, fail)
}

function readSample(
  body: Record<string, unknown>,
  fail: (where: string, detail: string) => never
): ReferenceValues {
  const warnings: string[] = []
  const at = (name: string) => `payload[${JSON.stringify(name)}]`
  const digests = (name: string, v: unknown): string[] => {
    if (!Array.isArray(v) || v.length === 0 || !v.every(x => typeof x === 'string' && HEX96.test(x)))
      fail(at(name), `found ${show(v)}, expected a list of 96-hex-digit digests`)
    return (v as string[]).map(x => x.toUpperCase())
  }
  const list = (name: string, v: unknown, re: RegExp, expected: string): string[] => {
    if (!Array.isArray(v) || v.length === 0 || !v.every(x => typeof x === 'string' && re.test(x)))
      fail(at(name), `found ${show(v)}, expected ${expected}`)
    return v as string[]
  }

  /** Per target: its launch digests, policies and MRTDs, as lists (a target may have several launches). */
  const perTarget = new Map<string, { snp: string[]; policies: string[]; tdx: string[] }>()
  const buildDigests = { snp: new Set<string>(), tdx: new Set<string>() }
  const fields: SnpPolicyFields = {}
  const repos = new Set<string>()
  const tags = new Set<string | undefined>()

  for (const [name, v] of Object.entries(body)) {
    const parsed = parseRvpsName(name)
    if (parsed) {
      repos.add(parsed.repository)
      tags.add(parsed.tag)
      if (parsed.kind === 'build') {
        for (const d of digests(name, v))
          buildDigests[parsed.what === 'snp-measurement' ? 'snp' : 'tdx'].add(d)
        continue
      }
      const t = perTarget.get(parsed.target) ?? { snp: [], policies: [], tdx: [] }
      perTarget.set(parsed.target, t)
      if (parsed.what === 'snp-measurement') t.snp.push(...digests(name, v).filter(d => !t.snp.includes(d)))
      else if (parsed.what === 'tdx-mrtd') t.tdx.push(...digests(name, v).filter(d => !t.tdx.includes(d)))
      else
        t.policies.push(
          ...list(name, v, /^0x[0-9a-fA-F]{1,16}$/, 'a list of hex policies, like ["0x30000"]').filter(
            p => !t.policies.includes(p)
          )
        )
      continue
    }
    switch (name) {
      case DEFAULT_POLICY_NAMES.snpLaunchMeasurement:
        for (const d of digests(name, v)) buildDigests.snp.add(d)
        break
      case DEFAULT_POLICY_NAMES.tdxMrtd:
        for (const d of digests(name, v)) buildDigests.tdx.add(d)
        break
      case DEFAULT_POLICY_NAMES.snpAbiMajor:
      case DEFAULT_POLICY_NAMES.snpAbiMinor:
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 255)
          fail(at(name), `found ${show(v)}, expected a number 0-255 (the default policy compares it with ==)`)
        fields[name === DEFAULT_POLICY_NAMES.snpAbiMajor ? 'abiMajor' : 'abiMinor'] = v as number
        break
      case DEFAULT_POLICY_NAMES.snpSmtAllowed:
      case DEFAULT_POLICY_NAMES.snpSingleSocket:
        if (typeof v !== 'boolean')
          fail(at(name), `found ${show(v)}, expected true or false (the default policy compares it with ==)`)
        fields[name === DEFAULT_POLICY_NAMES.snpSmtAllowed ? 'smtAllowed' : 'singleSocket'] = v as boolean
        break
      default:
        warnings.push(`${at(name)}: not a name svsm-build compares, ignored`)
    }
  }

  const targets: TargetReference[] = []
  for (const [target, t] of perTarget) {
    if (t.policies.length && !t.snp.length)
      fail(
        'payload',
        `a snp/policy name for target ${target} without its snp/measurement name, expected both`
      )
    // A policy goes with the target's digests only when there is one; several cannot be paired.
    const policy = t.policies.length === 1 ? BigInt(t.policies[0]!) : undefined
    if (t.policies.length > 1)
      warnings.push(
        `target ${target}: ${t.policies.length} policies (${t.policies.join(', ')}) for ${t.snp.length} launch digest(s); which goes with which is not said, so the policy is not compared`
      )
    const snp = t.snp.map(d => ({
      target,
      snp: { launchDigest: d, ...(policy !== undefined ? { policy } : {}) }
    }))
    // An MRTD joins the target's one SEV-SNP launch (one image with both platforms), else stands alone.
    if (snp.length === 1 && t.tdx.length === 1) targets.push({ ...snp[0]!, tdxMrtd: t.tdx[0]! })
    else targets.push(...snp, ...t.tdx.map(d => ({ target, tdxMrtd: d })))
  }
  if (targets.length) {
    // The build-wide lists should hold exactly the per-target values; say so when they do not.
    const own = {
      snp: new Set(targets.flatMap(t => (t.snp ? [t.snp.launchDigest] : []))),
      tdx: new Set(targets.flatMap(t => (t.tdxMrtd ? [t.tdxMrtd] : [])))
    }
    for (const kind of ['snp', 'tdx'] as const)
      for (const d of buildDigests[kind])
        if (!own[kind].has(d))
          warnings.push(`${kind === 'snp' ? 'launch digest' : 'MRTD'} ${d} is listed for no target`)
  } else {
    for (const d of buildDigests.snp) targets.push({ snp: { launchDigest: d } })
    for (const d of buildDigests.tdx) targets.push({ tdxMrtd: d })
  }
  if (targets.length === 0)
    fail(
      'payload',
      `no launch digest or MRTD among ${Object.keys(body).length} names, expected ${DEFAULT_POLICY_NAMES.snpLaunchMeasurement}, ${DEFAULT_POLICY_NAMES.tdxMrtd} or rvps:/// names`
    )
  if (repos.size > 1 || tags.size > 1)
    warnings.push(
      `names of more than one build: ${[...repos].join(', ')} at ${[...tags].map(t => t ?? '(no tag)').join(', ')}`
    )
  const tag = tags.size === 1 ? [...tags][0] : undefined
  return {
    format: 'rvps',
    ...(repos.size === 1 ? { repository: [...repos][0]! } : {}),
    ...(tag ? { version: tag } : {}),
    targets,
    ...(Object.keys(fields).length ? { snpPolicyFields: fields } : {}),
    warnings
  }
}
