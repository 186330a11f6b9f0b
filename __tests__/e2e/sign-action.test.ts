// The bundled sign sub-action as the runner runs it, on a staged artifact of the example, with
// upstream's igvmmeasure and generated P-384 keys: signed files and digests come out; the keys
// appear only in the runner's ::add-mask:: commands, never in a log line, an output or a file.
import { beforeAll, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stageArtifact } from '../../src/artifacts/files.js'
import { measurementsSchema } from '../../src/record/schema.js'
import { step, type StepRun } from '../helpers/actions-runtime.js'
import { describeWith, refTool } from '../helpers/shared.js'
import { makeTree } from '../helpers/tree.js'
import { buildIn } from '../helpers/recorded-build.js'
import { tempDir } from '../helpers/temp.js'

const pem = () =>
  generateKeyPairSync('ec', { namedCurve: 'P-384' })
    .privateKey.export({ type: 'sec1', format: 'pem' })
    .toString()

describeWith([refTool('igvmmeasure')], 'sign sub-action', () => {
  const idKey = pem()
  const authorKey = pem()
  /** Every base64 line of both keys: none may show up anywhere. */
  const keyLines = [idKey, authorKey].flatMap(k =>
    k.split('\n').filter(l => l.length > 8 && !l.startsWith('-----'))
  )
  let ws: string
  let r: StepRun

  beforeAll(async () => {
    ws = tempDir('sign-action-')
    const root = makeTree({ dir: ws })
    const { result } = await buildIn(root, ['configs/qemu-target.json'])
    mkdirSync(join(ws, 'artifact'))
    stageArtifact(result, join(ws, 'artifact'))
    r = step('sign', {
      workspace: ws,
      inputs: {
        artifact: 'artifact',
        igvmmeasure: refTool('igvmmeasure'),
        'id-key': idKey,
        'author-key': authorKey
      }
    })
  })

  it('signs, and gives the signed digests as outputs, in the record and the summary', () => {
    expect(r.stdout).not.toContain('::error::')
    expect(r.code).toBe(0)
    const ms = measurementsSchema.parse(JSON.parse(readFileSync(r.outputs['measurements-file']!, 'utf8')))
    expect(ms).toHaveLength(1)
    const s = ms[0]!.signed!
    expect(JSON.parse(r.outputs.digests!)).toEqual({
      qemu: { launchDigest: s.launchDigest, idKeyDigest: s.idKeyDigest, authorKeyDigest: s.authorKeyDigest }
    })
    expect(JSON.parse(r.outputs['signed-files']!)).toEqual([join(ws, 'signed', 'coconut-qemu-signed.igvm')])
    expect(r.summary).toContain(
      `| qemu | \`coconut-qemu-signed.igvm\` | \`${s.launchDigest}\` | \`${s.idKeyDigest}\` |`
    )
    expect(readdirSync(join(ws, 'signed')).sort()).toEqual([
      'coconut-qemu-signed.igvm',
      'coconut-qemu.igvm',
      'measurements.json'
    ])
  })

  it('masks the keys and writes them nowhere', () => {
    const logLines = r.stdout.split('\n').filter(l => !l.startsWith('::add-mask::'))
    const masks = r.stdout.split('\n').filter(l => l.startsWith('::add-mask::'))
    for (const k of keyLines) {
      expect(masks.some(m => m.includes(k))).toBe(true)
      expect(logLines.some(l => l.includes(k))).toBe(false)
      expect(r.stderr).not.toContain(k)
      expect(r.summary).not.toContain(k)
      for (const v of Object.values(r.outputs)) expect(v).not.toContain(k)
      for (const f of readdirSync(join(ws, 'signed')))
        expect(readFileSync(join(ws, 'signed', f)).toString('latin1')).not.toContain(k)
    }
    // The key folder was made in RUNNER_TEMP (its name is in no output) and is gone.
    expect(readdirSync(join(ws, '_temp')).filter(f => f.startsWith('svsm-sign-'))).toEqual([])
  })

  it('fails with one message naming the input when the key is missing', () => {
    const bad = step(
      'sign',
      { workspace: ws, inputs: { artifact: 'artifact', igvmmeasure: refTool('igvmmeasure') } },
      {},
      'nokey'
    )
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain(
      "::error::input 'id-key': expected a PEM private key (ECDSA P-384), got nothing"
    )
  })
})
