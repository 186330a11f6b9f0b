// What the reference-value writers need from one build, in this module's own terms: the writers do
// not read the measurement record, from-record.ts fills this in (the mapping is listed below).
import { z } from 'zod'
import { fromZodIssue } from './errors.js'
import { HEX32, HEX96 } from './hex.js'

/** The recipe platform name of SEV-SNP: only targets that list it get SEV-SNP reference values. */
const SNP_PLATFORM = 'snp'

const digest96 = z.string().regex(HEX96, { error: '96 hex digits (48 bytes)' })
const id32 = z.string().regex(HEX32, { error: '32 hex digits (16 bytes)' })

/** What a signed ID block makes the attestation report show (absent for an unsigned image). */
const idBlockInputSchema = z.object({
  familyId: id32,
  imageId: id32,
  /** SHA-384 of the ID public key in the SNP ABI layout (the report's ID_KEY_DIGEST). */
  idKeyDigest: digest96,
  /** The same for the author key; null when the block has none. */
  authorKeyDigest: digest96.nullable(),
  guestSvn: z.number().int().min(0).max(0xffffffff, { error: 'a 32-bit guest SVN' })
})

const targetInputSchema = z.object({
  /** Recipe target (qemu, hyper-v, vanadium). */
  target: z.string().regex(/^[A-Za-z0-9._-]+$/, { error: 'a target name of letters, digits, ".", "_", "-"' }),
  /** The IGVM file name these values are for. */
  igvm: z.string().min(1),
  /** Recipe platforms (snp, tdp, vsm, native). */
  platforms: z.array(z.string()),
  /** SEV-SNP launch digest, 96 hex digits. */
  launchDigest: digest96,
  /** SEV-SNP guest policy as the record holds it ("0x30000"). */
  policy: z
    .string()
    .regex(/^0x[0-9a-fA-F]{1,16}$/, { error: 'a hex policy of at most 64 bits, like "0x30000"' }),
  idBlock: idBlockInputSchema.optional(),
  /** TDX MRTD, 96 hex digits, when the image has a TDX platform. */
  tdxMrtd: digest96.optional()
})

const buildInputSchema = z.object({
  repository: z.object({
    /** owner/name, e.g. coconut-svsm/svsm. */
    name: z.string().min(1),
    /** Where it lives, e.g. https://github.com/coconut-svsm/svsm. */
    url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' })
  }),
  /** `git describe` of the built tree (may be empty when the tree had no tags). */
  version: z.string(),
  targets: z.array(targetInputSchema).min(1, { error: 'at least one target' })
})

export type IdBlockInput = z.infer<typeof idBlockInputSchema>
export type TargetInput = z.infer<typeof targetInputSchema>
export type BuildInput = z.infer<typeof buildInputSchema>

/**
 * The adapter the CLI and the action use is from-record.ts (buildInputFromRecords). Record field
 * (src/record/schema.ts) → input field:
 *   repository (repository.ts: --repository, the tree's origin, GITHUB_REPOSITORY) → repository
 *   records[*].gitVersion (one build: all equal)    → version
 *   m.target / m.platforms / m.policy               → targets[i].target / .platforms / .policy
 *   basename(m.igvm) / m.launchDigest               → targets[i].igvm / .launchDigest
 *   m.details.tdxMrtd.value (when a string)         → targets[i].tdxMrtd
 *   m.signed (the ID-block-signed copy): the entry names basename(m.signed.igvm) and gets
 *     m.signed.familyId / .imageId                  → targets[i].idBlock.familyId / .imageId
 *     m.signed.idKeyDigest / .authorKeyDigest       → targets[i].idBlock.idKeyDigest / .authorKeyDigest
 *     (no record field; igvmmeasure sign writes 0)  → targets[i].idBlock.guestSvn = 0
 *   and a second entry, with the same ID block, when m.signed.launchDigest differs from m.launchDigest.
 */

/** Validates a build input; one message naming the JSON path, what is there and what is expected. */
export function parseBuildInput(value: unknown, source = 'reference-value input'): BuildInput {
  const r = buildInputSchema.safeParse(value)
  if (r.success) return r.data
  throw fromZodIssue(source, value, r.error.issues[0]!)
}

export const isSnpTarget = (t: TargetInput) => t.platforms.includes(SNP_PLATFORM)
