// Fills every default the dialect applies, and rejects what upstream would only reject (or crash
// on) in the middle of a build: by then kernels have been compiled for nothing.
import { describeValue, jsonPath, type RecipeProblem } from './errors.js'
import { outputNameProblem } from './output-name.js'
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

export const DEFAULT_POLICY = '0x30000'
export const DEFAULT_OUTPUT = 'default.json'
export const DEFAULT_PLATFORMS = ['snp', 'tdp', 'vsm'] as const
export const DEFAULT_OBJCOPY = 'elf64-x86-64'

/** Roles the dialect's igvmbuilder call gives kernel parts; other parts are built and ignored. */
export const KERNEL_ROLES: Record<Dialect, Record<string, string>> = {
  xbuild: { svsm: '--kernel', bldr: '--bldr', 'tdx-stage1': '--tdx-stage1' },
  'build.py': { stage2: '--stage2', svsm: '--kernel', 'tdx-stage1': '--tdx-stage1' }
}

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
      out[name] = expandComponent(c, path, dialect, problems, warnings)
    }
    return out
  }

  const kernel = expandComponents(input.kernel, ['kernel'])
  const modules = expandComponents(input.fs?.modules, ['fs', 'modules'])
  const firmware = expandFirmware(input.firmware, dialect, problems, warnings)

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

