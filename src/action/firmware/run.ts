// The firmware sub-action: check out edk2 (or use a checkout), restore the images from the cache
// or build them in the fixed build directory (at the commit's time: bit-identical on every run),
// save them, and output the image path and sha256.
import * as core from '@actions/core'
import { existsSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { restoreSafely, saveSafely } from '../../cache/safe.js'
import { buildEdk2, collectFirmware } from '../../firmware/build.js'
import { epochFromEnv, readFirmwareInputs as readBuildInputs } from '../../firmware/inputs.js'
import { firmwareCacheKey, parseFirmwareManifest, type FirmwareManifest } from '../../firmware/manifest.js'
import { checkFirmwareOut } from '../../firmware/out-dir.js'
import { coreLogger } from '../logger.js'
import { cacheBackend, cacheStore, defaultLocalCacheDir, runnerPlatform, workspaceDir } from '../runtime.js'
import { git } from '../../util/git.js'
import { readFirmwareInputs } from './inputs.js'

function gitOrThrow(args: string[], cwd = process.cwd()) {
  const r = git(cwd, args)
  if (!r.ok) throw new Error(`git ${args.join(' ')} failed: ${r.err}`)
  return r.out.trim()
}

/** A shallow checkout of repository@ref with its submodules (a commit SHA or a branch/tag). */
function checkout(repository: string, ref: string, dir: string) {
  if (existsSync(join(dir, '.git'))) return
  if (/^[0-9a-f]{40}$/.test(ref)) {
    gitOrThrow(['init', '-q', dir])
    gitOrThrow(['fetch', '-q', '--depth', '1', repository, ref], dir)
    gitOrThrow(['checkout', '-q', 'FETCH_HEAD'], dir)
  } else {
    gitOrThrow(['clone', '-q', '--depth', '1', '--branch', ref, repository, dir])
  }
  gitOrThrow(['submodule', 'update', '-q', '--init', '--recursive', '--depth', '1'], dir)
}

export async function run(): Promise<void> {
  try {
    const i = readFirmwareInputs(n => core.getInput(n))
    const workspace = workspaceDir()
    const source = i.path ? resolve(workspace, i.path) : join(process.env.RUNNER_TEMP || '/tmp', 'edk2-src')
    if (!i.path) checkout(i.repository, i.ref, source)
    const { options, inputs } = readBuildInputs({
      source,
      buildDir: i['build-dir'],
      platform: i.platform,
      arch: i.arch,
      target: i['build-target'],
      toolchainTag: i['toolchain-tag'],
      defines: i.defines,
      jobs: availableParallelism(),
      repository: i.repository,
      ref: i.ref,
      epoch: i['source-date-epoch']
        ? { value: i['source-date-epoch'], from: 'the source-date-epoch input' }
        : epochFromEnv()
    })
    const key = firmwareCacheKey({ prefix: i['cache-key-prefix'], ...runnerPlatform() }, inputs)
    const out = resolve(workspace, i.out)
    const store = cacheStore(cacheBackend(), defaultLocalCacheDir(), workspace)
    // Before the cache is restored into it or an hour is spent building: a folder of someone else's is refused now.
    checkFirmwareOut(out)
    const spec = { name: 'firmware', paths: [out], key, restoreKeys: [] }
    let manifest: FirmwareManifest | null = null
    let hit = false
    if (
      i.cache &&
      (await restoreSafely(store, spec, coreLogger)).outcome === 'exact' &&
      existsSync(join(out, 'manifest.json'))
    ) {
      // A cached manifest that no longer validates is rebuilt over, not trusted.
      try {
        manifest = parseFirmwareManifest(
          readFileSync(join(out, 'manifest.json'), 'utf8'),
          'cached manifest.json'
        )
        hit = true
      } catch (e) {
        core.warning(`${(e as Error).message}: building instead`)
      }
    }
    if (!manifest) {
      const started = Date.now()
      const fv = await buildEdk2(options, { log: coreLogger, out: process.stdout, err: process.stderr })
      manifest = collectFirmware(fv, out, { ...inputs, key })
      core.info(`firmware built in ${Math.round((Date.now() - started) / 1000)} s`)
      if (i.cache) await saveSafely(store, spec, coreLogger)
    }
    const primary = manifest.files.find(f => f.name === manifest!.primary)!
    core.setOutput('firmware', join(out, primary.name))
    core.setOutput('sha256', primary.sha256)
    core.setOutput('manifest', join(out, 'manifest.json'))
    core.setOutput('cache-hit', String(hit))
    core.setOutput('key', key)
  } catch (e) {
    core.setFailed((e as Error).message)
  }
}
