// `svsm-build smoke IGVM`: boots the native platform of an IGVM file in QEMU with a run profile.
import { existsSync } from 'node:fs'
import { BadInput, UsageError } from '../../util/errors.js'
import { readRegularFile } from '../../util/input-file.js'
import { smokeBoot } from '../../smoke/boot.js'
import { parseManifest, resolveProfile } from '../../smoke/manifest.js'
import { command, parseFlags, usageOf } from '../flags.js'

/** A smoke.toml is a few hundred bytes. */
const MAX_MANIFEST_BYTES = 1 << 20

const SMOKE_COMMAND = command({
  synopsis: ['svsm-build smoke <IGVM> [OPTIONS]'],
  about:
    "Boots the native platform of an IGVM file in QEMU with IGVM support and passes when the serial\nlog matches the profile's success pattern or QEMU exits with its success-exit-code. It reports\nthe QEMU version and whether it loads IGVM files first. With accel auto (the default) it uses KVM\nwhen /dev/kvm is usable, and TCG when it is not or when KVM cannot run the image (no 1 GiB pages,\na guest that resets), saying why.",
  flags: {
    manifest: { value: '<FILE>', help: 'Run profiles (smoke.toml)' },
    target: { value: '<T>', help: 'The profile of this target in the manifest' },
    scheme: { value: '<S>', help: 'The profile of this scheme in the manifest' },
    qemu: { value: '<PATH>', help: 'The QEMU binary (with IGVM support)' },
    machine: { value: '<M>', help: 'QEMU machine type' },
    'rom-dir': { value: '<DIR>', help: "QEMU's firmware ROM directory (-L)" },
    accel: { value: '<A>', choices: ['auto', 'kvm', 'tcg'], help: 'Accelerator (default auto)' },
    timeout: {
      value: '<SECONDS>',
      check: v => (Number(v) > 0 ? null : 'a number of seconds'),
      help: 'Give up after this long'
    },
    log: { value: '<FILE>', help: 'Serial log (default: <IGVM>.serial.log)' }
  },
  args: { min: 1, max: 1, what: 'one IGVM file' },
  footer: 'Exit codes: 0 passed, 1 failed (or QEMU cannot run it), 2 a bad command line or manifest.'
})

export async function smokeCommand(args: string[]): Promise<number> {
  const parsed = parseFlags(SMOKE_COMMAND, args)
  if (!parsed) return 0
  const v = parsed.values
  const usage = usageOf(SMOKE_COMMAND)
  const igvm = parsed.positionals[0]!
  if (!existsSync(igvm)) throw new UsageError(`${igvm}: no such file`, usage)
  if (v.manifest !== undefined && !existsSync(v.manifest))
    throw new UsageError(`--manifest ${v.manifest}: no such file`, usage)
  let manifest: ReturnType<typeof parseManifest> = { sections: [] }
  if (v.manifest !== undefined) {
    const text = readRegularFile(v.manifest, MAX_MANIFEST_BYTES, `--manifest ${v.manifest}`).toString('utf8')
    try {
      manifest = parseManifest(text, v.manifest)
    } catch (e) {
      // Its messages name the file, the table and what is expected: one line, not a stack trace.
      throw new BadInput((e as Error).message)
    }
  }
  const profile = resolveProfile(manifest, {
    ...(v.target ? { target: v.target } : {}),
    ...(v.scheme ? { scheme: v.scheme } : {})
  })
  if (v.qemu) profile.qemu = v.qemu
  if (v.machine) profile.machine = v.machine
  if (v['rom-dir']) profile['rom-dir'] = v['rom-dir']
  if (v.accel) profile.accel = v.accel
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
