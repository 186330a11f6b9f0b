// The bundled CLI finds both new subcommands (loaded on demand) and keeps their exit codes.
import { afterAll, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fixture } from '../helpers/paths.js'
import { runCli } from '../helpers/run.js'
import { measurement } from '../helpers/measurement.js'
import { describeWith } from '../helpers/shared.js'

const dir = mkdtempSync(join(tmpdir(), 'cli-dist-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describeWith([fixture('igvm'), fixture('snp')], 'dist/cli: diff and verify-report', () => {
  it('diff: 0 for the same file, 1 for two targets, 2 for a missing file', () => {
    const qemu = fixture('igvm', 'dummy-qemu.igvm')
    expect(runCli(['diff', qemu, qemu])).toMatchObject({
      code: 0,
      stdout: 'identical: same headers, pages and VP contexts\n'
    })
    const two = runCli(['diff', qemu, fixture('igvm', 'dummy-hyperv.igvm')])
    expect(two.code).toBe(1)
    expect(two.stdout).toMatch(/^SEV-SNP launch digest: [0-9A-F]{96} -> [0-9A-F]{96}\n/)
    expect(two.stdout).toContain('VMSA (sev-snp, vp 0): ')
    const gone = runCli(['diff', qemu, join(dir, 'nope.igvm')])
    expect(gone).toMatchObject({
      code: 2,
      stderr: `error: IGVM file ${join(dir, 'nope.igvm')}: no such file\n`
    })
  })

  it('verify-report: the real Milan sample against a record of its digest and policy', () => {
    const records = join(dir, 'measurements.json')
    writeFileSync(
      records,
      JSON.stringify([
        measurement(
          'qemu',
          'B07AF9620F3B839B47996422DDEC6058338951D984E312115131EA82705EAF5B6BDF8A9ECE31A5A608EB0CF2E4872B01',
          { policy: '0xb0000' }
        )
      ])
    )
    const r = runCli([
      'verify-report',
      fixture('snp', 'milan-attestation.bin'),
      '--measurements',
      records,
      '--vcek',
      fixture('snp', 'milan-vcek.der'),
      '--report-data',
      '0102030405'
    ])
    expect(r.stdout).toContain('PASS signature: ECDSA P-384 over bytes 0..0x2A0 verifies with the VCEK\n')
    expect(r.stdout.endsWith('every check holds\n')).toBe(true)
    expect(r.code).toBe(0)
    expect(runCli(['verify-report', '--help']).code).toBe(0)
    expect(runCli(['verify-report', fixture('snp', 'milan-attestation.bin')])).toMatchObject({ code: 2 })
  })
})
