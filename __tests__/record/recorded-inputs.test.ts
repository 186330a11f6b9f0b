// The recorded inputs of real builds of the example: dirty state and the firmware's manifest.
import { describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { tempDir } from '../helpers/temp.js'
import { makeTree } from '../helpers/tree.js'
import { buildIn } from '../helpers/recorded-build.js'

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

function firmwareWithManifest(root: string, listed: string): string {
  const fw = join(dirname(root), 'fw', 'OVMF.fd')
  mkdirSync(dirname(fw), { recursive: true })
  const bytes = randomBytes(8192)
  writeFileSync(fw, bytes)
  // As `svsm-build firmware` writes it (src/firmware/manifest.ts validates it).
  const manifest = {
    repository: 'https://github.com/coconut-svsm/edk2',
    ref: 'svsm',
    commit: 'c'.repeat(40),
    options: {
      platform: 'OvmfPkg/OvmfPkgX64.dsc',
      arch: 'X64',
      target: 'DEBUG',
      toolchainTag: 'GCC5',
      defines: ['TPM2_ENABLE=TRUE'],
      buildDir: '/tmp/edk2-build'
    },
    toolchains: { gcc: 'gcc (Debian 14.2.0-19) 14.2.0' },
    reproducible: {
      sourceDateEpoch: 1767225600,
      epochFrom: `committer time of ${'c'.repeat(40)}`,
      method: 'faketime'
    },
    key: 'svsm-build-edk2-v1-test',
    files: [{ name: 'OVMF.fd', size: bytes.length, sha256: listed === 'self' ? sha256(bytes) : listed }],
    primary: 'OVMF.fd'
  }
  writeFileSync(join(dirname(fw), 'manifest.json'), JSON.stringify(manifest))
  return fw
}

// One tree for the builds that need not be cold (they share its target/).
const shared = () => (tree ??= makeTree({ dir: tempDir('svsm-tree-') }))
let tree: string | undefined

describe('recorded inputs', () => {
  it('record the firmware manifest beside the firmware file when it lists that file', async () => {
    const root = shared()
    const fw = firmwareWithManifest(root, 'self')
    const { result } = await buildIn(root, ['--firmware', fw, 'configs/qemu-target.json'])
    const m = result.measurements[0]!
    expect(m.firmware).toMatchObject({
      path: fw,
      manifest: {
        commit: 'c'.repeat(40),
        options: { defines: ['TPM2_ENABLE=TRUE'] },
        reproducible: { sourceDateEpoch: 1767225600, method: 'faketime' }
      }
    })
    expect(m.inputs!.options.firmware).toBe(fw)
  })

  it('leave out, and say why, a manifest about other bytes', async () => {
    const root = shared()
    const fw = firmwareWithManifest(root, 'e'.repeat(64))
    const { result, log } = await buildIn(root, ['--firmware', fw, 'configs/qemu-target.json'])
    expect(result.measurements[0]!.firmware!.manifest).toBeNull()
    expect(log).toContain(`manifest.json: not recorded with the firmware: it lists no file with sha256`)
  })

  it('leave out, and say why, a manifest that is not one svsm-build wrote', async () => {
    const root = shared()
    const fw = firmwareWithManifest(root, 'self')
    writeFileSync(join(dirname(fw), 'manifest.json'), JSON.stringify({ repository: 'x' }))
    const { result, log } = await buildIn(root, ['--firmware', fw, 'configs/qemu-target.json'])
    expect(result.measurements[0]!.firmware).toEqual({ path: fw, sha256: expect.any(String), manifest: null })
    expect(log).toMatch(/manifest\.json: not recorded with the firmware: ref: /)
  })

  it('record the helper tools the legacy build.py dialect built too', async () => {
    const root = makeTree({ legacy: true, dir: tempDir('svsm-tree-') })
    const { result } = await buildIn(root, ['configs/qemu-target.json'])
    expect(result.measurements[0]!.inputs!.tools).toEqual({
      igvmbuilder: {
        path: 'target/x86_64-unknown-linux-gnu/debug/igvmbuilder',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        profile: 'debug',
        version: '0.1.0'
      },
      igvmmeasure: expect.objectContaining({ path: 'target/x86_64-unknown-linux-gnu/debug/igvmmeasure' })
    })
    expect(result.measurements[0]!.inputs!.options.dialect).toBe('build.py')
  })

  it('record a dirty tree and which files were not committed', async () => {
    const root = shared()
    appendFileSync(join(root, 'Cargo.toml'), '\n# local change\n')
    const { result } = await buildIn(root, ['--targets', 'qemu', 'configs/all-targets.json'])
    const m = result.measurements[0]!
    expect(m.inputs!.source).toMatchObject({ dirty: true, dirtyFiles: ['Cargo.toml'] })
    expect(m.gitVersion).toMatch(/\+$/)
    expect(m.inputs!.options.targets).toEqual(['qemu'])
  })
})
