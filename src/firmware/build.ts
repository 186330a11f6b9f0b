// Runs an EDK2 plan and collects the images with a manifest into an output folder.
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { Writable } from 'node:stream'
import { displayArgv, runProcess } from '../run/process.js'
import type { Logger } from '../util/log.js'
import { fvDirectory, outputDirectory, planEdk2, primaryImage, type Edk2Options } from './edk2.js'
import { missingToolsMessage } from './toolchains.js'
import { firmwareManifestSchema, type FirmwareManifest } from './manifest.js'

const CONF_FILES = ['target.txt', 'tools_def.txt', 'build_rule.txt']

/** The platform's OUTPUT_DIRECTORY, from its .dsc in the source tree. */
export function readOutputDirectory(o: Pick<Edk2Options, 'source' | 'platform'>): string {
  const dscPath = join(o.source, o.platform)
  if (!existsSync(dscPath)) throw new Error(`${dscPath}: the platform description is not in the edk2 tree`)
  const outDir = outputDirectory(readFileSync(dscPath, 'utf8'))
  if (!outDir) throw new Error(`${dscPath}: no OUTPUT_DIRECTORY in its [Defines]`)
  return outDir
}

export async function buildEdk2(
  o: Edk2Options,
  io: { log: Logger; out: Writable; err: Writable }
): Promise<string> {
  const outDir = readOutputDirectory(o)
  for (const step of planEdk2(o, outDir)) {
    if (step.kind === 'sync') {
      if (resolve(step.from) !== resolve(step.to)) {
        rmSync(step.to, { recursive: true, force: true })
        mkdirSync(step.to, { recursive: true })
        cpSync(step.from, step.to, { recursive: true, filter: src => !src.endsWith('/.git') })
      }
    } else if (step.kind === 'conf') {
      mkdirSync(step.dir, { recursive: true })
      for (const f of CONF_FILES)
        copyFileSync(join(step.templates, f.replace('.txt', '.template')), join(step.dir, f))
    } else if (step.kind === 'write') {
      mkdirSync(dirname(step.path), { recursive: true })
      writeFileSync(step.path, step.content)
    } else {
      io.log.group(step.title)
      io.log.info(`$ ${displayArgv(step.argv)}`)
      const r = await runProcess(step.argv, {
        cwd: step.cwd,
        env: { ...process.env, ...step.env },
        out: io.out,
        err: io.err,
        captureStdout: false,
        echoCapturedStdout: false
      })
      io.log.endGroup()
      if (r.code !== 0) {
        // Checked after a failure, not before: a missing tool is the likeliest cause, and a tree
        // that builds without one (a stand-in, a prebuilt BaseTools) is not refused.
        const missing = missingToolsMessage()
        throw new Error(
          `${step.title} failed: \`${displayArgv(step.argv)}\` ${r.spawnError ? r.spawnError.message : `exited with code ${r.code}`}${missing ? `; ${missing}` : ''}\n${r.stderrTail}`
        )
      }
    }
  }
  return fvDirectory(o, outDir)
}

/** Copies the .fd images and writes manifest.json; returns the manifest. */
export function collectFirmware(
  fvDir: string,
  outDir: string,
  base: Omit<FirmwareManifest, 'files' | 'primary'>
): FirmwareManifest {
  const fds = existsSync(fvDir)
    ? readdirSync(fvDir)
        .filter(f => f.endsWith('.fd'))
        .sort()
    : []
  const primary = primaryImage(base.options.platform, fds)
  if (!primary)
    throw new Error(`${fvDir}: expected the firmware image among ${fds.join(', ') || 'no .fd files'}`)
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  const files = fds.map(name => {
    const data = readFileSync(join(fvDir, name))
    copyFileSync(join(fvDir, name), join(outDir, name))
    return {
      name,
      size: statSync(join(fvDir, name)).size,
      sha256: createHash('sha256').update(data).digest('hex')
    }
  })
  // Through the schema, so what lands on disk is what consumers will accept (and nothing extra).
  const manifest = firmwareManifestSchema.parse({ ...base, files, primary })
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}
