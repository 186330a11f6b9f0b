// `svsm-build smoke IGVM`: boots the native platform of an IGVM file in QEMU with a run profile.
import { existsSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { UsageError } from '../../engine/errors.js'
import { pickAccel } from '../../smoke/accel.js'
import { parseManifest, resolveProfile } from '../../smoke/manifest.js'
import { qemuArgv } from '../../smoke/qemu-argv.js'
import { runSmoke } from '../../smoke/runner.js'
import { displayArgv } from '../../run/process.js'

export const SMOKE_USAGE = `Usage: svsm-build smoke <IGVM> [--manifest smoke.toml] [--target T] [--scheme S] [--qemu PATH] [--timeout SECONDS] [--log FILE]

Boots the native platform of an IGVM file in QEMU (KVM when /dev/kvm is usable, else TCG) and
passes when the serial log matches the profile's success pattern or QEMU exits with its
success-exit-code.`

export async function smokeCommand(args: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        manifest: { type: 'string' },
        target: { type: 'string' },
        scheme: { type: 'string' },
        qemu: { type: 'string' },
        timeout: { type: 'string' },
        log: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (e) {
    throw new UsageError(`${(e as Error).message}`, SMOKE_USAGE)
  }
  const v = parsed.values
  if (v.help) {
    process.stdout.write(`${SMOKE_USAGE}\n`)
    return 0
  }
  const [igvm] = parsed.positionals
  if (!igvm || parsed.positionals.length > 1) throw new UsageError(`expected one IGVM file`, SMOKE_USAGE)
  if (!existsSync(igvm)) throw new UsageError(`${igvm}: no such file`)
  const manifest = v.manifest ? parseManifest(readFileSync(v.manifest, 'utf8'), v.manifest) : { sections: [] }
  const profile = resolveProfile(manifest, {
    ...(v.target ? { target: v.target } : {}),
    ...(v.scheme ? { scheme: v.scheme } : {})
  })
  if (v.qemu) profile.qemu = v.qemu
  if (v.timeout) profile.timeout = Number(v.timeout)
  const accel = pickAccel(profile.accel)
  const argv = qemuArgv(profile, igvm, accel)
  process.stdout.write(`$ ${displayArgv(argv)}\n`)
  const r = await runSmoke({
    argv,
    log: v.log ?? `${igvm}.serial.log`,
    timeoutMs: profile.timeout * 1000,
    success: new RegExp(profile.success),
    ...(profile['success-exit-code'] !== undefined ? { successExitCode: profile['success-exit-code'] } : {})
  })
  process.stdout.write(
    `${r.status}: ${r.reason} (${(r.ms / 1000).toFixed(1)} s, ${accel}); serial log ${r.log}\n`
  )
  if (r.status !== 'passed') process.stderr.write(`--- last lines of the serial log ---\n${r.tail}\n`)
  return r.status === 'passed' ? 0 : 1
}
