// The steps both dialects plan alike: git describe, a `make` component, objcopy into bin/, the
// recipe's firmware command, the bin/fs reset, igvmbuilder for one target and its measurement.
import type { Component, ExpandedRecipe, IgvmTarget, IgvmTargetConfig } from '../recipe/types.js'
import { command, internal } from './step.js'
import type { CommandStep, PlanOptions, Step, TargetPlan } from './types.js'

/** `git describe`: the build's git version; xbuild also writes it to `writeTo`. */
export function gitVersionStep(title: string, writeTo?: string): CommandStep {
  return command({
    id: 'git-version',
    group: 'prepare',
    title,
    argv: ['git', 'describe', '--always', '--dirty=+'],
    inputs: [],
    outputs: writeTo ? [writeTo] : [],
    capture: 'git-version',
    ...(writeTo ? { writeVersionTo: writeTo } : {}),
    mayFail: true
  })
}

/** A component of type make: `make <output_file> [RELEASE=1] [V=2]`. */
export function makeStep(
  a: {
    id: string
    group: Step['group']
    name: string
    recipe: string | undefined
    env?: Record<string, string>
  },
  c: Partial<Component>,
  o: Pick<PlanOptions, 'release' | 'verbose'>
): CommandStep {
  const argv = ['make', c.output_file!]
  if (o.release) argv.push('RELEASE=1')
  if (o.verbose) argv.push('V=2')
  return command({
    id: `${a.id}/make`,
    group: a.group,
    title: `Building ${a.name}...`,
    recipe: a.recipe,
    argv,
    ...(a.env ? { env: a.env } : {}),
    inputs: [],
    outputs: [c.output_file!],
    produces: { path: c.output_file! }
  })
}

/** `objcopy -O <format> <strip> <src> <dst>`; `src` replaced by what step `from` produced, when given. */
export function objcopyStep(a: {
  id: string
  group: 'kernel' | 'fs'
  name: string
  format: string
  strip: string
  src: string
  dst: string
  recipe: string
  inputs: string[]
  from?: string
}): CommandStep {
  return command({
    id: `${a.id}/objcopy`,
    group: a.group,
    title: `Copying ${a.name} to ${a.dst}`,
    recipe: a.recipe,
    argv: ['objcopy', '-O', a.format, a.strip, a.src, a.dst],
    inputs: a.inputs,
    outputs: [a.dst],
    ...(a.from ? { argFrom: { index: 4, step: a.from } } : {})
  })
}

/** The recipe's own firmware command, when it has one, and the bin/fs reset that follows it. */
export function firmwareAndFsResetSteps(key: string, r: ExpandedRecipe, firmware: string | null): Step[] {
  const recipe = r.file
  const steps: Step[] = []
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
  return steps
}

/** igvmbuilder for one target: the dialect's argv; it reads the kernel parts, firmware and fs image. */
export function igvmBuildStep(a: {
  key: string
  recipe: string
  target: string
  igvm: string
  argv: string[]
  parts: string[]
  firmware: string | null
  fsImage: string | null
}): CommandStep {
  const inputs = [...a.parts, ...(a.firmware ? [a.firmware] : []), ...(a.fsImage ? [a.fsImage] : [])]
  return command({
    id: `${a.key}:igvm/${a.target}/build`,
    group: 'igvm',
    title: `Building ${a.igvm} (${a.target})`,
    recipe: a.recipe,
    target: a.target as IgvmTarget,
    argv: a.argv,
    inputs,
    outputs: [a.igvm]
  })
}

/**
 * What follows igvmbuilder for one target in both dialects: `igvmmeasure [--check-kvm]
 * [--native-zero] bin/<output> measure` (unless `igvmmeasure` is null: builtin mode), then our own
 * measurement, which cross-checks what igvmmeasure printed. Added to the plan's steps and targets.
 */
export function addMeasureSteps(
  plan: { steps: Step[]; targets: TargetPlan[] },
  a: {
    key: string
    recipe: string
    target: string
    t: IgvmTargetConfig
    igvm: string
    firmware: string | null
  },
  igvmmeasure: string | null
): void {
  const { key, recipe, t, igvm } = a
  const target = a.target as IgvmTarget
  const steps = plan.steps
  const igvmmeasureStep = igvmmeasure ? `${key}:igvm/${target}/igvmmeasure` : undefined
  if (igvmmeasureStep) {
    const argv = [igvmmeasure!]
    if (t['check-kvm']) argv.push('--check-kvm')
    if (t['measure-native-zeroes']) argv.push('--native-zero')
    argv.push(igvm, 'measure')
    steps.push(
      command({
        id: igvmmeasureStep,
        group: 'measure',
        title: `Measuring ${igvm}`,
        recipe,
        target,
        argv,
        inputs: [igvm],
        outputs: [],
        capture: 'igvmmeasure'
      })
    )
  }
  const measureStep = `${key}:igvm/${target}/measure`
  const op = {
    type: 'measure' as const,
    igvm,
    checkKvm: t['check-kvm'],
    nativeZero: t['measure-native-zeroes'],
    ...(igvmmeasureStep ? { igvmmeasureStep } : {})
  }
  steps.push(
    internal(measureStep, 'measure', `Checking the launch digest of ${igvm}`, op, { recipe, target })
  )
  plan.targets.push({
    measureStep,
    recipe,
    target,
    igvm,
    platforms: [...t.platforms],
    policy: t.policy,
    checkKvm: t['check-kvm'],
    nativeZero: t['measure-native-zeroes'],
    firmware: a.firmware
  })
}
