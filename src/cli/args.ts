// Command-line flags shared by `build` and `plan`: xbuild's own (-r -a -f -v -o -p) plus ours.
import { accessSync, constants, existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { UsageError } from '../util/errors.js'
import type { BuildRequest } from '../engine/prepare.js'
import { parseFeatureArgs } from '../plan/features.js'
import { HELPER_TOOLS, type HelperTool } from '../plan/types.js'
import { DIALECTS, IGVM_TARGETS, type Dialect, type IgvmTarget } from '../recipe/types.js'

export const BUILD_USAGE = `Usage: svsm-build [build] [OPTIONS] <RECIPES>...
       svsm-build plan [--json|--matrix] [OPTIONS] <RECIPES>...
       svsm-build measure <FILE> [-c|--check-kvm] [-n|--native-zero] [-p sev|sev-es|sev-snp] [-b|--bare] [-i|--ignore-idblock]
       svsm-build inspect <FILE> [--json]
       svsm-build diff <A.igvm> <B.igvm> [--inputs <A_BIN_DIR> <B_BIN_DIR>] [--json]
       svsm-build verify-report <REPORT.bin> --measurements <FILE> [OPTIONS]   (--help)
       svsm-build firmware --edk2 <DIR> [OPTIONS]      (svsm-build firmware --help)
       svsm-build smoke <IGVM> [OPTIONS]               (svsm-build smoke --help)
       svsm-build qemu | kernel [OPTIONS]              (companion builds of the reusable workflows)

Builds COCONUT-SVSM IGVM files from build recipes, as upstream's ./build does, and measures them.

Options:
  -r, --release            Perform a release build
  -a, --all-features       Compile all cargo components with all features
  -f, --feature <FEATURES> Extra features: 'pkg:feat' or 'feat' (package svsm), comma-separated, repeatable
  -v, --verbose            Verbose output (cargo -vv, make V=2, igvmbuilder --verbose)
  -o, --offline            Perform an offline build (cargo --offline --locked)
  -p, --print-config       Print each recipe, every default filled in, before building
      --svsm <DIR>         Root of the svsm checkout (default: .); recipes are relative to it
      --dialect <D>        xbuild | build.py | auto (default: auto, from the tree)
      --targets <LIST>     Build only these IGVM targets: qemu,hyper-v,vanadium
      --measure <HOW>      igvmmeasure (default: run upstream's tool and cross-check it) | builtin
      --firmware <FILE>    Firmware file for recipes with a firmware section (replaces file / env)
      --igvmbuilder <FILE> Use this igvmbuilder binary instead of building the tree's own
      --igvmmeasure <FILE> Use this igvmmeasure binary instead of building the tree's own
  -h, --help               Print help
  -V, --version            Print version

Exit codes: 0 success, 1 recipe or build failure, 2 usage error.`

export interface BuildArgs {
  request: BuildRequest
  printConfig: boolean
  json: boolean
  matrix: boolean
  help: boolean
  version: boolean
  warnings: string[]
}

export function parseBuildArgs(args: string[], env: NodeJS.ProcessEnv, allowJson = false): BuildArgs {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        release: { type: 'boolean', short: 'r' },
        'all-features': { type: 'boolean', short: 'a' },
        feature: { type: 'string', short: 'f', multiple: true },
        verbose: { type: 'boolean', short: 'v' },
        offline: { type: 'boolean', short: 'o' },
        'print-config': { type: 'boolean', short: 'p' },
        svsm: { type: 'string' },
        dialect: { type: 'string' },
        targets: { type: 'string' },
        measure: { type: 'string' },
        firmware: { type: 'string' },
        igvmbuilder: { type: 'string' },
        igvmmeasure: { type: 'string' },
        json: { type: 'boolean' },
        matrix: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' }
      }
    })
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
  const v = parsed.values
  if (v.json && !allowJson)
    throw new UsageError("Unknown option '--json' (only `svsm-build plan` and `inspect` take it)")
  const dialect = v.dialect ?? 'auto'
  if (dialect !== 'auto' && !DIALECTS.includes(dialect as Dialect)) {
    throw new UsageError(`--dialect ${dialect}: expected xbuild, build.py or auto`)
  }
  const measure = v.measure ?? 'igvmmeasure'
  if (measure !== 'igvmmeasure' && measure !== 'builtin')
    throw new UsageError(`--measure ${measure}: expected igvmmeasure or builtin`)
  const targets = v.targets === undefined ? undefined : parseTargets(v.targets, '--targets')
  const { features, warnings } = parseFeatureArgs(v.feature ?? [])
  const tools = prebuiltTools({ igvmbuilder: v.igvmbuilder, igvmmeasure: v.igvmmeasure })
  return {
    request: {
      root: v.svsm ?? '.',
      recipes: parsed.positionals,
      dialect: dialect as Dialect | 'auto',
      options: {
        release: v.release ?? false,
        allFeatures: v['all-features'] ?? false,
        features,
        verbose: v.verbose ?? false,
        offline: v.offline ?? false,
        measure,
        ...(targets ? { targets } : {}),
        ...(v.firmware !== undefined ? { firmware: v.firmware } : {}),
        ...(Object.keys(tools).length > 0 ? { tools } : {})
      },
      env: { ...env }
    },
    printConfig: v['print-config'] ?? false,
    json: v.json ?? false,
    matrix: v.matrix ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
    warnings
  }
}

export function parseTargets(list: string, flag: string): IgvmTarget[] {
  const items = list
    .split(/[\s,]+/)
    .map(s => s.trim())
    .filter(Boolean)
  for (const t of items) {
    if (!IGVM_TARGETS.includes(t as IgvmTarget))
      throw new UsageError(`${flag}: "${t}" is not an IGVM target; expected qemu, hyper-v or vanadium`)
  }
  return items as IgvmTarget[]
}

/** --igvmbuilder / --igvmmeasure: an executable file, made absolute (steps run in the svsm tree). */
function prebuiltTools(given: Record<HelperTool, string | undefined>): Partial<Record<HelperTool, string>> {
  const tools: Partial<Record<HelperTool, string>> = {}
  for (const name of HELPER_TOOLS) {
    const file = given[name]
    if (file === undefined) continue
    const path = resolve(file)
    try {
      accessSync(path, constants.X_OK)
    } catch {
      throw new UsageError(
        `--${name} ${file}: ${existsSync(path) ? 'not executable' : 'no such file'}; expected a prebuilt ${name} binary`
      )
    }
    tools[name] = path
  }
  return tools
}
