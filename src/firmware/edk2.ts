// EDK2/OVMF builds: what edksetup.sh would set up, as explicit environment and argv (no shell),
// always in one fixed absolute build directory: DEBUG builds embed the build path in the image,
// so the same commit built elsewhere gives other bytes and another launch digest. The source is
// copied there first, so where the user's clone lives does not matter; reproducible.ts fixes
// what would otherwise change with the time and the process (epoch, hash seed, stack cookies).
import { basename, join } from 'node:path'
import { command, internal } from '../plan/step.js'
import type { Step } from '../plan/types.js'
import { reproducibleEnv, stackCookieFiles } from './reproducible.js'

export const DEFAULT_EDK2 = { repository: 'https://github.com/tianocore/edk2', ref: 'edk2-stable202605' }
export const DEFAULT_BUILD_DIR = '/tmp/svsm-build/edk2'

/** The platforms COCONUT uses, and the image igvmbuilder takes from each. */
export const PLATFORMS: Record<string, { image: string }> = {
  'OvmfPkg/OvmfPkgX64.dsc': { image: 'OVMF.fd' },
  'OvmfPkg/CloudHv/CloudHvX64.dsc': { image: 'CLOUDHV.fd' },
  'OvmfPkg/AmdSev/AmdSevX64.dsc': { image: 'OVMF.fd' },
  'OvmfPkg/IntelTdx/IntelTdxX64.dsc': { image: 'OVMF.fd' }
}

export interface Edk2Options {
  /** The edk2 checkout (with its submodules). */
  source: string
  buildDir: string
  platform: string
  arch: string
  target: 'DEBUG' | 'RELEASE' | 'NOOPT'
  /** GCC (edk2 2024-11 on) or GCC5. */
  toolchainTag: string
  /** `-D` values: NAME or NAME=VALUE. */
  defines: string[]
  jobs: number
  /** The commit (seeds the stack cookies) and the epoch every stamping tool sees. */
  reproducible: { commit: string; sourceDateEpoch: number }
}

/** The Conf files edksetup.sh copies from BaseTools/Conf/<name>.template. */
const CONF_FILES = ['target', 'tools_def', 'build_rule']

export function edk2Env(
  o: Pick<Edk2Options, 'buildDir' | 'reproducible'>,
  path = process.env.PATH ?? ''
): Record<string, string> {
  return {
    ...reproducibleEnv(o.reproducible),
    WORKSPACE: o.buildDir,
    EDK_TOOLS_PATH: join(o.buildDir, 'BaseTools'),
    CONF_PATH: join(o.buildDir, 'Conf'),
    PYTHON_COMMAND: 'python3',
    PYTHON3_ENABLE: 'TRUE',
    PATH: `${join(o.buildDir, 'BaseTools', 'BinWrappers', 'PosixLike')}:${path}`
  }
}

/**
 * `outputDir`: the platform's OUTPUT_DIRECTORY (read from its .dsc by the caller). Every path is
 * absolute: the copy of the source in the build directory, BaseTools, the Conf files, the stack
 * cookies, the platform build.
 */
export function planEdk2(o: Edk2Options, outputDir: string, path?: string): Step[] {
  const env = edk2Env(o, path)
  const cookies = stackCookieFiles(
    join(o.buildDir, outputDir, `${o.target}_${o.toolchainTag}`),
    o.reproducible.commit,
    o.reproducible.sourceDateEpoch
  )
  const build = [
    'build',
    '-p',
    o.platform,
    '-a',
    o.arch,
    '-b',
    o.target,
    '-t',
    o.toolchainTag,
    // One AutoGen worker: with several, which worker sees which module first decides the size
    // of some VOID* PCD arrays (measured: IScsiDxe's PcdEntryPointOverrideDefaultValue, 3 or 4
    // bytes between cold runs). It also makes the module builds serial: edk2's per-module
    // makefiles are not safe under make -j (UiApp fails), so `jobs` only speeds up BaseTools.
    '-n',
    '1'
  ]
  for (const d of o.defines) build.push('-D', d)
  const conf = join(o.buildDir, 'Conf')
  const templates = join(o.buildDir, 'BaseTools', 'Conf')
  const files = CONF_FILES.map(f => ({ from: join(templates, `${f}.template`), to: join(conf, `${f}.txt`) }))
  return [
    internal('edk2/sync', 'firmware', `Copying ${o.source} to ${o.buildDir}`, {
      type: 'sync-dir',
      from: o.source,
      path: o.buildDir
    }),
    command({
      id: 'edk2/basetools',
      group: 'firmware',
      title: 'Building BaseTools',
      argv: ['make', '-C', 'BaseTools', `-j${o.jobs}`],
      cwd: o.buildDir,
      env
    }),
    internal('edk2/conf', 'firmware', `Writing ${conf}`, { type: 'copy-files', path: conf, files }),
    ...cookies.map(c =>
      internal(`edk2/${basename(c.path)}`, 'firmware', `Writing ${c.path}`, { type: 'write-file', ...c })
    ),
    command({
      id: 'edk2/build',
      group: 'firmware',
      title: `Building ${o.platform} (${o.target}_${o.toolchainTag})`,
      argv: build,
      cwd: o.buildDir,
      env
    })
  ]
}

/** OUTPUT_DIRECTORY from the platform description's [Defines] (e.g. Build/OvmfX64). */
export function outputDirectory(dsc: string): string | null {
  let inDefines = false
  for (const raw of dsc.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim()
    if (line.startsWith('[')) inDefines = /^\[\s*Defines\s*\]$/i.test(line)
    else if (inDefines) {
      const m = /^OUTPUT_DIRECTORY\s*=\s*(\S+)$/.exec(line)
      if (m) return m[1]!
    }
  }
  return null
}

/** Where the firmware volumes land: <build dir>/<OUTPUT_DIRECTORY>/<TARGET>_<TOOLCHAIN>/FV. */
export function fvDirectory(
  o: Pick<Edk2Options, 'buildDir' | 'target' | 'toolchainTag'>,
  outputDir: string
): string {
  return join(o.buildDir, outputDir, `${o.target}_${o.toolchainTag}`, 'FV')
}

/** The image for igvmbuilder among the .fd files found: the platform's known name, else the only one. */
export function primaryImage(platform: string, fdFiles: string[]): string | null {
  const known = PLATFORMS[platform]?.image
  if (known && fdFiles.includes(known)) return known
  return fdFiles.length === 1 ? fdFiles[0]! : null
}