function expandComponent(
  c: ComponentInput,
  path: string,
  dialect: Dialect,
  problems: RecipeProblem[],
  warnings: string[]
): Component {
  const type = c.type ?? 'cargo'
  const out: Component = {
    type,
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

  if (type === 'make' && out.output_file === undefined) {
    problems.push({
      path: `${path}.output_file`,
      expected: 'a make target: a "make" build item needs "output_file"',
      found: describeMissing()
    })
  }
  if (type === 'cargo' && out.toolchain !== undefined) {
    problems.push({
      path: `${path}.toolchain`,
      expected: 'no toolchain: a non-default toolchain is only allowed for "type": "test" items',
      found: `string ${JSON.stringify(out.toolchain)}`
    })
  }
  if (type === 'make' && out.toolchain !== undefined)
    warnings.push(`${path}.toolchain: ignored for "make" items`)
  if (type !== 'make' && out.output_file !== undefined && dialect === 'xbuild') {
    warnings.push(`${path}.output_file: ignored by xbuild for "${type}" items (it is used only by "make")`)
  }
  if (type === 'make' && Object.keys(out.env).length > 0)
    warnings.push(`${path}.env: ignored for "make" items`)
  return out
}

const describeMissing = () => 'nothing (the key is missing)'

function expandFirmware(
  f: XbuildRecipeInput['firmware'],
  dialect: Dialect,
  problems: RecipeProblem[],
  warnings: string[]
): FirmwareConfig | null {
  if (f == null) return null
  const out: FirmwareConfig = {}
  if (f.command != null) {
    if (f.command.length === 0) {
      if (dialect === 'xbuild') {
        problems.push({
          path: 'firmware.command',
          expected: 'a non-empty array: program and arguments',
          found: 'array []'
        })
      } else {
        warnings.push('firmware.command: empty, so build.py runs nothing')
      }
    } else {
      out.command = f.command
    }
  }
  if (f.file != null) out.file = f.file
  if (f.env != null) out.env = f.env
  if (out.file !== undefined && out.env !== undefined)
    warnings.push('firmware: both "file" and "env" given; "file" wins')
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

function checkRoles(
  kernel: Record<string, Component>,
  igvm: Partial<Record<IgvmTarget, IgvmTargetConfig>>,
  firmware: FirmwareConfig | null,
  dialect: Dialect,
  problems: RecipeProblem[],
  warnings: string[]
) {
  const roles = KERNEL_ROLES[dialect]
  const required = dialect === 'xbuild' ? ['svsm'] : ['stage2', 'svsm']
  for (const r of required) {
    if (!kernel[r]) {
      problems.push({
        path: `kernel.${r}`,
        expected:
          r === 'svsm'
            ? 'the main kernel: igvmbuilder needs --kernel'
            : 'the stage2 loader: build.py always passes --stage2 bin/stage2',
        found: describeMissing()
      })
    }
  }
  for (const name of Object.keys(kernel)) {
    if (!(name in roles)) {
      warnings.push(
        `kernel.${name}: not one of ${Object.keys(roles).join(', ')}; it is built and copied to bin/${name} but not put into any IGVM file`
      )
    }
  }
  const hasStage1 = 'tdx-stage1' in kernel
  for (const [target, t] of Object.entries(igvm) as [IgvmTarget, IgvmTargetConfig][]) {
    const path = `igvm.${target}.platforms`
    const found = `array ${JSON.stringify(t.platforms)}`
    if (t.platforms.length === 0) {
      problems.push({ path, expected: 'at least one platform (igvmbuilder: "No platform specified")', found })
      continue
    }
    const tdp = t.platforms.includes('tdp')
    if (tdp && !hasStage1) {
      problems.push({
        path,
        expected:
          'no "tdp" unless kernel has "tdx-stage1" (igvmbuilder: "TDP platform requires --tdx-stage1")',
        found
      })
    }
    if (!tdp && hasStage1) {
      problems.push({
        path,
        expected:
          '"tdp" because kernel has "tdx-stage1" (igvmbuilder: "TDP platform must be specified when using --tdx-stage1")',
        found
      })
    }
    if (!t.platforms.includes('snp')) {
      problems.push({
        path,
        expected:
          '"snp": the policy is always passed and igvmbuilder refuses it without SEV-SNP ("Policy not supported by the specified platform(s)")',
        found
      })
    }
    if (dialect === 'xbuild' && !('bldr' in kernel)) {
      const vtomZero = target !== 'hyper-v'
      if (tdp || (t.platforms.includes('snp') && vtomZero)) {
        problems.push({
          path: 'kernel.bldr',
          expected: `the boot loader: igvmbuilder requires --bldr for igvm.${target} (${tdp ? 'tdp' : 'snp without vTOM'})`,
          found: describeMissing()
        })
      }
    }
    const seen = new Set<string>()
    for (const p of t.platforms) {
      if (seen.has(p)) warnings.push(`${path}: "${p}" is listed twice`)
      seen.add(p)
    }
  }
  if (firmware && firmware.file === undefined && firmware.env === undefined && firmware.command) {
    warnings.push(
      'firmware: "command" runs but neither "file" nor "env" names its result, so no firmware is put into the IGVM files'
    )
  }
  // De-duplicate required-part problems reported once per target.
  const seen = new Set<string>()
  for (let i = problems.length - 1; i >= 0; i--) {
    const key = `${problems[i]!.path}|${problems[i]!.expected}`
    if (seen.has(key)) problems.splice(i, 1)
    seen.add(key)
  }
}

/**
 * Where a module lands in the fs image: its `path` (or its name). Like Rust's
 * `Path::strip_prefix("/")`, an absolute path loses its root and any `.` components right after
 * it (`//init`, `/./init` → `init`); anything else is kept verbatim.
 */
export function fsImageName(name: string, c: Component): string {
  let p = c.path ?? name
  if (!p.startsWith('/')) return p
  p = p.replace(/^\/+/, '')
  while (p === '.' || p.startsWith('./')) p = p.replace(/^\.(\/+|$)/, '')
  return p
}

function checkModules(
  modules: Record<string, Component>,
  dialect: Dialect,
  problems: RecipeProblem[],
  warnings: string[]
) {
  const names = new Map<string, string>()
  for (const [name, c] of Object.entries(modules)) {
    const path = `fs.modules.${name}.path`
    const image = fsImageName(name, c)
    const parts = image.split('/')
    if (image === '' || parts.includes('..')) {
      problems.push({
        path,
        expected: 'a file path inside the fs image such as "/init", without ".." components',
        found: `string ${JSON.stringify(c.path)}`
      })
      continue
    }
    const other = names.get(image)
    if (other !== undefined) {
      warnings.push(
        `${path}: "${image}" is also the path of fs.modules.${other}; the image holds both and the kernel keeps the last`
      )
    }
    names.set(image, name)
    if (dialect === 'build.py' && parts.length > 1) {
      warnings.push(`${path}: build.py does not create sub-directories of bin/fs; svsm-build does`)
    }
  }
}

function checkOutputs(
  igvm: Partial<Record<IgvmTarget, IgvmTargetConfig>>,
  problems: RecipeProblem[],
  warnings: string[]
) {
  const seen = new Map<string, string>()
  for (const [target, t] of Object.entries(igvm)) {
    const path = `igvm.${target}.output`
    const bad = outputNameProblem(t.output)
    if (bad) {
      problems.push({
        path,
        expected: 'a file name under bin/, like "coconut-qemu.igvm"',
        found: `${describeValue(t.output)}, which ${bad}`
      })
      continue
    }
    const other = seen.get(t.output)
    if (other)
      warnings.push(
        `${path}: bin/${t.output} is also the output of igvm.${other}; the later target overwrites it`
      )
    seen.set(t.output, target)
  }
  if (Object.keys(igvm).length === 0) warnings.push('igvm: no targets, so no IGVM file is built')
}
