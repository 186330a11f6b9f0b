// One unsigned CoRIM per build: a CoMID with one reference-value triple per SEV-SNP target, shaped
// like the CoRIM Veraison's SEV-SNP scheme accepts (its test data corim-sevsnp-valid.cbor): the
// class OID by chip, the launch digest as the instance (Veraison finds reference values by it), and
// only the mkeys a build determines, in the types Veraison's evidence has for them.
import { createHash } from 'node:crypto'
import { encodeDeterministic, Tagged } from './cbor.js'
import {
  CLASS_KEY,
  CLASS_OID_BY_CHIP,
  COMID_KEY,
  CORIM_KEY,
  ENV_KEY,
  MEASUREMENT_KEY,
  MKEY,
  MVAL_KEY,
  oidBytes,
  PROFILE,
  SHA384_ALG,
  TAG,
  TAG_IDENTITY_KEY,
  TDX_CORIM_NOTE,
  TRIPLES_KEY
} from './corim-profile.js'
import { ReferenceValuesError } from './errors.js'
import { fromHex, policyBytes } from './hex.js'
import { isSnpTarget, parseBuildInput, type BuildInput, type TargetInput } from './input.js'

type MeasurementValues = Map<number, unknown>

const bytes = (hex: string) => new Tagged(TAG.BYTES, fromHex(hex))

/** One measurement-map: { 0: mkey, 1: measurement-values-map }. */
const measurement = (mkey: number, mval: MeasurementValues) =>
  new Map<number, unknown>([
    [MEASUREMENT_KEY.MKEY, mkey],
    [MEASUREMENT_KEY.MVAL, mval]
  ])

const rawValue = (hex: string): MeasurementValues => new Map([[MVAL_KEY.RAW_VALUE, bytes(hex)]])

/** The measurements of one target, in mkey order. */
function measurements(t: TargetInput): Map<number, unknown>[] {
  const id = t.idBlock
  const out = [
    // Guest SVN as min-value (tag 553), as in Veraison's fixture; 0 unless an ID block says otherwise.
    measurement(MKEY.GUEST_SVN, new Map([[MVAL_KEY.SVN, new Tagged(TAG.MIN_SVN, id?.guestSvn ?? 0)]])),
    // 8 bytes big-endian: 0x30000 is 0000000000030000, the order of Veraison's evidence claims.
    measurement(
      MKEY.POLICY,
      new Map([[MVAL_KEY.RAW_VALUE, new Tagged(TAG.BYTES, policyBytes(BigInt(t.policy)))]])
    )
  ]
  if (id)
    out.push(
      measurement(MKEY.FAMILY_ID, rawValue(id.familyId)),
      measurement(MKEY.IMAGE_ID, rawValue(id.imageId))
    )
  out.push(
    measurement(MKEY.MEASUREMENT, new Map([[MVAL_KEY.DIGESTS, [[SHA384_ALG, fromHex(t.launchDigest)]]]]))
  )
  // Raw 48 bytes, as Veraison's evidence has them (go-gen-ref); AMD's draft says digests instead.
  if (id) out.push(measurement(MKEY.ID_KEY_DIGEST, rawValue(id.idKeyDigest)))
  if (id?.authorKeyDigest) out.push(measurement(MKEY.AUTHOR_KEY_DIGEST, rawValue(id.authorKeyDigest)))
  return out
}

function referenceTriple(t: TargetInput): unknown[] {
  const environment = new Map<number, unknown>([
    [ENV_KEY.CLASS, new Map([[CLASS_KEY.CLASS_ID, new Tagged(TAG.OID, oidBytes(CLASS_OID_BY_CHIP))]])],
    [ENV_KEY.INSTANCE, bytes(t.launchDigest)]
  ])
  return [environment, measurements(t)]
}

/** A name-based UUID (RFC 9562 version 8, from SHA-256): the same triples give the same tag id. */
function contentUuid(content: Uint8Array): Uint8Array {
  const h = createHash('sha256').update('svsm-build CoMID tag-id\0').update(content).digest()
  const u = new Uint8Array(h.subarray(0, 16))
  u[6] = (u[6]! & 0x0f) | 0x80
  u[8] = (u[8]! & 0x3f) | 0x80
  return u
}

/** The CoRIM id: the repository and its `git describe`, which is what the CoRIM is of. */
const corimId = (input: BuildInput) =>
  input.version ? `${input.repository.name}@${input.version}` : input.repository.name

interface CorimOutput {
  bytes: Uint8Array
  /** The targets that have a triple, in order. */
  targets: string[]
  /** What the CoRIM leaves out, and why. */
  notes: string[]
}

export function buildCorim(given: BuildInput): CorimOutput {
  const input = parseBuildInput(given) // the adapter's output is checked before any byte is written
  const snp = input.targets.filter(isSnpTarget)
  if (snp.length === 0)
    throw new ReferenceValuesError(
      'reference values',
      'targets',
      `no target lists the "snp" platform (found ${input.targets.map(t => `${t.target}: ${t.platforms.join(',') || 'none'}`).join('; ')}), expected at least one SEV-SNP target for a CoRIM`
    )
  const triples = new Map<number, unknown>([[TRIPLES_KEY.REFERENCE, snp.map(referenceTriple)]])
  const comid = new Map<number, unknown>([
    [COMID_KEY.LANG, 'en'],
    [COMID_KEY.TAG_IDENTITY, new Map([[TAG_IDENTITY_KEY.TAG_ID, contentUuid(encodeDeterministic(triples))]])],
    [COMID_KEY.TRIPLES, triples]
  ])
  const corim = new Tagged(
    TAG.CORIM_UNSIGNED,
    new Map<number, unknown>([
      [CORIM_KEY.ID, corimId(input)],
      // A CoMID travels bstr-wrapped inside its tag, as in every CoRIM.
      [CORIM_KEY.TAGS, [new Tagged(TAG.COMID, encodeDeterministic(comid))]],
      [CORIM_KEY.PROFILE, new Tagged(TAG.URI, PROFILE)]
    ])
  )
  const notes: string[] = []
  if (input.targets.some(t => t.tdxMrtd)) notes.push(TDX_CORIM_NOTE)
  const skipped = input.targets.filter(t => !isSnpTarget(t)).map(t => t.target)
  if (skipped.length)
    notes.push(`no triple for ${skipped.join(', ')}: not built for SEV-SNP (no "snp" platform)`)
  notes.push(
    'not in the CoRIM: the report version (mkey 0; the AMD product decides it) and the values one machine or ' +
      'one report decides (VMPL, TCBs, platform info, chip id, report data and ids)'
  )
  return { bytes: encodeDeterministic(corim), targets: snp.map(t => t.target), notes }
}
