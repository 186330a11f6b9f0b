// The flags of `build` and `plan`: xbuild's own (-r -a -f -v -o -p, -h -V) plus ours, and the
// build request they make.
import { accessSync, constants, existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { UsageError } from '../util/errors.js'
import { MAX_FIRMWARE_BYTES, regularFileProblem } from '../util/input-file.js'
import type { BuildRequest } from '../engine/prepare.js'
import { parseFeatureArgs } from '../plan/features.js'
import { HELPER_TOOLS, type HelperTool } from '../plan/types.js'
import { IGVM_TARGETS, type IgvmTarget } from '../recipe/types.js'
import { commandListText } from './command-list.js'
import { command, parseFlags, usageOf, type CommandSpec, type FlagValues } from './flags.js'

/** xbuild's flags (same letters, same meaning), then svsm-build's. */
const BUILD_FLAGS = {
  release: { short: 'r', help: 'Perform a release build' },
  'all-features': { short: 'a', help: 'Compile all cargo components with all features' },
  feature: {
    short: 'f',
    value: '<FEATURES>',
    multiple: true,
    help: "Extra features: 'pkg:feat' or 'feat' (package svsm), comma-separated, repeatable"
  },
  verbose: { short: 'v', help: 'Verbose output (cargo -vv, make V=2, igvmbuilder --verbose)' },
  offline: { short: 'o', help: 'Perform an offline build (cargo --offline --locked)' },
  'print-config': { short: 'p', help: 'Print each recipe, every default filled in, before building' },
  svsm: { value: '<DIR>', help: 'Root of the svsm checkout (default: .); recipes are relative to it' },
  dialect: {
    value: '<D>',
    choices: ['xbuild', 'build.py', 'auto'],
    help: 'Build dialect (default: auto, from the tree)'
  },
  targets: { value: '<LIST>', help: 'Build only these IGVM targets: qemu,hyper-v,vanadium' },
  measure: {
    value: '<HOW>',
    choices: ['igvmmeasure', 'builtin'],
    help: "igvmmeasure (default): run upstream's tool and cross-check it; builtin: ours only"
  },
  firmware: {
    value: '<FILE>',
    help: 'Firmware file for recipes with a firmware section (replaces file / env)'
  },
  'remap-paths': {
    help: "Remap the checkout and CARGO_HOME out of the kernel's paths (cargo --config target.<triple>.rustflags),\nso the digests do not depend on where it is built; changes upstream's commands and digests"
  },
  igvmbuilder: { value: '<FILE>', help: "Use this igvmbuilder binary instead of building the tree's own" },
  igvmmeasure: { value: '<FILE>', help: "Use this igvmmeasure binary instead of building the tree's own" }
} as const

export const BUILD_COMMAND = command({
  synopsis: ['svsm-build [build] [OPTIONS] <RECIPES>...'],
  about: "Builds COCONUT-SVSM IGVM files from build recipes, as upstream's ./build does, and measures them.",
  flags: { ...BUILD_FLAGS, version: { short: 'V', help: 'Print version' } },
  args: { min: 0, max: Infinity, what: 'recipe files' },
  footer: `Exit codes: 0 success, 1 recipe or build failure, 2 usage error.\n\n${commandListText()}`
})

const { 'print-config': _printConfig, ...PLAN_FLAGS } = BUILD_FLAGS

export const PLAN_COMMAND = command({
  synopsis: ['svsm-build plan [--json|--matrix] [OPTIONS] <RECIPES>...'],
  about: 'Prints the steps a build with these options would run, without running them.',
  flags: {
    ...PLAN_FLAGS,
    json: { help: 'The plan as JSON (recipes with every default filled in, steps, warnings)' },
    matrix: { help: 'One leg per recipe and IGVM target, for strategy.matrix in a workflow' }
  },
  args: { min: 0, max: Infinity, what: 'recipe files' },
  footer: 'Exit codes: 0 success, 1 recipe failure, 2 usage error.'
})

/** The usage `svsm-build --help` prints: the build's, with every command listed. */
export const BUILD_USAGE = usageOf(BUILD_COMMAND)

interface BuildArgs {
  request: BuildRequest
  printConfig: boolean
  json: boolean
  matrix: boolean
  version: boolean
  warnings: string[]
}

type BuildValues = FlagValues<typeof BUILD_FLAGS> & { version?: boolean; json?: boolean; matrix?: boolean }

/** `build` (default) or `plan` flags → the build request; null after printing the usage for --help. */
export function parseBuildArgs(
  args: string[],
  env: NodeJS.ProcessEnv,
  spec: CommandSpec = BUILD_COMMAND
): BuildArgs | null {
  const parsed = parseFlags(spec, args)
  if (!parsed) return null
  const v = parsed.values as unknown as BuildValues
  const usage = usageOf(spec)
  const targets = v.targets === undefined ? undefined : parseTargets(v.targets, '--targets', usage)
  const { features, warnings } = parseFeatureArgs(v.feature ?? [])
  const root = v.svsm ?? '.'
  const tools = prebuiltTools({ igvmbuilder: v.igvmbuilder, igvmmeasure: v.igvmmeasure }, usage)
  if (v.firmware !== undefined) checkFirmware(resolve(root, v.firmware), v.firmware, usage)
  return {
    request: {
      root,
      recipes: parsed.positionals,
      dialect: v.dialect ?? 'auto',
      options: {
        release: v.release,
        allFeatures: v['all-features'],
        features,
        verbose: v.verbose,
        offline: v.offline,
        measure: v.measure ?? 'igvmmeasure',
        ...(targets ? { targets } : {}),
        ...(v.firmware !== undefined ? { firmware: v.firmware } : {}),
        ...(Object.keys(tools).length > 0 ? { tools } : {}),
        ...(v['remap-paths'] ? { remapPaths: true } : {})
      },
      env: { ...env }
    },
    printConfig: v['print-config'] ?? false,
    json: v.json ?? false,
    matrix: v.matrix ?? false,
    version: v.version ?? false,
    warnings
  }
}

function parseTargets(list: string, flag: string, usage?: string): IgvmTarget[] {
  const items = list
    .split(/[\s,]+/)
    .map(s => s.trim())
    .filter(Boolean)
  for (const t of items) {
    if (!IGVM_TARGETS.includes(t as IgvmTarget))
      throw new UsageError(`${flag}: "${t}" is not an IGVM target; expected qemu, hyper-v or vanadium`, usage)
  }
  return items as IgvmTarget[]
}

/**
 * --firmware: a regular file of firmware size (the engine reads it relative to the svsm tree, as
 * upstream does). A missing file is left to the preflight, which names every missing input at once.
 */
function checkFirmware(path: string, given: string, usage: string): void {
  if (!existsSync(path)) return
  const problem = regularFileProblem(path, MAX_FIRMWARE_BYTES)
  if (problem)
    throw new UsageError(`--firmware ${given}: ${problem}; expected a firmware image (OVMF.fd)`, usage)
}

/** --igvmbuilder / --igvmmeasure: an executable file, made absolute (steps run in the svsm tree). */
function prebuiltTools(
  given: Record<HelperTool, string | undefined>,
  usage: string
): Partial<Record<HelperTool, string>> {
  const tools: Partial<Record<HelperTool, string>> = {}
  for (const name of HELPER_TOOLS) {
    const file = given[name]
    if (file === undefined) continue
    const path = resolve(file)
    try {
      accessSync(path, constants.X_OK)
    } catch {
      throw new UsageError(
        `--${name} ${file}: ${existsSync(path) ? 'not executable' : 'no such file'}; expected a prebuilt ${name} binary`,
        usage
      )
    }
    tools[name] = path
  }
  return tools
}
