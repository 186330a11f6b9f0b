// schemas/*.json are what the zod schemas generate, and real outputs of the example validate
// against them with an independent validator (ajv). SVSM_WRITE_SCHEMAS=1 rewrites the files (then `npx prettier --write schemas`).
import { beforeAll, describe, expect, it } from '@jest/globals'
import Ajv from 'ajv'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { MEASUREMENTS_SCHEMA_FILE, measurementsJsonSchema } from '../../src/record/json-schema.js'
import { PREDICATE_SCHEMA_FILE, predicateJsonSchema } from '../../src/attest/json-schema.js'
import { MEASUREMENTS_FILE, type Measurement } from '../../src/record/schema.js'
import { PREDICATE_DIR, writePredicates } from '../../src/attest/write-predicates.js'
import { REPO } from '../helpers/paths.js'
import { makeTree } from '../helpers/tree.js'
import { buildIn } from '../helpers/recorded-build.js'

const dir = join(REPO, 'schemas')
const schemas: Record<string, Record<string, unknown>> = {
  [MEASUREMENTS_SCHEMA_FILE]: measurementsJsonSchema(),
  [PREDICATE_SCHEMA_FILE]: predicateJsonSchema()
}
const validator = (file: string) =>
  new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(dir, file), 'utf8')) as object)

if (process.env.SVSM_WRITE_SCHEMAS === '1') {
  mkdirSync(dir, { recursive: true })
  for (const [file, schema] of Object.entries(schemas))
    writeFileSync(join(dir, file), `${JSON.stringify(schema, null, 2)}\n`)
}

describe('published JSON Schemas', () => {
  it.each(Object.keys(schemas))('%s is current (regenerate with SVSM_WRITE_SCHEMAS=1)', file => {
    expect(JSON.parse(readFileSync(join(dir, file), 'utf8'))).toEqual(schemas[file])
  })
})

describe('real outputs of the example against the schemas', () => {
  let root: string
  let written: unknown
  beforeAll(async () => {
    root = makeTree()
    await buildIn(root, ['configs/all-targets.json'])
    written = JSON.parse(readFileSync(join(root, MEASUREMENTS_FILE), 'utf8'))
  })

  it('measurements.json validates, with every recorded input filled in', () => {
    const validate = validator('measurements.schema.json')
    expect(validate(written)).toBe(true)
    const m = (written as Measurement[])[0]!
    expect(m.inputs!.source).toEqual({
      commit: expect.stringMatching(/^[0-9a-f]{40}$/),
      dirty: false,
      dirtyFiles: [],
      cargoLockSha256: expect.stringMatching(/^[0-9a-f]{64}$/)
    })
    expect(m.inputs!.tools.igvmbuilder).toEqual({
      path: 'target/debug/igvmbuilder',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      profile: 'debug',
      version: '0.1.0'
    })
    expect(m.inputs!.tools.igvmmeasure).toMatchObject({ path: 'target/debug/igvmmeasure' })
    expect(m.inputs!.options).toEqual({
      dialect: 'xbuild',
      release: false,
      allFeatures: false,
      features: [],
      offline: false,
      targets: null,
      measure: 'igvmmeasure',
      firmware: null,
      recipes: ['configs/all-targets.json']
    })
  })

  it('refuses a record that breaks the schema, naming the field', () => {
    const validate = validator('measurements.schema.json')
    const bad = structuredClone(written) as Record<string, Record<string, unknown>>[]
    bad[0]!.inputs!.source = { commit: 'not-a-sha', dirty: false, dirtyFiles: [], cargoLockSha256: null }
    expect(validate(bad)).toBe(false)
    expect(validate.errors!.map(e => e.dataPath)).toContain('[0].inputs.source.commit')
  })

  it('each written attestation predicate validates', () => {
    const validate = validator('measurement-predicate.schema.json')
    const files = writePredicates(join(root, PREDICATE_DIR), written as Measurement[])
    expect(files.map(f => f.target)).toEqual(['qemu', 'hyper-v', 'vanadium'])
    for (const f of files) {
      const predicate = JSON.parse(readFileSync(f.predicate, 'utf8')) as { file: { sha256: string } }
      expect(validate(predicate)).toBe(true)
      expect(predicate.file.sha256).toBe(f.sha256)
    }
  })
})
