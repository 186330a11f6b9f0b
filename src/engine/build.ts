// The whole engine: prepare → preflight → run → measurements. The CLI and the action call this.
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { firmwareRecord, readSourceState, recordedInputs } from '../record/recorded-inputs.js'
import { embeddedPaths, readLinker, readRustc, recordedPrefixes } from '../record/build-place.js'
import { MEASUREMENTS_FILE, type BuildPlace, type Measurement } from '../record/schema.js'
import { writeRecords } from '../record/write.js'
import type { Plan } from '../plan/types.js'
import type { RunContext } from '../run/context.js'
import { Interrupted } from '../run/interrupt.js'
import { runSteps, type StepResult } from '../run/runner.js'
import { missingTools } from '../run/tools.js'
import type { Logger } from '../util/log.js'
import { PreflightError } from '../util/errors.js'
import { remapFlagsIn, type CargoConfig } from './cargo-config.js'
import { acquireBuildLock } from './lock.js'
import { prepareBuild, type BuildRequest, type Prepared } from './prepare.js'

/** The run's context but its root and environment (those come with the request), and the lock's name. */
type BuildIO = Omit<RunContext, 'root' | 'env'> & {
  /** How the lock file names this build (default: this process's command line). */
  command?: string
}

export interface BuildResult {
  root: string
  plan: Plan
  steps: StepResult[]
  measurements: Measurement[]
  gitVersion: string
  toolchain?: string
  warnings: string[]
}

export async function runBuild(
  req: BuildRequest,
  io: BuildIO,
  prepared: Prepared = prepareBuild(req)
): Promise<BuildResult> {
  const { root, plan, warnings } = prepared
  for (const w of warnings) io.log.warn(w)
  preflight(root, plan, req.env)
  // Before anything is removed: those may be the results of a build that is still running.
  const release = acquireBuildLock(root, io.command ?? process.argv.join(' '), m => io.log.warn(m))
  try {
    return await buildLocked(prepared, req, io)
  } finally {
    release()
  }
}

async function buildLocked(prepared: Prepared, req: BuildRequest, io: BuildIO): Promise<BuildResult> {
  const { root, plan, warnings } = prepared
  // Nothing from an earlier run may look like a result of this one.
  const results = [MEASUREMENTS_FILE, ...plan.targets.map(t => t.igvm)].map(f => resolve(root, f))
  const removeResults = () => results.forEach(f => rmSync(f, { force: true }))
  removeResults()

  const source = readSourceState(root)
  // The parts of each IGVM file, read before a later recipe writes its own over them. Targets that
  // share a kernel share its bytes (read once while the file stays the same).
  const parts = new Map<string, Map<string, Uint8Array>>()
  const read = new Map<string, { stamp: string; bytes: Uint8Array }>()
  const bytesOf = (f: string) => {
    const st = statSync(resolve(root, f))
    const stamp = `${st.size}:${st.mtimeMs}:${st.ino}`
    const seen = read.get(f)
    if (seen?.stamp === stamp) return seen.bytes
    const bytes = readFileSync(resolve(root, f))
    read.set(f, { stamp, bytes })
    return bytes
  }
  const afterStep = (step: Plan['steps'][number]) => {
    const t = plan.targets.find(
      x => step.group === 'igvm' && x.measureStep === step.id.replace(/\/build$/, '/measure')
    )
    if (!t) return
    const files = new Map<string, Uint8Array>()
    for (const f of step.inputs)
      if (f !== t.firmware && existsSync(resolve(root, f))) files.set(f, bytesOf(f))
    parts.set(t.measureStep, files)
  }
  let outcome: Awaited<ReturnType<typeof runSteps>>
  const { command: _lockName, ...run } = io
  try {
    outcome = await runSteps(plan.steps, { ...run, root, env: { ...process.env, ...req.env }, afterStep })
    // A signal after the last step still means "stop": the run gives no result.
    if (io.interrupt?.signal)
      throw new Interrupted(io.interrupt.signal, `interrupted by ${io.interrupt.signal} after the last step`)
  } catch (e) {
    // A failed or stopped run leaves no IGVM file of its own either (an earlier target's).
    removeResults()
    throw e
  }
  // No IGVM file stays without the record that says what it is (a full disk, a firmware file gone).
  let recorded: { place: BuildPlace; measurements: Measurement[] }
  try {
    recorded = await writeRecord(prepared, req, io, { outcome, parts, source })
  } catch (e) {
    removeResults()
    throw e
  }
  const { measurements } = recorded
  const toolchain = recorded.place.rustc?.version
  return {
    root,
    plan,
    steps: outcome.results,
    measurements,
    gitVersion: outcome.gitVersion,
    ...(toolchain ? { toolchain } : {}),
    warnings
  }
}

