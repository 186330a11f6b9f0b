// Cross-checks of an expanded recipe: what upstream would only reject (or crash on) in the middle
// of a build, by then kernels have been compiled for nothing, and what it would silently ignore.
import { describeValue, type RecipeProblem } from './errors.js'
import { fsImageName } from './fs-image-name.js'
import { outputNameProblem } from './output-name.js'
import type { XbuildRecipeInput } from './schema.js'
import type { Component, Dialect, FirmwareConfig, IgvmTarget, IgvmTargetConfig } from './types.js'

/** Roles the dialect's igvmbuilder call gives kernel parts; other parts are built and ignored. */
const KERNEL_ROLES: Record<Dialect, Record<string, string>> = {
  xbuild: { svsm: '--kernel', bldr: '--bldr', 'tdx-stage1': '--tdx-stage1' },
  'build.py': { stage2: '--stage2', svsm: '--kernel', 'tdx-stage1': '--tdx-stage1' }
}

const missing = describeValue(undefined)

/** One kernel part or fs module, as `path` names it. */
export function checkComponent(
  c: Component,
  path: string,
  dialect: Dialect,
  problems: RecipeProblem[],
  warnings: string[]
): void {
  if (c.type === 'make' && c.output_file === undefined) {
    problems.push({
      path: `${path}.output_file`,
      expected: 'a make target: a "make" build item needs "output_file"',
      found: missing
    })
  }
  if (c.type === 'cargo' && c.toolchain !== undefined) {
    problems.push({
      path: `${path}.toolchain`,
      expected: 'no toolchain: a non-default toolchain is only allowed for "type": "test" items',
      found: `string ${JSON.stringify(c.toolchain)}`
    })
  }
  if (c.type === 'make' && c.toolchain !== undefined)
    warnings.push(`${path}.toolchain: ignored for "make" items`)
  if (c.type !== 'make' && c.output_file !== undefined && dialect === 'xbuild') {
    warnings.push(`${path}.output_file: ignored by xbuild for "${c.type}" items (it is used only by "make")`)
  }
  if (c.type === 'make' && Object.keys(c.env).length > 0)
    warnings.push(`${path}.env: ignored for "make" items`)
}

/** The firmware section as written (`given`) and as expanded. */
export function checkFirmware(
  given: NonNullable<XbuildRecipeInput['firmware']>,
  out: FirmwareConfig,
  dialect: Dialect,
  problems: RecipeProblem[],
  warnings: string[]
): void {
  if (given.command != null && given.command.length === 0) {
    if (dialect === 'xbuild') {
      problems.push({
        path: 'firmware.command',
        expected: 'a non-empty array: program and arguments',
        found: 'array []'
      })
    } else {
      warnings.push('firmware.command: empty, so build.py runs nothing')
    }
  }
  if (dialect === 'xbuild' && given.file === '') {
    problems.push({
      path: 'firmware.file',
      expected:
        'a firmware path: xbuild would pass --firmware "" and igvmbuilder fails ("Failed to open firmware file")',
      found: 'string ""'
    })
  }
  if (out.file !== undefined && out.env !== undefined)
    warnings.push('firmware: both "file" and "env" given; "file" wins')
}

export function checkRoles(
  kernel: Record<string, Component>,
  igvm: Partial<Record<IgvmTarget, IgvmTargetConfig>>,
  firmware: FirmwareConfig | null,
  dialect: Dialect,
  problems: RecipeProblem[],
  warnings: string[]
): void {
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
        found: missing
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
          found: missing
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

export function checkModules(
  modules: Record<string, Component>,
  dialect: Dialect,
  problems: RecipeProblem[],
  warnings: string[]
): void {
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

export function checkOutputs(
  igvm: Partial<Record<IgvmTarget, IgvmTargetConfig>>,
  problems: RecipeProblem[],
  warnings: string[]
): void {
  // Two targets writing one file are refused with every other collision (collisions.ts).
  for (const [target, t] of Object.entries(igvm)) {
    const path = `igvm.${target}.output`
    const bad = outputNameProblem(t.output)
    if (bad)
      problems.push({
        path,
        expected: 'a file name under bin/, like "coconut-qemu.igvm"',
        found: `${describeValue(t.output)}, which ${bad}`
      })
  }
  if (Object.keys(igvm).length === 0) warnings.push('igvm: no targets, so no IGVM file is built')
}
