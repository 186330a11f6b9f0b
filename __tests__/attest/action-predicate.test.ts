// The bundled action writes the measurement attestation predicate and names it in its outputs
// (build.yml's attest job signs the same predicate, remade from the artifact).
import { expect, it } from '@jest/globals'
import Ajv from 'ajv'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { measurementsSchema } from '../../src/record/schema.js'
import { measurementPredicate } from '../../src/attest/predicate.js'
import { step } from '../helpers/actions-runtime.js'
import { REPO } from '../helpers/paths.js'
import { makeTree } from '../helpers/tree.js'
import { tempDir } from '../helpers/temp.js'

it('writes one predicate per IGVM file, valid under the published schema, and outputs its path', () => {
  const workspace = tempDir('svsm-action-predicate-')
  makeTree({ dir: workspace })
  const r = step('main', {
    workspace,
    inputs: {
      recipe: 'configs/qemu-target.json',
      'svsm-path': 'svsm',
      toolchain: 'skip',
      cache: 'false',
      upload: 'false'
    },
    env: { CARGO_HOME: join(workspace, 'cargo-home') }
  })
  expect(r.stdout).not.toContain('::error::')
  expect(r.code).toBe(0)
  const [m] = measurementsSchema.parse(JSON.parse(r.outputs.measurements!))
  const path = join(workspace, 'svsm', 'bin', 'attestations', 'coconut-qemu.igvm.predicate.json')
  expect(r.outputs['attestation-predicate']).toBe(path)
  expect(JSON.parse(r.outputs['attestation-predicates']!)).toEqual([
    { target: 'qemu', igvm: 'bin/coconut-qemu.igvm', sha256: m!.sha256, predicate: path }
  ])
  const predicate = JSON.parse(readFileSync(path, 'utf8')) as unknown
  expect(predicate).toEqual(measurementPredicate(m!))
  const schema = JSON.parse(
    readFileSync(join(REPO, 'schemas', 'measurement-predicate.schema.json'), 'utf8')
  ) as object
  expect(new Ajv().validate(schema, predicate)).toBe(true)
})
