// The firmware and smoke sub-actions, bundled, through @actions/core's file protocol: against a
// stand-in edk2 tree (its `build` writes the firmware volumes) and a stand-in QEMU.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { step, stepAsync, type StepRun } from '../helpers/actions-runtime.js'
import { startServices, type Services } from '../harness/index.mjs'
import { fixture } from '../helpers/paths.js'
import { fakeEdk2 } from '../helpers/edk2.js'
import { tempDir } from '../helpers/temp.js'

describe('firmware sub-action', () => {
  const ws = tempDir('fw-action-')
  fakeEdk2(join(ws, 'edk2'))
  const inputs = {
    path: 'edk2',
    defines: 'TPM2_ENABLE, DEBUG_ON_SERIAL_PORT',
    'build-dir': join(ws, 'fixed-build-path')
  }
  const env = { XDG_CACHE_HOME: join(ws, 'xdg') }
  const first = step('firmware', { workspace: ws, inputs, env }, {}, 'fw1')
  const second = step('firmware', { workspace: ws, inputs, env }, {}, 'fw2')

  it('builds in the fixed path, finds the image and writes a manifest', () => {
    expect(first.stdout).not.toContain('::error::')
    expect(first.code).toBe(0)
    expect(first.outputs.firmware).toBe(join(ws, 'firmware', 'OVMF.fd'))
    expect(readFileSync(first.outputs.firmware!, 'utf8')).toBe(
      `OVMF -p OvmfPkg/OvmfPkgX64.dsc -a X64 -b DEBUG -t GCC5 -n 1 -D TPM2_ENABLE -D DEBUG_ON_SERIAL_PORT built in ${join(ws, 'fixed-build-path')}\n`
    )
    const manifest = JSON.parse(readFileSync(first.outputs.manifest!, 'utf8'))
    expect(manifest).toMatchObject({
      primary: 'OVMF.fd',
      commit: expect.stringMatching(/^[0-9a-f]{40}$/),
      options: { defines: ['TPM2_ENABLE', 'DEBUG_ON_SERIAL_PORT'] },
      toolchains: { gcc: expect.any(String) }
    })
    expect(manifest.files.map((f: { name: string }) => f.name)).toEqual(['OVMF.fd', 'OVMF_VARS.fd'])
    expect(first.outputs.sha256).toBe(manifest.files[0].sha256)
    expect(first.outputs['cache-hit']).toBe('false')
  })

  it('takes the images from the cache the second time, without building', () => {
    expect(second.code).toBe(0)
    expect(second.outputs['cache-hit']).toBe('true')
    expect(second.stdout).not.toContain('Building BaseTools')
    expect(second.outputs.sha256).toBe(first.outputs.sha256)
  })

  it('refuses a relative build path (DEBUG images embed it)', () => {
    const r = step(
      'firmware',
      { workspace: ws, inputs: { ...inputs, 'build-dir': 'relative' }, env },
      {},
      'fw3'
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      "::error::input 'build-dir': expected an absolute path (DEBUG images embed it), got 'relative'"
    )
  })
})

