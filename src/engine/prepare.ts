// Recipes on disk → Plan: resolve the files, pick the dialect, load, expand and plan them.
import { existsSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import { makePlan } from '../plan/plan.js'
import type { Plan, PlanOptions } from '../plan/types.js'
import { detectDialect } from '../recipe/dialect.js'
import { RecipeError, RecipeErrors } from '../recipe/errors.js'
import { bundledRecipe } from '../recipe/bundled.js'
import { loadRecipe } from '../recipe/load.js'
import type { Dialect, ExpandedRecipe } from '../recipe/types.js'
import { UsageError } from '../util/errors.js'

export interface BuildRequest {
  /** The svsm tree (absolute or relative to the current directory). */
  root: string
  /** Recipe paths: relative to the svsm tree (like upstream, which runs from its root), or absolute. */
  recipes: string[]
  dialect: Dialect | 'auto'
  options: Omit<PlanOptions, 'env'>
  env: Record<string, string | undefined>
}

export interface Prepared {
  root: string
  plan: Plan
  warnings: string[]
}

export function prepareBuild(req: BuildRequest): Prepared {
  const root = resolve(req.root)
  if (!existsSync(root)) throw new UsageError(`--svsm ${req.root}: no such directory`)
  if (req.recipes.length === 0) throw new UsageError('no recipe given (for example configs/qemu-target.json)')
  const dialect = req.dialect === 'auto' ? detectDialect(root) : req.dialect
  if (!dialect) {
    throw new UsageError(
      `${req.root}: cannot tell the build dialect: neither xbuild/ (current svsm) nor scripts/build.py (before May 2025) exists; is --svsm the root of an svsm checkout? Pass --dialect xbuild|build.py to choose`
    )
  }
  if (dialect === 'build.py' && (req.options.allFeatures || req.options.features.length > 0)) {
    throw new UsageError(
      '--all-features and --feature are not supported by the build.py dialect (scripts/build.py has no feature flags)'
    )
  }
  const warnings: string[] = []
  const recipes: ExpandedRecipe[] = []
  const errors: RecipeError[] = []
  for (const file of req.recipes) {
    try {
      const loaded = loadRecipe(locateRecipe(root, file), dialect, root, file)
      recipes.push({ ...loaded.recipe, file })
      warnings.push(...loaded.warnings)
    } catch (e) {
      if (!(e instanceof RecipeError)) throw e
      errors.push(e)
    }
  }
  if (errors.length === 1) throw errors[0]!
  if (errors.length > 1) throw new RecipeErrors(errors)
  const plan = makePlan(recipes, dialect, { ...req.options, env: req.env })
  warnings.push(...plan.warnings)
  return { root, plan, warnings }
}

/**
 * Upstream resolves recipes against its root; a path that only exists from here is accepted too,
 * and so is the name of a recipe bundled with svsm-build (qemu, hyper-v, ..., see recipe/bundled.ts).
 */
function locateRecipe(root: string, file: string): string {
  if (isAbsolute(file)) return file
  if (existsSync(resolve(root, file))) return file
  const fromCwd = resolve(file)
  if (existsSync(fromCwd)) return relative(root, fromCwd).startsWith('..') ? fromCwd : relative(root, fromCwd)
  return bundledRecipe(file) ?? file
}
