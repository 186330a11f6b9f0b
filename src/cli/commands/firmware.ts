// `svsm-build firmware`: an EDK2/OVMF build in a fixed path, the images and a manifest in --out.
import { resolve } from 'node:path'
import { UsageError } from '../../util/errors.js'
import { buildEdk2, collectFirmware, readOutputDirectory } from '../../firmware/build.js'
import { DEFAULT_BUILD_DIR, DEFAULT_EDK2, PLATFORMS, planEdk2 } from '../../firmware/edk2.js'
import { epochFromEnv, readFirmwareInputs } from '../../firmware/inputs.js'
import { firmwareCacheKey } from '../../firmware/manifest.js'
import { checkFirmwareOut } from '../../firmware/out-dir.js'
import { firstLine } from '../../util/exec-first-line.js'
import { streamLogger } from '../../util/log.js'
import { runnerPlatform } from '../../util/platform.js'
import { command, parseFlags, usageOf, wholeNumber } from '../flags.js'

const FIRMWARE_COMMAND = command({
  synopsis: ['svsm-build firmware --edk2 <DIR> [OPTIONS]'],
  about:
    "Builds EDK2 firmware (OVMF) for COCONUT-SVSM in a fixed absolute build directory and writes the\nimages and a manifest.json (edk2 commit, defines, toolchain versions, epoch, sha256) to --out.\nTwo cold builds of one commit give the same bytes: the build runs at a fixed SOURCE_DATE_EPOCH\n(the commit's committer time), with a fixed Python hash seed and stack cookies derived from the\ncommit, so neither the time nor the run changes the images.",
  flags: {
    edk2: { value: '<DIR>', required: true, help: 'edk2 checkout with its submodules' },
    platform: {
      value: '<DSC>',
      help: `${Object.keys(PLATFORMS).join(' | ')}\n(default OvmfPkg/OvmfPkgX64.dsc)`
    },
    arch: { value: '<ARCH>', help: 'default X64' },
    target: { value: '<T>', choices: ['DEBUG', 'RELEASE', 'NOOPT'], help: 'default DEBUG' },
    'toolchain-tag': { value: '<TAG>', help: 'default GCC5' },
    define: {
      short: 'D',
      value: '<D>',
      multiple: true,
      help: 'NAME or NAME=VALUE, repeatable (e.g. -D TPM2_ENABLE)'
    },
    'build-dir': { value: '<DIR>', help: `fixed build directory (default ${DEFAULT_BUILD_DIR})` },
    out: { value: '<DIR>', help: 'where the images and manifest.json go (default bin/firmware)' },
    jobs: {
      value: '<N>',
      check: wholeNumber(1),
      help: 'parallel jobs for BaseTools (default: number of CPUs; the platform\nbuild runs with one AutoGen worker, so its bytes do not vary)'
    },
    'source-date-epoch': {
      value: '<S>',
      help: "build at this time (seconds since 1970; default: SOURCE_DATE_EPOCH,\nelse the edk2 commit's committer time)"
    },
    'dry-run': { help: 'print the plan as JSON, build nothing' }
  },
  args: { min: 0, max: 0, what: 'no arguments (only options)' },
  footer: 'Exit codes: 0 built, 1 the build failed, 2 usage error.'
})

export async function firmwareCommand(args: string[]): Promise<number> {
  const parsed = parseFlags(FIRMWARE_COMMAND, args)
  if (!parsed) return 0
  const v = parsed.values
  const target = v.target ?? 'DEBUG'
  const buildDir = resolve(v['build-dir'] ?? DEFAULT_BUILD_DIR)
  const source = resolve(v.edk2)
  const explicit = v['source-date-epoch']
  let read
  try {
    read = readFirmwareInputs({
      source,
      buildDir,
      platform: v.platform ?? 'OvmfPkg/OvmfPkgX64.dsc',
      arch: v.arch ?? 'X64',
      target,
      toolchainTag: v['toolchain-tag'] ?? 'GCC5',
      defines: v.define ?? [],
      jobs: Number(v.jobs ?? (await import('node:os')).availableParallelism()),
      repository: firstLine(['git', '-C', source, 'config', '--get', 'remote.origin.url']).replace(
        /^not found$|^$/,
        DEFAULT_EDK2.repository
      ),
      ref: firstLine(['git', '-C', source, 'describe', '--tags', '--always']),
      epoch: explicit !== undefined ? { value: explicit, from: '--source-date-epoch' } : epochFromEnv()
    })
  } catch (e) {
    throw new UsageError((e as Error).message, usageOf(FIRMWARE_COMMAND))
  }
  const { options, inputs } = read
  const key = firmwareCacheKey({ prefix: 'svsm-build', ...runnerPlatform() }, inputs)
  if (v['dry-run']) {
    const steps = planEdk2(options, readOutputDirectory(options))
    process.stdout.write(`${JSON.stringify({ key, inputs, steps }, null, 2)}\n`)
    return 0
  }
  const out = resolve(v.out ?? 'bin/firmware')
  // Before the build: a folder of someone else's files is refused now, not an hour later.
  checkFirmwareOut(out)
  const log = streamLogger(process.stdout, process.stderr)
  const started = Date.now()
  const fv = await buildEdk2(options, { log, out: process.stdout, err: process.stderr })
  const m = collectFirmware(fv, out, { ...inputs, key })
  const primary = m.files.find(f => f.name === m.primary)!
  process.stdout.write(
    `\n${out}/${m.primary}  sha256 ${primary.sha256}  (${((Date.now() - started) / 1000).toFixed(0)} s)\n`
  )
  return 0
}
