// Reference values: what a publisher states about a launch target, in the small shape that every
// published format reduces to (this project's measurements.json, a CoRIM with AMD's SEV-SNP
// profile, a Trustee RVPS message). The checks of check.ts take only this; each format has one
// adapter to it. The record's adapter is here.
import type { Measurement } from '../record/schema.js'

/** The facts of a signed ID block a report must repeat (upper-case hex, as the report prints them). */
export interface IdBlockValues {
  idKeyDigest: string
  /** null: signed without an author key. */
  authorKeyDigest: string | null
  familyId: string
  imageId: string
  /** The lowest guest SVN accepted (CoRIM's min-value); absent when the publisher states none. */
  guestSvn?: number
}

export interface ReferenceValue {
  /** The target's name as the publisher gives it (qemu, hyper-v, ...). */
  target: string
  /** SEV-SNP launch digest, 96 upper-case hex digits. */
  launchDigest: string
  /** The guest policy the image was launched with. */
  policy: bigint
  /** What the digest is of, for messages: a file name, a CoRIM tag. */
  source: string
  /** Present when the launch must carry a signed ID block with these facts. */
  idBlock?: IdBlockValues
}

/**
 * A record's values: one per launch digest of each target. A signed record asks for its ID block
 * whichever of its digests a report has (the ID block is not measured, so the unsigned and the
 * signed file usually share one digest).
 */
export function referenceValuesFromRecords(records: Measurement[]): ReferenceValue[] {
  return records.flatMap(m => {
    const policy = BigInt(m.policy)
    const s = m.signed
    if (!s) return [{ target: m.target, launchDigest: m.launchDigest, policy, source: m.igvm }]
    const idBlock: IdBlockValues = {
      idKeyDigest: s.idKeyDigest,
      authorKeyDigest: s.authorKeyDigest,
      familyId: s.familyId,
      imageId: s.imageId
    }
    const one = (launchDigest: string, source: string): ReferenceValue => ({
      target: m.target,
      launchDigest,
      policy,
      source,
      idBlock
    })
    return s.launchDigest === m.launchDigest
      ? [one(m.launchDigest, `${m.igvm}, and signed ${s.igvm}`)]
      : [one(m.launchDigest, m.igvm), one(s.launchDigest, `${s.igvm}, signed`)]
  })
}
