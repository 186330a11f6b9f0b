// The published JSON Schemas (schemas/*.json), generated from the zod schemas that define them,
// so the files cannot drift from what svsm-build writes (a test checks they are current).
import { z } from 'zod'
import { measurementPredicateSchema, MEASUREMENT_PREDICATE_TYPE } from '../trust/predicate.js'
import { measurementsSchema } from './results.js'

export const SCHEMA_BASE = 'https://svsm-build.dev/schemas'

function jsonSchemaOf(schema: z.ZodType, id: string, title: string, description: string) {
  // draft-07: what most verifiers' validators (ajv 6 included) understand.
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as Record<
    string,
    unknown
  >
  return { $schema, $id: `${SCHEMA_BASE}/${id}`, title, description, ...rest }
}

/** File name in schemas/ → its content. */
export function publishedSchemas(): Record<string, Record<string, unknown>> {
  return {
    'measurements.schema.json': jsonSchemaOf(
      measurementsSchema,
      'measurements.schema.json',
      'svsm-build measurements.json',
      'One record per built IGVM file: its launch digest and everything a rebuild needs (inputs).'
    ),
    'measurement-predicate.schema.json': jsonSchemaOf(
      measurementPredicateSchema,
      'measurement-predicate.schema.json',
      `svsm-build measurement attestation predicate (${MEASUREMENT_PREDICATE_TYPE})`,
      'The predicate of an in-toto statement whose subject is one IGVM file (its sha256).'
    )
  }
}
