import { describe, expect, it } from '@jest/globals'
import { cargoHomeKeys, firmwareKeys, targetKeys, type TargetKeyInputs } from '../../src/cache/keys.js'

const k = { prefix: 'svsm-build', os: 'Linux', arch: 'X64' }
const base: TargetKeyInputs = {
  rustcVersions: ['rustc 1.88.0 (6b00bc388 2025-06-23)\nhost: x86_64-unknown-linux-gnu'],
  lockFile: Buffer.from('lock'),
  cargoConfig: Buffer.from('[alias]'),
  rustToolchain: Buffer.from('[toolchain]'),
  profile: 'debug',
  buildFlags: { features: ['svsm:vtpm'] }
}

describe('cache keys', () => {
  it('gives the target cache restore keys from most to least specific, each a prefix of the key', () => {
    const { key, restoreKeys } = targetKeys(k, base)
    expect(key).toMatch(/^svsm-build-target-v1-Linux-X64-[0-9a-f]{16}-debug-[0-9a-f]{16}-[0-9a-f]{16}$/)
    expect(restoreKeys).toHaveLength(2)
    for (const r of restoreKeys) expect(key.startsWith(r)).toBe(true)
    expect(restoreKeys[0]!.length).toBeGreaterThan(restoreKeys[1]!.length)
  })

  it.each<[string, Partial<TargetKeyInputs>, number]>([
    // [what changes, change, how many of the old restore keys still match the new key]
    ['toolchain', { rustcVersions: ['rustc 1.89.0'] }, 0],
    ['a second (nightly) toolchain', { rustcVersions: [...base.rustcVersions, 'rustc 1.97.0-nightly'] }, 0],
    ['profile', { profile: 'release' }, 0],
    ['lock file', { lockFile: Buffer.from('lock2') }, 1],
    ['.cargo/config.toml', { cargoConfig: Buffer.from('x') }, 1],
    ['rust-toolchain.toml', { rustToolchain: null }, 1],
    ['build flags', { buildFlags: { features: [] } }, 2]
  ])('a new %s gives a new key that the right restore keys still find', (_w, change, stillMatching) => {
    const old = targetKeys(k, base)
    const now = targetKeys(k, { ...base, ...change })
    expect(now.key).not.toBe(old.key)
    expect(old.restoreKeys.filter(r => now.key.startsWith(r))).toHaveLength(stillMatching)
  })

  it('gives the same key for the same inputs, and other keys on other runners', () => {
    expect(targetKeys(k, base)).toEqual(targetKeys(k, { ...base }))
    expect(targetKeys({ ...k, arch: 'ARM64' }, base).key).not.toBe(targetKeys(k, base).key)
    expect(cargoHomeKeys({ ...k, os: 'macOS' }, null).key).not.toBe(cargoHomeKeys(k, null).key)
  })

  it('keys cargo home on the lock file only', () => {
    expect(cargoHomeKeys(k, Buffer.from('a')).key).not.toBe(cargoHomeKeys(k, Buffer.from('b')).key)
    expect(cargoHomeKeys(k, Buffer.from('a')).restoreKeys).toEqual(['svsm-build-cargo-home-v1-Linux-X64-'])
  })

  it('keys firmware on the command, its output and the user key', () => {
    const a = firmwareKeys(k, ['make', 'ovmf'], 'fw/OVMF.fd', 'edk2-2025.02')
    expect(firmwareKeys(k, ['make', 'ovmf'], 'fw/OVMF.fd', 'edk2-2025.05').key).not.toBe(a.key)
    expect(firmwareKeys(k, ['make', 'ovmf2'], 'fw/OVMF.fd', 'edk2-2025.02').key).not.toBe(a.key)
    expect(firmwareKeys(k, ['make', 'ovmf'], 'fw/OVMF.fd', 'edk2-2025.02')).toEqual(a)
    expect(a.restoreKeys).toEqual([])
  })
})
