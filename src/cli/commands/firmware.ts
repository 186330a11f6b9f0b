// `svsm-build firmware`: an EDK2/OVMF build in a fixed path, the images and a manifest in --out.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { UsageError } from '../../util/errors.js'
import { buildEdk2, collectFirmware, readOutputDirectory } from '../../firmware/build.js'
import {
  DEFAULT_BUILD_DIR,
  DEFAULT_EDK2,
  PLATFORMS,
  planEdk2,
  type Edk2Options
} from '../../firmware/edk2.js'
import { epochFromEnv, readFirmwareInputs } from '../../firmware/inputs.js'
import { firmwareCacheKey } from '../../firmware/manifest.js'
import { checkFirmwareOut } from '../../firmware/out-dir.js'
import { firstLine } from '../../util/exec-first-line.js'
import { streamLogger } from '../../util/log.js'
import { runnerPlatform } from '../../util/platform.js'

export const FIRMWARE_USAGE = `Usage: svsm-build firmware --edk2 <DIR> [OPTIONS]

Builds EDK2 firmware (OVMF) for COCONUT-SVSM in a fixed absolute build directory and writes the
images and a manifest.json (edk2 commit, defines, toolchain versions, epoch, sha256) to --out.
Two cold builds of one commit give the same bytes: the build runs at a fixed SOURCE_DATE_EPOCH
(the commit's committer time), with a fixed Python hash seed and stack cookies derived from the
commit, so neither the time nor the run changes the images.

Options:
      --edk2 <DIR>           edk2 checkout with its submodules
      --platform <DSC>       ${Object.keys(PLATFORMS).join(' | ')} (default OvmfPkg/OvmfPkgX64.dsc)
      --arch <ARCH>          default X64
      --target <T>           DEBUG | RELEASE | NOOPT (default DEBUG)
      --toolchain-tag <TAG>  default GCC5
  -D, --define <D>           NAME or NAME=VALUE, repeatable (e.g. -D TPM2_ENABLE)
      --build-dir <DIR>      fixed build directory (default ${DEFAULT_BUILD_DIR})
      --out <DIR>            where the images and manifest.json go (default bin/firmware)
      --jobs <N>             parallel jobs for BaseTools (default: number of CPUs; the platform
                             build runs with one AutoGen worker, so its bytes do not vary)
      --source-date-epoch <S>
                             build at this time (seconds since 1970; default: SOURCE_DATE_EPOCH,
                             else the edk2 commit's committer time)
      --dry-run              print the plan as JSON, build nothing`

export async function firmwareCommand(args: string[]): Promise<number> {
  let v
  try {
    v = parseArgs({
      args,
      strict: true,
      options: {
        edk2: { type: 'string' },
        platform: { type: 'string' },
        arch: { type: 'string' },
        target: { type: 'string' },
        'toolchain-tag': { type: 'string' },
        define: { type: 'string', short: 'D', multiple: true },
        'build-dir': { type: 'string' },
        out: { type: 'string' },
        jobs: { type: 'string' },
        'source-date-epoch': { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    }).values
  } catch (e) {
    throw new UsageError(`${(e as Error).message}`, FIRMWARE_USAGE)
  }
  if (v.help) {
    process.stdout.write(`${FIRMWARE_USAGE}\n`)
    return 0
  }
  if (!v.edk2) throw new UsageError(`--edk2 is required`, FIRMWARE_USAGE)
  const target = v.target ?? 'DEBUG'
  if (!['DEBUG', 'RELEASE', 'NOOPT'].includes(target))
    throw new UsageError(`--target ${target}: expected DEBUG, RELEASE or NOOPT`)
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
      target: target as Edk2Options['target'],
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
    throw new UsageError((e as Error).message, FIRMWARE_USAGE)
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
