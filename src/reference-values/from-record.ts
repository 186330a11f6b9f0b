// The one adapter from a build's measurement record to the writers' input (input.ts): the CLI's
// `reference-values` and the action read the record with src/record/load.ts and come here.
import { basename } from 'node:path'
import type { Measurement } from '../record/schema.js'
import { ReferenceValuesError } from './errors.js'
import { parseBuildInput, type BuildInput, type IdBlockInput, type TargetInput } from './input.js'

/**
 * The guest SVN of a signed image's ID block: the record does not carry it because upstream's
 * `igvmmeasure sign` has no option for it and always writes 0 (so min-value 0 holds for any report).
 */
export const SIGNED_GUEST_SVN = 0

/** The TDX MRTD the record's own IGVM reader computed, when it did. */
function tdxMrtdOf(m: Measurement): string | undefined {
  const t = m.details?.tdxMrtd as { value?: unknown } | undefined
  return typeof t?.value === 'string' ? t.value : undefined
}

/**
 * One target entry per launch digest of a record. A signed record asks for its ID block whichever
 * of its digests a report shows (as verify-report reads a record, src/snp/reference.ts): the ID
 * block is not measured, so the signed copy usually has the unsigned file's digest, and then the
 * one entry names the signed file. The SEV-SNP ID block is not part of the TDX measurement, so
 * the MRTD holds for both files.
 */
function targetsOf(m: Measurement): TargetInput[] {
  const tdxMrtd = tdxMrtdOf(m)
  const base = {
    target: m.target,
    platforms: m.platforms,
    policy: m.policy,
    ...(tdxMrtd ? { tdxMrtd } : {})
  }
  const s = m.signed
  if (!s) return [{ ...base, igvm: basename(m.igvm), launchDigest: m.launchDigest }]
  const idBlock: IdBlockInput = {
    familyId: s.familyId,
    imageId: s.imageId,
    idKeyDigest: s.idKeyDigest,
    authorKeyDigest: s.authorKeyDigest,
    guestSvn: SIGNED_GUEST_SVN
  }
  const signed = { ...base, igvm: basename(s.igvm), launchDigest: s.launchDigest, idBlock }
  return s.launchDigest === m.launchDigest
    ? [signed]
    : [{ ...base, igvm: basename(m.igvm), launchDigest: m.launchDigest, idBlock }, signed]
}

/** The records' one `git describe` (every record of one build has it); a mix is refused. */
function recordVersion(records: readonly Measurement[], source: string): string {
  const first = records[0]
  if (!first) throw new ReferenceValuesError(source, '', 'no records, expected at least one')
  const other = records.findIndex(m => m.gitVersion !== first.gitVersion)
  if (other >= 0)
    throw new ReferenceValuesError(
      source,
      `[${other}].gitVersion`,
      `found ${JSON.stringify(records[other]!.gitVersion)} after ${JSON.stringify(first.gitVersion)} in [0], expected the records of one build (one git version); pass --target or one build's record`
    )
  return first.gitVersion
}

/**
 * The writers' input for `records` of one build in `repository`. `source` names the record file
 * in messages. Checked against the input schema before any writer sees it.
 */
export function buildInputFromRecords(
  records: readonly Measurement[],
  repository: BuildInput['repository'],
  source: string
): BuildInput {
  return parseBuildInput(
    { repository, version: recordVersion(records, source), targets: records.flatMap(targetsOf) },
    source
  )
}
