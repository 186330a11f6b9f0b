// Runs an EDK2 plan through the one step runner, finds the images it made, and copies them with a
// manifest into the output folder.
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { RunContext } from '../run/context.js'
import { runSteps } from '../run/runner.js'
import { StepFailure } from '../run/step-failure.js'
import { BadInput } from '../util/errors.js'
import { writeFileAtomic } from '../util/write-atomic.js'
import { fvDirectory, outputDirectory, planEdk2, primaryImage, type Edk2Options } from './edk2.js'
import { firmwareManifestSchema, type FirmwareManifest } from './manifest.js'
import { checkFirmwareOut, MANIFEST } from './out-dir.js'
import { missingToolsMessage } from './toolchains.js'

/** The platform's OUTPUT_DIRECTORY, from its .dsc in the source tree. */
export function readOutputDirectory(o: Pick<Edk2Options, 'source' | 'platform'>): string {
  const dscPath = join(o.source, o.platform)
  if (!existsSync(dscPath)) throw new BadInput(`${dscPath}: the platform description is not in the edk2 tree`)
  const outDir = outputDirectory(readFileSync(dscPath, 'utf8'))
  if (!outDir) throw new BadInput(`${dscPath}: no OUTPUT_DIRECTORY in its [Defines]`)
  return outDir
}

/** The .fd files in a firmware volume folder, sorted, and the one igvmbuilder takes. */
function firmwareImages(fvDir: string, platform: string): { fds: string[]; primary: string | null } {
  const fds = existsSync(fvDir)
    ? readdirSync(fvDir)
        .filter(f => f.endsWith('.fd'))
        .sort()
    : []
  return { fds, primary: primaryImage(platform, fds) }
}

/** Builds in `o.buildDir` (a folder svsm-build owns, see run/owned-dir.ts); returns the FV folder. */
export async function buildEdk2(
  o: Edk2Options,
  io: Pick<RunContext, 'log' | 'out' | 'err'>
): Promise<string> {
  const outDir = readOutputDirectory(o)
  const steps = planEdk2(o, outDir)
  await runSteps(steps, { ...io, root: o.buildDir, env: process.env, hint: missingToolsMessage })
  const fv = fvDirectory(o, outDir)
  const { fds, primary } = firmwareImages(fv, o.platform)
  if (!primary) {
    const build = steps[steps.length - 1]!
    throw new StepFailure(
      build,
      `step ${build.id} (${build.title}) failed: it left no firmware image in ${fv} (found ${fds.join(', ') || 'no .fd files'})`
    )
  }
  return fv
}

/** Copies the .fd images and writes manifest.json (last); returns the manifest. */
export function collectFirmware(
  fvDir: string,
  outDir: string,
  base: Omit<FirmwareManifest, 'files' | 'primary'>
): FirmwareManifest {
  const { fds, primary } = firmwareImages(fvDir, base.options.platform)
  if (!primary)
    throw new Error(`${fvDir}: expected the firmware image among ${fds.join(', ') || 'no .fd files'}`)
  const earlier = checkFirmwareOut(outDir)
  // Nothing of the earlier build stays to be taken for part of this one.
  for (const name of earlier) rmSync(join(outDir, name), { force: true })
  mkdirSync(outDir, { recursive: true })
  const files = fds.map(name => {
    const data = readFileSync(join(fvDir, name))
    copyFileSync(join(fvDir, name), join(outDir, name))
    return { name, size: data.length, sha256: createHash('sha256').update(data).digest('hex') }
  })
  // Through the schema, so what lands on disk is what consumers will accept (and nothing extra).
  const manifest = firmwareManifestSchema.parse({ ...base, files, primary })
  writeFileAtomic(join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}
