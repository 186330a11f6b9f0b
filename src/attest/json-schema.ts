// schemas/measurement-predicate.schema.json, generated from the predicate's zod schema.
import { jsonSchemaOf } from '../util/json-schema.js'
import { measurementPredicateSchema, MEASUREMENT_PREDICATE_TYPE } from './predicate.js'

export const PREDICATE_SCHEMA_FILE = 'measurement-predicate.schema.json'

export const predicateJsonSchema = () =>
  jsonSchemaOf(
    measurementPredicateSchema,
    PREDICATE_SCHEMA_FILE,
    `svsm-build measurement attestation predicate (${MEASUREMENT_PREDICATE_TYPE})`,
    'The predicate of an in-toto statement whose subject is one IGVM file (its sha256).'
  )
