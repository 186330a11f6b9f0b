// Every cache key this project builds stays within GitHub's limits with the longest prefix the
// inputs allow, so the libraries' own key validation can never be what stops a save.
import { describe, expect, it } from '@jest/globals'
import {
  KEY_LIMITS,
  MAX_KEY_PREFIX_LENGTH,
  cargoHomeKeys,
  firmwareKeys,
  keyProblem,
  targetKeys
} from '../../src/cache/keys.js'
import { qemuCacheKey } from '../../src/qemu/plan.js'
import { firmwareCacheKey } from '../../src/firmware/manifest.js'
import { readInputs } from '../../src/action/main/inputs.js'

const longest = 'p'.repeat(MAX_KEY_PREFIX_LENGTH)
// The longest RUNNER_OS / RUNNER_ARCH values GitHub has (and node's names off GitHub).
const platforms = [
  { os: 'Windows', arch: 'ARM64' },
  { os: 'freebsd', arch: 'riscv64' },
  { os: 'Linux', arch: 'X64' }
]

describe('cache keys within GitHub limits', () => {
  it('accepts the longest prefix as an input and rejects one character more', () => {
    const get = (v: Record<string, string>) => (n: string) => v[n] ?? ''
    expect(readInputs(get({ recipe: 'qemu', 'cache-key-prefix': longest }))['cache-key-prefix']).toBe(longest)
    expect(() => readInputs(get({ recipe: 'qemu', 'cache-key-prefix': `${longest}p` }))).toThrow(
      /input 'cache-key-prefix': expected at most 256 characters/
    )
  })

  it.each(platforms)('every key and key set is valid with the longest prefix on $os/$arch', p => {
    const k = { prefix: longest, ...p }
    const sets = {
      'cargo-home': cargoHomeKeys(k, Buffer.from('lock')),
      target: targetKeys(k, {
        rustcVersions: ['rustc 1.88.0', 'rustc 1.97.0-nightly'],
        lockFile: null,
        cargoConfig: null,
        rustToolchain: null,
        profile: 'release',
        buildFlags: { features: Array.from({ length: 50 }, (_, i) => `f${i}`) }
      }),
      firmware: firmwareKeys(k, ['make', '-C', 'edk2', 'x'.repeat(2000)], 'bin/ovmf.fd', 'u'.repeat(1000)),
      qemu: {
        key: qemuCacheKey(
          k,
          { qemu: 'a'.repeat(40), igvm: 'b'.repeat(40) },
          { prefix: '/opt/q', extraConfigure: [] }
        ),
        restoreKeys: []
      },
      edk2: {
        key: firmwareCacheKey(k, {
          repository: 'tianocore/edk2',
          ref: 'edk2-stable202502',
          commit: 'c'.repeat(40),
          options: {
            source: '/s',
            buildDir: '/b',
            platform: 'OvmfPkg/OvmfPkgX64.dsc',
            arch: 'X64',
            target: 'RELEASE',
            toolchainTag: 'GCC5',
            defines: ['TPM2_ENABLE'],
            jobs: 2
          },
          toolchains: { gcc: '14' },
          reproducible: {
            sourceDateEpoch: 1_740_000_000,
            epochFrom: 'e'.repeat(200),
            method: 'm'.repeat(200)
          }
        } as Parameters<typeof firmwareCacheKey>[1]),
        restoreKeys: []
      }
    }
    for (const [name, s] of Object.entries(sets)) {
      expect({ name, problem: keyProblem(name, s.key, s.restoreKeys) }).toEqual({ name, problem: null })
      expect(s.key.length).toBeLessThanOrEqual(KEY_LIMITS.length)
      expect(1 + s.restoreKeys.length).toBeLessThanOrEqual(KEY_LIMITS.keys)
    }
  })

  it('names the cache and the rule a key breaks', () => {
    expect(keyProblem('target', 'a,b', [])).toBe(
      'target cache: key a,b contains a comma, which GitHub does not take'
    )
    expect(keyProblem('t', 'k', Array(10).fill('r'))).toBe(
      't cache: 11 keys (primary and restore keys), GitHub takes at most 10'
    )
  })
})
