// AMD-like certificate chains and revocation lists made with @peculiar/x509 (node:crypto verifies
// certificates but cannot issue them): RSA-PSS SHA-384 ARKs and ASKs/ASVKs as AMD signs, EC P-384
// VCEKs and VLEKs with AMD's KDS extensions. Keys are webcrypto keys; `leafKey` is the node
// KeyObject that signs reports.
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { KeyObject, webcrypto } from 'node:crypto'

type CryptoKeyPair = webcrypto.CryptoKeyPair
x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0])
const subtle = webcrypto.subtle

export type Product = 'Milan' | 'Genoa' | 'Turin'
export type Kind = 'VCEK' | 'VLEK'

const RSA_PSS = { name: 'RSA-PSS', hash: 'SHA-384', publicExponent: new Uint8Array([1, 0, 1]) }
const PSS_SIGN = { name: 'RSA-PSS', saltLength: 48 }
const PKCS1_SIGN = { name: 'RSASSA-PKCS1-v1_5' }

export const rsaKey = (bits = 4096) =>
  subtle.generateKey({ ...RSA_PSS, modulusLength: bits }, true, ['sign', 'verify']) as Promise<CryptoKeyPair>
export const ecKey = () =>
  subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, [
    'sign',
    'verify'
  ]) as Promise<CryptoKeyPair>

/** A subject name as AMD writes it, with the given CN. */
const amdName = (cn: string) =>
  `OU=Engineering, C=US, L=Santa Clara, ST=CA, O=Advanced Micro Devices, CN=${cn}`

export interface IssueOptions {
  cn: string
  keys: CryptoKeyPair
  /** The issuer; absent: self-signed. */
  issuer?: { cert: x509.X509Certificate; keys: CryptoKeyPair }
  serial?: string
  notBefore?: Date
  notAfter?: Date
  /** Sign with RSA PKCS#1 v1.5 instead of RSA-PSS (not how AMD signs). */
  pkcs1?: boolean
  extensions?: x509.Extension[]
}

export async function issue(o: IssueOptions): Promise<x509.X509Certificate> {
  const signer = o.issuer?.keys ?? o.keys
  const signingAlgorithm = o.pkcs1 ? PKCS1_SIGN : PSS_SIGN
  let signingKey = signer.privateKey
  if (o.pkcs1) {
    // The same RSA key, imported for PKCS#1 v1.5 signing.
    const pkcs8 = await subtle.exportKey('pkcs8', signer.privateKey)
    signingKey = await subtle.importKey(
      'pkcs8',
      pkcs8,
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' },
      false,
      ['sign']
    )
  }
  return x509.X509CertificateGenerator.create({
    serialNumber: o.serial ?? '01',
    subject: amdName(o.cn),
    issuer: o.issuer ? o.issuer.cert.subject : amdName(o.cn),
    notBefore: o.notBefore ?? new Date(Date.now() - 86400_000),
    notAfter: o.notAfter ?? new Date(Date.now() + 365 * 86400_000),
    signingAlgorithm,
    publicKey: o.keys.publicKey,
    signingKey,
    extensions: o.extensions ?? []
  })
}

const AMD = '1.3.6.1.4.1.3704.1'
const der = (tag: number, body: Buffer) => {
  if (body.length > 127) throw new Error('short form only')
  return Buffer.concat([Buffer.from([tag, body.length]), body])
}
const integer = (n: number) => der(0x02, n >= 0x80 ? Buffer.from([0, n]) : Buffer.from([n]))
const ia5 = (s: string) => der(0x16, Buffer.from(s, 'latin1'))
const ext = (oid: string, value: Buffer) => new x509.Extension(oid, false, value)

export interface Tcb {
  fmc?: number
  bl: number
  tee: number
  snp: number
  ucode: number
}
export const SPL_OIDS: Record<keyof Tcb, string> = {
  bl: '3.1',
  tee: '3.2',
  snp: '3.3',
  ucode: '3.8',
  fmc: '3.9'
}

