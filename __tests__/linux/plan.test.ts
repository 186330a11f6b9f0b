// The host and guest kernel builds: SEV-SNP options for the role over a defconfig or a config
// file, and the cache key.
import { describe, expect, it } from '@jest/globals'
import { linuxCacheKey, planLinux } from '../../src/linux/plan.js'

const k = { prefix: 'svsm-build', os: 'Linux', arch: 'X64' }

describe('Linux kernels', () => {
  it('applies the SEV-SNP options for the role on top of a defconfig or a file', () => {
    const steps = planLinux({
      source: '/s/linux',
      role: 'guest',
      config: { defconfig: 'x86_64_defconfig' },
      extraOptions: ['IKCONFIG'],
      jobs: 8
    })
    expect(steps.map(s => s.argv[0])).toEqual(['make', 'scripts/config', 'make', 'make'])
    expect(steps[1]!.argv).toEqual(
      expect.arrayContaining(['--enable', 'SEV_GUEST', '--enable', 'TCG_SVSM', '--enable', 'IKCONFIG'])
    )
    expect(
      planLinux({ source: '/s', role: 'host', config: { file: '/c/config' }, extraOptions: [], jobs: 1 })[0]!
        .argv
    ).toEqual(['cp', '/c/config', '.config'])
  })
  it('keys the cache on the commit, the config and the options', () => {
    const base = linuxCacheKey(k, 'c1', { role: 'guest', extraOptions: [] }, 'CONFIG_X=y')
    expect(linuxCacheKey(k, 'c2', { role: 'guest', extraOptions: [] }, 'CONFIG_X=y')).not.toBe(base)
    expect(linuxCacheKey(k, 'c1', { role: 'host', extraOptions: [] }, 'CONFIG_X=y')).not.toBe(base)
    expect(linuxCacheKey(k, 'c1', { role: 'guest', extraOptions: ['A'] }, 'CONFIG_X=y')).not.toBe(base)
    expect(linuxCacheKey(k, 'c1', { role: 'guest', extraOptions: [] }, 'CONFIG_X=m')).not.toBe(base)
    expect(linuxCacheKey(k, 'c1', { role: 'guest', extraOptions: [] }, 'CONFIG_X=y')).toBe(base)
  })
})
