// An X.509 certificate of AMD's SEV-SNP chain, read strictly: node:crypto (OpenSSL) parses and
// verifies it; @peculiar/asn1-x509 reads what OpenSSL does not expose (the SubjectPublicKeyInfo
// as encoded, the signature algorithm, AMD's KDS extensions under 1.3.6.1.4.1.3704.1).
import { createHash, X509Certificate } from 'node:crypto'
import { AsnConvert, AsnParser } from '@peculiar/asn1-schema'
import { Certificate as AsnCertificate } from '@peculiar/asn1-x509'
import * as asn1js from 'asn1js'
import { CertificateError, derBlocks } from './pem.js'
import type { TcbPart } from './product.js'

export { CertificateError }

/** What AMD's KDS writes into a VCEK or VLEK (AMD 57230, "VCEK certificate extensions"). */
interface AmdExtensions {
  /** productName: "Milan-B0", "Turin-B0", ... */
  productName: string | null
  /** hwID: the chip id (VCEK only): 64 bytes, or 8 for Turin. */
  hwId: Buffer | null
  /** csp_id: the cloud provider a VLEK was issued to (VLEK only). */
  cspId: string | null
  /** The TCB the key was derived for, by part (blSPL, teeSPL, snpSPL, ucodeSPL, Turin's fmcSPL). */
  spl: Partial<Record<TcbPart, number>>
  /** AMD extensions that do not have the form AMD gives them. */
  problems: string[]
}

export interface Certificate {
  x509: X509Certificate
  /** SHA-256 of the SubjectPublicKeyInfo as the certificate encodes it, lower-case hex. */
  spkiSha256: string
  /** Serial number, upper-case hex without leading zero bytes. */
  serial: string
  /** The subject's CN (or the whole subject when it has none). */
  cn: string
  /** The subject name, DER (what a CRL's issuer is compared with). */
  subjectDer: Buffer
  signatureAlgorithm: string
  amd: AmdExtensions
}

const ALGORITHMS: Record<string, string> = {
  '1.2.840.113549.1.1.10': 'RSA-PSS',
  '1.2.840.113549.1.1.12': 'RSA PKCS#1 v1.5 SHA-384',
  '1.2.840.113549.1.1.11': 'RSA PKCS#1 v1.5 SHA-256',
  '1.2.840.10045.4.3.3': 'ECDSA SHA-384'
}
export const algorithmName = (oid: string) => ALGORITHMS[oid] ?? `OID ${oid}`

const AMD_ARC = '1.3.6.1.4.1.3704.1.'
const SPL_OIDS: Record<string, TcbPart> = {
  '3.1': 'bl',
  '3.2': 'tee',
  '3.3': 'snp',
  '3.8': 'ucode',
  '3.9': 'fmc'
}

export const normalSerial = (hex: string) => hex.toUpperCase().replace(/^(00)+(?=.)/, '') || '00'

/** The certificates of a PEM file (at most `maxBlocks`), or the one certificate of a DER file. */
export function readCertificates(bytes: Buffer, name: string, maxBlocks = 4): Certificate[] {
  return derBlocks(bytes, name, 'CERTIFICATE', maxBlocks).map((der, i, all) =>
    parseCertificate(der, all.length > 1 ? `${name}: certificate ${i + 1}` : name)
  )
}

function parseCertificate(der: Buffer, name: string): Certificate {
  let x509: X509Certificate
  let asn: AsnCertificate
  try {
    x509 = new X509Certificate(der)
    asn = AsnParser.parse(der, AsnCertificate)
  } catch (e) {
    throw new CertificateError(`${name}: not an X.509 certificate (${(e as Error).message})`)
  }
  const tbs = asn.tbsCertificate
  const spki = Buffer.from(AsnConvert.serialize(tbs.subjectPublicKeyInfo))
  return {
    x509,
    spkiSha256: createHash('sha256').update(spki).digest('hex'),
    serial: normalSerial(Buffer.from(tbs.serialNumber).toString('hex')),
    cn: /(?:^|\n)CN=([^\n]+)/.exec(x509.subject)?.[1] ?? x509.subject.replace(/\n/g, ', '),
    subjectDer: Buffer.from(AsnConvert.serialize(tbs.subject)),
    signatureAlgorithm: algorithmName(asn.signatureAlgorithm.algorithm),
    amd: amdExtensions(tbs.extensions ?? [])
  }
}

/** One BER element of exactly `bytes`, or null when there is more or less. */
function single(bytes: ArrayBuffer): asn1js.AsnType | null {
  const r = asn1js.fromBER(bytes)
  return r.offset === bytes.byteLength && r.result.error === '' ? r.result : null
}

function amdExtensions(exts: { extnID: string; extnValue: { buffer: ArrayBuffer } }[]): AmdExtensions {
  const out: AmdExtensions = { productName: null, hwId: null, cspId: null, spl: {}, problems: [] }
  const seen = new Set<string>()
  for (const e of exts) {
    if (!e.extnID.startsWith(AMD_ARC)) continue
    const arc = e.extnID.slice(AMD_ARC.length)
    if (seen.has(arc)) out.problems.push(`extension ${e.extnID} appears twice`)
    seen.add(arc)
    const value = e.extnValue.buffer
    const v = single(value)
    if (arc === '2' || arc === '5') {
      if (!(v instanceof asn1js.IA5String)) out.problems.push(`extension ${e.extnID} is not an IA5String`)
      else if (arc === '2') out.productName = v.getValue()
      else out.cspId = v.getValue()
    } else if (arc === '4') {
      // AMD writes the hwID as the raw bytes, without an OCTET STRING header; accept either.
      const raw = Buffer.from(value)
      const inner = v instanceof asn1js.OctetString ? Buffer.from(v.valueBlock.valueHexView) : null
      const id = raw.length === 64 || raw.length === 8 ? raw : inner
      if (!id || (id.length !== 64 && id.length !== 8))
        out.problems.push(`extension ${e.extnID} (hwID) has ${raw.length} bytes, expected 64 (or 8 on Turin)`)
      else out.hwId = id
    } else if (SPL_OIDS[arc]) {
      const n = v instanceof asn1js.Integer ? v.valueBlock.valueDec : NaN
      if (!Number.isInteger(n) || n < 0 || n > 255)
        out.problems.push(`extension ${e.extnID} (${SPL_OIDS[arc]}SPL) is not an INTEGER 0-255`)
      else out.spl[SPL_OIDS[arc]!] = n
    }
  }
  return out
}
