// Where the repository of the reference values comes from: an option, the svsm tree's origin
// remote (a real git checkout here), GITHUB_REPOSITORY; never a credential, never a guess.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chooseRepository, originRemote, parseRepository } from '../../src/reference-values/repository.js'
import { git } from '../helpers/tree.js'
import { tempDir } from '../helpers/temp.js'

const SVSM = { name: 'coconut-svsm/svsm', url: 'https://github.com/coconut-svsm/svsm' }

describe('parseRepository', () => {
  it.each([
    ['coconut-svsm/svsm', SVSM],
    ['https://github.com/coconut-svsm/svsm.git', SVSM],
    ['https://x-access-token:secret@github.com/coconut-svsm/svsm/', SVSM],
    ['git@github.com:coconut-svsm/svsm.git', SVSM],
    ['ssh://git@github.com:22/coconut-svsm/svsm.git', SVSM],
    [
      'https://gitlab.example.org/group/sub/svsm',
      { name: 'group/sub/svsm', url: 'https://gitlab.example.org/group/sub/svsm' }
    ]
  ])('%s', (value, expected) => {
    expect(parseRepository(value)).toEqual(expected)
  })

  it('owner/name on another server', () => {
    expect(parseRepository('o/r', 'https://ghe.example.com/')).toEqual({
      name: 'o/r',
      url: 'https://ghe.example.com/o/r'
    })
  })

  it.each([
    ['/home/me/svsm', 'neither owner/name nor a URL'],
    ['file:///home/me/svsm', 'a file URL, which names no repository a verifier can look up'],
    ['https://github.com/svsm', 'a URL without owner/name in its path']
  ])('%s names no repository', (value, why) => {
    expect(parseRepository(value)).toBe(why)
  })
})

describe('chooseRepository', () => {
  const env = { GITHUB_REPOSITORY: 'caller/repo', GITHUB_SERVER_URL: 'https://github.com' }
  const origin = { url: 'https://github.com/coconut-svsm/svsm', tree: '/w/svsm' }

  it('takes the option first, then the origin remote, then GITHUB_REPOSITORY, and says which', () => {
    expect(chooseRepository({ option: { value: 'a/b', name: '--repository' }, origin, env })).toEqual({
      repository: { name: 'a/b', url: 'https://github.com/a/b' },
      from: '--repository',
      skipped: []
    })
    expect(chooseRepository({ origin, env })).toEqual({
      repository: SVSM,
      from: 'the origin remote of /w/svsm',
      skipped: []
    })
    expect(chooseRepository({ origin: null, env })).toEqual({
      repository: { name: 'caller/repo', url: 'https://github.com/caller/repo' },
      from: 'GITHUB_REPOSITORY',
      skipped: []
    })
  })

  it('passes over an origin that is a local path, and says so', () => {
    expect(chooseRepository({ origin: { url: '/src/svsm', tree: '/w/svsm' }, env }).skipped).toEqual([
      'the origin remote of /w/svsm is neither owner/name nor a URL'
    ])
  })

  it('refuses an option that is no repository, and a build with no source at all', () => {
    expect(() => chooseRepository({ option: { value: '/tmp/x', name: '--repository' }, env })).toThrow(
      '--repository: found "/tmp/x": neither owner/name nor a URL; expected owner/name (on github.com) or the repository\'s https URL'
    )
    expect(() => chooseRepository({ env: {} })).toThrow(
      'reference values: repository: not known (no --repository; no svsm tree beside the record; no GITHUB_REPOSITORY); expected --repository owner/name or a repository URL'
    )
  })
})

describe('originRemote', () => {
  it("is the tree's own origin, not that of a checkout the folder is inside", () => {
    const dir = tempDir('origin-')
    const tree = join(dir, 'svsm')
    mkdirSync(tree)
    git(tree, 'init', '-q')
    expect(originRemote(tree)).toBeNull()
    git(tree, 'remote', 'add', 'origin', 'https://github.com/coconut-svsm/svsm')
    expect(originRemote(tree)).toBe('https://github.com/coconut-svsm/svsm')
    // A downloaded artifact inside the checkout is not the checkout.
    const artifact = join(tree, 'artifact')
    mkdirSync(artifact)
    expect(originRemote(artifact)).toBeNull()
    expect(originRemote(join(dir, 'missing'))).toBeNull()
  })
})
