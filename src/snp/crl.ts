// A certificate revocation list as AMD's KDS serves it (`/{vcek,vlek}/v1/<product>/crl`): issued
// and signed by the product's ARK with RSA-PSS. Parsed with @peculiar/asn1-x509, its signature
// verified with node:crypto over the TBSCertList bytes as they are in the file.
import { constants, verify } from 'node:crypto'
import { AsnConvert, AsnParser } from '@peculiar/asn1-schema'
import { CertificateList, CRLReason, CRLReasons, id_ce_cRLReasons, Name } from '@peculiar/asn1-x509'
import { RsaSaPssParams } from '@peculiar/asn1-rsa'
import { algorithmName, normalSerial, type Certificate } from './certificate.js'
import { CertificateError, derBlocks } from './pem.js'

interface RevokedEntry {
  serial: string
  date: Date
  reason: string | null
}

export interface Crl {
  /** The issuer's name, DER. */
  issuer: Buffer
  issuerText: string
  thisUpdate: Date
  nextUpdate: Date | null
  entries: RevokedEntry[]
  tbs: Buffer
  signature: Buffer
  algorithm: string
  pss: { hash: string; saltLength: number } | null
}

const HASHES: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512'
}

const nameText = (n: Name) =>
  n
    .map(rdn => rdn.map(a => `${a.type === '2.5.4.3' ? 'CN' : a.type}=${a.value.toString()}`).join('+'))
    .filter(s => s.startsWith('CN='))
    .join(', ') || '(no CN)'

export function readCrl(bytes: Buffer, name: string): Crl {
  const [der] = derBlocks(bytes, name, 'X509 CRL', 1)
  try {
    return parse(AsnParser.parse(der!, CertificateList), name)
  } catch (e) {
    if (e instanceof CertificateError) throw e
    throw new CertificateError(`${name}: not an X.509 CRL (${(e as Error).message})`)
  }
}

function parse(list: CertificateList, name: string): Crl {
  const tbs = list.tbsCertList
  if (!list.tbsCertListRaw) throw new CertificateError(`${name}: not an X.509 CRL (no TBSCertList)`)
  let pss: Crl['pss'] = null
  if (list.signatureAlgorithm.algorithm === '1.2.840.113549.1.1.10') {
    const raw = list.signatureAlgorithm.parameters
    const p = raw ? AsnParser.parse(raw, RsaSaPssParams) : new RsaSaPssParams()
    pss = { hash: HASHES[p.hashAlgorithm.algorithm] ?? p.hashAlgorithm.algorithm, saltLength: p.saltLength }
  }
  return {
    issuer: Buffer.from(AsnConvert.serialize(tbs.issuer)),
    issuerText: nameText(tbs.issuer),
    thisUpdate: tbs.thisUpdate.getTime(),
    nextUpdate: tbs.nextUpdate?.getTime() ?? null,
    entries: (tbs.revokedCertificates ?? []).map(e => {
      const ext = e.crlEntryExtensions?.find(x => x.extnID === id_ce_cRLReasons)
      let reason: string | null = null
      if (ext) {
        const r = AsnParser.parse(ext.extnValue.buffer, CRLReason).reason
        reason = CRLReasons[r] ?? `reason ${r}`
      }
      return {
        serial: normalSerial(Buffer.from(e.userCertificate).toString('hex')),
        date: e.revocationDate.getTime(),
        reason
      }
    }),
    tbs: Buffer.from(list.tbsCertListRaw),
    signature: Buffer.from(list.signature),
    algorithm: algorithmName(list.signatureAlgorithm.algorithm),
    pss
  }
}

/** Why the CRL is not the ARK's current list, or null when it is. */
export function crlProblem(crl: Crl, ark: Certificate, now: Date): string | null {
  if (!crl.issuer.equals(ark.subjectDer))
    return `the CRL is issued by ${crl.issuerText}, not by the ARK ${ark.cn}`
  if (!crl.pss) return `the CRL is signed with ${crl.algorithm}, expected RSA-PSS as AMD signs`
  let ok = false
  try {
    ok = verify(
      crl.pss.hash,
      crl.tbs,
      { key: ark.x509.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: crl.pss.saltLength },
      crl.signature
    )
  } catch {
    ok = false // a hash or key node:crypto cannot use: nothing verifies
  }
  if (!ok) return `the CRL's signature does not verify with the ARK ${ark.cn}`
  if (crl.thisUpdate > now)
    return `the CRL is dated ${crl.thisUpdate.toISOString()}, after ${now.toISOString()}`
  if (crl.nextUpdate && crl.nextUpdate < now)
    return `the CRL is out of date: its next update was due ${crl.nextUpdate.toISOString()}; fetch it again`
  return null
}

/** The CRL's entry for a certificate (AMD's CRL covers the chain below the ARK; matched by serial). */
export function revocation(crl: Crl, cert: Certificate): RevokedEntry | null {
  return crl.entries.find(e => e.serial === cert.serial && e.reason !== 'removeFromCRL') ?? null
}