/** The extensions AMD's KDS writes into a VCEK (hwID) or a VLEK (csp_id): product, TCB SPLs. */
export function amdExtensions(o: {
  productName: string
  tcb: Tcb
  hwId?: Buffer
  cspId?: string
}): x509.Extension[] {
  return [
    ext(`${AMD}.1`, integer(0)),
    ext(`${AMD}.2`, ia5(o.productName)),
    ...Object.entries(o.tcb).map(([part, v]) => ext(`${AMD}.${SPL_OIDS[part as keyof Tcb]}`, integer(v))),
    ...(o.hwId ? [ext(`${AMD}.4`, o.hwId)] : []), // raw bytes, without an OCTET STRING header, as AMD writes it
    ...(o.cspId ? [ext(`${AMD}.5`, ia5(o.cspId))] : [])
  ]
}

export interface TestChain {
  product: Product
  kind: Kind
  ark: x509.X509Certificate
  /** The ASK (VCEK chains) or ASVK (VLEK chains). */
  intermediate: x509.X509Certificate
  leaf: x509.X509Certificate
  arkKeys: CryptoKeyPair
  intermediateKeys: CryptoKeyPair
  leafKeys: CryptoKeyPair
  /** Signs reports (node:crypto). */
  leafKey: KeyObject
}

export interface ChainOptions {
  product: Product
  kind: Kind
  /** VCEK: the chip id its hwID names (64 bytes; Turin: 8). */
  hwId?: Buffer
  tcb: Tcb
  /** Reuse keys (RSA-4096 generation is slow). */
  arkKeys?: CryptoKeyPair
  intermediateKeys?: CryptoKeyPair
  leafSerial?: string
}

/** ARK (self-signed) -> ASK -> VCEK or ARK -> ASVK -> VLEK, named and extended as AMD's. */
export async function makeChain(o: ChainOptions): Promise<TestChain> {
  const arkKeys = o.arkKeys ?? (await rsaKey())
  const intermediateKeys = o.intermediateKeys ?? (await rsaKey())
  const leafKeys = await ecKey()
  const ark = await issue({ cn: `ARK-${o.product}`, keys: arkKeys, serial: '010000' })
  const intermediate = await issue({
    cn: o.kind === 'VCEK' ? `SEV-${o.product}` : `SEV-VLEK-${o.product}`,
    keys: intermediateKeys,
    issuer: { cert: ark, keys: arkKeys },
    serial: o.kind === 'VCEK' ? '010001' : '010101'
  })
  const leaf = await issue({
    cn: `SEV-${o.kind}`,
    keys: leafKeys,
    issuer: { cert: intermediate, keys: intermediateKeys },
    serial: o.leafSerial ?? '00',
    extensions: amdExtensions({
      productName: `${o.product}-B0`,
      tcb: o.tcb,
      ...(o.kind === 'VCEK' ? { hwId: o.hwId ?? Buffer.alloc(64, 0xab) } : { cspId: 'Test Cloud' })
    })
  })
  return {
    product: o.product,
    kind: o.kind,
    ark,
    intermediate,
    leaf,
    arkKeys,
    intermediateKeys,
    leafKeys,
    leafKey: KeyObject.from(leafKeys.privateKey)
  }
}

export const pem = (...certs: x509.X509Certificate[]) => certs.map(c => `${c.toString('pem')}\n`).join('')

/** A CRL issued by `issuer`, signed RSA-PSS SHA-384 as AMD's. */
export async function makeCrl(o: {
  issuer: x509.X509Certificate
  keys: CryptoKeyPair
  revoked?: { serial: string; reason?: x509.X509CrlReason }[]
  thisUpdate?: Date
  nextUpdate?: Date
}): Promise<x509.X509Crl> {
  return x509.X509CrlGenerator.create({
    issuer: o.issuer.subject,
    thisUpdate: o.thisUpdate ?? new Date(Date.now() - 3600_000),
    nextUpdate: o.nextUpdate ?? new Date(Date.now() + 7 * 86400_000),
    entries: (o.revoked ?? []).map(r => ({
      serialNumber: r.serial,
      revocationDate: new Date(Date.now() - 60_000),
      ...(r.reason !== undefined ? { reason: r.reason } : {})
    })),
    signingKey: o.keys.privateKey,
    signingAlgorithm: PSS_SIGN
  })
}
