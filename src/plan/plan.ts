// recipe(s) + options → Plan. Pure: no file system, no processes.
import type { Dialect, ExpandedRecipe } from '../recipe/types.js'
import { planBuildpy } from './buildpy.js'
import { recipeKeys } from './common.js'
import { unusedFeatureWarnings } from './features.js'
import type { Plan, PlanOptions } from './types.js'
import { remapOf } from './remap.js'
import { planXbuild } from './xbuild.js'

export function makePlan(recipes: ExpandedRecipe[], dialect: Dialect, options: PlanOptions): Plan {
  const warnings: string[] = []
  const keys = recipeKeys(recipes)
  const { steps, targets, built } = (dialect === 'xbuild' ? planXbuild : planBuildpy)(
    recipes,
    keys,
    options,
    warnings
  )
  if (options.targets) {
    for (const t of options.targets) {
      if (!targets.some(p => p.target === t)) warnings.push(`target ${t}: no recipe builds it`)
    }
  }
  if (dialect === 'xbuild') warnings.push(...unusedFeatureWarnings(options.features, built))
  const { env: _env, xbuild: _xbuild, cargo: _cargo, ...rest } = options
  return { dialect, options: rest, remap: remapOf(dialect, options), recipes, steps, targets, warnings }
}
