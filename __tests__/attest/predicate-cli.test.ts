// `svsm-build predicate` (the bundled CLI), as build.yml's attest job runs it on a downloaded artifact.
import { beforeAll, expect, it, describe } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stageArtifact } from '../../src/artifacts/files.js'
import type { Measurement } from '../../src/record/schema.js'
import { measurementPredicate } from '../../src/attest/predicate.js'
import { runCli } from '../helpers/run.js'
import { makeTree } from '../helpers/tree.js'
import { buildIn } from '../helpers/recorded-build.js'
import { tempDir } from '../helpers/temp.js'

let artifact: string
let records: Measurement[]

beforeAll(async () => {
  const root = makeTree()
  const { result } = await buildIn(root, ['configs/qemu-target.json'])
  records = result.measurements
  artifact = tempDir('svsm-artifact-')
  stageArtifact(result, artifact)
})

describe('svsm-build predicate', () => {
  it('writes one predicate per IGVM file of an artifact and prints what it wrote', () => {
    const out = join(tempDir('svsm-pred-'), 'predicates')
    const r = runCli(['predicate', artifact, '--out', out])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const m = records[0]!
    const predicate = join(out, 'coconut-qemu.igvm.predicate.json')
    expect(JSON.parse(r.stdout)).toEqual([{ target: 'qemu', igvm: m.igvm, sha256: m.sha256, predicate }])
    expect(JSON.parse(readFileSync(predicate, 'utf8'))).toEqual(measurementPredicate(m))
  })

  it('refuses a file that is not a measurements.json, with exit code 2', () => {
    const bad = join(tempDir('svsm-pred-'), 'm.json')
    writeFileSync(bad, '{"target": "qemu"}')
    const r = runCli(['predicate', bad, '--out', join(tmpdir(), 'unused')])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      `error: ${bad}: expected a measurements.json array; (top level): Invalid input: expected array, received object\n`
    )
  })
})
