// The measurement attestation: an in-toto statement whose subject is one IGVM file and whose
// predicate is its measurement record. build.yml signs it with actions/attest; a verifier holding
// only the IGVM file finds it with `gh attestation verify --predicate-type MEASUREMENT_PREDICATE_TYPE`.
import { basename } from 'node:path'
import { z } from 'zod'
import { measurementSchema, type Measurement } from '../record/schema.js'

/** This project's predicate type (a URI of its own; the version changes when the shape does). */
export const MEASUREMENT_PREDICATE_TYPE = 'https://svsm-build.dev/measurement/v1'
const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'

const hex = (n: number, upper = false) =>
  z.string().regex(new RegExp(`^[0-9${upper ? 'A-F' : 'a-f'}]{${n}}$`))

export const measurementPredicateSchema = z.object({
  /** The SEV-SNP launch digest the IGVM file gives (what the attestation report's MEASUREMENT shows). */
  launchDigest: hex(96, true),
  /** The guest policy igvmbuilder wrote. */
  policy: z.string(),
  platforms: z.array(z.string()),
  target: measurementSchema.shape.target,
  file: z.object({ name: z.string(), size: z.number().int().nonnegative(), sha256: hex(64) }),
  /**
   * Where the bytes came from, for a verifier who rebuilds: the checkout and CARGO_HOME of the
   * build, whether absolute build paths are compiled into the file's parts (then only a rebuild at
   * those paths gives these bytes; `svsm-build reproduce` does that), and whether the build
   * remapped them. Absent when the record does not say (an older svsm-build).
   */
  buildPaths: z
    .object({
      checkout: z.string(),
      cargoHome: z.string().nullable(),
      embedded: z.boolean(),
      remapped: z.boolean()
    })
    .optional(),
  /** The whole measurement record (without svsm-build's reader details): inputs, options, tools. */
  record: measurementSchema.omit({ details: true })
})

export type MeasurementPredicate = z.infer<typeof measurementPredicateSchema>

export const inTotoStatementSchema = z.object({
  _type: z.literal(IN_TOTO_STATEMENT_TYPE),
  subject: z.array(z.object({ name: z.string(), digest: z.object({ sha256: hex(64) }) })).min(1),
  predicateType: z.literal(MEASUREMENT_PREDICATE_TYPE),
  predicate: measurementPredicateSchema
})

type MeasurementStatement = z.infer<typeof inTotoStatementSchema>

export function measurementPredicate(m: Measurement): MeasurementPredicate {
  const { details: _details, ...record } = m
  const b = m.inputs?.build
  return {
    launchDigest: m.launchDigest,
    policy: m.policy,
    platforms: [...m.platforms],
    target: m.target,
    file: { name: basename(m.igvm), size: m.size, sha256: m.sha256 },
    ...(b
      ? {
          buildPaths: {
            checkout: b.checkout,
            cargoHome: b.cargoHome,
            embedded: b.embeddedPaths.length > 0,
            remapped: b.remap.length > 0
          }
        }
      : {}),
    record
  }
}

/** The statement actions/attest builds from `subject-digest` and `predicate-path`, built here for tests and tools. */
export function measurementStatement(m: Measurement): MeasurementStatement {
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: [{ name: basename(m.igvm), digest: { sha256: m.sha256 } }],
    predicateType: MEASUREMENT_PREDICATE_TYPE,
    predicate: measurementPredicate(m)
  }
}
