// Real boots: the example's native image in QEMU 11.1 with IGVM support (SVSM_QEMU_IGVM, see docs/real-tools.md),
// through `svsm-build smoke`. The boot loader writes a line on COM1 and exits through
// isa-debug-exit (QEMU status 0x21). Under TCG it passes; under KVM where /dev/kvm is usable it
// passes or, on a KVM without 1 GiB pages, falls back to TCG saying why. A broken native context,
// a loader that never writes and a machine that cannot take the file all fail, with the log tail.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { accessSync, constants, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseIgvm } from '../../src/igvm/parse.js'
import { probeQemu } from '../../src/smoke/probe.js'
import { fixture } from '../helpers/paths.js'
import { runCli } from '../helpers/run.js'
import { describeWith, missing, QEMU_IGVM, refTool } from '../helpers/shared.js'
import { makeTree } from '../helpers/tree.js'

const BANNER = 'mini-svsm bldr: started on the native platform'

/** Why this QEMU cannot run here (runtime libraries), or null. */
function cannotRun(): string | null {
  if (missing([QEMU_IGVM]) !== null) return null // describeWith says why
  const r = spawnSync(QEMU_IGVM, ['--version'], { encoding: 'utf8' })
  if (r.status === 0) return null
  const ldd = spawnSync('ldd', [QEMU_IGVM], { encoding: 'utf8' }).stdout ?? ''
  const libs = ldd
    .split('\n')
    .filter(l => l.includes('not found'))
    .map(l => l.trim().split(' ')[0])
  return `${QEMU_IGVM} does not start: missing ${libs.join(', ') || r.stderr.trim()} (install the Debian packages docs/real-tools.md lists)`
}

const kvmUsable = (() => {
  try {
    accessSync('/dev/kvm', constants.R_OK | constants.W_OK)
    return true
  } catch {
    return false
  }
})()

const why = cannotRun()
const suite =
  why === null
    ? describeWith
    : (_p: string[], name: string, fn: () => void) => {
        process.stderr.write(`skipped: ${name}: ${why}\n`)
        describe.skip(`${name} (skipped: ${why})`, fn)
      }

