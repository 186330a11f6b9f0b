// The EDK2 firmware build: its environment and argv in a fixed folder, the image each platform
// gives igvmbuilder, the cache key, and collecting the images with a manifest.
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { collectFirmware } from '../../src/firmware/build.js'
import {
  edk2Env,
  fvDirectory,
  outputDirectory,
  planEdk2,
  primaryImage,
  type Edk2Options
} from '../../src/firmware/edk2.js'
import { firmwareCacheKey, type FirmwareInputs } from '../../src/firmware/manifest.js'
import { METHOD } from '../../src/firmware/reproducible.js'
import { tempDir } from '../helpers/temp.js'

const k = { prefix: 'svsm-build', os: 'Linux', arch: 'X64' }
const edk2: Edk2Options = {
  source: '/src/edk2',
  buildDir: '/tmp/svsm-build/edk2',
  platform: 'OvmfPkg/OvmfPkgX64.dsc',
  arch: 'X64',
  target: 'DEBUG',
  toolchainTag: 'GCC5',
  defines: ['TPM2_ENABLE', 'DEBUG_ON_SERIAL_PORT'],
  jobs: 2,
  reproducible: { commit: 'a'.repeat(40), sourceDateEpoch: 1739999999 }
}

describe('EDK2 firmware builder', () => {
  it('plans the edksetup environment and the build argv in a fixed directory', () => {
    const steps = planEdk2(edk2, 'Build/OvmfX64', '/usr/bin')
    expect(steps.map(s => (s.kind === 'internal' ? s.op.type : s.kind))).toEqual([
      'sync-dir',
      'command',
      'copy-files',
      'write-file',
      'write-file',
      'command'
    ])
    const build = steps[5] as Extract<(typeof steps)[number], { kind: 'command' }>
    expect(build.argv).toEqual([
      'build',
      '-p',
      'OvmfPkg/OvmfPkgX64.dsc',
      '-a',
      'X64',
      '-b',
      'DEBUG',
      '-t',
      'GCC5',
      '-n',
      '1',
      '-D',
      'TPM2_ENABLE',
      '-D',
      'DEBUG_ON_SERIAL_PORT'
    ])
    expect(build.cwd).toBe('/tmp/svsm-build/edk2')
    expect(build.env).toEqual(edk2Env(edk2, '/usr/bin'))
    expect(build.env).toMatchObject({
      WORKSPACE: '/tmp/svsm-build/edk2',
      CONF_PATH: '/tmp/svsm-build/edk2/Conf',
      PATH: '/tmp/svsm-build/edk2/BaseTools/BinWrappers/PosixLike:/usr/bin'
    })
  })

  it('finds the output directory from the platform description', () => {
    const dsc =
      '## comment\n[Defines]\n  PLATFORM_NAME = Ovmf\n  OUTPUT_DIRECTORY               = Build/OvmfX64 # where\n[Components]\n  OUTPUT_DIRECTORY = Wrong\n'
    expect(outputDirectory(dsc)).toBe('Build/OvmfX64')
    expect(outputDirectory('[Components]\nOUTPUT_DIRECTORY = X\n')).toBeNull()
    expect(fvDirectory(edk2, 'Build/OvmfX64')).toBe('/tmp/svsm-build/edk2/Build/OvmfX64/DEBUG_GCC5/FV')
  })

  it('picks the image each platform gives igvmbuilder', () => {
    expect(primaryImage('OvmfPkg/OvmfPkgX64.dsc', ['OVMF.fd', 'OVMF_CODE.fd', 'OVMF_VARS.fd'])).toBe(
      'OVMF.fd'
    )
    expect(primaryImage('OvmfPkg/CloudHv/CloudHvX64.dsc', ['CLOUDHV.fd'])).toBe('CLOUDHV.fd')
    expect(primaryImage('Other/Pkg.dsc', ['ONLY.fd'])).toBe('ONLY.fd')
    expect(primaryImage('Other/Pkg.dsc', ['A.fd', 'B.fd'])).toBeNull()
  })

  const inputs: FirmwareInputs = {
    repository: 'https://github.com/tianocore/edk2',
    ref: 'edk2-stable202605',
    commit: 'a'.repeat(40),
    options: {
      platform: edk2.platform,
      arch: edk2.arch,
      target: edk2.target,
      toolchainTag: edk2.toolchainTag,
      defines: edk2.defines,
      buildDir: edk2.buildDir
    },
    reproducible: { sourceDateEpoch: 1739999999, epochFrom: 'committer time of aaa', method: METHOD },
    toolchains: {
      gcc: 'gcc (Debian 12.2.0-14) 12.2.0',
      nasm: 'NASM version 2.16.01',
      iasl: 'iasl 20230628',
      python3: 'Python 3.11.2'
    }
  }
  it.each<[string, (i: FirmwareInputs) => FirmwareInputs]>([
    ['commit', i => ({ ...i, commit: 'b'.repeat(40) })],
    ['platform', i => ({ ...i, options: { ...i.options, platform: 'OvmfPkg/CloudHv/CloudHvX64.dsc' } })],
    ['build target', i => ({ ...i, options: { ...i.options, target: 'RELEASE' } })],
    ['toolchain tag', i => ({ ...i, options: { ...i.options, toolchainTag: 'GCC' } })],
    ['arch', i => ({ ...i, options: { ...i.options, arch: 'IA32' } })],
    ['a define', i => ({ ...i, options: { ...i.options, defines: ['TPM2_ENABLE'] } })],
    ['build dir', i => ({ ...i, options: { ...i.options, buildDir: '/other' } })],
    ['a toolchain version', i => ({ ...i, toolchains: { ...i.toolchains, gcc: 'gcc 13' } })],
    ['epoch', i => ({ ...i, reproducible: { ...i.reproducible, sourceDateEpoch: 1 } })],
    ['method', i => ({ ...i, reproducible: { ...i.reproducible, method: 'faketime' } })]
  ])('changes the firmware key when the %s changes', (_w, change) => {
    expect(firmwareCacheKey(k, change(inputs))).not.toBe(firmwareCacheKey(k, inputs))
  })

  it('keeps the firmware key for what does not change the build', () => {
    const reordered = {
      ...inputs,
      options: { ...inputs.options, defines: ['DEBUG_ON_SERIAL_PORT', 'TPM2_ENABLE'] },
      ref: 'another-name-for-the-same-commit',
      reproducible: { ...inputs.reproducible, epochFrom: '--source-date-epoch' }
    }
    expect(firmwareCacheKey(k, reordered)).toBe(firmwareCacheKey(k, inputs))
    expect(firmwareCacheKey(k, inputs)).toMatch(
      /^svsm-build-edk2-v2-Linux-X64-OvmfPkg_OvmfPkgX64_dsc-DEBUG-[0-9a-f]{16}$/
    )
  })

  it('collects the images with a manifest', () => {
    const dir = tempDir('fv-')
    mkdirSync(join(dir, 'FV'))
    writeFileSync(join(dir, 'FV', 'OVMF.fd'), 'ovmf')
    writeFileSync(join(dir, 'FV', 'OVMF_VARS.fd'), 'vars')
    writeFileSync(join(dir, 'FV', 'MEMFD.fd.txt'), 'not an image')
    const m = collectFirmware(join(dir, 'FV'), join(dir, 'out'), { ...inputs, key: 'k' })
    expect(m.primary).toBe('OVMF.fd')
    expect(m.files.map(f => f.name)).toEqual(['OVMF.fd', 'OVMF_VARS.fd'])
    expect(m.files[0]).toEqual({
      name: 'OVMF.fd',
      size: 4,
      sha256: createHash('sha256').update('ovmf').digest('hex')
    })
    expect(JSON.parse(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8'))).toEqual(m)
    expect(() => collectFirmware(join(dir, 'nope'), join(dir, 'out2'), { ...inputs, key: 'k' })).toThrow(
      /expected the firmware image among no \.fd files/
    )
  })
})
