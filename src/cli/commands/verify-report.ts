// `svsm-build verify-report REPORT.bin --measurements FILE [...]`: an SEV-SNP attestation report
// checked against a build's published record, one line per check. Exit 0 when every check
// holds, 1 when one fails, 2 on bad input.
import { parseCommand } from '../parse-command.js'
import { readFileSync } from 'node:fs'
import { BadInput, UsageError } from '../../util/errors.js'
import { CertificateError, readCertificates, splitChain } from '../../snp/chain.js'
import { checkReport, renderChecks, type CheckInputs } from '../../snp/check.js'
import { loadRecords } from '../../record/load.js'
import { parseSnpReport, ReportError } from '../../snp/report.js'

export const VERIFY_USAGE = `Usage: svsm-build verify-report <REPORT.bin> --measurements <measurements.json> [OPTIONS]

Checks an SEV-SNP attestation report (the 1184-byte ATTESTATION_REPORT) against published launch digests.

Options:
      --measurements <FILE>  bin/measurements.json of the build (required)
      --target <T>           Compare with this target's record only (qemu, hyper-v, vanadium)
      --vcek <FILE>          VCEK certificate (PEM or DER): checks the report's signature
      --chain <FILE>         AMD's ASK and ARK (PEM, as the KDS cert_chain): checks ARK -> ASK -> VCEK
      --report-data <HEX>    Expected REPORT_DATA (up to 64 bytes; zero-padded)
      --vmpl <N>             Required VMPL (default: any of 0-3)
      --json                 Machine-readable output

Exit codes: 0 every check holds, 1 a check fails, 2 bad input.`

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
      VERIFY_USAGE
    )
  const out = Buffer.alloc(64)
  Buffer.from(h, 'hex').copy(out)
  return out
}

export async function verifyReportCommand(args: string[]): Promise<number> {
  const v = parseCommand(
    args,
    {
      measurements: { type: 'string' },
      target: { type: 'string' },
      vcek: { type: 'string' },
      chain: { type: 'string' },
      'report-data': { type: 'string' },
      vmpl: { type: 'string' },
      json: { type: 'boolean' }
    },
    VERIFY_USAGE
  )
  if (!v) return 0
  const o = v.values
  if (v.positionals.length !== 1)
    throw new UsageError(
      v.positionals.length === 0 ? 'expected a report file' : `unexpected argument ${v.positionals[1]}`,
      VERIFY_USAGE
    )
  if (!o.measurements) throw new UsageError('--measurements <measurements.json> is required', VERIFY_USAGE)
  if (o.vmpl !== undefined && !/^[0-3]$/.test(o.vmpl))
    throw new UsageError(`--vmpl ${JSON.stringify(o.vmpl)}: expected 0, 1, 2 or 3`, VERIFY_USAGE)
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