suite([QEMU_IGVM], 'booting the example in a real QEMU', () => {
  let root: string
  const smoke = (igvm: string, ...args: string[]) =>
    runCli(['smoke', igvm, '--manifest', join(root, 'smoke.toml'), '--qemu', QEMU_IGVM, ...args], {
      cwd: root
    })

  beforeAll(() => {
    root = makeTree()
    const built = runCli(['build', '--svsm', root, 'configs/qemu-target.json'])
    expect(built.code).toBe(0)
    // The same parts with the wrong native context of the old stand-in: CR0 at gs_base's offset
    // (0xC0) and zeroed segments, so the vCPU starts in real mode with a zero CS limit.
    const good = readFileSync(join(root, 'bin', 'coconut-qemu.igvm'))
    const native = parseIgvm(good).directives.find(d => d.kind === 'vp-context' && d.platformType === 0)
    if (native?.kind !== 'vp-context') throw new Error('no native context')
    const at = good.indexOf(Buffer.from(native.data.subarray(0, 0xe8)))
    const bad = Buffer.from(good)
    bad.fill(0, at + 0xa8, at + 0xe8)
    bad.writeBigUInt64LE(0x31n, at + 0xc0)
    writeFileSync(join(root, 'bin', 'bad-context.igvm'), bad)
    // A boot loader that never writes: the SIPI stub, then hlt in a loop.
    writeFileSync(join(root, 'bin', 'silent-bldr'), Buffer.from([0xeb, 0xfe, 0xf4, 0xeb, 0xfd]))
    const args = ['--sort', '--kernel', 'bin/svsm', '--bldr', 'bin/silent-bldr', '--native', 'qemu']
    const b = spawnSync(
      join(root, 'target', 'debug', 'igvmbuilder'),
      [...args, '--output', 'bin/silent.igvm'],
      {
        cwd: root,
        encoding: 'utf8'
      }
    )
    expect(b.stderr).toBe('')
  })

  it('reports the QEMU version and IGVM support, then passes under TCG on the serial line', () => {
    const r = smoke('bin/coconut-qemu.igvm', '--accel', 'tcg')
    expect(r.stdout).toContain(`QEMU 11.1.0 (${QEMU_IGVM}): IGVM support yes\n`)
    expect(r.stdout).toContain('-machine microvm,igvm-cfg=igvm0')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^passed: serial log matched .* tcg, QEMU exit status 33\); serial log /m)
    const log = readFileSync(join(root, 'bin', 'coconut-qemu.igvm.serial.log'), 'utf8')
    expect(log).toContain(BANNER)
    process.stdout.write(`TCG boot of the stand-in's image:\n${r.stdout}serial log:\n${log}\n`)
  })

  it('passes on the exit status 0x21 alone when the line is not what the profile waits for', () => {
    writeFileSync(
      join(root, 'exit-only.toml'),
      readFileSync(join(root, 'smoke.toml'), 'utf8').replace(/^success = .*$/m, 'success = "never printed"')
    )
    const r = runCli(
      [
        'smoke',
        'bin/coconut-qemu.igvm',
        '--manifest',
        'exit-only.toml',
        '--qemu',
        QEMU_IGVM,
        '--accel',
        'tcg'
      ],
      {
        cwd: root
      }
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('passed: QEMU exited with the success status 0x21')
  })

  // Needs upstream's igvmbuilder too (SVSM_REF_BIN_DIR); skipped, saying why, without it.
  const noBuilder = missing([refTool('igvmbuilder')])
  ;(noBuilder === null ? it : it.skip)(
    `boots the real igvmbuilder's image of the same parts too${noBuilder ? ` (skipped: ${noBuilder})` : ''}`,
    () => {
      const args = [
        '--sort',
        '--output',
        'bin/real.igvm',
        '--kernel',
        'bin/svsm',
        '--bldr',
        'bin/bldr',
        '--native',
        'qemu'
      ]
      expect(spawnSync(refTool('igvmbuilder'), args, { cwd: root }).status).toBe(0)
      const r = smoke('bin/real.igvm', '--accel', 'tcg')
      expect(r.code).toBe(0)
      expect(readFileSync(join(root, 'bin', 'real.igvm.serial.log'), 'utf8')).toContain(BANNER)
    }
  )

  it('uses KVM where /dev/kvm is usable, or says why it fell back to TCG', () => {
    const r = smoke('bin/coconut-qemu.igvm')
    expect(r.code).toBe(0)
    if (!kvmUsable) expect(r.stdout).toMatch(/ tcg, QEMU exit status/)
    else if (/ tcg, QEMU exit status/.test(r.stdout))
      expect(r.stdout).toMatch(
        /(KVM here offers no 1 GiB pages|the guest reset under KVM).*; booting under TCG instead/
      )
    else expect(r.stdout).toMatch(/ kvm, QEMU exit status/)
    process.stdout.write(`accel auto (/dev/kvm ${kvmUsable ? 'usable' : 'not usable'}):\n${r.stdout}\n`)
  })

  it('fails under KVM, saying why, when KVM is asked for and cannot run the image', () => {
    if (!kvmUsable) return
    const r = smoke('bin/coconut-qemu.igvm', '--accel', 'kvm', '--timeout', '20')
    if (r.code === 0) return // a KVM with 1 GiB pages
    expect(r.stdout).toMatch(
      /^failed: (QEMU printed "host doesn't support requested feature|the guest reset)/m
    )
    process.stdout.write(`accel kvm:\n${r.stdout}${r.stderr}\n`)
  })

  it('fails on q35, where QEMU 11.1 cannot take the device tree, and says what to use', () => {
    const r = smoke('bin/coconut-qemu.igvm', '--accel', 'tcg', '--machine', 'q35')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('set machine = "microvm" in the run profile')
    expect(r.stderr).toContain('IGVM: device tree not available')
  })

  it('fails an image whose native context is laid out wrong', () => {
    const r = smoke('bin/bad-context.igvm', '--accel', 'tcg', '--timeout', '5')
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^(failed|timeout): /m)
    expect(readFileSync(join(root, 'bin', 'bad-context.igvm.serial.log'), 'utf8')).not.toContain(BANNER)
  })

  it('times out on a loader that never writes, with the log tail', () => {
    const r = smoke('bin/silent.igvm', '--accel', 'tcg', '--timeout', '3')
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^timeout: no success within 3 s/m)
    expect(r.stderr).toContain('--- last lines of the serial log ---')
  })

  it('answers the probe as the fake QEMU kept for the other tests does', () => {
    const real = probeQemu(QEMU_IGVM)
    const fake = probeQemu(fixture('fake-qemu', 'qemu-system-x86_64'))
    expect(fake).toEqual({ ...real, qemu: fake.qemu })
    expect(real).toMatchObject({ version: '11.1.0', igvm: true })
  })
})
