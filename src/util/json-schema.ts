// A zod schema as a published JSON Schema (schemas/*.json): generated, so the files cannot drift
// from what svsm-build writes (a test checks they are current).
import { z } from 'zod'

const SCHEMA_BASE = 'https://svsm-build.dev/schemas'

export function jsonSchemaOf(schema: z.ZodType, id: string, title: string, description: string) {
  // draft-07: what most verifiers' validators (ajv 6 included) understand.
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as Record<
    string,
    unknown
  >
  return { $schema, $id: `${SCHEMA_BASE}/${id}`, title, description, ...rest }
}
