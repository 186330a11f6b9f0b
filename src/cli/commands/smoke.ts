// `svsm-build smoke IGVM`: boots the native platform of an IGVM file in QEMU with a run profile.
import { existsSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { UsageError } from '../../util/errors.js'
import { smokeBoot } from '../../smoke/boot.js'
import { parseManifest, resolveProfile } from '../../smoke/manifest.js'

export const SMOKE_USAGE = `Usage: svsm-build smoke <IGVM> [--manifest smoke.toml] [--target T] [--scheme S] [--qemu PATH]
                         [--machine M] [--rom-dir DIR] [--accel auto|kvm|tcg] [--timeout SECONDS] [--log FILE]

Boots the native platform of an IGVM file in QEMU with IGVM support and passes when the serial
log matches the profile's success pattern or QEMU exits with its success-exit-code. It reports
the QEMU version and whether it loads IGVM files first. With accel auto (the default) it uses KVM
when /dev/kvm is usable, and TCG when it is not or when KVM cannot run the image (no 1 GiB pages,
a guest that resets), saying why.`

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
        machine: { type: 'string' },
        'rom-dir': { type: 'string' },
        accel: { type: 'string' },
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
  if (v.accel !== undefined && !['auto', 'kvm', 'tcg'].includes(v.accel))
    throw new UsageError(`--accel ${v.accel}: expected auto, kvm or tcg`)
  if (v.timeout !== undefined && !(Number(v.timeout) > 0))
    throw new UsageError(`--timeout ${v.timeout}: expected a number of seconds`)
  if (v.manifest !== undefined && !existsSync(v.manifest))
    throw new UsageError(`--manifest ${v.manifest}: no such file`)
  const manifest = v.manifest ? parseManifest(readFileSync(v.manifest, 'utf8'), v.manifest) : { sections: [] }
  const profile = resolveProfile(manifest, {
    ...(v.target ? { target: v.target } : {}),
    ...(v.scheme ? { scheme: v.scheme } : {})
  })
  if (v.qemu) profile.qemu = v.qemu
  if (v.machine) profile.machine = v.machine
  if (v['rom-dir']) profile['rom-dir'] = v['rom-dir']
  if (v.accel) profile.accel = v.accel as 'auto' | 'kvm' | 'tcg'
  if (v.timeout) profile.timeout = Number(v.timeout)
  let report
  try {
    report = await smokeBoot({
      profile,
      igvm,
      log: v.log ?? `${igvm}.serial.log`,
      say: line => process.stdout.write(`${line}\n`)
    })
  } catch (e) {
    // A QEMU that cannot run or has no IGVM support: one message, before any boot.
    process.stderr.write(`error: ${(e as Error).message}\n`)
    return 1
  }
  const r = report.result
  process.stdout.write(
    `${r.status}: ${r.reason} (${(r.ms / 1000).toFixed(1)} s, ${report.accel}, QEMU exit status ${r.exitCode ?? 'none: stopped'}); serial log ${r.log}\n`
  )
  if (r.status !== 'passed') process.stderr.write(`--- last lines of the serial log ---\n${r.tail}\n`)
  return r.status === 'passed' ? 0 : 1
}
