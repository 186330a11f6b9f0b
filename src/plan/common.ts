// What both dialects read alike: triples, profile paths, step-id keys, firmware, selected targets.
import { basename } from 'node:path'
import type { ExpandedRecipe, IgvmTargetConfig } from '../recipe/types.js'
import type { PlanOptions } from './types.js'

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
