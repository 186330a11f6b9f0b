// The action's main step: inputs → toolchain → preflight → caches → build → reference values →
// artifacts → outputs and summary → state for post.
import * as core from '@actions/core'
import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { tmpdir } from 'node:os'
import { checkArtifactFiles, stageArtifact, defaultArtifactName } from '../../artifacts/files.js'
import type { Restored } from '../../cache/safe.js'
import { builtinMeasure } from '../../engine/builtin-measure.js'
import { runBuild, type BuildResult } from '../../engine/build.js'
import { PreflightError } from '../../util/errors.js'
import { prepareBuild, type BuildRequest } from '../../engine/prepare.js'
import { parseFeatureArgs } from '../../plan/features.js'
import { checkCheckout } from '../../preflight/checks.js'
import { Interrupt, Interrupted, trapSignals } from '../../run/interrupt.js'
import type { WrittenReferenceValues } from '../../reference-values/files.js'
import { renderReport, type CacheLine, type ReferenceValueLinks } from '../../report/markdown.js'
import { readPinnedToolchain } from '../../toolchain/rust-toolchain.js'
import { ensureToolchains, toolchainNeeds, type Rustup } from '../../toolchain/setup.js'
import { cacheHit, cacheSpecs, rustcVersions } from './caches.js'
import { checkInputFiles, readInputs, type ActionInputs } from './inputs.js'
import { coreLogger } from '../logger.js'
import { firmwareStepsFromCache, restoreCaches } from './restore.js'
import { guardStrayErrors } from '../guard.js'
import {
  artifactStore,
  cacheBackend,
  cacheStore,
  defaultLocalCacheDir,
  runnerPlatform,
  workspaceDir
} from '../runtime.js'
import { shouldSaveCache } from './save-policy.js'
import { publishReferenceValues } from '../reference-values.js'
import { savePostState } from './state.js'
import { appendSummary } from './summary.js'
import { PREDICATE_DIR, writePredicates, type WrittenPredicate } from '../../attest/write-predicates.js'

/** The main step; the entry point of dist/main and of `npm run local-action`. */
export async function run(): Promise<void> {
  guardStrayErrors('main')
  // A cancelled job: GitHub sends SIGINT, then SIGTERM, to this process alone.
  const interrupt = new Interrupt()
  const untrap = trapSignals(interrupt, m => core.warning(m))
  try {
    await runMain(process.env, interrupt)
  } catch (e) {
    core.setFailed((e as Error).message)
    if (e instanceof Interrupted) process.exitCode = e.exitCode
  } finally {
    untrap()
  }
}

async function runMain(env: NodeJS.ProcessEnv = process.env, interrupt?: Interrupt): Promise<void> {
  const jobStartMs = Date.now()
  const inputs = readInputs(n => core.getInput(n))
  const workspace = workspaceDir(env)
  checkInputFiles(inputs, workspace)
  const root = resolve(workspace, inputs['svsm-path'])
  const log = coreLogger

  const request: BuildRequest = {
    root,
    recipes: inputs.recipe,
    dialect: inputs.dialect,
    options: {
      release: inputs.release,
      allFeatures: inputs['all-features'],
      features: parseFeatureArgs(inputs.features).features,
      verbose: inputs.verbose,
      offline: inputs.offline,
      ...(inputs['remap-paths'] ? { remapPaths: true } : {}),
      measure: inputs.measure,
      ...(inputs.targets.length > 0 ? { targets: inputs.targets } : {}),
      ...(inputs.firmware ? { firmware: resolve(workspace, inputs.firmware) } : {})
    },
    env: { ...env }
  }
  const prepared = prepareBuild(request)
  const { plan } = prepared
  if (inputs.upload) checkArtifactFiles(plan)

  // Toolchain
  const pinned = readPinnedToolchain(root)
  const needs = toolchainNeeds(pinned, plan)
  if (inputs.toolchain === 'auto') {
    const ran = await ensureToolchains(needs, rustupIn(root, env))
    log.info(
      ran.length === 0
        ? `toolchains already installed: ${needs.map(n => n.toolchain).join(', ') || 'none pinned'}`
        : `installed: ${ran.map(a => a.join(' ')).join('; ')}`
    )
  }

  // Preflight: what the recipes need from the checkout and the machine, before any build.
  for (const w of checkCheckout(root, plan, env)) core.warning(w)

  // Caches
  const targetDir = join(root, 'target')
  const backend = cacheBackend(env)
  const localCacheDir = inputs['local-cache-dir']
    ? resolve(workspace, inputs['local-cache-dir'])
    : defaultLocalCacheDir(env)
  const restored = inputs.cache
    ? await restoreCaches(
        cacheStore(backend, localCacheDir, workspace),
        cacheSpecs(
          root,
          targetDir,
          plan,
          { prefix: inputs['cache-key-prefix'], ...runnerPlatform(env) },
          rustcVersions(root, needs, env),
          inputs['firmware-cache-key'],
          env
        ),
        { root, targetDir, backend }
      )
    : []
  const skip = firmwareStepsFromCache(plan, restored, root)

  savePostState({
    root,
    workspace,
    targetDir,
    jobStartMs,
    save: inputs.cache && shouldSaveCache(inputs['save-cache'], env),
    backend,
    localCacheDir,
    caches: restored.map(r => ({
      name: r.name,
      paths: r.paths,
      key: r.key,
      restoreKeys: r.restoreKeys,
      outcome: r.outcome,
      ...(r.matchedKey ? { matchedKey: r.matchedKey } : {})
    }))
  })

  // Build
  const result = await runBuild(
    request,
    {
      out: process.stdout,
      err: process.stderr,
      log,
      measure: builtinMeasure,
      skip,
      ...(interrupt ? { interrupt } : {}),
      command: `svsm-build-action main step${env.GITHUB_RUN_ID ? ` (run ${env.GITHUB_RUN_ID}, job ${env.GITHUB_JOB ?? '?'})` : ''}`
    },
    prepared
  )

  // Reference values, next to bin/measurements.json (before the artifact, which carries them)
  const referenceValues = publishReferenceValues(
    { dir: join(result.root, 'bin'), measurements: result.measurements, tree: result.root },
    env,
    log
  )

  // Artifacts
  let artifact: { name: string; id?: number; url?: string } | undefined
  let uploadError: Error | undefined
  if (inputs.upload && result.measurements.length > 0) {
    const name = inputs['artifact-name'] || defaultArtifactName(result, runnerPlatform(env))
    const staging = join(env.RUNNER_TEMP || tmpdir(), `svsm-build-${process.pid}`, name)
    const files = stageArtifact(result, staging, Object.values(referenceValues.files))
    const dir = inputs['local-artifact-dir']
      ? resolve(workspace, inputs['local-artifact-dir'])
      : join(root, 'bin', 'artifacts')
    try {
      artifact = await artifactStore(dir, env).upload(
        name,
        files,
        staging,
        inputs['retention-days'] ? { retentionDays: inputs['retention-days'] } : {}
      )
      log.info(`artifact ${artifact.name}: ${files.length} files${artifact.url ? `, ${artifact.url}` : ''}`)
    } catch (e) {
      // Fails the step, but only after the outputs and the summary (nothing else is lost).
      uploadError = new Error(`uploading artifact ${name} failed: ${(e as Error).message}`)
    }
  }

  setOutputs(result, restored, artifact)
  core.setOutput('reference-values', JSON.stringify(referenceValues.files))
  setPredicateOutputs(writePredicates(join(result.root, PREDICATE_DIR), result.measurements))
  if (inputs.summary) await writeSummary(result, restored, inputs, referenceValues, artifact)
  if (uploadError) throw uploadError
}