describe('smoke sub-action', () => {
  const ws = tempDir('smoke-action-')
  writeFileSync(join(ws, 'coconut-qemu.igvm'), 'igvm')
  writeFileSync(
    join(ws, 'smoke.toml'),
    '[run]\ntimeout = 30\n[scheme.test.run]\nsuccess-exit-code = 0x21\ntimeout = 5\n'
  )
  const qemu = fixture('fake-qemu', 'qemu-system-x86_64')
  chmodSync(qemu, 0o755)
  const run = (mode: string, inputs: Record<string, string> = {}, tag = mode) =>
    step(
      'smoke',
      {
        workspace: ws,
        inputs: { igvm: 'coconut-qemu.igvm', qemu, manifest: 'smoke.toml', 'upload-log': 'true', ...inputs },
        env: { FAKE_QEMU_MODE: mode }
      },
      {},
      tag
    )

  it('passes on the banner, shows the serial log folded and uploads it', () => {
    const r = run('banner')
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('passed')
    expect(r.stdout).toMatch(
      /::group::Serial log \(coconut-qemu\.igvm\.serial\.log\)\n[\s\S]*COCONUT Secure Virtual Machine Service Module[\s\S]*::endgroup::/
    )
    expect(
      existsSync(
        join(ws, 'artifacts', `smoke-coconut-qemu-${r.outputs.accel}`, 'coconut-qemu.igvm.serial.log')
      )
    ).toBe(true)
    expect(r.summary).toContain('### Smoke boot of coconut-qemu.igvm: passed')
  })

  it('passes a test image on exit status 0x21 with the test scheme', () => {
    const r = run('exit:33', { scheme: 'test', 'upload-log': 'false' }, 'exit33')
    expect(r.outputs.result).toBe('passed')
    expect(r.code).toBe(0)
  })

  it('refuses an artifact name GitHub would refuse, before booting', () => {
    const r = run('banner', { 'artifact-name': 'smoke:qemu' }, 'bad-name')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      "::error::input 'artifact-name': expected a name of at most 255 bytes, not . or .., without \" : < > | * ? \\ / or control characters (it contains a colon :, which GitHub does not allow in an artifact name), got 'smoke:qemu'"
    )
    expect(r.stdout).not.toContain('Serial log')
    expect(r.outputs.result).toBeUndefined()
  })

  it('fails a hung boot at the timeout with the log tail', () => {
    const r = run('hang', { scheme: 'test', timeout: '1', 'upload-log': 'false' })
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('timeout')
    expect(r.stdout).toContain(
      '::error::smoke boot timeout: no success within 1 s%0A--- last lines of the serial log ---%0ASeaBIOS (fake)%0A[Stage2] COCONUT-SVSM booting'
    )
  })
})

describe('firmware and smoke sub-actions on the GitHub backends (harness)', () => {
  let services: Services
  const ws = tempDir('sub-gh-')
  let fw1: StepRun
  let fw2: StepRun
  let smoke: StepRun
  beforeAll(async () => {
    services = await startServices({ runId: 600, jobId: 1 })
    fakeEdk2(join(ws, 'edk2'))
    const inputs = { path: 'edk2', defines: 'TPM2_ENABLE', 'build-dir': join(ws, 'fixed-build-path') }
    const env = { ...services.envFor(600, 1), XDG_CACHE_HOME: join(ws, 'xdg') }
    fw1 = await stepAsync('firmware', { workspace: ws, inputs, env }, {}, 'gh-fw1')
    // Another job of a later run, with nothing on disk: only the service can give the images back.
    rmSync(join(ws, 'firmware'), { recursive: true, force: true })
    fw2 = await stepAsync(
      'firmware',
      { workspace: ws, inputs, env: { ...env, ...services.envFor(601, 1) } },
      {},
      'gh-fw2'
    )
    writeFileSync(join(ws, 'coconut-qemu.igvm'), 'igvm')
    const qemu = fixture('fake-qemu', 'qemu-system-x86_64')
    chmodSync(qemu, 0o755)
    smoke = await stepAsync(
      'smoke',
      {
        workspace: ws,
        inputs: { igvm: 'coconut-qemu.igvm', qemu, 'upload-log': 'true', timeout: '30' },
        env: { ...services.envFor(600, 2), FAKE_QEMU_MODE: 'banner' }
      },
      {},
      'gh-smoke'
    )
  }, 180_000)
  afterAll(async () => {
    await services.stop()
  })

  it('saves the firmware images to the cache service and takes them back in a later run', () => {
    expect(fw1.code).toBe(0)
    expect(fw1.outputs['cache-hit']).toBe('false')
    expect(fw1.stdout).toMatch(/firmware cache saved as svsm-build-edk2-v[0-9]+-/)
    const entries = [...services.results.caches.values()]
    expect(entries.map(e => [e.key.split(/-v[0-9]+-/)[0], e.finalized])).toEqual([['svsm-build-edk2', true]])
    expect(fw2.code).toBe(0)
    expect(fw2.outputs['cache-hit']).toBe('true')
    expect(fw2.stdout).not.toContain('Building BaseTools')
    expect(fw2.outputs.sha256).toBe(fw1.outputs.sha256)
  })

  it("uploads the smoke boot's serial log as an artifact of the run", () => {
    expect(smoke.code).toBe(0)
    expect(smoke.outputs.result).toBe('passed')
    expect(services.results.listRun(600).map(a => a.name)).toEqual([
      expect.stringMatching(/^smoke-coconut-qemu-/)
    ])
  })
})
