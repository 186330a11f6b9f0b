// `svsm-build verify-report REPORT.bin --measurements FILE [...]`: an SEV-SNP attestation report
// checked against a build's published record, one line per check. Exit 0 when every check
// holds, 1 when one fails, 2 on bad input.
import { readFileSync } from 'node:fs'
import { BadInput, UsageError } from '../../util/errors.js'
import { CertificateError, readCertificates, splitChain } from '../../snp/chain.js'
import { checkReport, renderChecks, type CheckInputs } from '../../snp/check.js'
import { loadRecords } from '../../record/load.js'
import { parseSnpReport, ReportError } from '../../snp/report.js'
import { command, parseFlags, usageOf } from '../flags.js'

export const VERIFY_COMMAND = command({
  synopsis: ['svsm-build verify-report <REPORT.bin> --measurements <measurements.json> [OPTIONS]'],
  about:
    'Checks an SEV-SNP attestation report (the 1184-byte ATTESTATION_REPORT) against published launch digests.',
  flags: {
    measurements: { value: '<FILE>', required: true, help: 'bin/measurements.json of the build' },
    target: {
      value: '<T>',
      choices: ['qemu', 'hyper-v', 'vanadium'],
      help: "Compare with this target's record only"
    },
    vcek: { value: '<FILE>', help: "VCEK certificate (PEM or DER): checks the report's signature" },
    chain: {
      value: '<FILE>',
      help: "AMD's ASK and ARK (PEM, as the KDS cert_chain): checks ARK -> ASK -> VCEK"
    },
    'report-data': { value: '<HEX>', help: 'Expected REPORT_DATA (up to 64 bytes; zero-padded)' },
    vmpl: { value: '<N>', choices: ['0', '1', '2', '3'], help: 'Required VMPL (default: any)' },
    json: { help: 'Machine-readable output' }
  },
  args: { min: 1, max: 1, what: 'one report file' },
  footer: 'Exit codes: 0 every check holds, 1 a check fails, 2 bad input.'
})

function read(path: string, flag: string): Buffer {
  try {
    return readFileSync(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new BadInput(`${flag} ${path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`)
  }
}

function reportData(hex: string): Buffer {
  const h = hex.replace(/^0x/i, '')
  if (!/^([0-9a-fA-F]{2}){1,64}$/.test(h))
    throw new UsageError(
      `--report-data ${JSON.stringify(hex)}: expected 1 to 64 bytes of hex (an even number of 0-9a-f digits)`,
      usageOf(VERIFY_COMMAND)
    )
  const out = Buffer.alloc(64)
  Buffer.from(h, 'hex').copy(out)
  return out
}

export async function verifyReportCommand(args: string[]): Promise<number> {
  const v = parseFlags(VERIFY_COMMAND, args)
  if (!v) return 0
  const o = v.values
  const file = v.positionals[0]!
  const expectedData = o['report-data'] ? reportData(o['report-data']) : undefined
  try {
    const inputs: CheckInputs = {
      report: parseSnpReport(read(file, 'report'), file),
      published: loadRecords(o.measurements).records,
      ...(o.target ? { target: o.target } : {}),
      ...(expectedData ? { reportData: expectedData } : {}),
      ...(o.vmpl !== undefined ? { vmpl: Number(o.vmpl) } : {})
    }
    if (o.target && !inputs.published.some(m => m.target === o.target))
      throw new BadInput(
        `--target ${o.target}: ${o.measurements} has no record for it (targets: ${[...new Set(inputs.published.map(m => m.target))].join(', ') || 'none'})`
      )
    if (o.vcek) {
      const certs = readCertificates(read(o.vcek, '--vcek'), `--vcek ${o.vcek}`)
      if (certs.length !== 1)
        throw new BadInput(`--vcek ${o.vcek}: holds ${certs.length} certificates, expected the VCEK alone`)
      inputs.vcek = certs[0]!
    }
    if (o.chain)
      inputs.chain = splitChain(
        readCertificates(read(o.chain, '--chain'), `--chain ${o.chain}`),
        `--chain ${o.chain}`
      )
    const checks = checkReport(inputs)
    const ok = checks.every(c => c.status !== 'fail')
    const r = inputs.report
    process.stdout.write(
      o.json
        ? `${JSON.stringify({ ok, report: { version: r.version, measurement: r.measurement, policy: `0x${r.policy.toString(16)}`, vmpl: r.vmpl, signingKey: r.signingKey, chipId: r.chipId }, checks }, null, 2)}\n`
        : renderChecks(checks) +
            (ok
              ? 'every check holds\n'
              : `${checks.filter(c => c.status === 'fail').length} check(s) failed\n`)
    )
    return ok ? 0 : 1
  } catch (e) {
    if (e instanceof BadInput || e instanceof ReportError || e instanceof CertificateError) {
      process.stderr.write(`error: ${e.message}\n`)
      return 2
    }
    throw e
  }
}
