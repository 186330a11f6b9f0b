// AMD's certificate chain for a report: ARK (self-signed) -> ASK -> VCEK, the first two links
// RSA-PSS with SHA-384 as AMD issues them. node:crypto verifies the signatures; a few DER bytes
// are read here only to name each certificate's signature algorithm.
import { X509Certificate } from 'node:crypto'

export class CertificateError extends Error {
  override name = 'CertificateError'
}

/** Every certificate in a PEM file, or the one certificate of a DER file. */
export function readCertificates(bytes: Buffer, name: string): X509Certificate[] {
  const text = bytes.toString('latin1')
  const pems = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)
  try {
    if (pems) return pems.map(p => new X509Certificate(p))
    return [new X509Certificate(bytes)]
  } catch (e) {
    throw new CertificateError(
      `${name}: not a PEM or DER X.509 certificate (${(e as Error).message}); expected AMD's VCEK, or its ASK and ARK`
    )
  }
}

const OIDS: Record<string, string> = {
  '2a864886f70d01010a': 'RSA-PSS',
  '2a864886f70d01010c': 'RSA PKCS#1 v1.5 SHA-384',
  '2a864886f70d01010b': 'RSA PKCS#1 v1.5 SHA-256',
  '2a8648ce3d040303': 'ECDSA SHA-384'
}

/** Reads one DER header at `at`: where the contents start and how long they are. */
function der(b: Buffer, at: number): { start: number; length: number } {
  const first = b[at + 1]!
  if (first < 0x80) return { start: at + 2, length: first }
  const n = first & 0x7f
  let length = 0
  for (let i = 0; i < n; i++) length = length * 256 + b[at + 2 + i]!
  return { start: at + 2 + n, length }
}

/** The certificate's signatureAlgorithm, named (Certificate ::= SEQUENCE { tbs, algorithm, signature }). */
export function signatureAlgorithm(cert: X509Certificate): string {
  const b = cert.raw
  const outer = der(b, 0)
  const tbs = der(b, outer.start)
  const alg = der(b, tbs.start + tbs.length)
  const oid = der(b, alg.start)
  const hex = b.subarray(oid.start, oid.start + oid.length).toString('hex')
  return OIDS[hex] ?? `OID ${hex}`
}

/** The DER elements one after another in `b[start, end)`: tag, contents start and length. */
function children(
  b: Buffer,
  start: number,
  end: number
): { tag: number; at: number; start: number; length: number }[] {
  const out: { tag: number; at: number; start: number; length: number }[] = []
  for (let at = start; at < end;) {
    const h = der(b, at)
    out.push({ tag: b[at]!, at, ...h })
    at = h.start + h.length
  }
  return out
}

/** What AMD's KDS writes into a VCEK: the chip (hwID), the TCB it was derived for, the product. */
export interface VcekFacts {
  product: string | null
  hwId: string | null
  /** SPL values by extension name (blSPL, teeSPL, snpSPL, ucodeSPL, ...). */
  spl: Record<string, number>
}

const AMD_OID = '2b060104019c7801' // 1.3.6.1.4.1.3704.1
const SPL_NAMES: Record<string, string> = { '01': 'blSPL', '02': 'teeSPL', '03': 'snpSPL', '08': 'ucodeSPL' }

