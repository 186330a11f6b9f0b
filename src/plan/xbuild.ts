// The current upstream tool (`./build` = `cargo xbuild`), command for command:
// git version file, then per recipe kernel → firmware → fs → IGVM targets, helpers built lazily.
import { packItCompare as byPackItOrder } from '../fsimage/packit.js'
import { fsImageName } from '../recipe/expand.js'
import type { Component, ExpandedRecipe } from '../recipe/types.js'
import { KERNEL_TRIPLE, PLATFORM_FLAG, profileDir, resolveFirmware, selectedTargets } from './common.js'
import * as shared from './shared-steps.js'
import { command, internal } from './step.js'
import type { CommandStep, FeatureRequest, HelperTool, PlanOptions, Step, TargetPlan } from './types.js'
import { UPSTREAM_XBUILD } from '../recipe/xbuild-facts.js'
import { remapArgs, remapOf } from './remap.js'

const GIT_VERSION_FILE = 'release/src/git_version.rs'

const cliFeatures = (name: string, o: PlanOptions) =>
  o.features.filter((f: FeatureRequest) => f.pkg === name).map(f => f.feature)

/** Feature flags for one component: `--all-features`, or `[--no-default-features] [--features a,b]`. */
function featureArgs(
  name: string,
  c: Pick<Component, 'features' | 'no_default_features'> | undefined,
  o: PlanOptions
): string[] {
  if (o.allFeatures) return ['--all-features']
  const args: string[] = []
  if (c?.no_default_features) args.push('--no-default-features')
  const cli = cliFeatures(name, o)
  const list = [...(c?.features ?? []), ...cli]
  // A recipe's `"features": ""` gives [""] and so `--features ""`, as upstream.
  if (c?.features !== undefined || cli.length > 0) args.push('--features', list.join(','))
  return args
}

function tailArgs(c: Pick<Component, 'manifest'> | undefined, o: PlanOptions): string[] {
  const args: string[] = []
  if (c?.manifest !== undefined) args.push('--manifest-path', c.manifest)
  if (o.release) args.push('--release')
  if (o.offline) args.push('--offline', '--locked')
  if (o.verbose) args.push('-vv')
  return args
}

/** Build + objcopy for one kernel part or fs module. */
function componentSteps(
  prefix: string,
  group: 'kernel' | 'fs',
  name: string,
  c: Component,
  dst: string,
  recipe: string,
  o: PlanOptions
): Step[] {
  const id = `${prefix}:${group}/${name}`
  // Right after --target, where upstream's remapping xbuild puts it.
  const remap = remapArgs(remapOf('xbuild', o))
  const cargo = (argv: string[], outputs: string[], extra: Partial<CommandStep>) =>
    command({
      id: `${id}/cargo`,
      group,
      title: `Building ${name}...`,
      recipe,
      argv: [...argv, ...featureArgs(name, c, o), ...tailArgs(c, o)],
      env: { ...c.env },
      inputs: [],
      outputs,
      ...extra
    })
  const build = (() => {
    switch (c.type) {
      case 'make': {
        const features = o.allFeatures ? '' : [...(c.features ?? []), ...cliFeatures(name, o)].join(',')
        return shared.makeStep(
          { id, group, name, recipe, env: { FEATURES: features, FEATURES_TEST: features } },
          c,
          o
        )
      }
      case 'test': {
        const argv = ['cargo', ...(c.toolchain !== undefined ? [`+${c.toolchain}`] : [])]
        argv.push('test', '--no-run', '--message-format=json-render-diagnostics', '--package', name)
        return cargo([...argv, '--target', KERNEL_TRIPLE, ...remap], [], {
          capture: 'cargo-test-executable',
          produces: { cargoTestTarget: name }
        })
      }
      default: {
        const out = `target/${KERNEL_TRIPLE}/${profileDir(o)}/${name}`
        const argv = ['cargo', 'build', c.binary ? '--bin' : '--package', name, '--target', KERNEL_TRIPLE]
        return cargo([...argv, ...remap], [out], { produces: { path: out } })
      }
    }
  })()
  const test = c.type === 'test'
  const src = test ? `<test executable of ${name}>` : (build.produces as { path: string }).path
  const objcopy = shared.objcopyStep({
    id,
    group,
    name,
    format: c.objcopy,
    strip: o.release ? '--strip-unneeded' : '--strip-debug',
    src,
    dst,
    recipe,
    inputs: test ? [] : [src],
    ...(test ? { from: build.id } : {})
  })
  return [build, objcopy]
}

