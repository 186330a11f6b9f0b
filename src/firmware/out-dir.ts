// The firmware output folder is written into, never emptied: what an earlier firmware build put
// there (manifest.json and the files it lists, with the bytes it lists) is replaced, and a folder holding anything else is
// refused, naming it (the CLI checks before it builds).
import { createHash } from 'node:crypto'
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { BadInput } from '../util/errors.js'

export const MANIFEST = 'manifest.json'

/** The loose shape of an earlier manifest (an older schema, a cache restored over, still counts). */
const earlierManifest = z.object({
  key: z.string().min(1),
  primary: z.string().min(1),
  files: z.array(
    z.object({
      name: z
        .string()
        .regex(/^[^/\\]+$/)
        .refine(n => n !== '.' && n !== '..'),
      sha256: z.string().regex(/^[0-9a-f]{64}$/)
    })
  )
})

const sha256Of = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/**
 * What an earlier build wrote to `outDir`: its manifest.json, and each file it lists that still has
 * the bytes it lists (a listed name whose bytes differ is someone else's file).
 */
function earlierOutput(outDir: string): Set<string> | null {
  let parsed: ReturnType<typeof earlierManifest.safeParse>
  try {
    parsed = earlierManifest.safeParse(JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8')))
  } catch {
    return null
  }
  if (!parsed.success || !parsed.data.files.some(f => f.name === parsed.data.primary)) return null
  const ours = new Set([MANIFEST])
  for (const f of parsed.data.files) {
    const file = join(outDir, f.name)
    if (existsSync(file) && lstatSync(file).isFile() && sha256Of(file) === f.sha256) ours.add(f.name)
  }
  return ours
}

/**
 * Refuses an output folder that holds a file no firmware build of svsm-build wrote; returns what an
 * earlier one wrote there (to be replaced). A missing or empty folder is fine.
 */
export function checkFirmwareOut(outDir: string): Set<string> {
  if (!existsSync(outDir)) return new Set()
  if (!statSync(outDir).isDirectory())
    throw new BadInput(`${outDir}: not a folder (expected the output folder)`)
  const ours = earlierOutput(outDir) ?? new Set<string>()
  const foreign = readdirSync(outDir)
    .filter(e => !ours.has(e))
    .sort()
  if (foreign.length > 0)
    throw new BadInput(
      `${outDir}: holds ${foreign[0]}, which no firmware build of svsm-build wrote; it writes only into a new, ` +
        'empty or earlier firmware output folder (choose another, or move that file away)'
    )
  return ours
}
