// `svsm-build [build] …` (a drop-in for upstream's ./build) and `svsm-build plan …`.
import { basename } from 'node:path'
import { runBuild } from '../../engine/build.js'
import type { Plan } from '../../plan/types.js'
import { prepareBuild } from '../../engine/prepare.js'
import { builtinMeasure } from '../../engine/builtin-measure.js'
import { recipeToJson } from '../../recipe/to-json.js'
import { renderMeasurementsText } from '../../report/text-table.js'
import { Interrupt, Interrupted, trapSignals } from '../../run/interrupt.js'
import { displayArgv } from '../../run/process.js'
import { streamLogger } from '../../util/log.js'
import { parseBuildArgs, PLAN_COMMAND } from '../args.js'
import { VERSION } from '../version.js'

export async function buildCommand(args: string[]): Promise<number> {
  const a = parseBuildArgs(args, process.env)
  if (!a) return 0
  if (a.version) return version()
  const log = streamLogger(process.stdout, process.stderr, process.stdout.isTTY === true)
  for (const w of a.warnings) process.stderr.write(`${w}\n`)
  const prepared = prepareBuild(a.request)
  if (a.printConfig) {
    for (const r of prepared.plan.recipes)
      process.stdout.write(`${r.file}: ${JSON.stringify(recipeToJson(r), null, 2)}\n`)
  }
  // Ctrl-C or a CI cancel: stop the commands, keep no result, exit as a shell would (130, 143).
  const interrupt = new Interrupt()
  const untrap = trapSignals(interrupt, m => process.stderr.write(`svsm-build: ${m}\n`))
  let result: Awaited<ReturnType<typeof runBuild>>
  try {
    result = await runBuild(
      a.request,
      {
        out: process.stdout,
        err: process.stderr,
        log,
        measure: builtinMeasure,
        interrupt,
        command: displayArgv(['svsm-build', 'build', ...args])
      },
      prepared
    )
  } catch (e) {
    if (!(e instanceof Interrupted)) throw e
    process.stderr.write(`error: ${e.message}; no IGVM file or measurements.json was kept\n`)
    return e.exitCode
  } finally {
    untrap()
  }
  process.stdout.write(`\n${renderMeasurementsText(result.measurements)}`)
  process.stdout.write(
    `Wrote ${result.plan.targets.length > 0 ? 'bin/measurements.json' : 'nothing'} in ${result.root}\n`
  )
  return 0
}

export async function planCommand(args: string[]): Promise<number> {
  const a = parseBuildArgs(args, process.env, PLAN_COMMAND)
  if (!a) return 0
  const { plan, warnings } = prepareBuild(a.request)
  if (a.matrix) {
    process.stdout.write(`${JSON.stringify(matrixOf(plan))}\n`)
    return 0
  }
  if (a.json) {
    const { recipes, ...rest } = plan
    const json = {
      ...rest,
      recipes: recipes.map(r => ({ file: r.file, sha256: r.sha256, recipe: recipeToJson(r) })),
      warnings: [...a.warnings, ...warnings]
    }
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
    return 0
  }
  for (const w of [...a.warnings, ...warnings]) process.stderr.write(`warning: ${w}\n`)
  process.stdout.write(
    `# ${plan.dialect} plan: ${plan.steps.length} steps, ${plan.targets.length} IGVM file(s)\n`
  )
  for (const s of plan.steps) {
    const what =
      s.kind === 'command'
        ? displayArgv(s.argv)
        : `(svsm-build) ${s.op.type} ${'path' in s.op ? s.op.path : 'output' in s.op ? s.op.output : s.op.igvm}`
    process.stdout.write(`${s.id}\n    ${what}\n`)
  }
  return 0
}

/** One leg per (recipe, IGVM target), for `strategy.matrix` in a workflow. */
function matrixOf(plan: Plan): { include: { name: string; recipe: string; targets: string }[] } {
  return {
    include: plan.targets.map(t => ({
      name: `${basename(t.recipe).replace(/\.json$/, '')}-${t.target}`,
      recipe: t.recipe,
      targets: t.target
    }))
  }
}

function version(): number {
  process.stdout.write(`svsm-build ${VERSION}\n`)
  return 0
}
