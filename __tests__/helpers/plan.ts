// Plans for tests: the options they start from (a plain debug build, upstream's measuring tool,
// no features), in one place so a new option gets its default once; and plans of the example's
// own recipes.
import { join } from 'node:path'
import { makePlan } from '../../src/plan/plan.js'
import type { Plan, PlanOptions } from '../../src/plan/types.js'
import { loadRecipe } from '../../src/recipe/load.js'
import { EXAMPLE } from './tree.js'

/** Options as a build request carries them (`prepareBuild` adds env and the tree's xbuild facts). */
export const PLAN_DEFAULTS: Omit<PlanOptions, 'env' | 'xbuild'> = {
  release: false,
  allFeatures: false,
  features: [],
  verbose: false,
  offline: false,
  measure: 'igvmmeasure'
}

/** Options for makePlan: the defaults, an empty environment, then `o`. */
export const planOptions = (o: Partial<PlanOptions> = {}): PlanOptions => ({
  ...PLAN_DEFAULTS,
  env: {},
  ...o
})

/** The xbuild plan of one of examples/mini-svsm's recipes (`file` relative to its configs/). */
export const examplePlan = (file: string): Plan =>
  makePlan([loadRecipe(file, 'xbuild', join(EXAMPLE, 'configs')).recipe], 'xbuild', planOptions())