export function vcekFacts(cert: X509Certificate): VcekFacts {
  const b = cert.raw
  const facts: VcekFacts = { product: null, hwId: null, spl: {} }
  try {
    const outer = der(b, 0)
    const tbs = der(b, outer.start)
    const ext = children(b, tbs.start, tbs.start + tbs.length).find(e => e.tag === 0xa3)
    if (!ext) return facts
    const list = der(b, ext.start)
    for (const e of children(b, list.start, list.start + list.length)) {
      const [oid, ...rest] = children(b, e.start, e.start + e.length)
      const value = rest.at(-1)
      if (!oid || !value) continue
      const id = b.subarray(oid.start, oid.start + oid.length).toString('hex')
      if (!id.startsWith(AMD_OID)) continue
      const inner = der(b, value.start)
      const content = b.subarray(inner.start, inner.start + inner.length)
      const tail = id.slice(AMD_OID.length)
      if (tail === '02') facts.product = content.toString('latin1')
      else if (tail === '04')
        facts.hwId = Buffer.from(b.subarray(value.start, value.start + value.length))
          .toString('hex')
          .toUpperCase()
      else if (tail.startsWith('03')) {
        const name = SPL_NAMES[tail.slice(2)] ?? `spl_${parseInt(tail.slice(2), 16)}`
        facts.spl[name] = content.reduce((n, x) => n * 256 + x, 0)
      }
    }
  } catch {
    // A certificate X509Certificate accepted but whose extensions this reader cannot walk: no facts.
  }
  return facts
}

export interface ChainLink {
  what: string
  ok: boolean
  detail: string
}

const cn = (c: X509Certificate) => /CN=([^\n]+)/.exec(c.subject)?.[1] ?? c.subject.replace(/\n/g, ', ')

/** ARK and ASK from a chain file in any order: the ARK is the self-signed one. */
export function splitChain(
  certs: X509Certificate[],
  name: string
): { ark: X509Certificate; ask: X509Certificate } {
  if (certs.length !== 2)
    throw new CertificateError(
      `${name}: holds ${certs.length} certificate(s), expected 2 (AMD's ASK and ARK)`
    )
  const selfSigned = certs.filter(c => c.checkIssued(c))
  if (selfSigned.length !== 1)
    throw new CertificateError(
      `${name}: ${selfSigned.length} of the 2 certificates are self-signed, expected exactly one (the ARK)`
    )
  const ark = selfSigned[0]!
  return { ark, ask: certs.find(c => c !== ark)! }
}

/** Each link of ARK -> ASK -> VCEK, with its algorithm and validity at `now`. */
export function verifyChain(
  ark: X509Certificate,
  ask: X509Certificate,
  vcek: X509Certificate,
  now = new Date()
): ChainLink[] {
  const link = (
    what: string,
    cert: X509Certificate,
    issuer: X509Certificate,
    wantPss: boolean
  ): ChainLink => {
    const alg = signatureAlgorithm(cert)
    const problems: string[] = []
    if (!cert.checkIssued(issuer)) problems.push(`its issuer is not ${cn(issuer)}`)
    else if (!cert.verify(issuer.publicKey)) problems.push(`the signature by ${cn(issuer)} does not verify`)
    if (wantPss && alg !== 'RSA-PSS') problems.push(`signed with ${alg}, expected RSA-PSS as AMD signs`)
    const from = new Date(cert.validFrom)
    const to = new Date(cert.validTo)
    if (now < from || now > to)
      problems.push(`not valid on ${now.toISOString()} (valid ${from.toISOString()} to ${to.toISOString()})`)
    return {
      what,
      ok: problems.length === 0,
      detail:
        problems.length === 0
          ? `${cn(cert)} signed by ${cn(issuer)} (${alg}), valid until ${to.toISOString().slice(0, 10)}`
          : `${cn(cert)}: ${problems.join('; ')}`
    }
  }
  const links = [
    link('ARK self-signed', ark, ark, true),
    link('ARK -> ASK', ask, ark, true),
    link('ASK -> VCEK', vcek, ask, true)
  ]
  const details = vcek.publicKey.asymmetricKeyDetails
  if (vcek.publicKey.asymmetricKeyType !== 'ec' || details?.namedCurve !== 'secp384r1')
    links.push({
      what: 'VCEK key',
      ok: false,
      detail: `the VCEK's key is ${vcek.publicKey.asymmetricKeyType} ${details?.namedCurve ?? ''}, expected EC P-384`
    })
  return links
}
