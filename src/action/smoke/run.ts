// The smoke sub-action: boot the native platform of an IGVM file with a run profile; the serial
// log is shown folded and uploaded; a timeout or crash fails the step with the log's tail.
import * as core from '@actions/core'
import { appendSummary } from '../main/summary.js'
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { z } from 'zod'
import { artifactNameInput, readValidatedInputs } from '../input-helper.js'
import { smokeBoot } from '../../smoke/boot.js'
import { parseManifest, resolveProfile } from '../../smoke/manifest.js'
import { artifactStore, workspaceDir } from '../runtime.js'

const schema = z.object({
  igvm: z.string().min(1, { error: 'the path of an IGVM file' }),
  qemu: z.string(),
  manifest: z.string(),
  target: z.string(),
  scheme: z.string(),
  timeout: z.string().regex(/^\d*$/, { error: 'seconds' }),
  'upload-log': z.enum(['true', 'false'], { error: 'true or false' }),
  'artifact-name': artifactNameInput,
  machine: z.string(),
  'rom-dir': z.string(),
  accel: z.enum(['', 'auto', 'kvm', 'tcg'], { error: 'auto, kvm or tcg' })
})

export async function run(): Promise<void> {
  try {
    const defaults = {
      ...Object.fromEntries(Object.keys(schema.shape).map(n => [n, ''])),
      'upload-log': 'true'
    }
    const i = readValidatedInputs(schema, defaults, n => core.getInput(n))
    const workspace = workspaceDir()
    const igvm = resolve(workspace, i.igvm)
    if (!existsSync(igvm)) throw new Error(`input 'igvm': ${i.igvm} does not exist`)
    const manifest = i.manifest
      ? parseManifest(readFileSync(resolve(workspace, i.manifest), 'utf8'), i.manifest)
      : { sections: [] }
    const profile = resolveProfile(manifest, {
      ...(i.target ? { target: i.target } : {}),
      ...(i.scheme ? { scheme: i.scheme } : {})
    })
    if (i.qemu) profile.qemu = resolve(workspace, i.qemu)
    if (i.timeout) profile.timeout = Number(i.timeout)
    if (i.machine) profile.machine = i.machine
    if (i['rom-dir']) profile['rom-dir'] = resolve(workspace, i['rom-dir'])
    if (i.accel) profile.accel = i.accel
    const log = join(process.env.RUNNER_TEMP || dirname(igvm), `${basename(igvm)}.serial.log`)
    const report = await smokeBoot({ profile, igvm, log, say: line => core.info(line) })
    const { accel, result: r } = report
    core.setOutput('qemu-version', report.qemu.version)
    if (report.fallback) core.warning(report.fallback)
    core.startGroup(`Serial log (${basename(log)})`)
    core.info(readFileSync(log, 'utf8'))
    core.endGroup()
    if (i['upload-log'] === 'true') {
      try {
        const name = i['artifact-name'] || `smoke-${basename(igvm, '.igvm')}-${accel}`
        await artifactStore(join(dirname(igvm), 'artifacts')).upload(name, [log], dirname(log), {})
      } catch (e) {
        core.warning(`serial log not uploaded: ${(e as Error).message}`)
      }
    }
    core.setOutput('result', r.status)
    core.setOutput('log', log)
    core.setOutput('accel', accel)
    await appendSummary(
      `### Smoke boot of ${basename(igvm)}: ${r.status}\n\n${r.reason} (${accel}, ${(r.ms / 1000).toFixed(1)} s, QEMU ${report.qemu.version})\n${report.fallback ? `\n${report.fallback}\n` : ''}`
    )
    if (r.status !== 'passed')
      core.setFailed(`smoke boot ${r.status}: ${r.reason}\n--- last lines of the serial log ---\n${r.tail}`)
  } catch (e) {
    core.setFailed((e as Error).message)
  }
}
