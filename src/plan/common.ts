// Pieces both dialects share: step construction, profile paths, firmware resolution.
import { basename } from 'node:path'
import type { ExpandedRecipe, IgvmTarget, IgvmTargetConfig } from '../recipe/types.js'
import type {
  CommandStep,
  InternalOp,
  InternalStep,
  PlanOptions,
  Step,
  StepGroup,
  TargetPlan
} from './types.js'

export const KERNEL_TRIPLE = 'x86_64-unknown-none'
export const HOST_TRIPLE = 'x86_64-unknown-linux-gnu'

export const profileDir = (o: Pick<PlanOptions, 'release'>) => (o.release ? 'release' : 'debug')

export const PLATFORM_FLAG = { native: '--native', snp: '--snp', tdp: '--tdp', vsm: '--vsm' } as const

/** Short, unique names for recipes in step ids: file name without `.json`, numbered when repeated. */
export function recipeKeys(recipes: readonly ExpandedRecipe[]): string[] {
  const seen = new Map<string, number>()
  return recipes.map(r => {
    const base = basename(r.file).replace(/\.json$/, '')
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return n === 1 ? base : `${base}#${n}`
  })
}

type Common = Pick<CommandStep, 'id' | 'group' | 'title' | 'inputs' | 'outputs'> & Partial<CommandStep>

export function command(s: Common & { argv: string[] }): CommandStep {
  return { kind: 'command', cwd: '.', env: {}, ...s }
}

export function internal(
  id: string,
  group: StepGroup,
  title: string,
  op: InternalOp,
  extra: Partial<InternalStep> = {}
): InternalStep {
  const outputs = op.type === 'pack-fs' ? [op.output] : op.type === 'measure' ? [] : [op.path]
  const inputs = op.type === 'pack-fs' ? op.entries.map(e => e.file) : op.type === 'measure' ? [op.igvm] : []
  return { kind: 'internal', id, group, title, op, inputs, outputs, ...extra }
}

/**
 * The firmware path igvmbuilder gets: `file` wins, else the value of `env`; the action's firmware
 * input replaces whichever the recipe uses. A recipe without a firmware section gets none.
 */
export function resolveFirmware(r: ExpandedRecipe, o: PlanOptions, warnings: string[]): string | null {
  const fw = r.firmware
  if (!fw) {
    if (o.firmware)
      warnings.push(`${r.file}: has no "firmware" section, so the firmware file ${o.firmware} is not used`)
    return null
  }
  if (o.firmware && (fw.file !== undefined || fw.env !== undefined)) return o.firmware
  if (fw.file !== undefined) return fw.file
  if (fw.env !== undefined) {
    const v = o.env[fw.env]
    if (v === undefined || v === '') {
      // Set but empty reaches here only for build.py: xbuild's is refused before planning.
      warnings.push(
        v === undefined
          ? `${r.file}: firmware.env: ${fw.env} is not set, so the IGVM files get no firmware (upstream does the same, silently)`
          : `${r.file}: firmware.env: ${fw.env} is empty, so the IGVM files get no firmware (build.py does the same, silently: it skips an empty path)`
      )
      return null
    }
    return v
  }
  if (o.firmware)
    warnings.push(
      `${r.file}: firmware has neither "file" nor "env", so the firmware file ${o.firmware} is not used`
    )
  return null
}

export function selectedTargets(r: ExpandedRecipe, o: PlanOptions): [string, IgvmTargetConfig][] {
  return Object.entries(r.igvm).filter(([t]) => !o.targets || o.targets.includes(t as never)) as [
    string,
    IgvmTargetConfig
  ][]
}

/**
 * What follows igvmbuilder for one target in both dialects: `igvmmeasure [--check-kvm]
 * [--native-zero] bin/<output> measure` (unless `igvmmeasure` is null: builtin mode), then our own
 * measurement, which cross-checks what igvmmeasure printed.
 */
export function measureSteps(
  a: {
    key: string
    recipe: string
    target: string
    t: IgvmTargetConfig
    igvm: string
    firmware: string | null
  },
  igvmmeasure: string | null
): { steps: Step[]; plan: TargetPlan } {
  const { key, recipe, t, igvm } = a
  const target = a.target as IgvmTarget
  const steps: Step[] = []
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
  return {
    steps,
    plan: {
      measureStep,
      recipe,
      target,
      igvm,
      platforms: [...t.platforms],
      policy: t.policy,
      checkKvm: t['check-kvm'],
      nativeZero: t['measure-native-zeroes'],
      firmware: a.firmware
    }
  }
}
