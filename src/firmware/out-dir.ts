// The firmware output folder is written into, never emptied: what an earlier firmware build put
// there (manifest.json and the files it lists) is replaced, and a folder holding anything else is
// refused, naming it (the CLI checks before it builds).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { BadInput } from '../util/errors.js'

export const MANIFEST = 'manifest.json'

/** What an earlier build wrote to `outDir`: manifest.json and the plain file names it lists. */
function earlierOutput(outDir: string): Set<string> | null {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8'))
  } catch {
    return null
  }
  // Loosely: a manifest of an older schema (a cache restored over) still names what it wrote.
  const files = (json as { files?: unknown })?.files
  if (!Array.isArray(files)) return null
  const names = files
    .map(f => (f as { name?: unknown })?.name)
    .filter((n): n is string => typeof n === 'string' && /^[^/\\]+$/.test(n) && n !== '.' && n !== '..')
  return new Set([MANIFEST, ...names])
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
