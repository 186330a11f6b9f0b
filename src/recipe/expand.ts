// Fills every default the dialect applies: the recipe as upstream's tool reads it, with nothing
// left implicit. What it must refuse or warn about is checked in checks.ts, as it goes.
import { jsonPath, type RecipeProblem } from './errors.js'
import { checkComponent, checkFirmware, checkModules, checkOutputs, checkRoles } from './checks.js'
import type { BuildpyRecipeInput, ComponentInput, IgvmTargetInput, XbuildRecipeInput } from './schema.js'
import {
  IGVM_TARGETS,
  type Component,
  type Dialect,
  type ExpandedRecipe,
  type FirmwareConfig,
  type IgvmTarget,
  type IgvmTargetConfig
} from './types.js'

// The planners import it from here, with the expansion.
export { fsImageName } from './fs-image-name.js'

const DEFAULT_POLICY = '0x30000'
const DEFAULT_OUTPUT = 'default.json'
const DEFAULT_PLATFORMS = ['snp', 'tdp', 'vsm'] as const
const DEFAULT_OBJCOPY = 'elf64-x86-64'

const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/

interface Ctx {
  file: string
  dialect: Dialect
  sha256: string
}

export function expandRecipe(
  input: XbuildRecipeInput | BuildpyRecipeInput,
  raw: Record<string, unknown>,
  ctx: Ctx
): { recipe: ExpandedRecipe; problems: RecipeProblem[]; warnings: string[] } {
  const problems: RecipeProblem[] = []
  const warnings: string[] = []
  const { dialect } = ctx

  const expandComponents = (src: Record<string, ComponentInput> | undefined, base: string[]) => {
    const out: Record<string, Component> = {}
    for (const [name, c] of Object.entries(src ?? {})) {
      const path = jsonPath([...base, name])
      if (!NAME.test(name)) {
        problems.push({
          path,
          expected: 'a cargo package or binary name (letters, digits, "_", "-", ".")',
          found: `name ${JSON.stringify(name)}`
        })
        continue
      }
      out[name] = expandComponent(c, dialect)
      checkComponent(out[name], path, dialect, problems, warnings)
    }
    return out
  }

  const kernel = expandComponents(input.kernel, ['kernel'])
  const modules = expandComponents(input.fs?.modules, ['fs', 'modules'])
  const firmware = expandFirmware(input.firmware)
  if (input.firmware != null) checkFirmware(input.firmware, firmware!, dialect, problems, warnings)

  const igvm: Partial<Record<IgvmTarget, IgvmTargetConfig>> = {}
  const rawIgvm = (raw.igvm ?? {}) as Record<string, unknown>
  const igvmIn = (input.igvm ?? {}) as Partial<Record<IgvmTarget, IgvmTargetInput>>
  for (const target of Object.keys(rawIgvm) as IgvmTarget[]) {
    const t = igvmIn[target]
    if (!t || !IGVM_TARGETS.includes(target)) continue
    igvm[target] = expandTarget(t, target, dialect, warnings)
  }

  checkRoles(kernel, igvm, firmware, dialect, problems, warnings)
  checkModules(modules, dialect, problems, warnings)
  checkOutputs(igvm, problems, warnings)

  const recipe: ExpandedRecipe = {
    file: ctx.file,
    dialect,
    sha256: ctx.sha256,
    kernel,
    firmware,
    fs: { modules },
    igvm
  }
  return { recipe, problems, warnings }
}

function expandComponent(c: ComponentInput, dialect: Dialect): Component {
  const out: Component = {
    type: c.type ?? 'cargo',
    no_default_features: 'no_default_features' in c ? (c.no_default_features ?? false) : false,
    binary: c.binary ?? false,
    objcopy: c.objcopy ?? DEFAULT_OBJCOPY,
    env: 'env' in c ? (c.env ?? {}) : {}
  }
  if (c.output_file != null) out.output_file = c.output_file
  if (c.manifest != null) out.manifest = c.manifest
  if (c.path != null) out.path = c.path
  if (c.features != null) {
    // xbuild: split(',') + trim, so "" gives [""]; build.py: str.split(), whitespace, no empties.
    out.features =
      dialect === 'xbuild'
        ? c.features.split(',').map(f => f.trim())
        : c.features.split(/\s+/).filter(Boolean)
  }
  const toolchain = 'toolchain' in c ? c.toolchain : undefined
  if (toolchain != null) out.toolchain = toolchain
  return out
}

/** An empty `command` is left out here (checks.ts refuses it or says build.py runs nothing). */
function expandFirmware(f: XbuildRecipeInput['firmware']): FirmwareConfig | null {
  if (f == null) return null
  const out: FirmwareConfig = {}
  if (f.command != null && f.command.length > 0) out.command = f.command
  if (f.file != null) out.file = f.file
  if (f.env != null) out.env = f.env
  return out
}

function expandTarget(
  t: IgvmTargetInput,
  target: IgvmTarget,
  dialect: Dialect,
  warnings: string[]
): IgvmTargetConfig {
  if (t.output === undefined) {
    warnings.push(
      `igvm.${target}.output: missing, so the file is named bin/${DEFAULT_OUTPUT} (upstream's default)`
    )
  }
  const out: IgvmTargetConfig = {
    output: t.output ?? DEFAULT_OUTPUT,
    platforms: t.platforms ?? [...DEFAULT_PLATFORMS],
    policy: t.policy ?? DEFAULT_POLICY,
    measure: 'print',
    'check-kvm': t['check-kvm'] ?? false,
    'measure-native-zeroes': t['measure-native-zeroes'] ?? false,
    'no-vtom': dialect === 'xbuild' ? (t['no-vtom'] ?? false) : false
  }
  if (t.comport != null) out.comport = t.comport
  return out
}
