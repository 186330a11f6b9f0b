// Toolchain set-up against a stand-in rustup (the real one would download).
import { describe, expect, it } from '@jest/globals'
import { readPinnedToolchain } from '../../src/toolchain/rust-toolchain.js'
import {
  ensureToolchains,
  isCustomToolchain,
  toolchainNeeds,
  type Rustup
} from '../../src/toolchain/setup.js'
import { examplePlan as plan } from '../helpers/plan.js'
import { tempTree } from '../helpers/temp.js'

const tree = (files: Record<string, string>) => tempTree('tc-', files)

/** rustup as seen through `toolchain list` and `target list --installed`. */
function fakeRustup(installed: Record<string, string[]>): Rustup & { calls: string[][] } {
  const calls: string[][] = []
  return {
    calls,
    async run(args) {
      calls.push(args)
      if (args[0] === 'toolchain' && args[1] === 'list')
        return Object.keys(installed)
          .map(t => (isCustomToolchain(t) ? t : `${t}-x86_64-unknown-linux-gnu`))
          .map((t, i) => `${t}${i === 0 ? ' (default)' : ''}`)
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