function setOutputs(result: BuildResult, restored: Restored[], artifact?: { id?: number; url?: string }) {
  core.setOutput('measurements', JSON.stringify(result.measurements))
  core.setOutput(
    'digests',
    JSON.stringify(Object.fromEntries(result.measurements.map(m => [m.target, m.launchDigest])))
  )
  core.setOutput('igvm-files', JSON.stringify(result.measurements.map(m => join(result.root, m.igvm))))
  core.setOutput('measurements-file', join(result.root, 'bin', 'measurements.json'))
  core.setOutput('artifact-id', artifact?.id !== undefined ? String(artifact.id) : '')
  core.setOutput('artifact-url', artifact?.url ?? '')
  core.setOutput(
    'cache-hit',
    cacheHit(restored, m => core.info(m))
  )
  core.setOutput('git-version', result.gitVersion)
}

/** For actions/attest: one predicate file per IGVM file; the single path when there is one file. */
function setPredicateOutputs(written: WrittenPredicate[]) {
  core.setOutput('attestation-predicates', JSON.stringify(written))
  core.setOutput('attestation-predicate', written.length === 1 ? written[0]!.predicate : '')
}

async function writeSummary(
  result: BuildResult,
  restored: Restored[],
  inputs: ActionInputs,
  referenceValues: WrittenReferenceValues,
  artifact?: { name: string; url?: string }
) {
  const caches: CacheLine[] = inputs.cache
    ? restored.map(r => ({
        name: r.name,
        outcome: r.outcome,
        key: r.key,
        ...(r.matchedKey ? { matchedKey: r.matchedKey } : {})
      }))
    : [{ name: 'all', outcome: 'disabled' }]
  const md = renderReport({
    measurements: result.measurements,
    caches,
    steps: result.steps,
    warnings: result.warnings,
    referenceValues: [referenceValueLinks(referenceValues, artifact)],
    ...(artifact ? { artifact } : {})
  })
  await appendSummary(md)
}

/** The summary's line: the files written, in the artifact when it was uploaded. */
function referenceValueLinks(
  written: WrittenReferenceValues,
  artifact?: { name: string; url?: string }
): ReferenceValueLinks {
  const formats = Object.keys(written.files) as ReferenceValueLinks['formats']
  return {
    formats,
    ...(artifact ? { artifact: { name: artifact.name, ...(artifact.url ? { url: artifact.url } : {}) } } : {})
  }
}

function rustupIn(root: string, env: NodeJS.ProcessEnv): Rustup {
  return {
    async run(args) {
      const r = spawnSync('rustup', args, { cwd: root, env, encoding: 'utf8' })
      if (r.error)
        throw new PreflightError(`rustup: ${r.error.message}; install rustup or set toolchain: skip`)
      if (r.status !== 0)
        throw new PreflightError(`rustup ${args.join(' ')} failed (exit ${r.status}): ${r.stderr.trim()}`)
      return r.stdout
    }
  }
}
