// Which repository the reference values are of: the record does not say (it holds the commit and
// `git describe`, not where the tree came from), so it is taken, in this order, from
//   1. an explicit option (`--repository`),
//   2. the origin remote of the svsm tree the record was built in (actions/checkout sets it to the
//      repository it checked out, which build.yml's svsm-repository may make another than the caller),
//   3. GITHUB_REPOSITORY (with GITHUB_SERVER_URL) of the Actions run,
// and otherwise refused. The caller prints where it came from: it is never guessed silently.
import { realpathSync } from 'node:fs'
import { ReferenceValuesError } from './errors.js'
import type { BuildInput } from './input.js'
import { git } from '../util/git.js'

type Repository = BuildInput['repository']

const OWNER_NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/
/** scp-like git address: `git@github.com:owner/name.git`. */
const SCP_LIKE = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(.+)$/

/** The path of a repository URL as owner/name (any depth), or null when it has fewer than two parts. */
function pathName(path: string): string | null {
  const p = path
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
  return /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+$/.test(p) ? p : null
}

/**
 * `owner/name` (on `server`), or an https, ssh or scp-like git URL, as the repository's name and
 * https URL (credentials and ports dropped: they are never published). A string saying why not
 * otherwise (a local path names no repository a verifier could look up).
 */
export function parseRepository(value: string, server = 'https://github.com'): Repository | string {
  const v = value.trim()
  if (OWNER_NAME.test(v) && !v.endsWith('.git')) return { name: v, url: `${server.replace(/\/+$/, '')}/${v}` }
  const scp = SCP_LIKE.exec(v)
  if (scp && !v.includes('://')) {
    const name = pathName(scp[2]!)
    return name ? { name, url: `https://${scp[1]}/${name}` } : 'an scp-like address without owner/name'
  }
  let u: URL
  try {
    u = new URL(v)
  } catch {
    return 'neither owner/name nor a URL'
  }
  if (!['https:', 'http:', 'ssh:', 'git:'].includes(u.protocol))
    return `a ${u.protocol.replace(/:$/, '')} URL, which names no repository a verifier can look up`
  const name = pathName(decodeURIComponent(u.pathname))
  if (!name) return 'a URL without owner/name in its path'
  const scheme = u.protocol === 'http:' ? 'http' : 'https'
  return { name, url: `${scheme}://${u.hostname}/${name}` }
}

interface RepositoryChoice {
  repository: Repository
  /** Where it came from, for the line the caller prints. */
  from: string
  /** Sources that were there but could not be used, and why. */
  skipped: string[]
}

interface RepositorySources {
  /** The explicit option, and how messages name it (`--repository`). */
  option?: { value: string; name: string }
  /** The origin remote of the svsm tree, when there is one. */
  origin?: { url: string; tree: string } | null
  env: Record<string, string | undefined>
}

/** The first usable source, in the order above; an explicit option that is not usable is refused. */
export function chooseRepository(s: RepositorySources): RepositoryChoice {
  const skipped: string[] = []
  if (s.option) {
    const r = parseRepository(s.option.value)
    if (typeof r === 'string')
      throw new ReferenceValuesError(
        s.option.name,
        '',
        `found ${JSON.stringify(s.option.value)}: ${r}; expected owner/name (on github.com) or the repository's https URL`
      )
    return { repository: r, from: s.option.name, skipped }
  }
  if (s.origin) {
    const r = parseRepository(s.origin.url)
    if (typeof r !== 'string')
      return { repository: r, from: `the origin remote of ${s.origin.tree}`, skipped }
    skipped.push(`the origin remote of ${s.origin.tree} is ${r}`)
  }
  const env = s.env.GITHUB_REPOSITORY
  if (env) {
    const r = parseRepository(env, s.env.GITHUB_SERVER_URL || undefined)
    if (typeof r !== 'string') return { repository: r, from: 'GITHUB_REPOSITORY', skipped }
    skipped.push(`GITHUB_REPOSITORY ${JSON.stringify(env)} is ${r}`)
  }
  throw new ReferenceValuesError(
    'reference values',
    'repository',
    `not known (${[...skipped, 'no --repository', s.origin === undefined ? 'no svsm tree beside the record' : s.origin === null ? 'the svsm tree has no origin remote' : '', 'no GITHUB_REPOSITORY'].filter(Boolean).join('; ')}); expected --repository owner/name or a repository URL`
  )
}

/**
 * The origin remote of the git tree rooted at `tree` (not of a repository that merely contains
 * it: a downloaded artifact inside some other checkout must not borrow that checkout's name), or
 * null. Argv, no shell; git's own configuration as the user has it.
 */
export function originRemote(tree: string): string | null {
  const gitOut = (...args: string[]) => {
    const r = git(tree, args)
    return r.ok ? r.out.trim() : null
  }
  const top = gitOut('rev-parse', '--show-toplevel')
  if (!top) return null
  try {
    if (realpathSync(top) !== realpathSync(tree)) return null
  } catch {
    return null
  }
  return gitOut('remote', 'get-url', 'origin') || null
}
