// The current upstream tool (`./build` = `cargo xbuild`), command for command:
// git version file, then per recipe kernel → firmware → fs → IGVM targets, helpers built lazily.
import { packItCompare as byPackItOrder } from '../fsimage/packit.js'
import { fsImageName } from '../recipe/expand.js'
import type { Component, ExpandedRecipe, IgvmTarget } from '../recipe/types.js'
import { UPSTREAM_XBUILD } from '../recipe/xbuild-facts.js'
import {
  command,
  internal,
  KERNEL_TRIPLE,
  PLATFORM_FLAG,
  profileDir,
  resolveFirmware,
  selectedTargets,
  measureSteps
} from './common.js'
import type { FeatureRequest, HelperTool, PlanOptions, Step, TargetPlan } from './types.js'

export const GIT_VERSION_FILE = 'release/src/git_version.rs'

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
  const prof = profileDir(o)
  const id = `${prefix}:${group}/${name}`
  const title = `Building ${name}...`
  const build = (() => {
    switch (c.type) {
      case 'make': {
        const features = o.allFeatures ? '' : [...(c.features ?? []), ...cliFeatures(name, o)].join(',')
        const argv = ['make', c.output_file!]
        if (o.release) argv.push('RELEASE=1')
        if (o.verbose) argv.push('V=2')
        return command({
          id: `${id}/make`,
          group,
          title,
          recipe,
          argv,
          env: { FEATURES: features, FEATURES_TEST: features },
          inputs: [],
          outputs: [c.output_file!],
          produces: { path: c.output_file! }
        })
      }
      case 'test': {
        const argv = ['cargo']
        if (c.toolchain !== undefined) argv.push(`+${c.toolchain}`)
        argv.push(
          'test',
          '--no-run',
          '--message-format=json-render-diagnostics',
          '--package',
          name,
          '--target',
          KERNEL_TRIPLE
        )
        argv.push(...featureArgs(name, c, o), ...tailArgs(c, o))
        return command({
          id: `${id}/cargo`,
          group,
          title,
          recipe,
          argv,
          env: { ...c.env },
          inputs: [],
          outputs: [],
          capture: 'cargo-test-executable',
          produces: { cargoTestTarget: name }
        })
      }
      default: {
        const argv = ['cargo', 'build', c.binary ? '--bin' : '--package', name, '--target', KERNEL_TRIPLE]
        argv.push(...featureArgs(name, c, o), ...tailArgs(c, o))
        const out = `target/${KERNEL_TRIPLE}/${prof}/${name}`
        return command({
          id: `${id}/cargo`,
          group,
          title,
          recipe,
          argv,
          env: { ...c.env },
          inputs: [],
          outputs: [out],
          produces: { path: out }
        })
      }
    }
  })()
  const src = c.type === 'test' ? `<test executable of ${name}>` : (build.produces as { path: string }).path
  const objcopy = command({
    id: `${id}/objcopy`,
    group,
    title: `Copying ${name} to ${dst}`,
    recipe,
    argv: ['objcopy', '-O', c.objcopy, o.release ? '--strip-unneeded' : '--strip-debug', src, dst],
    inputs: c.type === 'test' ? [] : [src],
    outputs: [dst],
    argFrom: c.type === 'test' ? { index: 4, step: build.id } : undefined
  })
  if (!objcopy.argFrom) delete objcopy.argFrom
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

  steps.push(
    command({
      id: 'git-version',
      group: 'prepare',
      title: `Writing ${GIT_VERSION_FILE}`,
      argv: ['git', 'describe', '--always', '--dirty=+'],
      inputs: [],
      outputs: [GIT_VERSION_FILE],
      capture: 'git-version',
      writeVersionTo: GIT_VERSION_FILE,
      mayFail: true
    })
  )

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
    if (r.firmware?.command) {
      steps.push(
        command({
          id: `${key}:firmware/command`,
          group: 'firmware',
          title: 'Running the firmware command',
          recipe,
          argv: [...r.firmware.command],
          inputs: [],
          outputs: firmware ? [firmware] : []
        })
      )
    }

    steps.push(
      internal(`${key}:fs/reset`, 'fs', 'Resetting bin/fs', { type: 'reset-dir', path: 'bin/fs' }, { recipe })
    )
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
      const inputs = [
        ...parts.map(p => `bin/${p}`),
        ...(firmware ? [firmware] : []),
        ...(fsImage ? [fsImage] : [])
      ]
      steps.push(
        command({
          id: `${key}:igvm/${target}/build`,
          group: 'igvm',
          title: `Building ${igvm} (${target})`,
          recipe,
          target: target as IgvmTarget,
          argv,
          inputs,
          outputs: [igvm]
        })
      )

      if (o.measure === 'igvmmeasure') helper('igvmmeasure')
      const m = measureSteps(
        { key, recipe, target, t, igvm, firmware },
        o.measure === 'igvmmeasure' ? toolPath('igvmmeasure') : null
      )
      steps.push(...m.steps)
      targets.push(m.plan)
    }
  })
  return { steps, targets, built }
}
