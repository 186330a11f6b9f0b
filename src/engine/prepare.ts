// Recipes on disk → Plan: read the tree (its recipe names, what its xbuild reads and passes),
// resolve the files, pick the dialect, load, expand, check and plan them.
import { existsSync, realpathSync } from 'node:fs'
import { resolve } from 'node:path'
import { makePlan } from '../plan/plan.js'
import type { Plan, PlanOptions } from '../plan/types.js'
import { checkOutputCollisions, type ReservedPath } from '../recipe/collisions.js'
import { detectDialect } from '../recipe/dialect.js'
import { RecipeError, RecipeErrors } from '../recipe/errors.js'
import { checkFirmwareEnv } from '../recipe/firmware-env.js'
import { loadRecipe } from '../recipe/load.js'
import type { Dialect, ExpandedRecipe } from '../recipe/types.js'
import type { XbuildFacts } from '../recipe/xbuild-facts.js'
import { MEASUREMENTS_FILE } from '../record/schema.js'
import { REFERENCE_VALUE_FILES } from '../reference-values/file-names.js'
import { PreflightError, UsageError } from '../util/errors.js'
import { readCargoConfig, type CargoConfig } from './cargo-config.js'
import { LOCK_FILE } from './lock.js'
import { locateRecipe, readTreeXbuild } from './tree.js'

export interface BuildRequest {
  /** The svsm tree (absolute or relative to the current directory). */
  root: string
  /**
   * Recipes: paths relative to the svsm tree (like upstream, which runs from its root), absolute
   * paths, or names of the tree's own recipes (`qemu` → configs/qemu-target.json).
   */
  recipes: string[]
  dialect: Dialect | 'auto'
  options: Omit<PlanOptions, 'env' | 'xbuild' | 'cargo'>
  env: Record<string, string | undefined>
}

export interface Prepared {
  root: string
  plan: Plan
  warnings: string[]
  /** What cargo does with rustflags and the linker here (recorded with the build). */
  cargo: CargoConfig
}

/** Files svsm-build itself writes in bin/: no IGVM file may take their place. */
const RESERVED: ReservedPath[] = [
  { path: MEASUREMENTS_FILE, what: 'the measurement record svsm-build writes' },
  { path: LOCK_FILE, what: "svsm-build's build lock" },
  ...Object.entries(REFERENCE_VALUE_FILES).map(([format, name]) => ({
    path: `bin/${name}`,
    what: `the ${format} reference values svsm-build publishes beside the record`
  }))
]

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
  let xbuild: XbuildFacts | undefined
  if (dialect === 'xbuild') {
    const read = readTreeXbuild(root)
    xbuild = read.facts
    if (read.warning) warnings.push(read.warning)
  }
  const recipes: ExpandedRecipe[] = []
  const errors: RecipeError[] = []
  for (const { file, times } of distinctRecipes(root, req.recipes, errors)) {
    if (times > 1) warnings.push(`${file}: given ${times} times; built once`)
    try {
      const loaded = loadRecipe(file, dialect, root, file, xbuild)
      recipes.push({ ...loaded.recipe, file })
      warnings.push(...loaded.warnings)
    } catch (e) {
      if (!(e instanceof RecipeError)) throw e
      errors.push(e)
    }
  }
  if (errors.length === 1) throw errors[0]!
  if (errors.length > 1) throw new RecipeErrors(errors)
  checkOutputCollisions(recipes, RESERVED, req.options.targets)
  checkFirmwareEnv(recipes, dialect, req.env, req.options.firmware)
  const cargo = readCargoConfig(root, req.env)
  const plan = makePlan(recipes, dialect, {
    ...req.options,
    env: req.env,
    cargo: cargo.facts,
    ...(xbuild ? { xbuild } : {})
  })
  warnings.push(...plan.warnings, ...remapEnvProblems(plan, cargo))
  return { root, plan, warnings, cargo }
}

/**
 * RUSTFLAGS (or CARGO_ENCODED_RUSTFLAGS) replaces every config rustflags, the remapping included:
 * the option is refused (it would be recorded as done), a remapping xbuild's is only named, as
 * that xbuild does.
 */
function remapEnvProblems(plan: Plan, cargo: CargoConfig): string[] {
  const env = cargo.envRustflags
  if (!plan.remap || !env) return []
  if (plan.remap.by === 'remap-paths')
    throw new PreflightError(
      `remap-paths: ${env.name} is set, so cargo ignores ${plan.remap.config} (the remapping and the tree's own rustflags); unset ${env.name}, or pass the flags in it yourself without remap-paths`
    )
  return [
    `${env.name} is set: cargo ignores ${plan.remap.config}, so the tree's xbuild remaps no build paths either`
  ]
}

/**
 * Each recipe file once, in the order first given: a path and a name for the same file, or the
 * same recipe given many times, build one set of IGVM files and records.
 */
function distinctRecipes(root: string, given: string[], errors: RecipeError[]) {
  const byFile = new Map<string, { file: string; times: number }>()
  for (const g of given) {
    let file: string
    try {
      file = locateRecipe(root, g)
    } catch (e) {
      if (!(e instanceof RecipeError)) throw e
      if (!errors.some(x => x.file === e.file)) errors.push(e)
      continue
    }
    const key = identity(resolve(root, file))
    const seen = byFile.get(key)
    if (seen) seen.times++
    else byFile.set(key, { file, times: 1 })
  }
  return [...byFile.values()]
}

const identity = (path: string) => {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}