/** The records of a finished run, written to bin/measurements.json (what the run made, and where and with what). */
async function writeRecord(
  prepared: Prepared,
  req: BuildRequest,
  io: BuildIO,
  run: {
    outcome: Awaited<ReturnType<typeof runSteps>>
    parts: Map<string, Map<string, Uint8Array>>
    source: ReturnType<typeof readSourceState>
  }
): Promise<{ place: BuildPlace; measurements: Measurement[] }> {
  const { root, plan, warnings } = prepared
  const { outcome, parts, source } = run
  // After the steps, so rustc -vV never races a toolchain install of the build's own commands.
  const place = await buildPlace(prepared, req.env)
  const toolchain = place.rustc?.version
  const prefixes = recordedPrefixes(place)
  const inputs = recordedInputs(root, plan, source, place)
  const measurements = plan.targets.map(t => {
    const files = parts.get(t.measureStep) ?? new Map<string, Uint8Array>()
    const d = outcome.digests.get(t.measureStep)!
    const recipe = plan.recipes.find(r => r.file === t.recipe)!
    return {
      target: t.target,
      recipe: t.recipe,
      recipeSha256: recipe.sha256,
      igvm: t.igvm,
      size: d.size,
      sha256: d.sha256,
      launchDigest: d.printed ?? d.builtin,
      measuredBy: d.printed !== undefined ? 'igvmmeasure' : 'builtin',
      platforms: t.platforms,
      policy: t.policy,
      checkKvm: t.checkKvm,
      nativeZero: t.nativeZero,
      gitVersion: outcome.gitVersion,
      profile: plan.options.release ? 'release' : 'debug',
      features: featuresOf(plan, recipe.file),
      allFeatures: plan.options.allFeatures,
      firmware: t.firmware ? recordFirmware(root, t.firmware, io.log, warnings) : null,
      ...(toolchain ? { toolchain } : {}),
      inputs: {
        ...inputs,
        build: { ...place, searched: [...files.keys()], embeddedPaths: embeddedPaths(files, prefixes) }
      },
      ...(d.details ? { details: d.details } : {})
    } satisfies Measurement
  })
  writeRecords(resolve(root, MEASUREMENTS_FILE), measurements)
  return { place, measurements }
}

function preflight(root: string, plan: Plan, env: Record<string, string | undefined>) {
  const problems = missingTools(plan, env.PATH ?? process.env.PATH)
  const made = new Set(plan.steps.flatMap(s => s.outputs))
  for (const t of plan.targets) {
    if (t.firmware && !made.has(t.firmware) && !existsSync(resolve(root, t.firmware))) {
      problems.push(`firmware file ${t.firmware} (for ${t.recipe}, ${t.target}) does not exist`)
    }
  }
  // Upstream's tools read their outputs from target/; another target dir breaks every path.
  const targetDir = env.CARGO_TARGET_DIR ?? process.env.CARGO_TARGET_DIR
  if (targetDir && resolve(root, targetDir) !== resolve(root, 'target')) {
    problems.push(
      `CARGO_TARGET_DIR is set to ${targetDir}; upstream's build reads its outputs from target/, so unset it`
    )
  }
  if (problems.length > 0) throw new PreflightError([...new Set(problems)].join('\n'))
}

/** Features each component gets from the recipe and the command line (what cargo is told). */
function featuresOf(plan: Plan, file: string): Record<string, string[]> {
  const r = plan.recipes.find(x => x.file === file)!
  const out: Record<string, string[]> = {}
  for (const [name, c] of [...Object.entries(r.kernel), ...Object.entries(r.fs.modules)]) {
    out[name] = [
      ...(c.features ?? []),
      ...plan.options.features.filter(f => f.pkg === name).map(f => f.feature)
    ].filter(Boolean)
  }
  return out
}

/** Where and with what this build makes its bytes (the parts' paths are searched as they are built). */
async function buildPlace(p: Prepared, env: Record<string, string | undefined>): Promise<BuildPlace> {
  const rustc = await readRustc(p.root, env)
  return {
    checkout: p.cargo.facts.root,
    cargoHome: p.cargo.facts.cargoHome,
    rustc,
    linker: await readLinker(p.root, env, p.cargo.linker, rustc),
    remap: remapsInForce(p.plan, p.cargo),
    searched: [],
    embeddedPaths: []
  }
}

/** RUSTFLAGS or CARGO_ENCODED_RUSTFLAGS, when set, are all cargo passes; else the plan's and the configs'. */
function remapsInForce(plan: Plan, cargo: CargoConfig): BuildPlace['remap'] {
  const env = cargo.envRustflags
  if (env) {
    const flags = remapFlagsIn(env.flags)
    return flags.length > 0 ? [{ by: env.name, where: env.name, flags }] : []
  }
  return [
    ...(plan.remap ? [{ by: plan.remap.by, where: plan.remap.config, flags: plan.remap.flags }] : []),
    ...cargo.configRemaps.map(c => ({ by: 'cargo config' as const, where: c.file, flags: c.flags }))
  ]
}

function recordFirmware(root: string, path: string, log: Logger, warnings: string[]) {
  const r = firmwareRecord(root, path)
  if (r.warning && !warnings.includes(r.warning)) {
    log.warn(r.warning)
    warnings.push(r.warning)
  }
  return r.firmware
}
