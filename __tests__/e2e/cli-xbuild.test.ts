// The bundled CLI on a scratch copy of examples/mini-svsm: real cargo, objcopy, git, and the
// example's igvmbuilder/igvmmeasure stand-ins (an independent Rust implementation of the digest).
import { beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { measurementsSchema, type Measurement } from '../../src/record/schema.js'
import { encodePackIt } from '../../src/fsimage/packit.js'
import { builtinMeasure } from '../../src/engine/builtin-measure.js'
import { runCli, type Ran } from '../helpers/run.js'
import { makeTree } from '../helpers/tree.js'

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const measurements = (root: string): Measurement[] =>
  measurementsSchema.parse(JSON.parse(readFileSync(join(root, 'bin', 'measurements.json'), 'utf8')))

let root: string
let first: Ran

beforeAll(() => {
  root = makeTree()
  first = runCli(['build', '--svsm', root, 'configs/all-targets.json'])
})

describe('svsm-build build (xbuild dialect)', () => {
  it('succeeds and builds every part upstream builds', () => {
    expect(first.stderr).not.toMatch(/^error:/m)
    expect(first.code).toBe(0)
    for (const f of [
      'svsm',
      'bldr',
      'tdx-stage1',
      'fs/init',
      'svsm-fs.bin',
      'coconut-qemu.igvm',
      'coconut-hyperv.igvm',
      'coconut-vanadium.igvm'
    ]) {
      expect(existsSync(join(root, 'bin', f))).toBe(true)
    }
    expect(readFileSync(join(root, 'release', 'src', 'git_version.rs'), 'utf8')).toContain(
      'pub const GIT_VERSION: &str = "2026.01";'
    )
  })

  it('writes the fs image itself, in PackIt format', () => {
    const image = readFileSync(join(root, 'bin', 'svsm-fs.bin'))
    expect(
      image.equals(encodePackIt([{ name: 'init', data: readFileSync(join(root, 'bin', 'fs', 'init')) }]))
    ).toBe(true)
  })

  it('records a measurement per target that igvmmeasure printed and our reader confirms', () => {
    const ms = measurements(root)
    expect(ms.map(m => m.target)).toEqual(['qemu', 'hyper-v', 'vanadium'])
    for (const m of ms) {
      const file = readFileSync(join(root, m.igvm))
      expect(m.size).toBe(file.length)
      expect(m.sha256).toBe(sha256(file))
      expect(m.measuredBy).toBe('igvmmeasure')
      expect(m.gitVersion).toBe('2026.01')
      expect(m.profile).toBe('debug')
      expect(m.launchDigest).toBe(
        builtinMeasure(file, { checkKvm: m.checkKvm, nativeZero: m.nativeZero }).digest
      )
      expect(first.stdout).toContain(`igvmmeasure '${m.igvm}'\nLaunch Digest: ${m.launchDigest}\n`)
      expect(first.stdout).toContain(`launch digest ${m.launchDigest}`)
    }
    expect(ms.find(m => m.target === 'vanadium')).toMatchObject({
      checkKvm: true,
      nativeZero: true,
      platforms: ['snp', 'tdp']
    })
    expect(ms[0]!.features.svsm).toEqual(['vtpm', 'virtio-drivers', 'enable-console-log'])
    // The reader's inventory and the TDX MRTD (snp+tdp images), labelled as svsm-build's own.
    expect(ms[0]!.details).toMatchObject({
      inventory: {
        platforms: [{ type: 'sev-snp' }, { type: 'tdx' }],
        vmsas: [{ gpa: '0xfffffffff000', cr0: '0x31' }]
      },
      tdxMrtd: {
        value: expect.stringMatching(/^[0-9A-F]{96}$/),
        note: expect.stringContaining('no COCONUT tool computes it')
      }
    })
  })

  it('gives the same bytes when built again, without recompiling the kernel', () => {
    const before = measurements(root)
    const again = runCli(['build', '--svsm', root, 'configs/all-targets.json'])
    expect(again.code).toBe(0)
    expect(measurements(root).map(m => m.sha256)).toEqual(before.map(m => m.sha256))
    expect(again.stderr).not.toMatch(/Compiling svsm /)
  })

  it('changes the kernel, and so the digest, with -f, and warns about unused features', () => {
    const before = measurements(root).find(m => m.target === 'qemu')!
    const r = runCli([
      '--svsm',
      root,
      '-f',
      'attest,nosuch:x',
      '--targets',
      'qemu',
      'configs/all-targets.json'
    ])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain("WARNING: Command line feature not used: 'nosuch:x'")
    const after = measurements(root)
    expect(after).toHaveLength(1)
    expect(after[0]!.features.svsm).toEqual(['vtpm', 'virtio-drivers', 'enable-console-log', 'attest'])
    expect(after[0]!.launchDigest).not.toBe(before.launchDigest)
  })

  it('builds a release image with other bytes', () => {
    const debug = measurements(root).find(m => m.target === 'qemu')!
    const r = runCli(['build', '-r', '-p', '--svsm', root, 'configs/qemu-target.json'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('--strip-unneeded target/x86_64-unknown-none/release/svsm bin/svsm')
    // -p prints the recipe first, every default written out.
    expect(r.stdout.startsWith(`configs/qemu-target.json: {\n  "kernel": {`)).toBe(true)
    expect(r.stdout).toContain('"no-vtom": false')
    const m = measurements(root)[0]!
    expect(m.profile).toBe('release')
    expect(m.launchDigest).not.toBe(debug.launchDigest)
    expect(statSync(join(root, 'target', 'release', 'igvmbuilder')).isFile()).toBe(true)
  })

  it('builds a test recipe with the nightly cargo test executable', () => {
    const r = runCli(['build', '--svsm', root, 'configs/test/qemu-test-target.json'])
    expect(r.stderr).not.toMatch(/^error:/m)
    expect(r.code).toBe(0)
    expect(existsSync(join(root, 'bin', 'fs', 'test', 'uapi_tester'))).toBe(true)
    expect(r.stdout).toMatch(
      /objcopy -O elf64-x86-64 --strip-debug \S+\/target\/x86_64-unknown-none\/debug\/deps\/svsm-[0-9a-f]{16} bin\/svsm/
    )
    expect(measurements(root)[0]).toMatchObject({ target: 'qemu', igvm: 'bin/coconut-test-qemu.igvm' })
  })

  it('measures with the built-in reader alone when asked, without building igvmmeasure', () => {
    const r = runCli(['build', '--measure', 'builtin', '--svsm', root, 'configs/hyperv-target.json'])
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain('igvmmeasure')
    expect(measurements(root)[0]).toMatchObject({ target: 'hyper-v', measuredBy: 'builtin' })
  })
})
