// The legacy tool (`scripts/build.py`, Nov 2024 - May 2025), command for command: helpers first
// (for the host triple, packit with its CLI), then per recipe all kernel parts, their objcopy,
// firmware, the fs image through `packit pack`, and the IGVM targets in recipe order.
import { fsImageName } from '../recipe/expand.js'
import type { Component, ExpandedRecipe } from '../recipe/types.js'
import {
  HOST_TRIPLE,
  KERNEL_TRIPLE,
  PLATFORM_FLAG,
  profileDir,
  resolveFirmware,
  selectedTargets
} from './common.js'
import { remapArgs, remapOf } from './remap.js'
import * as shared from './shared-steps.js'
import { command, internal } from './step.js'
import type { CommandStep, HelperTool, PlanOptions, Step, TargetPlan } from './types.js'

function cargo(name: string, c: Partial<Component>, triple: string, o: PlanOptions): string[] {
  const argv = ['cargo', 'build']
  if (o.verbose) argv.push('-vv')
  argv.push(c.binary ? '--bin' : '--package', name)
  if (o.offline) argv.push('--locked', '--offline')
  if (c.features && c.features.length > 0) argv.push('--features', c.features.join(','))
  if (c.manifest !== undefined) argv.push('--manifest-path', c.manifest)
  if (o.release) argv.push('--release')
  argv.push('--target', triple)
  // build.py never remapped: only svsm-build's remap-paths option adds this (kernel target only).
  if (triple === KERNEL_TRIPLE) argv.push(...remapArgs(remapOf('build.py', o)))
  return argv
}

function build(
  id: string,
  group: 'kernel' | 'fs' | 'helpers',
  name: string,
  c: Partial<Component>,
  triple: string,
  recipe: string | undefined,
  o: PlanOptions
): CommandStep {
  if (c.type === 'make') return shared.makeStep({ id, group, name, recipe }, c, o)
  // build.py looks for target/<triple>/<profile>/<output_file or name> and, when that is
  // missing, passes the bare name on (the objcopy then fails on it).
  const out = `target/${triple}/${profileDir(o)}/${c.output_file ?? name}`
  return command({
    id: `${id}/cargo`,
    group,
    title: `Building ${name}...`,
    recipe,
    argv: cargo(name, c, triple, o),
    inputs: [],
    outputs: [out],
    produces: { path: out, fallback: name }
  })
}

function objcopy(
  id: string,
  group: 'kernel' | 'fs',
  name: string,
  c: Component,
  from: CommandStep,
  dst: string,
  recipe: string
) {
  const src = (from.produces as { path: string }).path
  const a = { id, group, name, format: c.objcopy, strip: '--strip-unneeded', src, dst, recipe }
  return shared.objcopyStep({ ...a, inputs: [src], from: from.id })
}

export function planBuildpy(recipes: ExpandedRecipe[], keys: string[], o: PlanOptions, warnings: string[]) {
  const steps: Step[] = []
  const targets: TargetPlan[] = []
  const built = new Set<string>()
  const prof = profileDir(o)
  const tool = (n: string) => o.tools?.[n as HelperTool] ?? `target/${HOST_TRIPLE}/${prof}/${n}`

  // Reported as the build's git version; build.py itself leaves the file to release/build.rs.
  steps.push(shared.gitVersionStep('Reading the git version'))
  steps.push(internal('mkdir-bin', 'prepare', 'Creating bin/', { type: 'mkdir', path: 'bin' }))
  const helpers: [string, Partial<Component>][] = [
    ['igvmbuilder', {}],
    ['igvmmeasure', {}],
    ['packit', { features: ['cli'] }]
  ]
  for (const [name, c] of helpers) {
    if (name === 'igvmmeasure' && o.measure === 'builtin') continue
    if (o.tools?.[name as HelperTool]) continue
    steps.push(build(`helpers/${name}`, 'helpers', name, c, HOST_TRIPLE, undefined, o))
  }

  recipes.forEach((r, i) => {
    const key = keys[i]!
    const recipe = r.file
    const kernelBuilds = Object.entries(r.kernel).map(([name, c]) => {
      built.add(name)
      return [name, c, build(`${key}:kernel/${name}`, 'kernel', name, c, KERNEL_TRIPLE, recipe, o)] as const
    })
    steps.push(...kernelBuilds.map(([, , s]) => s))
    steps.push(
      ...kernelBuilds.map(([name, c, s]) =>
        objcopy(`${key}:kernel/${name}`, 'kernel', name, c, s, `bin/${name}`, recipe)
      )
    )

    const firmware = resolveFirmware(r, o, warnings)
    steps.push(...shared.firmwareAndFsResetSteps(key, r, firmware))
    const modules = Object.entries(r.fs.modules)
    for (const [name, c] of modules) {
      built.add(name)
      const b = build(`${key}:fs/${name}`, 'fs', name, c, KERNEL_TRIPLE, recipe, o)
      // build.py formats "bin/fs/{path}", so "/init" becomes "bin/fs//init".
      const dst = `bin/fs/${c.path ?? name}`
      steps.push(b, objcopy(`${key}:fs/${name}`, 'fs', name, c, b, dst, recipe))
    }
    const fsImage = modules.length > 0 ? 'bin/svsm-fs.bin' : null
    if (fsImage) {
      const inputs = modules.map(([name, c]) => `bin/fs/${fsImageName(name, c)}`)
      steps.push(
        command({
          id: `${key}:fs/packit`,
          group: 'fs',
          title: `Writing ${fsImage}`,
          recipe,
          argv: [tool('packit'), 'pack', '--input', 'bin/fs', '--output', fsImage],
          inputs,
          outputs: [fsImage]
        })
      )
    }

    for (const [target, t] of selectedTargets(r, o)) {
      const igvm = `bin/${t.output}`
      const argv = [
        tool('igvmbuilder'),
        '--sort',
        '--output',
        igvm,
        '--policy',
        t.policy,
        '--stage2',
        'bin/stage2',
        '--kernel',
        'bin/svsm'
      ]
      if ('tdx-stage1' in r.kernel) argv.push('--tdx-stage1', 'bin/tdx-stage1')
      if (t.comport !== undefined) argv.push('--comport', t.comport)
      argv.push(...t.platforms.map(p => PLATFORM_FLAG[p]))
      if (firmware) argv.push('--firmware', firmware)
      if (fsImage) argv.push('--filesystem', fsImage)
      argv.push(target)
      const parts = ['bin/stage2', 'bin/svsm', ...('tdx-stage1' in r.kernel ? ['bin/tdx-stage1'] : [])]
      steps.push(shared.igvmBuildStep({ key, recipe, target, igvm, argv, parts, firmware, fsImage }))

      const igvmmeasure = o.measure === 'igvmmeasure' ? tool('igvmmeasure') : null
      shared.addMeasureSteps({ steps, targets }, { key, recipe, target, t, igvm, firmware }, igvmmeasure)
    }
  })
  return { steps, targets, built }
}
