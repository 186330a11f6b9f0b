// The smoke sub-action: boot the native platform of an IGVM file with a run profile; the serial
// log is shown folded and uploaded; a timeout or crash fails the step with the log's tail.
import * as core from '@actions/core'
import { appendSummary } from '../summary.js'
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { z } from 'zod'
import { readValidatedInputs } from '../input-helper.js'
import { pickAccel } from '../../smoke/accel.js'
import { parseManifest, resolveProfile } from '../../smoke/manifest.js'
import { qemuArgv } from '../../smoke/qemu-argv.js'
import { runSmoke } from '../../smoke/runner.js'
import { displayArgv } from '../../run/process.js'
import { artifactStore, workspaceDir } from '../runtime.js'

const schema = z.object({
  igvm: z.string().min(1, { error: 'the path of an IGVM file' }),
  qemu: z.string(),
  manifest: z.string(),
  target: z.string(),
  scheme: z.string(),
  timeout: z.string().regex(/^\d*$/, { error: 'seconds' }),
  'upload-log': z.enum(['true', 'false'], { error: 'true or false' }),
  'artifact-name': z.string()
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
    const accel = pickAccel(profile.accel)
    const argv = qemuArgv(profile, igvm, accel)
    core.info(`$ ${displayArgv(argv)}`)
    const log = join(process.env.RUNNER_TEMP || dirname(igvm), `${basename(igvm)}.serial.log`)
    const r = await runSmoke({
      argv,
      log,
      timeoutMs: profile.timeout * 1000,
      success: new RegExp(profile.success),
      ...(profile['success-exit-code'] !== undefined ? { successExitCode: profile['success-exit-code'] } : {})
    })
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
      `### Smoke boot of ${basename(igvm)}: ${r.status}\n\n${r.reason} (${accel}, ${(r.ms / 1000).toFixed(1)} s)\n`
    )
    if (r.status !== 'passed')
      core.setFailed(`smoke boot ${r.status}: ${r.reason}\n--- last lines of the serial log ---\n${r.tail}`)
  } catch (e) {
    core.setFailed((e as Error).message)
  }
}
