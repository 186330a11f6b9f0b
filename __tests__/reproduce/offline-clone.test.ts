// The clone a rebuild runs in, offline: the example with its vTPM sources as submodules whose URLs
// cannot be reached (like upstream's github.com ones without a network). The clone takes the
// commit and each submodule from the local checkout, only those the recorded recipes need; a
// submodule the checkout lacks is one error line. And the record's dirty state sees untracked
// files and submodule changes.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readSourceState } from '../../src/record/recorded-inputs.js'
import { ReproduceInputError, type BuildGroup } from '../../src/reproduce/records.js'
import { prepareClone } from '../../src/reproduce/rebuild.js'
import { tempDir } from '../helpers/temp.js'
import { git, makeTree } from '../helpers/tree.js'

const SUBMODULES = ['libtcgtpm/deps/openssl', 'libtcgtpm/deps/tpm-20-ref']
const id = ['-c', 'user.name=t', '-c', 'user.email=t@example.com']

let tree: string
let commit: string

/** The example with the two vTPM folders as submodules pointing at URLs nothing answers. */
beforeAll(() => {
  tree = makeTree({ dir: tempDir('svsm-tree-') })
  const sources = tempDir('svsm-submodule-src-')
  for (const path of SUBMODULES) {
    const repo = join(sources, path.split('/').pop()!)
    mkdirSync(repo)
    git(repo, 'init', '-q', '-b', 'main')
    writeFileSync(join(repo, 'README'), `the ${path} submodule\n`)
    git(repo, 'add', '-A')
    git(repo, ...id, 'commit', '-q', '-m', 'sources')
    git(tree, 'rm', '-q', '-r', path)
    git(tree, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', repo, path)
    git(
      tree,
      'config',
      '-f',
      '.gitmodules',
      `submodule.${path}.url`,
      `https://svsm-build.invalid/${path}.git`
    )
  }
  git(tree, 'add', '-A')
  git(tree, ...id, 'commit', '-q', '-m', 'vTPM sources as submodules')
  commit = git(tree, 'rev-parse', 'HEAD')
})

const group = (recipes: string[]): BuildGroup => ({
  commit,
  gitVersion: '2026.01',
  options: {
    dialect: 'xbuild',
    release: true,
    allFeatures: false,
    features: [],
    offline: false,
    targets: null,
    measure: 'builtin',
    firmware: null,
    recipes
  },
  build: undefined,
  records: []
})

describe('the offline clone', () => {
  it('takes the commit and the vTPM submodules from the local checkout when the recipe has vtpm', () => {
    const root = join(tempDir('svsm-clone-'), 'svsm')
    const done = prepareClone(tree, group(['configs/qemu-target.json']), root, null, process.env)
    expect(done.sort()).toEqual(SUBMODULES)
    expect(git(root, 'rev-parse', 'HEAD')).toBe(commit)
    for (const path of SUBMODULES)
      expect(readFileSync(join(root, path, 'README'), 'utf8')).toBe(`the ${path} submodule\n`)
  })

  it('initialises no submodule for a recipe without vtpm', () => {
    const recipe = join(tree, 'configs', 'no-vtpm.json')
    const qemu = readFileSync(join(tree, 'configs', 'qemu-target.json'), 'utf8')
    writeFileSync(recipe, qemu.replace('"vtpm,uefivars', '"uefivars'))
    git(tree, 'add', '-A')
    git(tree, ...id, 'commit', '-q', '-m', 'a recipe without the vTPM')
    commit = git(tree, 'rev-parse', 'HEAD')
    const root = join(tempDir('svsm-clone-'), 'svsm')
    expect(prepareClone(tree, group(['configs/no-vtpm.json']), root, null, process.env)).toEqual([])
    for (const path of SUBMODULES) expect(readdirSync(join(root, path))).toEqual([])
  })

  it('names a submodule the checkout lacks, and how to get it, in one line', () => {
    const bare = join(tempDir('svsm-clone-'), 'svsm')
    git(tree, 'clone', '-q', tree, bare)
    const root = join(tempDir('svsm-clone-'), 'svsm')
    let error: unknown
    try {
      prepareClone(bare, group(['configs/qemu-target.json']), root, null, process.env)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ReproduceInputError)
    expect((error as Error).message).toBe(
      `submodule libtcgtpm/deps/openssl (needed by the recorded recipes) is not checked out in ${bare}; the rebuild takes it from there, offline: run git -C ${bare} submodule update --init --recursive -- libtcgtpm/deps/openssl`
    )
  })
})

describe("the record's dirty state", () => {
  it('lists untracked files (not ignored ones) and submodules with changes', () => {
    expect(readSourceState(tree)).toMatchObject({ commit, dirty: false, dirtyFiles: [] })
    writeFileSync(join(tree, 'configs', 'new-target.json'), '{}\n')
    mkdirSync(join(tree, 'bin'), { recursive: true })
    writeFileSync(join(tree, 'bin', 'ignored'), 'a build output\n')
    writeFileSync(join(tree, SUBMODULES[0]!, 'README'), 'changed\n')
    const s = readSourceState(tree)
    expect(s.dirty).toBe(true)
    expect(s.dirtyFiles.sort()).toEqual(['configs/new-target.json', SUBMODULES[0]])
  })
})
