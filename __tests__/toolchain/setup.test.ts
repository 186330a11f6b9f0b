// Toolchain set-up against a stand-in rustup (the real one would download), and the preflight
// checks that need no build.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makePlan } from '../../src/plan/plan.js'
import {
  gitWarnings,
  missingCTools,
  missingSubmodules,
  requiredSubmodules
} from '../../src/preflight/checks.js'
import { loadRecipe } from '../../src/recipe/load.js'
import { readPinnedToolchain } from '../../src/toolchain/rust-toolchain.js'
import { ensureToolchains, toolchainNeeds, type Rustup } from '../../src/toolchain/setup.js'
import { REPO } from '../helpers/paths.js'
import { planOptions } from '../helpers/plan-options.js'
import { tempDir } from '../helpers/temp.js'

const plan = (file: string) =>
  makePlan(
    [loadRecipe(file, 'xbuild', join(REPO, 'examples', 'mini-svsm', 'configs')).recipe],
    'xbuild',
    planOptions()
  )

function tree(files: Record<string, string>) {
  const root = tempDir('tc-')
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(join(root, f, '..'), { recursive: true })
    writeFileSync(join(root, f), text)
  }
  return root
}

/** rustup as seen through `toolchain list` and `target list --installed`. */
function fakeRustup(installed: Record<string, string[]>): Rustup & { calls: string[][] } {
  const calls: string[][] = []
  return {
    calls,
    async run(args) {
      calls.push(args)
      if (args[0] === 'toolchain' && args[1] === 'list')
        return Object.keys(installed)
          .map((t, i) => `${t}-x86_64-unknown-linux-gnu${i === 0 ? ' (default)' : ''}`)
          .join('\n')
      if (args[0] === 'target') return (installed[args[4]!] ?? []).join('\n')
      return ''
    }
  }
}

describe('toolchain', () => {
  const root = tree({
    'rust-toolchain.toml': '[toolchain]\nchannel = "1.88.0"\ntargets = ["x86_64-unknown-none"]\n'
  })
  const pinned = readPinnedToolchain(root)

  it('reads the pinned channel, and the old one-line file', () => {
    expect(pinned).toEqual({
      file: 'rust-toolchain.toml',
      channel: '1.88.0',
      targets: ['x86_64-unknown-none'],
      components: []
    })
    expect(readPinnedToolchain(tree({ 'rust-toolchain': '1.84.1\n' }))).toMatchObject({ channel: '1.84.1' })
    expect(() => readPinnedToolchain(tree({ 'rust-toolchain.toml': '[toolchain]\nchanel = 1\n' }))).toThrow(
      /rust-toolchain\.toml: expected \[toolchain\] with a channel/
    )
  })

  it('needs nightly with x86_64-unknown-none only for test recipes', () => {
    expect(toolchainNeeds(pinned, plan('qemu-target.json')).map(n => n.toolchain)).toEqual(['1.88.0'])
    expect(toolchainNeeds(pinned, plan('test/qemu-test-target.json'))).toEqual([
      expect.objectContaining({ toolchain: '1.88.0' }),
      {
        toolchain: 'nightly',
        targets: ['x86_64-unknown-none'],
        components: [],
        why: 'test/qemu-test-target.json: svsm'
      }
    ])
  })

  it('installs what is missing with the minimal profile and the kernel target', async () => {
    const r = fakeRustup({ stable: [] })
    const ran = await ensureToolchains(toolchainNeeds(pinned, plan('test/qemu-test-target.json')), r)
    expect(ran).toEqual([
      [
        'toolchain',
        'install',
        '1.88.0',
        '--profile',
        'minimal',
        '--no-self-update',
        '-t',
        'x86_64-unknown-none'
      ],
      [
        'toolchain',
        'install',
        'nightly',
        '--profile',
        'minimal',
        '--no-self-update',
        '-t',
        'x86_64-unknown-none'
      ]
    ])
  })

  it('adds only a missing target, and does nothing when everything is there', async () => {
    expect(
      await ensureToolchains(toolchainNeeds(pinned, plan('qemu-target.json')), fakeRustup({ '1.88.0': [] }))
    ).toEqual([['target', 'add', '--toolchain', '1.88.0', 'x86_64-unknown-none']])
    expect(
      await ensureToolchains(
        toolchainNeeds(pinned, plan('qemu-target.json')),
        fakeRustup({ '1.88.0': ['x86_64-unknown-none'] })
      )
    ).toEqual([])
  })
})

describe('preflight', () => {
  it('needs the vTPM submodules only when a component uses vtpm', () => {
    const root = tree({
      '.gitmodules': '[submodule "x"]\n\tpath = libtcgtpm/deps/openssl\n[submodule "p"]\n\tpath = packit\n',
      'packit/Cargo.toml': 'x'
    })
    expect(requiredSubmodules(root, plan('qemu-target.json'))).toEqual([
      'packit',
      'libtcgtpm/deps/openssl',
      'libtcgtpm/deps/tpm-20-ref'
    ])
    expect(missingSubmodules(root, plan('qemu-target.json'))).toEqual([
      'libtcgtpm/deps/openssl',
      'libtcgtpm/deps/tpm-20-ref'
    ])
    expect(missingSubmodules(root, plan('test/qemu-test-target.json'))).toEqual([])
  })

  it('names the C tools the vTPM build lacks', () => {
    const bin = tempDir('path-')
    writeFileSync(join(bin, 'cmake'), '', { mode: 0o755 })
    expect(missingCTools(bin)).toEqual(['pkg-config', 'a C compiler (cc, gcc or clang)'])
  })

  it('says what a dirty tree puts into the digest', () => {
    expect(
      gitWarnings({ isRepo: true, describe: '2026.07-3-gabc+', shallow: false, tags: true, dirty: true })[0]
    ).toMatch(/^tracked files are modified: the kernel will embed the version "2026\.07-3-gabc\+"/)
    expect(
      gitWarnings({ isRepo: true, describe: '2026.07', shallow: false, tags: true, dirty: false })
    ).toEqual([])
  })
})
