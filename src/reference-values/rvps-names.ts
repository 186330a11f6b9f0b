// The names reference values go under in Trustee's RVPS (confidential-containers/trustee):
// - the names its attestation service's default policy queries
//   (attestation-service/src/ear_token/ear_default_policy_cpu.rego), so that policy works as it is;
// - names after its reference-value URI convention (rvps/docs/reference-value-uri.md):
//   rvps:///<namespace>/.../<name>:<tag>, the repository as the namespace, the version as the tag.

/** The message version RVPS accepts (rvps/src/lib.rs MESSAGE_VERSION). */
export const RVPS_MESSAGE_VERSION = '0.1.0'

/** What the default policy queries with query_reference_value(...). */
export const DEFAULT_POLICY_NAMES = {
  /** `input.snp.measurement in query_reference_value("snp_launch_measurement")` */
  snpLaunchMeasurement: 'snp_launch_measurement',
  /** `input.tdx.quote.body.mr_td in query_reference_value("mr_td")` */
  tdxMrtd: 'mr_td',
  /** Compared with `==`, so a single value, not a list. */
  snpAbiMajor: 'snp_guest_abi_major',
  snpAbiMinor: 'snp_guest_abi_minor',
  snpSmtAllowed: 'snp_smt_allowed',
  snpSingleSocket: 'snp_single_socket'
} as const

const SNP_MEASUREMENT = 'snp/measurement'
const SNP_POLICY = 'snp/policy'
const TDX_MRTD = 'tdx/mr_td'
/** Per-target names sit under `igvm/<target>`, as recipes name targets `igvm.<target>`. */
const PER_TARGET = 'igvm'

/** `https://github.com/coconut-svsm/svsm(.git)` → `github.com/coconut-svsm/svsm`. */
export function repositoryPath(url: string): string {
  const u = new URL(url)
  return `${u.host}${u.pathname}`.replace(/\/+$/, '').replace(/\.git$/, '')
}

interface RvpsNames {
  snpMeasurement: string
  tdxMrtd: string
  target: (target: string) => { snpMeasurement: string; snpPolicy: string; tdxMrtd: string }
}

/** The URI names of one build: rvps:///<repository path>/...:<version> (no tag when the version is empty). */
export function rvpsNames(repositoryUrl: string, version: string): RvpsNames {
  const base = `rvps:///${repositoryPath(repositoryUrl)}`
  const tag = version ? `:${version}` : ''
  const name = (...segments: string[]) => `${base}/${segments.join('/')}${tag}`
  return {
    snpMeasurement: name(SNP_MEASUREMENT),
    tdxMrtd: name(TDX_MRTD),
    target: t => ({
      snpMeasurement: name(PER_TARGET, t, SNP_MEASUREMENT),
      snpPolicy: name(PER_TARGET, t, SNP_POLICY),
      tdxMrtd: name(PER_TARGET, t, TDX_MRTD)
    })
  }
}

type ParsedName =
  | {
      kind: 'target'
      repository: string
      target: string
      what: 'snp-measurement' | 'snp-policy' | 'tdx-mrtd'
      tag?: string
    }
  | { kind: 'build'; repository: string; what: 'snp-measurement' | 'tdx-mrtd'; tag?: string }

const WHAT = {
  [SNP_MEASUREMENT]: 'snp-measurement',
  [SNP_POLICY]: 'snp-policy',
  [TDX_MRTD]: 'tdx-mrtd'
} as const

const TARGET_NAME =
  /^rvps:\/\/\/(.+?)\/igvm\/([^/:]+)\/(snp\/measurement|snp\/policy|tdx\/mr_td)(?::([^:\s]+))?$/
const BUILD_NAME = /^rvps:\/\/\/(.+)\/(snp\/measurement|tdx\/mr_td)(?::([^:\s]+))?$/

/** A URI name this module writes, read back (null for any other name). */
export function parseRvpsName(name: string): ParsedName | null {
  const t = TARGET_NAME.exec(name)
  if (t)
    return {
      kind: 'target',
      repository: t[1]!,
      target: t[2]!,
      what: WHAT[t[3] as keyof typeof WHAT],
      ...(t[4] ? { tag: t[4] } : {})
    }
  const b = BUILD_NAME.exec(name)
  if (b)
    return {
      kind: 'build',
      repository: b[1]!,
      what: WHAT[b[2] as typeof SNP_MEASUREMENT | typeof TDX_MRTD] as 'snp-measurement' | 'tdx-mrtd',
      ...(b[3] ? { tag: b[3] } : {})
    }
  return null
}
