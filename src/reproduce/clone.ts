// The clone a rebuild runs in, offline: the recorded commit from the local checkout's objects (a
// local clone copies or hard-links them, so the clone stands alone even where a mount later hides
// the checkout), and only the submodules the recorded recipes need, each cloned from the local
// checkout's own copy of it (and theirs, recursively), never from its URL.
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { displayArgv } from '../run/process.js'
import { git } from '../util/git.js'
import { ReproduceInputError } from './records.js'

function run(cwd: string, args: string[], what: string): string {
  const r = git(cwd, args)
  if (!r.ok) throw new ReproduceInputError(`${what}: git ${args.join(' ')}: ${r.err.split('\n').pop() ?? ''}`)
  return r.out
}

/** Submodule path → name, from a tree's .gitmodules (none when it has none). */
function submodules(root: string): Map<string, string> {
  const out = new Map<string, string>()
  if (!existsSync(join(root, '.gitmodules'))) return out
  const r = git(root, ['config', '-f', '.gitmodules', '--get-regexp', '^submodule\\..*\\.path$'])
  for (const line of r.out.split('\n')) {
    const m = /^submodule\.(.+)\.path (.+)$/.exec(line.trim())
    if (m) out.set(m[2]!, m[1]!)
  }
  return out
}

/** The local repository holding a submodule of `source`: its work tree, or `.git/modules/<name>`. */
function localCopy(source: string, path: string, name: string): string | null {
  const tree = join(source, path)
  const top = git(tree, ['rev-parse', '--show-toplevel'])
  if (top.ok && resolve(top.out.trim()) === resolve(tree)) return tree
  const gitDir = git(source, ['rev-parse', '--absolute-git-dir'])
  const modules = gitDir.ok ? join(gitDir.out.trim(), 'modules', name) : null
  return modules && existsSync(modules) ? modules : null
}

/** `root` becomes a clone of `svsm` at `commit` (its parent folders made as needed). */
export function cloneAt(svsm: string, commit: string, root: string): void {
  mkdirSync(dirname(root), { recursive: true })
  const what = `the clone of ${commit}`
  run(dirname(root), ['clone', '-q', '--no-checkout', resolve(svsm), root], what)
  run(root, ['checkout', '-q', '--detach', commit], what)
}

/**
 * Initialises `paths` (submodules of `root`; `all` for every one) from `source`'s local copies, and
 * theirs recursively. A submodule the source does not have is named with how to get it.
 */
export function initSubmodules(source: string, root: string, paths: readonly string[] | 'all'): string[] {
  const done: string[] = []
  const modules = submodules(root)
  for (const [path, name] of modules) {
    if (paths !== 'all' && !paths.includes(path)) continue
    const from = localCopy(source, path, name)
    if (!from) {
      // Below the top level, what the local checkout does not have was not in its build either.
      if (paths === 'all') continue
      throw new ReproduceInputError(
        `submodule ${path} (needed by the recorded recipes) is not checked out in ${source}; the rebuild takes it from there, offline: run ${displayArgv(['git', '-C', source, 'submodule', 'update', '--init', '--recursive', '--', path])}`
      )
    }
    const what = `submodule ${path} of the clone (from ${from})`
    run(root, ['submodule', 'init', '--', path], what)
    run(root, ['config', `submodule.${name}.url`, from], what)
    // A local path is the `file` transport, which git refuses for submodules unless allowed.
    run(
      root,
      ['-c', 'protocol.file.allow=always', 'submodule', 'update', '--no-recommend-shallow', '--', path],
      what
    )
    done.push(path, ...initSubmodules(join(source, path), join(root, path), 'all').map(p => `${path}/${p}`))
  }
  return done
}
