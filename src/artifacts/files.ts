// What one build uploads: the IGVM files, measurements.json, the reference-value files written
// next to it (src/reference-values/file-names.ts), the expanded recipes and the plan, and a SHA256SUMS
// over all of them, staged in one folder.
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import type { BuildResult } from '../engine/build.js'
import { shortHash } from '../cache/keys.js'
import { recipeToJson } from '../recipe/to-json.js'
import type { Plan } from '../plan/types.js'
import { UsageError } from '../util/errors.js'
import { artifactPathProblem } from './names.js'
import { RECORD_FILE } from '../record/load.js'
import { recordsText } from '../record/write.js'

/** Unique per recipe set, target set, profile, features and runner, so matrix legs never collide. */
export function defaultArtifactName(
  result: Pick<BuildResult, 'plan'>,
  runner: { os: string; arch: string }
): string {
  const p = result.plan
  const recipes = p.recipes.map(r => basename(r.file).replace(/\.json$/, '')).join('+')
  const targets = [...new Set(p.targets.map(t => t.target))].join('+') || 'none'
  const profile = p.options.release ? 'release' : 'debug'
  const h = shortHash(JSON.stringify([p.recipes.map(r => [r.file, r.sha256]), p.options, runner])).slice(0, 8)
  return `svsm-igvm-${recipes}-${targets}-${profile}-${h}`.replace(/[^A-Za-z0-9._+-]/g, '_')
}

/** `referenceValues`: the reference-value files this build wrote (absolute paths), staged by file name. */
export function stageArtifact(
  result: BuildResult,
  stagingDir: string,
  referenceValues: readonly string[] = []
): string[] {
  rmSync(stagingDir, { recursive: true, force: true })
  mkdirSync(stagingDir, { recursive: true })
  const files: string[] = []
  const add = (name: string, data?: Buffer, from?: string) => {
    const dest = join(stagingDir, name)
    if (from) copyFileSync(from, dest)
    else writeFileSync(dest, data!)
    files.push(dest)
  }
  for (const m of result.measurements) {
    const name = basename(m.igvm)
    if (!files.includes(join(stagingDir, name))) add(name, undefined, resolve(result.root, m.igvm))
  }
  add(RECORD_FILE, Buffer.from(recordsText(result.measurements)))
  for (const f of referenceValues) add(basename(f), undefined, f)
  const { recipes, ...plan } = result.plan
  const planJson = {
    ...plan,
    recipes: recipes.map(r => ({ file: r.file, sha256: r.sha256, recipe: recipeToJson(r) }))
  }
  add('plan.json', Buffer.from(`${JSON.stringify(planJson, null, 2)}\n`))
  const sums = files
    .map(f => `${createHash('sha256').update(readFileSync(f)).digest('hex')}  ${basename(f)}`)
    .join('\n')
  add('SHA256SUMS', Buffer.from(`${sums}\n`))
  return files
}

/** Before the build: every file name the artifact will hold must be one GitHub takes. */
export function checkArtifactFiles(plan: Pick<Plan, 'targets'>): void {
  for (const t of plan.targets) {
    const bad = artifactPathProblem(basename(t.igvm))
    if (bad)
      throw new UsageError(
        `${t.recipe}: the ${t.target} IGVM file name ${basename(t.igvm)} ${bad}; rename the output or set upload: false`
      )
  }
}
