// schemas/measurements.schema.json, generated from the record's zod schema.
import { jsonSchemaOf } from '../util/json-schema.js'
import { measurementsSchema } from './schema.js'

export const MEASUREMENTS_SCHEMA_FILE = 'measurements.schema.json'

export const measurementsJsonSchema = () =>
  jsonSchemaOf(
    measurementsSchema,
    MEASUREMENTS_SCHEMA_FILE,
    'svsm-build measurements.json',
    'One record per built IGVM file: its launch digest and everything a rebuild needs (inputs).'
  )
