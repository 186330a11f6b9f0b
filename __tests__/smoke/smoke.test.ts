import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pickAccel } from '../../src/smoke/accel.js'
import { DEFAULT_PROFILE, parseCfg, parseManifest, resolveProfile } from '../../src/smoke/manifest.js'
import { qemuArgv } from '../../src/smoke/qemu-argv.js'
import { runSmoke } from '../../src/smoke/runner.js'
import { smokeBoot } from '../../src/smoke/boot.js'
import { BadInput } from '../../src/util/errors.js'
import { fixture } from '../helpers/paths.js'
import { tempDir } from '../helpers/temp.js'

const FAKE = fixture('fake-qemu', 'qemu-system-x86_64')
const MANIFEST = `
[run]
memory = "2G"
timeout = 60
args = ["-nodefaults"]

[target.hyper-v.run]
memory = "4G"

[scheme.tcg.run]
cpu = "qemu64"
accel = "tcg"

['cfg(target="qemu", scheme="test")'.run]
success-exit-code = 0x21
timeout = 300
`

describe('run profiles', () => {
  const m = parseManifest(MANIFEST)

  it('inherits every key an override does not set', () => {
    expect(resolveProfile(m, { target: 'qemu' })).toEqual({
      ...DEFAULT_PROFILE,
      memory: '2G',
      timeout: 60,
      args: ['-nodefaults']
    })
    expect(resolveProfile(m, { target: 'hyper-v' })).toMatchObject({
      memory: '4G',
      timeout: 60,
      args: ['-nodefaults'],
      cpu: 'max'
    })
    expect(resolveProfile(m, { target: 'hyper-v', scheme: 'tcg' })).toMatchObject({
      memory: '4G',
      cpu: 'qemu64',
      accel: 'tcg'
    })
  })

  it('applies a two-key cfg after one-key overrides, whatever the file order', () => {
    const p = resolveProfile(
      parseManifest(
        `['cfg(scheme="test", target="qemu")'.run]\ntimeout = 5\n[scheme.test.run]\ntimeout = 7\n`
      ),
      { target: 'qemu', scheme: 'test' }
    )
    expect(p.timeout).toBe(5)
    expect(resolveProfile(m, { target: 'qemu', scheme: 'test' })).toMatchObject({
      timeout: 300,
      'success-exit-code': 0x21,
      memory: '2G'
    })
  })

  it('rejects unknown keys, wrong types and bad cfg with the place in the file', () => {
    expect(() => parseManifest('[run]\nmemroy = "2G"\n')).toThrow('smoke.toml: run: unknown key memroy')
    expect(() => parseManifest('[target.qemu.run]\ntimeout = "long"\n')).toThrow(
      'smoke.toml: target.qemu.run.timeout: expected seconds'
    )
    expect(() => parseCfg('cfg(arch="x86_64")')).toThrow('expected target="..." or scheme="..."')
    expect(() => parseManifest('[runn]\n')).toThrow('runn: unknown section')
    // A file the user named that cannot be used: the CLI's one `error:` line and exit 2.
    expect(() => parseManifest('run = 5\n')).toThrow(BadInput)
    expect(() => parseManifest('[target.qemu]\nmemory = "2G"\n')).toThrow(
      'smoke.toml: target.qemu.memory: unknown key (expected run)'
    )
  })

  it('builds the QEMU command line for the native platform', () => {
    const p = resolveProfile(m, { target: 'qemu', scheme: 'test' })
    expect(qemuArgv(p, 'bin/coconut-test-qemu.igvm', 'tcg')).toEqual([
      'qemu-system-x86_64',
      '-machine',
      'q35,igvm-cfg=igvm0',
      '-object',
      'igvm-cfg,id=igvm0,file=bin/coconut-test-qemu.igvm',
      '-accel',
      'tcg',
      '-cpu',
      'max',
      '-smp',
      '1',
      '-m',
      '2G',
      '-display',
      'none',
      '-serial',
      'stdio',
      '-monitor',
      'none',
      '-no-reboot',
      '-device',
      'isa-debug-exit,iobase=0xf4,iosize=0x04',
      '-nodefaults'
    ])
  })

  it('uses KVM only when /dev/kvm is usable', () => {
    const dir = tempDir('kvm-')
    writeFileSync(join(dir, 'kvm'), '')
    expect(pickAccel('auto', join(dir, 'kvm'))).toBe('kvm')
    expect(pickAccel('auto', join(dir, 'missing'))).toBe('tcg')
    expect(pickAccel('tcg', join(dir, 'kvm'))).toBe('tcg')
  })
})

