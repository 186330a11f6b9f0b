// `--format json`: the same values as the CoRIM and the RVPS message in plain JSON, for scripts and
// verifiers without a CoRIM reader. Hex is upper-case, as in measurements.json.
import { z } from 'zod'
import { TDX_CORIM_NOTE } from './corim-profile.js'
import { fromZodIssue, ReferenceValuesError } from './errors.js'
import { HEX32, HEX96 } from './hex.js'
import { isSnpTarget, parseBuildInput, type BuildInput } from './input.js'
import type { ReferenceValues } from './values.js'

export const JSON_FORMAT = 'svsm-build-reference-values/1'

const hex96 = z.string().regex(HEX96, { error: '96 hex digits' })
const hex32 = z.string().regex(HEX32, { error: '32 hex digits' })

const referenceValuesJsonSchema = z.object({
  format: z.literal(JSON_FORMAT, { error: `"${JSON_FORMAT}"` }),
  repository: z.object({ name: z.string(), url: z.string() }),
  version: z.string(),
  targets: z
    .array(
      z.object({
        target: z.string(),
        igvm: z.string(),
        platforms: z.array(z.string()),
        /** Present for targets built for SEV-SNP. */
        snp: z
          .object({
            launchDigest: hex96,
            policy: z.string().regex(/^0x[0-9a-fA-F]{1,16}$/, { error: 'a hex policy like "0x30000"' }),
            /** The report's GUEST_SVN must be at least this (0 unless an ID block is signed). */
            guestSvnMin: z.number().int().min(0).max(0xffffffff),
            familyId: hex32.optional(),
            imageId: hex32.optional(),
            idKeyDigest: hex96.optional(),
            /** null: signed without an author key. */
            authorKeyDigest: hex96.nullable().optional()
          })
          .optional(),
        tdx: z.object({ mrtd: hex96 }).optional()
      })
    )
    .min(1, { error: 'at least one target' }),
  notes: z.array(z.string())
})

type ReferenceValuesJson = z.infer<typeof referenceValuesJsonSchema>

export function buildJson(given: BuildInput): { value: ReferenceValuesJson; text: string } {
  const input = parseBuildInput(given) // the adapter's output is checked before any byte is written
  const value: ReferenceValuesJson = {
    format: JSON_FORMAT,
    repository: input.repository,
    version: input.version,
    targets: input.targets.map(t => {
      const id = t.idBlock
      return {
        target: t.target,
        igvm: t.igvm,
        platforms: t.platforms,
        ...(isSnpTarget(t)
          ? {
              snp: {
                launchDigest: t.launchDigest.toUpperCase(),
                policy: t.policy,
                guestSvnMin: id?.guestSvn ?? 0,
                ...(id
                  ? {
                      familyId: id.familyId.toUpperCase(),
                      imageId: id.imageId.toUpperCase(),
                      idKeyDigest: id.idKeyDigest.toUpperCase(),
                      authorKeyDigest: id.authorKeyDigest?.toUpperCase() ?? null
                    }
                  : {})
              }
            }
          : {}),
        ...(t.tdxMrtd ? { tdx: { mrtd: t.tdxMrtd.toUpperCase() } } : {})
      }
    }),
    notes: input.targets.some(t => t.tdxMrtd) ? [TDX_CORIM_NOTE] : []
  }
  return { value, text: `${JSON.stringify(value, null, 2)}\n` }
}

export function parseJson(text: string, source = 'reference values (JSON)'): ReferenceValues {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    throw new ReferenceValuesError(source, '', `not JSON (${(e as Error).message}), expected ${JSON_FORMAT}`)
  }
  const r = referenceValuesJsonSchema.safeParse(raw)
  if (!r.success) throw fromZodIssue(source, raw, r.error.issues[0]!)
  const doc = r.data
  return {
    format: 'json',
    repository: doc.repository.name,
    version: doc.version,
    targets: doc.targets.map(t => ({
      target: t.target,
      ...(t.snp
        ? {
            snp: {
              launchDigest: t.snp.launchDigest.toUpperCase(),
              policy: BigInt(t.snp.policy),
              guestSvn: { value: t.snp.guestSvnMin, match: 'min' as const },
              ...(t.snp.familyId ? { familyId: t.snp.familyId.toUpperCase() } : {}),
              ...(t.snp.imageId ? { imageId: t.snp.imageId.toUpperCase() } : {}),
              ...(t.snp.idKeyDigest ? { idKeyDigest: t.snp.idKeyDigest.toUpperCase() } : {}),
              ...(t.snp.authorKeyDigest !== undefined
                ? { authorKeyDigest: t.snp.authorKeyDigest?.toUpperCase() ?? null }
                : {})
            }
          }
        : {}),
      ...(t.tdx ? { tdxMrtd: t.tdx.mrtd.toUpperCase() } : {})
    })),
    warnings: []
  }
}
