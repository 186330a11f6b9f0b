// The CoRIM numbers this project reads and writes: IETF CoRIM (draft-ietf-rats-corim) map keys and
// tags, and the SEV-SNP measurement keys of AMD's profile (tag:amd.com,2024:snp-corim-profile) in the
// types Veraison's SEV-SNP scheme compares (veraison/services scheme/sevsnp; its evidence comes from
// jraman567/go-gen-ref cmd/sevsnp/parser.go). One source of truth for the writer, reader and dump.

export const PROFILE = 'tag:amd.com,2024:snp-corim-profile'
/** Veraison's SEV-SNP scheme also registers this one (trust anchors, the AMD root key). */
export const ARK_PROFILE = 'https://amd.com/ark'

/** Attestation by chip (VCEK); by CSP (VLEK) is .3.2. Veraison's reference values use the first. */
export const CLASS_OID_BY_CHIP = '1.3.6.1.4.1.3704.3.1'
export const CLASS_OID_BY_CSP = '1.3.6.1.4.1.3704.3.2'

export const TAG = {
  COSE_SIGN1: 18,
  URI: 32,
  UUID: 37,
  OID: 111,
  CORIM_UNSIGNED: 501,
  CORIM_SIGNED: 502,
  COSWID: 505,
  COMID: 506,
  SVN: 552,
  MIN_SVN: 553,
  PKIX_BASE64_KEY: 554,
  PKIX_BASE64_CERT: 555,
  PKIX_BASE64_CERT_PATH: 556,
  BYTES: 560
} as const

export const CORIM_KEY = { ID: 0, TAGS: 1, DEPENDENT_RIMS: 2, PROFILE: 3, VALIDITY: 4, ENTITIES: 5 } as const
export const COMID_KEY = { LANG: 0, TAG_IDENTITY: 1, ENTITIES: 2, LINKED_TAGS: 3, TRIPLES: 4 } as const
export const TAG_IDENTITY_KEY = { TAG_ID: 0, TAG_VERSION: 1 } as const
export const TRIPLES_KEY = { REFERENCE: 0, ENDORSED: 1, IDENTITY: 2, ATTEST_KEY: 3 } as const
export const ENV_KEY = { CLASS: 0, INSTANCE: 1, GROUP: 2 } as const
export const CLASS_KEY = { CLASS_ID: 0, VENDOR: 1, MODEL: 2, LAYER: 3, INDEX: 4 } as const
export const MEASUREMENT_KEY = { MKEY: 0, MVAL: 1, AUTHORIZED_BY: 2 } as const
export const MVAL_KEY = { VERSION: 0, SVN: 1, DIGESTS: 2, FLAGS: 3, RAW_VALUE: 4, RAW_VALUE_MASK: 5 } as const

/** IANA Named Information hash algorithm id of sha-384, as `digests` entries carry it. */
export const SHA384_ALG = 7

/** The SEV-SNP mkeys: attestation report fields by AMD's profile numbering. */
export const MKEY = {
  VERSION: 0,
  GUEST_SVN: 1,
  POLICY: 2,
  FAMILY_ID: 3,
  IMAGE_ID: 4,
  VMPL: 5,
  CURRENT_TCB: 6,
  PLATFORM_INFO: 7,
  REPORT_DATA: 640,
  MEASUREMENT: 641,
  HOST_DATA: 642,
  ID_KEY_DIGEST: 643,
  AUTHOR_KEY_DIGEST: 644,
  REPORT_ID: 645,
  REPORT_ID_MA: 646,
  REPORTED_TCB: 647,
  CPUID_FAM_ID: 648,
  CPUID_MOD_ID: 649,
  CPUID_STEP: 650,
  CHIP_ID: 3328,
  COMMITTED_TCB: 3329,
  CURRENT_VERSION: 3330,
  COMMITTED_VERSION: 3936,
  LAUNCH_TCB: 3968
} as const

export const MKEY_NAME: ReadonlyMap<number, string> = new Map(Object.entries(MKEY).map(([k, v]) => [v, k]))

/** The mkeys a build determines; every other one describes a machine or one report. */
export const BUILD_MKEYS: ReadonlySet<number> = new Set([
  MKEY.GUEST_SVN,
  MKEY.POLICY,
  MKEY.FAMILY_ID,
  MKEY.IMAGE_ID,
  MKEY.MEASUREMENT,
  MKEY.ID_KEY_DIGEST,
  MKEY.AUTHOR_KEY_DIGEST
])

/** Why the TDX MRTD is not in the CoRIM (said wherever the CoRIM is written). */
export const TDX_CORIM_NOTE =
  'TDX MRTD is not in the CoRIM: no CoRIM profile for TDX is ingested by the verifiers this project targets ' +
  "(Veraison's SEV-SNP scheme reads AMD's profile only); the RVPS message carries it as mr_td."

/** An OID's dotted form as the DER content bytes a CBOR tag 111 holds. */
export function oidBytes(dotted: string): Uint8Array {
  const arcs = dotted.split('.').map(a => BigInt(a))
  const out: number[] = []
  const push = (n: bigint) => {
    const b = [Number(n & 0x7fn)]
    for (n >>= 7n; n > 0n; n >>= 7n) b.unshift(Number(n & 0x7fn) | 0x80)
    out.push(...b)
  }
  push(arcs[0]! * 40n + arcs[1]!)
  for (const a of arcs.slice(2)) push(a)
  return new Uint8Array(out)
}

/** DER content bytes of an OID back to dotted form (null when they are not a well-formed OID). */
export function oidString(bytes: Uint8Array): string | null {
  // Not `= []`: ncc's static evaluator takes an empty array literal for the value, and fails on
  // the BigInt arithmetic below.
  const arcs = new Array<bigint>()
  let n = 0n
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    if (n === 0n && b === 0x80) return null // non-minimal arc
    n = (n << 7n) | BigInt(b & 0x7f)
    if ((b & 0x80) === 0) {
      arcs.push(n)
      n = 0n
    } else if (i === bytes.length - 1) return null
  }
  if (arcs.length === 0) return null
  const first = arcs.shift()!
  const top = first < 40n ? 0n : first < 80n ? 1n : 2n
  return [top, first - top * 40n, ...arcs].join('.')
}
