// The sign sub-action: ID-block signing of a build artifact's IGVM files (trust/sign.ts) in the
// job that holds the keys. The keys are masked before anything else happens and never logged.
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import { loadRecords } from '../../record/load.js'
import { signArtifact } from '../../sign/sign.js'
import { readValidatedInputs } from '../input-helper.js'
import { workspaceDir } from '../runtime.js'
import { appendSummary } from '../main/summary.js'
import { coreLogger } from '../logger.js'
import { publishReferenceValues } from '../reference-values.js'

// The key inputs are read apart: a validation message quotes what it got.
const schema = z.object({
  artifact: z.string().min(1, { error: 'the folder of a downloaded build artifact' }),
  igvmmeasure: z.string().min(1, { error: "the path of upstream's igvmmeasure" }),
  out: z.string().min(1)
})

function secretInput(name: string, required: boolean): string | undefined {
  const v = core.getInput(name)
  if (v) {
    core.setSecret(v)
    for (const line of v.split('\n')) if (line.trim().length > 8) core.setSecret(line.trim())
  }
  if (!v && required)
    throw new Error(`input '${name}': expected a PEM private key (ECDSA P-384), got nothing`)
  return v || undefined
}

export async function run(): Promise<void> {
  try {
    const idKey = secretInput('id-key', true)!
    const authorKey = secretInput('author-key', false)
    const i = readValidatedInputs(schema, { artifact: '', igvmmeasure: '', out: 'signed' }, n =>
      core.getInput(n)
    )
    const ws = workspaceDir()
    const artifact = resolve(ws, i.artifact)
    const igvmmeasure = resolve(ws, i.igvmmeasure)
    if (!existsSync(igvmmeasure)) throw new Error(`input 'igvmmeasure': ${i.igvmmeasure} does not exist`)
    const { records } = loadRecords(artifact)
    const out = resolve(ws, i.out)
    const r = signArtifact(
      {
        artifactDir: artifact,
        outDir: out,
        igvmmeasure,
        keys: { idKey, ...(authorKey ? { authorKey } : {}) }
      },
      records
    )
    for (const s of r.skipped) core.warning(`${s.igvm}: not signed: ${s.reason}`)
    const signed = r.measurements.filter(m => m.signed)
    for (const m of signed)
      core.info(
        `${m.signed!.igvm}: launch digest ${m.signed!.launchDigest}, ID key digest ${m.signed!.idKeyDigest}, author key digest ${m.signed!.authorKeyDigest ?? '(none)'}`
      )
    // The signed records' reference values carry the ID-block values a verifier pins too.
    const referenceValues = publishReferenceValues(
      { dir: out, measurements: r.measurements },
      process.env,
      coreLogger
    )
    core.setOutput('reference-values', JSON.stringify(referenceValues.files))
    core.setOutput('measurements', JSON.stringify(r.measurements))
    core.setOutput('measurements-file', resolve(out, 'measurements.json'))
    core.setOutput('dir', out)
    core.setOutput('signed-files', JSON.stringify(signed.map(m => resolve(out, m.signed!.igvm))))
    core.setOutput(
      'digests',
      JSON.stringify(
        Object.fromEntries(
          signed.map(m => [
            m.target,
            {
              launchDigest: m.signed!.launchDigest,
              idKeyDigest: m.signed!.idKeyDigest,
              authorKeyDigest: m.signed!.authorKeyDigest
            }
          ])
        )
      )
    )
    await appendSummary(summary(r.measurements))
  } catch (e) {
    core.setFailed((e as Error).message)
  }
}

function summary(ms: ReturnType<typeof signArtifact>['measurements']): string {
  const rows = ms
    .filter(m => m.signed)
    .map(
      m =>
        `| ${m.target} | \`${m.signed!.igvm}\` | \`${m.signed!.launchDigest}\` | \`${m.signed!.idKeyDigest}\` | ${m.signed!.authorKeyDigest ? `\`${m.signed!.authorKeyDigest}\`` : '(none)'} |`
    )
  return [
    '## Signed IGVM files (SEV-SNP ID block)',
    '',
    '| target | file | launch digest | ID key digest | author key digest |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'The ID block is not part of the launch measurement: the launch digest is the unsigned one, which the block asserts.',
    ''
  ].join('\n')
}
