// `svsm-build verify-report REPORT.bin --measurements FILE | --reference-values FILE [...]`: an
// SEV-SNP attestation report checked against a build's published values (its record, or its
// CoRIM, RVPS message or reference-values JSON, in the verifier's own format) and AMD's keys, one
// line per check. Exit 0 when every check holds, 1 when one fails, 2 on bad input.
import { statSync } from 'node:fs'
import { BadInput, UsageError } from '../../util/errors.js'
import { loadRecords } from '../../record/load.js'
import { CertificateError, readCertificates, type Certificate } from '../../snp/certificate.js'
import { splitChain } from '../../snp/chain.js'
import { reportProduct, signer } from '../../snp/check-amd.js'
import { checkReport, renderChecks, type CheckInputs } from '../../snp/check.js'
import { readCrl } from '../../snp/crl.js'
import { kdsLinks } from '../../snp/kds.js'
import { readFileOrPipe } from '../../util/input-file.js'
import { detectFormat, readReferenceValues } from '../../reference-values/read.js'
import {
  referenceValuesFromFile,
  referenceValuesFromRecords,
  type ReferenceValue
} from '../../snp/reference.js'
import { parseSnpReport, REPORT_SIZE, ReportError } from '../../snp/report.js'
import { parseTcbFloor } from '../../snp/tcb-floor.js'
import { command, parseFlags, usageOf } from '../flags.js'

const VERIFY_COMMAND = command({
  synopsis: [
    'svsm-build verify-report <REPORT.bin> --measurements <measurements.json> [OPTIONS]',
    'svsm-build verify-report <REPORT.bin> --reference-values <FILE> [OPTIONS]'
  ],
  about:
    "Checks an SEV-SNP attestation report (the 1184-byte ATTESTATION_REPORT of a Milan, Genoa or Turin\nmachine) against published launch digests and AMD's keys. Prints the AMD KDS URLs of the report's\ncertificates (never fetches them). Give exactly one of --measurements and --reference-values.",
  flags: {
    measurements: { value: '<FILE>', help: 'bin/measurements.json of the build' },
    'reference-values': {
      value: '<FILE>',
      help: "The published values in any format svsm-build writes or reads: a CoRIM (this\nproject's or one shaped like Veraison's), an RVPS message, reference-values JSON or\na measurements.json"
    },
    target: {
      value: '<T>',
      choices: ['qemu', 'hyper-v', 'vanadium'],
      help: "Compare with this target's record only"
    },
    vcek: { value: '<FILE>', help: 'VCEK certificate (PEM or DER), for a report signed by its VCEK' },
    vlek: { value: '<FILE>', help: 'VLEK certificate (PEM or DER), for a report signed by its VLEK' },
    chain: {
      value: '<FILE>',
      help: "The ARK and the ASK and/or ASVK (PEM, as the KDS cert_chain): checks\nARK -> ASK -> VCEK or ARK -> ASVK -> VLEK; the ARK must be AMD's"
    },
    'trusted-ark': {
      value: '<FILE>',
      help: 'Trust this ARK too (a test or private root; said so in the output)'
    },
    crl: { value: '<FILE>', help: "The ARK's revocation list (DER or PEM, as the KDS crl): needs --chain" },
    'min-tcb': {
      value: '<SPEC>',
      help: 'Lowest accepted REPORTED_TCB, e.g. bl=3,tee=0,snp=8,ucode=115[,fmc=1]'
    },
    'report-data': { value: '<HEX>', help: 'Expected REPORT_DATA (up to 64 bytes; zero-padded)' },
    vmpl: { value: '<N>', choices: ['0', '1', '2', '3'], help: 'Required VMPL (default: any of 0-3)' },
    json: { help: 'Machine-readable output' }
  },
  args: { min: 1, max: 1, what: 'one report file' },
  footer: 'Exit codes: 0 every check holds, 1 a check fails, 2 bad input.'
})

const VERIFY_USAGE = usageOf(VERIFY_COMMAND)

/** What verify-report is asked, whichever parser read the command line. */
interface VerifyReportOptions {
  report: string
  /** Exactly one of the two. */
  measurements?: string
  referenceValues?: string
  target?: string
  vcek?: string
  vlek?: string
  chain?: string
  trustedArk?: string
  crl?: string
  minTcb?: string
  reportData?: string
  vmpl?: string
  json?: boolean
  /** The date certificates and the CRL are checked at (tests; default now). */
  now?: Date
}

