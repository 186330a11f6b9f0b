// The bundled CLI finds both new subcommands (loaded on demand) and keeps their exit codes.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fixture } from '../helpers/paths.js'
import { CLI, runCli } from '../helpers/run.js'
import { measurement } from '../helpers/measurement.js'
import { describeWith, SHARED } from '../helpers/shared.js'
import { tempDir } from '../helpers/temp.js'

const SNP = join(SHARED, 'testdata', 'snp')
const sample = (f: string) => join(SNP, f)

const dir = tempDir('cli-dist-')

describe('dist/cli: diff and verify-report', () => {
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
      stderr: `error: ${join(dir, 'nope.igvm')}: no such file or directory (ENOENT)\n`
    })
  })
})

describeWith(
  ['milan-attestation.bin', 'milan-vcek.der', 'milan-ask-ark.pem'].map(sample),
  'dist/cli: verify-report on the real Milan sample',
  () => {
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
    const args = [
      '--measurements',
      records,
      '--vcek',
      sample('milan-vcek.der'),
      '--chain',
      sample('milan-ask-ark.pem'),
      '--report-data',
      '0102030405'
    ]

    it("passes against a record of its digest and policy, under AMD's pinned Milan ARK", () => {
      const r = runCli(['verify-report', sample('milan-attestation.bin'), ...args])
      expect(r.stdout).toContain('PASS signature: ECDSA P-384 over bytes 0..0x2A0 verifies with the VCEK\n')
      expect(r.stdout).toMatch(
        /^PASS chain: .*; root AMD's Milan ARK \(SPKI sha256 9f056bee44377e29\.\.\.\), SEV-Milan its pinned ASK$/m
      )
      expect(r.stdout.endsWith('every check holds\n')).toBe(true)
      expect(r.code).toBe(0)
      expect(runCli(['verify-report', '--help']).code).toBe(0)
      expect(runCli(['verify-report', sample('milan-attestation.bin')])).toMatchObject({ code: 2 })
    })

    it('reads the report from a pipe', () => {
      const r = spawnSync(process.execPath, [CLI, 'verify-report', '/dev/stdin', ...args], {
        input: readFileSync(sample('milan-attestation.bin')),
        encoding: 'utf8'
      })
      expect(r.stdout.endsWith('every check holds\n')).toBe(true)
      expect(r.status).toBe(0)
      const big = spawnSync(process.execPath, [CLI, 'verify-report', '/dev/stdin', ...args], {
        input: Buffer.alloc(5000),
        encoding: 'utf8'
      })
      expect(big.status).toBe(2)
      expect(big.stderr).toBe(
        'error: report /dev/stdin: has more than 1184 bytes; expected exactly 1184 (0x4A0, an SEV-SNP ATTESTATION_REPORT)\n'
      )
    })
  }
)
