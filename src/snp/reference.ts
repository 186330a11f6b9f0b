// Reference values as the checks of check.ts take them: src/reference-values' SnpReference (the one
// shape every published format reduces to: this project's measurements.json, a CoRIM with AMD's
// SEV-SNP profile, a Trustee RVPS message, the plain JSON), with the launch's name and where it
// was read. One adapter per source: the record's, and the reference-value readers'.
import type { Measurement } from '../record/schema.js'
import type { ReferenceValues, SnpPolicyFields, SnpReference } from '../reference-values/values.js'
import { BadInput } from '../util/errors.js'

export interface ReferenceValue extends SnpReference {
  /** The target's name as the publisher gives it (qemu, hyper-v, ...); absent when the format has none (CoRIM). */
  target?: string
  /** What the digest is of, for messages: a file name, a CoRIM triple. */
  source: string
  /**
   * Policy fields stated apart from any launch (an RVPS message's default-policy names), compared
   * when no whole policy is published.
   */
  policyFields?: SnpPolicyFields
}

/** "target qemu (bin/coconut-qemu.igvm)" or, without a name, the source alone. */
export const describeValue = (v: ReferenceValue) => (v.target ? `target ${v.target} (${v.source})` : v.source)

/**
 * A record's values: one per launch digest of each target. A signed record asks for its ID block
 * whichever of its digests a report has (the ID block is not measured, so the unsigned and the
 * signed file usually share one digest). The record states no guest SVN.
 */
export function referenceValuesFromRecords(records: Measurement[]): ReferenceValue[] {
  return records.flatMap(m => {
    const policy = BigInt(m.policy)
    const s = m.signed
    if (!s) return [{ target: m.target, launchDigest: m.launchDigest, policy, source: m.igvm }]
    const one = (launchDigest: string, source: string): ReferenceValue => ({
      target: m.target,
      launchDigest,
      policy,
      source,
      idKeyDigest: s.idKeyDigest,
      authorKeyDigest: s.authorKeyDigest,
      familyId: s.familyId,
      imageId: s.imageId
    })
    return s.launchDigest === m.launchDigest
      ? [one(m.launchDigest, `${m.igvm}, and signed ${s.igvm}`)]
      : [one(m.launchDigest, m.igvm), one(s.launchDigest, `${s.igvm}, signed`)]
  })
}

const FORMAT_NAME = { corim: 'CoRIM', rvps: 'RVPS message', json: 'reference-values JSON' } as const

/**
 * A reference-value file's SEV-SNP values (what src/reference-values/read.ts gives back): each
 * launch with the file and its place in it as the source. TDX-only entries have nothing for a
 * SEV-SNP report; a file with no SEV-SNP launch at all is refused.
 */
export function referenceValuesFromFile(v: ReferenceValues, file: string): ReferenceValue[] {
  const what = `${FORMAT_NAME[v.format]}${v.id ? ` ${v.id}` : ''}`
  const out = v.targets.flatMap((t, i): ReferenceValue[] =>
    t.snp
      ? [
          {
            ...t.snp,
            ...(t.target ? { target: t.target } : {}),
            ...(t.snp.policy === undefined && v.snpPolicyFields ? { policyFields: v.snpPolicyFields } : {}),
            source: `${file}, ${what}, ${v.format === 'corim' ? 'reference-value triple' : 'entry'} ${i + 1}`
          }
        ]
      : []
  )
  if (out.length === 0)
    throw new BadInput(
      `${file}: no SEV-SNP launch digest in this ${FORMAT_NAME[v.format]} (${v.targets.length} TDX-only entr${v.targets.length === 1 ? 'y' : 'ies'}), expected at least one to check a report against`
    )
  return out
}
