// Folders svsm-build may empty: only those it made. It marks a folder when it makes it (or takes
// an empty one), and refuses one holding anything else, naming what it found: a user's folder
// passed as a build directory is never emptied.
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { BadInput } from '../util/errors.js'

export const OWNED_MARKER = '.svsm-build-owned'
const MARKER_TEXT =
  'svsm-build made this folder and empties it before each build; it empties no folder without this file.\n'

export const isOwned = (dir: string) =>
  existsSync(join(dir, OWNED_MARKER)) && lstatSync(join(dir, OWNED_MARKER)).isFile()

/** `dir` as an empty folder of svsm-build's own (bar its marker); refused when it holds a stranger's files. */
export function emptyOwnedDir(dir: string): void {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true })
  else if (!statSync(dir).isDirectory())
    throw new BadInput(`${dir}: not a folder (expected a new or empty folder for the build)`)
  const entries = readdirSync(dir).filter(e => e !== OWNED_MARKER)
  if (!isOwned(dir) && entries.length > 0) {
    throw new BadInput(
      `${dir}: holds ${entries.sort()[0]}, which svsm-build did not put there: it empties only a folder it made ` +
        `(one with a ${OWNED_MARKER} file); pass a new or empty folder, or remove this one yourself`
    )
  }
  for (const e of entries) rmSync(join(dir, e), { recursive: true, force: true })
  writeFileSync(join(dir, OWNED_MARKER), MARKER_TEXT)
}

/** True when `inner` is `outer` or lies inside it. */
export function isWithin(inner: string, outer: string): boolean {
  const r = relative(resolve(outer), resolve(inner))
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r))
}