export function planXbuild(recipes: ExpandedRecipe[], keys: string[], o: PlanOptions, warnings: string[]) {
  const steps: Step[] = []
  const targets: TargetPlan[] = []
  const built = new Set<string>()
  const helpersBuilt = new Set<string>()
  const prof = profileDir(o)
  // Flags this tree's xbuild can pass (upstream's #1164 drops --comport, for example).
  const passes = (flag: string) => (o.xbuild ?? UPSTREAM_XBUILD).flags.includes(flag)

  steps.push(shared.gitVersionStep(`Writing ${GIT_VERSION_FILE}`, GIT_VERSION_FILE))

  // A prebuilt helper (--igvmbuilder, --igvmmeasure) is used as given; the tree's own is built.
  const toolPath = (name: HelperTool) => o.tools?.[name] ?? `target/${prof}/${name}`
  const helper = (name: HelperTool) => {
    built.add(name)
    if (helpersBuilt.has(name) || o.tools?.[name]) return
    helpersBuilt.add(name)
    const out = `target/${prof}/${name}`
    steps.push(
      command({
        id: `helpers/${name}`,
        group: 'helpers',
        title: `Building ${name}...`,
        argv: [
          'cargo',
          'build',
          '--package',
          name,
          ...featureArgs(name, undefined, o),
          ...tailArgs(undefined, o)
        ],
        inputs: [],
        outputs: [out],
        produces: { path: out }
      })
    )
  }

  recipes.forEach((r, i) => {
    const key = keys[i]!
    const recipe = r.file
    steps.push(
      internal(`${key}:kernel/mkdir`, 'kernel', 'Creating bin/', { type: 'mkdir', path: 'bin' }, { recipe })
    )
    for (const [name, c] of Object.entries(r.kernel)) {
      built.add(name)
      steps.push(...componentSteps(key, 'kernel', name, c, `bin/${name}`, recipe, o))
    }

    const firmware = resolveFirmware(r, o, warnings)
    steps.push(...shared.firmwareAndFsResetSteps(key, r, firmware))
    const entries: { name: string; file: string }[] = []
    for (const [name, c] of Object.entries(r.fs.modules)) {
      built.add(name)
      const image = fsImageName(name, c)
      steps.push(...componentSteps(key, 'fs', name, c, `bin/fs/${image}`, recipe, o))
      entries.push({ name: image, file: `bin/fs/${image}` })
    }
    const fsImage = entries.length > 0 ? 'bin/svsm-fs.bin' : null
    if (fsImage) {
      // Sorted by name: upstream writes HashMap order, so its bytes (and digest) vary between runs.
      entries.sort((a, b) => byPackItOrder(a.name, b.name))
      steps.push(
        internal(
          `${key}:fs/pack`,
          'fs',
          `Writing ${fsImage}`,
          { type: 'pack-fs', output: fsImage, entries },
          { recipe }
        )
      )
    }

    for (const [target, t] of selectedTargets(r, o)) {
      const igvm = `bin/${t.output}`
      const parts = ['svsm', 'tdx-stage1', 'bldr'].filter(p => p in r.kernel)
      const argv = [
        toolPath('igvmbuilder'),
        '--sort',
        '--output',
        igvm,
        '--policy',
        t.policy,
        '--kernel',
        'bin/svsm'
      ]
      if (parts.includes('tdx-stage1')) argv.push('--tdx-stage1', 'bin/tdx-stage1')
      if (parts.includes('bldr')) argv.push('--bldr', 'bin/bldr')
      if (firmware) argv.push('--firmware', firmware)
      if (fsImage) argv.push('--filesystem', fsImage)
      if (t.comport !== undefined && passes('--comport')) argv.push('--comport', t.comport)
      if (o.verbose) argv.push('--verbose')
      if (t['no-vtom'] && passes('--no-vtom')) argv.push('--no-vtom')
      argv.push(...t.platforms.map(p => PLATFORM_FLAG[p]), target)

      helper('igvmbuilder')
      const reads = parts.map(p => `bin/${p}`)
      steps.push(shared.igvmBuildStep({ key, recipe, target, igvm, argv, parts: reads, firmware, fsImage }))

      if (o.measure === 'igvmmeasure') helper('igvmmeasure')
      const igvmmeasure = o.measure === 'igvmmeasure' ? toolPath('igvmmeasure') : null
      shared.addMeasureSteps({ steps, targets }, { key, recipe, target, t, igvm, firmware }, igvmmeasure)
    }
  })
  return { steps, targets, built }
}
