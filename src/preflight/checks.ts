// Before any build: what the recipes need from the checkout and the machine, and what the
// checkout will put into every digest (the `git describe` string compiled into the kernel).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plan } from '../plan/types.js'
import { PreflightError } from '../util/errors.js'
import { findOnPath } from '../run/tools.js'
import { git } from '../util/git.js'

/** Submodule paths from .gitmodules. */
function submodulePaths(root: string): string[] {
  const p = join(root, '.gitmodules')
  if (!existsSync(p)) return []
  return [...readFileSync(p, 'utf8').matchAll(/^\s*path\s*=\s*(.+?)\s*$/gm)].map(m => m[1]!)
}

const isEmptyDir = (p: string) => !existsSync(p) || readdirSync(p).length === 0

/** The vTPM (libtcgtpm: OpenSSL and the TPM reference code, built with cmake) is in the build. */
function usesVtpm(plan: Plan): boolean {
  if (plan.options.allFeatures) return true
  if (plan.options.features.some(f => f.feature === 'vtpm')) return true
  return plan.recipes.some(r =>
    [...Object.values(r.kernel), ...Object.values(r.fs.modules)].some(c => c.features?.includes('vtpm'))
  )
}

/** Directories that must be populated: packit always (a workspace member), the TPM sources for vtpm. */
export function requiredSubmodules(root: string, plan: Plan): string[] {
  if (!usesVtpm(plan)) return ['packit']
  const tpm = submodulePaths(root).filter(p => p.startsWith('libtcgtpm/'))
  return [...new Set(['packit', 'libtcgtpm/deps/openssl', 'libtcgtpm/deps/tpm-20-ref', ...tpm])]
}

export function missingSubmodules(root: string, plan: Plan): string[] {
  return requiredSubmodules(root, plan).filter(p => isEmptyDir(join(root, p)))
}

function submoduleError(missing: string[]): string {
  return (
    `missing submodule${missing.length > 1 ? 's' : ''}: ${missing.join(', ')} (empty or absent). ` +
    'Check out svsm with its submodules: in a workflow, actions/checkout with `submodules: recursive`; ' +
    'locally, `git submodule update --init --recursive`.'
  )
}

/** C tools libtcgtpm's build calls; missing ones, with what provides them. */
export function missingCTools(path = process.env.PATH ?? ''): string[] {
  const missing: string[] = []
  if (!findOnPath('cmake', path)) missing.push('cmake')
  if (!findOnPath('pkg-config', path) && !findOnPath('pkgconf', path)) missing.push('pkg-config')
  if (!['cc', 'gcc', 'clang'].some(c => findOnPath(c, path))) missing.push('a C compiler (cc, gcc or clang)')
  return missing
}

interface GitState {
  describe: string
  shallow: boolean
  tags: boolean
  dirty: boolean
  isRepo: boolean
}

const gitOut = (root: string, args: string[]) => {
  const r = git(root, args)
  return r.ok ? r.out.trim() : null
}

function gitState(root: string): GitState {
  const isRepo = gitOut(root, ['rev-parse', '--git-dir']) !== null
  if (!isRepo) return { describe: '', shallow: false, tags: false, dirty: false, isRepo }
  return {
    describe: (gitOut(root, ['describe', '--always', '--dirty=+']) ?? '').replace(/^v/, ''),
    shallow: gitOut(root, ['rev-parse', '--is-shallow-repository']) === 'true',
    tags: (gitOut(root, ['tag', '--list']) ?? '') !== '',
    dirty: (gitOut(root, ['status', '--porcelain', '--untracked-files=no']) ?? '') !== '',
    isRepo
  }
}

/** Warnings about what the git state does to the digest; empty when nothing is off. */
export function gitWarnings(s: GitState): string[] {
  if (!s.isRepo) return ['the svsm tree is not a git checkout: the kernel gets an empty version string']
  const why: string[] = []
  if (s.shallow) why.push('the clone is shallow')
  if (!s.tags) why.push('it has no tags')
  if (s.dirty) why.push('tracked files are modified')
  if (why.length === 0) return []
  return [
    `${why.join(', ')}: the kernel will embed the version "${s.describe}" (git describe --always --dirty=+), ` +
      'which is part of every launch digest. For digests that match a full, clean clone, check out with ' +
      '`fetch-depth: 0` (tags included) and do not modify tracked files before the build.'
  ]
}

/**
 * Everything the action checks before building: throws PreflightError for what would fail the
 * build (submodules, the vTPM's C tools), returns warnings for what changes the digests.
 */
export function checkCheckout(root: string, plan: Plan, env: NodeJS.ProcessEnv): string[] {
  const missing = missingSubmodules(root, plan)
  if (missing.length > 0) throw new PreflightError(submoduleError(missing))
  if (usesVtpm(plan)) {
    const tools = missingCTools(env.PATH)
    if (tools.length > 0) {
      throw new PreflightError(
        `the vTPM (feature vtpm) is built with C tools that are missing: ${tools.join(', ')}. ` +
          'On Ubuntu runners: `sudo apt-get install -y build-essential cmake pkg-config`.'
      )
    }
  }
  return gitWarnings(gitState(root))
}