describe('smoke runner against a stand-in QEMU', () => {
  const dir = tempDir('smoke-')
  const run = (mode: string, o: { timeoutMs?: number; exit?: number } = {}) =>
    runSmoke({
      argv: qemuArgv({ ...DEFAULT_PROFILE, qemu: FAKE }, 'x.igvm', 'tcg'),
      log: join(dir, `${mode}.log`),
      timeoutMs: o.timeoutMs ?? 20_000,
      success: new RegExp(DEFAULT_PROFILE.success),
      ...(o.exit !== undefined ? { successExitCode: o.exit } : {}),
      env: { ...process.env, FAKE_QEMU_MODE: mode },
      killAfterMs: 500
    })

  it('passes on the banner and stops QEMU', async () => {
    const r = await run('banner')
    expect(r).toMatchObject({ status: 'passed', reason: expect.stringContaining('serial log matched') })
    expect(readFileSync(r.log, 'utf8')).toContain('COCONUT Secure Virtual Machine Service Module')
  })

  it('passes on the test exit status 0x21', async () => {
    expect(await run('exit:33', { exit: 0x21 })).toMatchObject({ status: 'passed', exitCode: 33 })
  })

  it('fails on another exit status, with the log tail', async () => {
    const r = await run('exit:3', { exit: 0x21 })
    expect(r).toMatchObject({
      status: 'failed',
      reason: 'QEMU exited with status 3 before the success pattern appeared'
    })
    expect(r.tail).toContain('[SVSM] running tests')
  })

  it('times out on a hang and kills QEMU', async () => {
    const r = await run('hang', { timeoutMs: 3000 })
    expect(r.status).toBe('timeout')
    expect(r.reason).toBe('no success within 3 s')
    expect(r.tail).toContain('COCONUT-SVSM booting')
  })

  it('reports a crash', async () => {
    const r = await run('crash')
    expect(r).toMatchObject({ status: 'failed', reason: 'QEMU was killed by SIGABRT' })
  })

  it('reports a QEMU that cannot start', async () => {
    const r = await runSmoke({
      argv: [join(dir, 'no-such-qemu')],
      log: join(dir, 'none.log'),
      timeoutMs: 5000,
      success: /x/
    })
    expect(r.status).toBe('failed')
    expect(r.reason).toMatch(/cannot start .*no-such-qemu: spawn .* ENOENT/)
  })
})

describe('smoke boot: probe and KVM fallback, against the stand-in QEMU', () => {
  const dir = tempDir('smoke-boot-')
  const kvm = join(dir, 'kvm')
  writeFileSync(kvm, '')
  const boot = async (mode: string, accel: 'auto' | 'kvm', env: Record<string, string> = {}) => {
    const lines: string[] = []
    const r = await smokeBoot({
      profile: { ...DEFAULT_PROFILE, qemu: FAKE, accel, timeout: 20 },
      igvm: 'x.igvm',
      log: join(dir, `${mode}-${accel}.serial.log`),
      say: l => lines.push(l),
      kvmDevice: kvm,
      env: { ...process.env, FAKE_QEMU_MODE: mode, ...env }
    })
    return { r, lines }
  }

  it('falls back to TCG, saying why, when the guest resets under KVM', async () => {
    const { r, lines } = await boot('reset-under-kvm', 'auto')
    expect(r.accel).toBe('tcg')
    expect(r.result.status).toBe('passed')
    expect(r.attempts.map(a => [a.accel, a.result.reset])).toEqual([
      ['kvm', true],
      ['tcg', false]
    ])
    expect(r.fallback).toBe(
      'the guest reset under KVM instead of printing (a KVM without 1 GiB pages does that to upstream-made images); booting under TCG instead'
    )
    expect(lines[0]).toBe(`QEMU 11.1.0 (${FAKE}): IGVM support yes`)
    expect(lines).toContain(r.fallback)
  })

  it('does not fall back when KVM was asked for', async () => {
    const { r } = await boot('reset-under-kvm', 'kvm')
    expect(r.accel).toBe('kvm')
    expect(r.result).toMatchObject({ status: 'failed', reset: true })
    expect(r.attempts).toHaveLength(1)
  })

  it('refuses a QEMU without IGVM support before booting', async () => {
    await expect(boot('banner', 'auto', { FAKE_QEMU_NO_IGVM: '1' })).rejects.toThrow(
      `${FAKE} (QEMU 11.1.0) has no IGVM support: its "-object help" does not list igvm-cfg`
    )
  })

  it('passes the ROM directory and asks KVM for 1 GiB pages', () => {
    const argv = qemuArgv({ ...DEFAULT_PROFILE, 'rom-dir': '/roms', machine: 'microvm' }, 'x.igvm', 'kvm')
    expect(argv.slice(0, 5)).toEqual([
      'qemu-system-x86_64',
      '-L',
      '/roms',
      '-machine',
      'microvm,igvm-cfg=igvm0'
    ])
    expect(argv[argv.indexOf('-cpu') + 1]).toBe('max,+pdpe1gb')
    expect(parseManifest('[run]\nrom-dir = "/roms"\nmachine = "microvm"\n').sections[0]!.run).toEqual({
      'rom-dir': '/roms',
      machine: 'microvm'
    })
  })
})
