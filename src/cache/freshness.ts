// Cargo decides freshness by mtimes: in a fresh clone every source file is newer than the
// restored target/, so every workspace member would rebuild. We record, at save time, each source
// file's content hash and mtime; after a restore, a file whose content is unchanged gets its old
// mtime back. Changed files keep their new mtime and rebuild as they must. Small generated files
// (release/src/git_version.rs) are recorded with their content and written back.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { git } from '../util/git.js'

export const STAMPS_FILE = '.svsm-build-stamps.json'
const GENERATED_FILES = ['release/src/git_version.rs']

interface Stamps {
  version: 1
  files: Record<string, { sha256: string; mtimeMs: number }>
  generated: Record<string, { content: string; mtimeMs: number }>
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

/** Tracked files (git ls-files); empty when the tree is not a git checkout. */
function trackedFiles(root: string): string[] {
  const r = git(root, ['ls-files', '-z'])
  return r.ok ? r.out.split('\0').filter(Boolean) : []
}

/** Writes the stamps into the target dir, so they travel with the target cache. */
export function recordStamps(root: string, targetDir: string): number {
  const stamps: Stamps = { version: 1, files: {}, generated: {} }
  for (const f of trackedFiles(root)) {
    const p = join(root, f)
    try {
      const st = statSync(p)
      if (!st.isFile()) continue
      stamps.files[f] = { sha256: sha256(readFileSync(p)), mtimeMs: st.mtimeMs }
    } catch {
      // deleted in the work tree
    }
  }
  for (const f of GENERATED_FILES) {
    const p = join(root, f)
    if (existsSync(p))
      stamps.generated[f] = { content: readFileSync(p, 'utf8'), mtimeMs: statSync(p).mtimeMs }
  }
  mkdirSync(targetDir, { recursive: true })
  writeFileSync(join(targetDir, STAMPS_FILE), JSON.stringify(stamps))
  return Object.keys(stamps.files).length
}

/** Gives unchanged files their recorded mtimes back; returns how many were reset and how many differ. */
export function applyStamps(root: string, targetDir: string): { reset: number; changed: number } {
  const file = join(targetDir, STAMPS_FILE)
  if (!existsSync(file)) return { reset: 0, changed: 0 }
  let stamps: Stamps
  try {
    stamps = JSON.parse(readFileSync(file, 'utf8')) as Stamps
  } catch {
    return { reset: 0, changed: 0 }
  }
  let reset = 0
  let changed = 0
  for (const [f, s] of Object.entries(stamps.files ?? {})) {
    const p = join(root, f)
    try {
      if (sha256(readFileSync(p)) !== s.sha256) {
        changed++
        continue
      }
      setMtime(p, s.mtimeMs)
      reset++
    } catch {
      changed++
    }
  }
  for (const [f, g] of Object.entries(stamps.generated ?? {})) {
    const p = join(root, f)
    if (existsSync(p) && readFileSync(p, 'utf8') !== g.content) continue
    mkdirSync(dirname(p), { recursive: true })
    writeFileSync(p, g.content)
    setMtime(p, g.mtimeMs)
  }
  return { reset, changed }
}

/** Seconds as a number keep the sub-millisecond part a Date would drop. */
const setMtime = (p: string, ms: number) => utimesSync(p, ms / 1000, ms / 1000)
