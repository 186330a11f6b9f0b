// The remappings a tree's cargo configuration puts in force, as cargo chooses its rustflags: target
// rustflags (the kernel triple or a cfg) win, and build.rustflags then counts for nothing.
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { readCargoConfig } from '../../src/engine/cargo-config.js'
import { tempTree } from '../helpers/temp.js'

const tree = (config: string) => {
  const root = tempTree('svsm-cargo-config-', { '.cargo/config.toml': config, 'home/.keep': '' })
  return { root, env: { CARGO_HOME: join(root, 'home') } }
}

describe('readCargoConfig', () => {
  it('counts a build.rustflags remapping when no target rustflags apply', () => {
    const { root, env } = tree('[build]\nrustflags = ["--remap-path-prefix=/src=."]\n')
    const c = readCargoConfig(root, env)
    expect(c.facts.rustflagsKey).toBe('build')
    expect(c.configRemaps.map(r => r.flags)).toEqual([['--remap-path-prefix=/src=.']])
  })

  it('does not count it when target rustflags apply (cargo ignores build.rustflags then)', () => {
    const { root, env } = tree(
      '[build]\nrustflags = ["--remap-path-prefix=/src=."]\n' +
        '[target.x86_64-unknown-none]\nrustflags = ["-C", "force-frame-pointers"]\n'
    )
    const c = readCargoConfig(root, env)
    expect(c.facts.rustflagsKey).toBe('target')
    expect(c.configRemaps).toEqual([])
  })
})
