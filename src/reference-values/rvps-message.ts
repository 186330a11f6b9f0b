// The RVPS "sample" message of one build: {"version","type":"sample","payload":base64(JSON)}, the
// payload a map of name → value (rvps/src/extractors/sample). Digests are lower-case hex, as
// Trustee's verifiers report them (hex::encode); lists where the default policy uses `in`, single
// values where it uses `==`.
import { ReferenceValuesError } from './errors.js'
import { isSnpTarget, parseBuildInput, type BuildInput } from './input.js'
import { DEFAULT_POLICY_NAMES, RVPS_MESSAGE_VERSION, rvpsNames } from './rvps-names.js'
import { SNP_POLICY_BIT, snpPolicyBits, type SnpPolicyBits } from './snp-policy.js'

interface RvpsOptions {
  /** Also write the names Trustee's default policy queries (default true). */
  defaultPolicyNames?: boolean
}

interface RvpsOutput {
  /** The message as RVPS takes it (`rvps-tool register --path FILE`). */
  text: string
  /** The decoded payload, for people and tests. */
  payload: Record<string, unknown>
  notes: string[]
}

const FIELD_NAMES = [
  ['abiMajor', DEFAULT_POLICY_NAMES.snpAbiMajor],
  ['abiMinor', DEFAULT_POLICY_NAMES.snpAbiMinor],
  ['smtAllowed', DEFAULT_POLICY_NAMES.snpSmtAllowed],
  ['singleSocket', DEFAULT_POLICY_NAMES.snpSingleSocket]
] as const

export function buildRvpsMessage(given: BuildInput, options: RvpsOptions = {}): RvpsOutput {
  const input = parseBuildInput(given) // the adapter's output is checked before any byte is written
  const snp = input.targets.filter(isSnpTarget)
  const tdx = input.targets.filter(t => t.tdxMrtd)
  if (snp.length === 0 && tdx.length === 0)
    throw new ReferenceValuesError(
      'reference values',
      'targets',
      `no SEV-SNP target and no TDX MRTD (found ${input.targets.map(t => t.target).join(', ')}), expected at least one value to publish`
    )
  const names = rvpsNames(input.repository.url, input.version)
  const lower = (h: string) => h.toLowerCase()
  const unique = (xs: string[]) => [...new Set(xs)]
  const snpDigests = unique(snp.map(t => lower(t.launchDigest)))
  const mrtds = unique(tdx.map(t => lower(t.tdxMrtd!)))
  const payload: Record<string, unknown> = {}
  const notes: string[] = []

  if (options.defaultPolicyNames ?? true) {
    if (snp.length) payload[DEFAULT_POLICY_NAMES.snpLaunchMeasurement] = snpDigests
    const bits = snp.map(t => ({ target: t.target, bits: snpPolicyBits(BigInt(t.policy)) }))
    for (const [field, name] of FIELD_NAMES) {
      const values = unique(bits.map(b => String(b.bits[field])))
      if (values.length === 1) payload[name] = bits[0]!.bits[field]
      else if (values.length > 1)
        notes.push(
          `${name} left out: the targets' policies differ (${bits.map(b => `${b.target} ${b.bits[field]}`).join(', ')}) and the default policy compares it with ==`
        )
    }
    if (tdx.length) payload[DEFAULT_POLICY_NAMES.tdxMrtd] = mrtds
    notes.push(
      'RVPS stores each name whole: registering this message replaces snp_launch_measurement and mr_td; ' +
        "the rvps:/// names are this build's own"
    )
  }
  if (snp.length) payload[names.snpMeasurement] = snpDigests
  if (tdx.length) payload[names.tdxMrtd] = mrtds
  // Per target, lists: a target built by two recipes, or signed into a file of another digest,
  // has more than one launch; a verifier's policy asks `in`.
  const add = (name: string, value: string) => {
    const list = (payload[name] ??= []) as string[]
    if (!list.includes(value)) list.push(value)
  }
  for (const t of input.targets) {
    const n = names.target(t.target)
    if (isSnpTarget(t)) {
      add(n.snpMeasurement, lower(t.launchDigest))
      add(n.snpPolicy, t.policy)
    }
    if (t.tdxMrtd) add(n.tdxMrtd, lower(t.tdxMrtd))
  }

  for (const t of snp) {
    const b: SnpPolicyBits = snpPolicyBits(BigInt(t.policy))
    const off = [
      b.debugAllowed && `debugging (bit ${SNP_POLICY_BIT.debug})`,
      b.migrateMa && `a migration agent (bit ${SNP_POLICY_BIT.migrateMa})`
    ].filter(Boolean)
    if (off.length)
      notes.push(
        `${t.target}: policy ${t.policy} allows ${off.join(' and ')}; Trustee's default policy requires both off, so its configuration claim will not pass`
      )
  }
  if (snp.length)
    notes.push(
      'not in the message: the values of the machine, not the build: the TCB (snp_bootloader, snp_microcode, ' +
        "snp_snp_svn, snp_tee_svn; the default policy's hardware claim) and SMT/TSME (snp_smt_enabled, " +
        'snp_tsme_enabled; its configuration claim) come from the deployment'
    )
  if (tdx.length)
    notes.push(
      "not in the message: rtmr_1, rtmr_2 and xfam, which the guest's kernel and configuration decide; the default policy's executables and configuration claims need them from the deployment"
    )
  const json = JSON.stringify(payload, null, 2)
  const message = {
    version: RVPS_MESSAGE_VERSION,
    type: 'sample',
    payload: Buffer.from(json).toString('base64')
  }
  return { text: `${JSON.stringify(message, null, 2)}\n`, payload, notes }
}

/** The message as people read it: the same JSON with its payload decoded (not a message RVPS takes). */
export function dumpRvpsMessage(text: string): string {
  const m = JSON.parse(text) as Record<string, unknown>
  const payload = JSON.parse(Buffer.from(String(m.payload), 'base64').toString('utf8')) as unknown
  return `${JSON.stringify({ ...m, payload }, null, 2)}\n`
}