// Caps: AMD's certificates are ~1.5 KB, a chain ~5 KB, a CRL a few KB.
const CERT_MAX = 64 * 1024
const CRL_MAX = 1024 * 1024
// A CoRIM or RVPS message of a build is a few KiB; a record at most what its loader allows.
const VALUES_MAX = 4 * 1024 * 1024

interface Published {
  values: ReferenceValue[]
  /** What was read, for the first lines of the output. */
  file: string
  format: string
  warnings: string[]
}

const FORMAT_LABEL = { corim: 'CoRIM', rvps: 'RVPS message', json: 'reference-values JSON' } as const

const isDirectory = (p: string) => {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false // readFileOrPipe names what is wrong with it
  }
}

/** The published values: the record through the one record loader, any other format through its reader. */
function readPublished(o: VerifyReportOptions): Published {
  if (o.measurements !== undefined) {
    const { file, records } = loadRecords(o.measurements)
    return { values: referenceValuesFromRecords(records), file, format: 'measurement record', warnings: [] }
  }
  const path = o.referenceValues!
  // A folder is an artifact or a tree's bin/: its measurements.json, as --measurements reads it.
  if (isDirectory(path)) return readPublished({ ...o, measurements: path, referenceValues: undefined })
  const name = `--reference-values ${path}`
  const bytes = readFileOrPipe(path, {
    name,
    max: VALUES_MAX,
    expected: 'a CoRIM, an RVPS message, reference-values JSON or a measurements.json of at most 4 MiB'
  })
  if (detectFormat(bytes) === 'record') {
    const { file, records } = loadRecords(path)
    return { values: referenceValuesFromRecords(records), file, format: 'measurement record', warnings: [] }
  }
  const v = readReferenceValues(bytes, path)
  return {
    values: referenceValuesFromFile(v, path),
    file: path,
    format: `${FORMAT_LABEL[v.format]}${v.id ? ` ${v.id}` : ''}`,
    warnings: v.warnings
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

const certFile = (flag: string, path: string, max = 4): Certificate[] => {
  const name = `${flag} ${path}`
  return readCertificates(
    readFileOrPipe(path, {
      name,
      max: CERT_MAX,
      expected: 'a PEM or DER certificate file of at most 64 KiB'
    }),
    name,
    max
  )
}

function oneCert(flag: string, path: string): Certificate {
  const certs = certFile(flag, path)
  if (certs.length !== 1)
    throw new BadInput(
      `${flag} ${path}: holds ${certs.length} certificates, expected the ${flag.slice(2).toUpperCase()} alone`
    )
  return certs[0]!
}

export async function verifyReportCommand(args: string[]): Promise<number> {
  const v = parseFlags(VERIFY_COMMAND, args)
  if (!v) return 0
  const o = v.values
  const given = <T>(key: string, value: T | undefined) => (value !== undefined ? { [key]: value } : {})
  return verifyReport({
    report: v.positionals[0]!,
    ...given('measurements', o.measurements),
    ...given('referenceValues', o['reference-values']),
    ...given('target', o.target),
    ...given('vcek', o.vcek),
    ...given('vlek', o.vlek),
    ...given('chain', o.chain),
    ...given('trustedArk', o['trusted-ark']),
    ...given('crl', o.crl),
    ...given('minTcb', o['min-tcb']),
    ...given('reportData', o['report-data']),
    ...given('vmpl', o.vmpl),
    ...(o.json ? { json: true } : {})
  })
}

async function verifyReport(o: VerifyReportOptions): Promise<number> {
  if ((o.measurements === undefined) === (o.referenceValues === undefined))
    throw new UsageError(
      o.measurements === undefined
        ? 'expected --measurements <measurements.json> or --reference-values <FILE>: the published values to check the report against'
        : '--measurements and --reference-values are both given; expected one: the published values to check the report against',
      VERIFY_USAGE
    )
  if (o.vmpl !== undefined && !/^[0-3]$/.test(o.vmpl))
    throw new UsageError(`--vmpl ${JSON.stringify(o.vmpl)}: expected 0, 1, 2 or 3`, VERIFY_USAGE)
  const floor = o.minTcb !== undefined ? parseTcbFloor(o.minTcb) : undefined
  if (floor && 'error' in floor)
    throw new UsageError(`--min-tcb ${JSON.stringify(o.minTcb)}: ${floor.error}`, VERIFY_USAGE)
  if (o.crl && !o.chain)
    throw new UsageError('--crl needs --chain: the list is checked against its ARK', VERIFY_USAGE)
  if (o.trustedArk && !o.chain)
    throw new UsageError('--trusted-ark needs --chain: it names the root the chain must end in', VERIFY_USAGE)
  const expectedData = o.reportData ? reportData(o.reportData) : undefined
  try {
    const bytes = readFileOrPipe(o.report, {
      name: `report ${o.report}`,
      max: REPORT_SIZE,
      expected: `exactly ${REPORT_SIZE} (0x4A0, an SEV-SNP ATTESTATION_REPORT)`
    })
    const report = parseSnpReport(bytes, o.report)
    const published = readPublished(o)
    const inputs: CheckInputs = {
      report,
      published: published.values,
      ...(o.target ? { target: o.target } : {}),
      ...(expectedData ? { reportData: expectedData } : {}),
      ...(o.vmpl !== undefined ? { vmpl: Number(o.vmpl) } : {}),
      ...(floor ? { minTcb: floor } : {}),
      ...(o.now ? { now: o.now } : {})
    }
    if (o.target && !inputs.published.some(m => m.target === o.target)) {
      const named = [...new Set(inputs.published.flatMap(m => (m.target ? [m.target] : [])))]
      throw new BadInput(
        named.length
          ? `--target ${o.target}: ${published.file} has no value for it (targets: ${named.join(', ')})`
          : `--target ${o.target}: ${published.file} (${published.format}) names no targets, its values are found by launch digest; leave out --target`
      )
    }
    if (o.vcek) inputs.vcek = oneCert('--vcek', o.vcek)
    if (o.vlek) inputs.vlek = oneCert('--vlek', o.vlek)
    if (o.chain) inputs.chain = splitChain(certFile('--chain', o.chain, 3), `--chain ${o.chain}`)
    if (o.trustedArk) {
      const cert = oneCert('--trusted-ark', o.trustedArk)
      if (!cert.x509.checkIssued(cert.x509))
        throw new BadInput(
          `--trusted-ark ${o.trustedArk}: ${cert.cn} is not self-signed; expected a root (an ARK)`
        )
      inputs.trustedArk = { cert, file: o.trustedArk }
    }
    if (o.crl) {
      const name = `--crl ${o.crl}`
      inputs.crl = readCrl(
        readFileOrPipe(o.crl, { name, max: CRL_MAX, expected: 'a DER or PEM CRL of at most 1 MiB' }),
        name
      )
    }
    const checks = checkReport(inputs)
    const ok = checks.every(c => c.status !== 'fail')
    const r = inputs.report
    const { product, from } = reportProduct(inputs)
    const links = kdsLinks(r, product)
    const key = signer(inputs).kind ?? r.signingKey
    if (o.json)
      process.stdout.write(
        `${JSON.stringify(
          {
            ok,
            published: {
              file: published.file,
              format: published.format,
              launchDigests: published.values.length,
              warnings: published.warnings
            },
            report: {
              version: r.version,
              product,
              measurement: r.measurement,
              policy: `0x${r.policy.toString(16)}`,
              vmpl: r.vmpl,
              signingKey: r.signingKey,
              chipId: r.chipId
            },
            kds: links,
            checks
          },
          null,
          2
        )}\n`
      )
    else
      process.stdout.write(
        `report: version ${r.version}, ${product ?? 'product not known'} (${from}), signed by ${key}\n` +
          `published: ${published.file} (${published.format}, ${published.values.length} SEV-SNP launch digest${published.values.length === 1 ? '' : 's'})\n` +
          published.warnings.map(w => `note: ${w}\n`).join('') +
          links.map(l => `${l.what}: ${l.url ?? '-'}${l.note ? ` (${l.note})` : ''}\n`).join('') +
          renderChecks(checks) +
          (ok ? 'every check holds\n' : `${checks.filter(c => c.status === 'fail').length} check(s) failed\n`)
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
