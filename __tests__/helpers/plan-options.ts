// The plan options tests start from (a plain debug build, upstream's measuring tool, no
// features): one place, so a new option gets its default once.
import type { PlanOptions } from '../../src/plan/types.js'

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
