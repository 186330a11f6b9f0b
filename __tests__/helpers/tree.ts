// Scratch copies of the example svsm tree, as git checkouts (git describe is part of the build).
import { spawnSync } from 'node:child_process'
import { cpSync, rmSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { REPO } from './paths.js'
import { tempDir } from './temp.js'

export const EXAMPLE = join(REPO, 'examples', 'mini-svsm')
export const LEGACY_OVERLAY = join(REPO, 'examples', 'mini-svsm-legacy')

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd }
  })
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
  return r.stdout.trim()
}

export interface TreeOptions {
  /** Where to put it (default: a new temp dir); the tree is <dir>/svsm. */
  dir?: string
  legacy?: boolean
  /** Tag the first commit (so git describe gives a version like upstream's). */
  tag?: string | null
}

/** A committed copy of examples/mini-svsm (without target/ and bin/). */
export function makeTree(o: TreeOptions = {}): string {
  const dir = o.dir ?? tempDir('svsm-tree-')
  const root = join(dir, 'svsm')
  const skip = (src: string, base: string) => {
    const rel = relative(base, src).split(sep)
    return !(rel[0] === 'target' || rel[0] === 'bin' || (rel[0] === 'release' && rel[2] === 'git_version.rs'))
  }
  cpSync(EXAMPLE, root, { recursive: true, filter: src => skip(src, EXAMPLE) })
  if (o.legacy) {
    rmSync(join(root, 'xbuild'), { recursive: true, force: true })
    cpSync(LEGACY_OVERLAY, root, { recursive: true })
  }
  git(root, 'init', '-q', '-b', 'main')
  git(root, 'add', '-A')
  git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init')
  // Annotated, as upstream's release tags are (git describe ignores lightweight tags).
  if (o.tag !== null)
    git(
      root,
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.com',
      'tag',
      '-a',
      '-m',
      'release',
      o.tag ?? 'v2026.01'
    )
  return root
}
