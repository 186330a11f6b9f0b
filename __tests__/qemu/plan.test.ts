// The QEMU build of the qemu reusable workflow: the IGVM library, then a static QEMU against it,
// and its cache key; in both flavours: COCONUT's fork and upstream QEMU (v11.1.0+), which also
// needs libfdt for the DEVICE_TREE directive upstream's files carry.
import { describe, expect, it } from '@jest/globals'
import { planQemu, qemuCacheKey, QEMU_SOURCES } from '../../src/qemu/plan.js'

const o = { qemuSource: '/s/qemu', igvmSource: '/s/igvm', prefix: '/opt/q', jobs: 2, extraConfigure: [] }
const configure = (flavor?: 'coconut' | 'upstream') =>
  planQemu({ ...o, ...(flavor ? { flavor } : {}) }).find(s => s.argv[0] === './configure')!.argv

describe('QEMU flavours', () => {
  it("configures upstream QEMU with system libfdt, COCONUT's fork as before", () => {
    expect(configure()).not.toContain('--enable-fdt=system')
    expect(configure('coconut')).toEqual(configure())
    const up = configure('upstream')
    expect(up).toContain('--enable-fdt=system')
    expect(up).toContain('--enable-igvm')
    expect(up.indexOf('--enable-fdt=system')).toBeGreaterThan(up.indexOf('--without-default-features'))
  })

  it('keys the two flavours apart', () => {
    const k = { prefix: 'p', os: 'Linux', arch: 'X64' }
    const c = { qemu: 'q', igvm: 'i' }
    expect(qemuCacheKey(k, c, { ...o, flavor: 'upstream' })).not.toBe(qemuCacheKey(k, c, o))
    expect(qemuCacheKey(k, c, { ...o, flavor: 'coconut' })).toBe(qemuCacheKey(k, c, o))
  })

  it('names the sources of each flavour', () => {
    expect(QEMU_SOURCES.upstream).toEqual({
      repository: 'https://gitlab.com/qemu-project/qemu.git',
      ref: 'v11.1.0',
      igvmRef: 'igvm-v0.4.0'
    })
    expect(QEMU_SOURCES.coconut.ref).toBe('svsm')
  })
})

describe('QEMU with IGVM', () => {
  const k = { prefix: 'svsm-build', os: 'Linux', arch: 'X64' }
  const o = {
    qemuSource: '/s/qemu',
    igvmSource: '/s/igvm',
    prefix: '/opt/qemu-igvm',
    jobs: 4,
    extraConfigure: []
  }
  it('builds the IGVM library into the prefix, then a static QEMU against it', () => {
    const steps = planQemu(o)
    expect(steps.map(s => s.argv.slice(0, 3).join(' '))).toEqual([
      'make -C igvm_c',
      'make -C igvm_c',
      './configure --target-list=x86_64-softmmu --enable-igvm',
      'make -j4 install'
    ])
    expect(steps[2]!.argv).toContain('--static')
    expect(steps[2]!.argv).toContain('--extra-ldflags=-L/opt/qemu-igvm/lib64')
    expect(steps[2]!.env).toEqual({ PKG_CONFIG_PATH: '/opt/qemu-igvm/lib64/pkgconfig' })
    expect(steps[0]!.env).toEqual({ PREFIX: '/opt/qemu-igvm' })
  })
  it('keys the cache on both commits and the configure flags', () => {
    const base = qemuCacheKey(k, { qemu: 'q1', igvm: 'i1' }, o)
    expect(qemuCacheKey(k, { qemu: 'q2', igvm: 'i1' }, o)).not.toBe(base)
    expect(qemuCacheKey(k, { qemu: 'q1', igvm: 'i2' }, o)).not.toBe(base)
    expect(
      qemuCacheKey(k, { qemu: 'q1', igvm: 'i1' }, { ...o, extraConfigure: ['--enable-debug'] })
    ).not.toBe(base)
    expect(qemuCacheKey(k, { qemu: 'q1', igvm: 'i1' }, { ...o })).toBe(base)
  })
})
