// A minimal X.509 v3 DER builder, because node:crypto verifies certificates but cannot issue
// them: enough for an AMD-like chain (RSA-PSS SHA-384 ARK and ASK, an EC P-384 VCEK).
import { constants, generateKeyPairSync, sign, X509Certificate, type KeyObject } from 'node:crypto'

const len = (n: number): number[] =>
  n < 0x80
    ? [n]
    : n < 0x100
      ? [0x81, n]
      : n < 0x10000
        ? [0x82, n >> 8, n & 0xff]
        : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff]
const tlv = (tag: number, ...parts: Buffer[]) => {
  const body = Buffer.concat(parts)
  return Buffer.concat([Buffer.from([tag, ...len(body.length)]), body])
}
const seq = (...p: Buffer[]) => tlv(0x30, ...p)
const oid = (hex: string) => tlv(0x06, Buffer.from(hex, 'hex'))
const int = (n: number) =>
  tlv(
    0x02,
    Buffer.from(
      n
        .toString(16)
        .padStart(2, '0')
        .replace(/^([89a-f])/, '0$1'),
      'hex'
    )
  )
const time = (d: Date) => tlv(0x17, Buffer.from(`${d.toISOString().slice(2, 19).replace(/[-T:]/g, '')}Z`))
const name = (cn: string) =>
  seq(
    tlv(0x31, seq(oid('550403'), tlv(0x0c, Buffer.from(cn)))),
    tlv(0x31, seq(oid('55040a'), tlv(0x0c, Buffer.from('Test AMD'))))
  )

const SHA384 = seq(oid('608648016503040202'), Buffer.from([0x05, 0x00]))
/** RSASSA-PSS with SHA-384, MGF1 SHA-384, salt 48: what AMD's ARK and ASK sign with. */
const RSA_PSS = seq(
  oid('2a864886f70d01010a'),
  seq(tlv(0xa0, SHA384), tlv(0xa1, seq(oid('2a864886f70d010108'), SHA384)), tlv(0xa2, int(48)))
)
const RSA_SHA384 = seq(oid('2a864886f70d01010c'), Buffer.from([0x05, 0x00]))

export interface IssueOptions {
  subject: string
  issuer: string
  publicKey: KeyObject
  signer: KeyObject
  serial?: number
  notBefore?: Date
  notAfter?: Date
  /** Sign with PKCS#1 v1.5 instead of RSA-PSS (not how AMD signs). */
  pkcs1?: boolean
  extensions?: Buffer[]
}

const AMD = '2b060104019c7801' // 1.3.6.1.4.1.3704.1
const extension = (oidHex: string, value: Buffer) => seq(oid(oidHex), tlv(0x04, value))
/** The VCEK extensions AMD's KDS writes: product name, TCB SPLs, hwID (the chip id). */
export function vcekExtensions(o: {
  product: string
  chipId: string
  spl: Record<string, number>
}): Buffer[] {
  const spl: Record<string, string> = { blSPL: '01', teeSPL: '02', snpSPL: '03', ucodeSPL: '08' }
  return [
    extension(`${AMD}02`, tlv(0x16, Buffer.from(o.product))),
    ...Object.entries(o.spl).map(([n, v]) => extension(`${AMD}03${spl[n]}`, int(v))),
    extension(`${AMD}04`, Buffer.from(o.chipId, 'hex'))
  ]
}

export function issue(o: IssueOptions): X509Certificate {
  const alg = o.pkcs1 ? RSA_SHA384 : RSA_PSS
  const from = o.notBefore ?? new Date(Date.now() - 86400_000)
  const to = o.notAfter ?? new Date(Date.now() + 365 * 86400_000)
  const tbs = seq(
    tlv(0xa0, int(2)),
    int(o.serial ?? 1),
    alg,
    name(o.issuer),
    seq(time(from), time(to)),
    name(o.subject),
    o.publicKey.export({ format: 'der', type: 'spki' }),
    ...(o.extensions ? [tlv(0xa3, seq(...o.extensions))] : [])
  )
  const sig = o.pkcs1
    ? sign('sha384', tbs, { key: o.signer, padding: constants.RSA_PKCS1_PADDING })
    : sign('sha384', tbs, { key: o.signer, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 48 })
  return new X509Certificate(seq(tbs, alg, tlv(0x03, Buffer.from([0]), sig)))
}

export interface TestChain {
  ark: X509Certificate
  ask: X509Certificate
  vcek: X509Certificate
  vcekKey: KeyObject
  askKey: KeyObject
  arkKey: KeyObject
}

const rsa = () => generateKeyPairSync('rsa', { modulusLength: 4096 })

/** ARK (self-signed) -> ASK -> VCEK, as AMD's: 4096-bit RSA-PSS, then an EC P-384 VCEK. */
export function makeChain(): TestChain {
  const ark = rsa()
  const ask = rsa()
  const vcek = generateKeyPairSync('ec', { namedCurve: 'P-384' })
  const arkCert = issue({
    subject: 'ARK-Test',
    issuer: 'ARK-Test',
    publicKey: ark.publicKey,
    signer: ark.privateKey
  })
  const askCert = issue({
    subject: 'SEV-Test',
    issuer: 'ARK-Test',
    publicKey: ask.publicKey,
    signer: ark.privateKey,
    serial: 2
  })
  const vcekCert = issue({
    subject: 'SEV-VCEK',
    issuer: 'SEV-Test',
    publicKey: vcek.publicKey,
    signer: ask.privateKey,
    serial: 3,
    extensions: vcekExtensions({
      product: 'Milan-B0',
      chipId: 'ab'.repeat(64),
      spl: { blSPL: 3, teeSPL: 0, snpSPL: 8, ucodeSPL: 115 }
    })
  })
  return {
    ark: arkCert,
    ask: askCert,
    vcek: vcekCert,
    vcekKey: vcek.privateKey,
    askKey: ask.privateKey,
    arkKey: ark.privateKey
  }
}

export const pem = (...certs: X509Certificate[]) => certs.map(c => c.toString()).join('')
