// What a reader of a reference-value file (CoRIM, RVPS message, this project's JSON) gives back:
// the values a report is compared with, per launch, in one shape whatever the format. The checks
// of verify-report (src/snp/reference.ts) take SnpReference as it is, with a name and a source.
// A value that is absent is not stated, and not compared (as Veraison skips an absent mkey).

/** SEV-SNP reference values of one launch (one CoRIM reference-value triple). Hex is upper-case. */
export interface SnpReference {
  launchDigest: string
  /** The guest policy (absent when the file states none). */
  policy?: bigint
  /** The guest SVN and how it is compared: `min` (CoRIM min-value, what this project writes) or `exact`. */
  guestSvn?: { value: number; match: 'min' | 'exact' }
  familyId?: string
  imageId?: string
  idKeyDigest?: string
  /** null: signed without an author key (the report must show none); absent: not stated. */
  authorKeyDigest?: string | null
}

export interface TargetReference {
  /** Target name, when the format carries one (RVPS per-target names, JSON); a CoRIM triple has none. */
  target?: string
  snp?: SnpReference
  tdxMrtd?: string
}

/** Policy fields Trustee's default policy compares one by one (its names snp_guest_abi_major, ...). */
export interface SnpPolicyFields {
  abiMajor?: number
  abiMinor?: number
  smtAllowed?: boolean
  singleSocket?: boolean
}

export interface ReferenceValues {
  format: 'corim' | 'rvps' | 'json'
  /** What the file calls itself (a CoRIM id), when it does. */
  id?: string
  /** The repository as the file names it (owner/name in a CoRIM id, host/owner/name in RVPS names). */
  repository?: string
  version?: string
  targets: TargetReference[]
  /** Policy fields stated apart from any launch (an RVPS message's default-policy names). */
  snpPolicyFields?: SnpPolicyFields
  /** What the reader read but does not check, or what a verifier would see differently. */
  warnings: string[]
}
