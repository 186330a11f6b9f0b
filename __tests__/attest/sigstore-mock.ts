// Sigstore's own service mocks (@sigstore/mock: Fulcio, Rekor, a timestamp authority) served on
// 127.0.0.1, a signer for in-toto statements against them (@sigstore/sign, what GitHub's
// attestation actions use underneath), and the trusted root a verifier needs for them.
import { initializeCA, initializeCTLog, initializeTLog, initializeTSA } from '@sigstore/mock'
import { fulcioHandler, rekorHandler, tsaHandler } from '@sigstore/mock'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness, type Bundle } from '@sigstore/sign'
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify'
import { createHash, generateKeyPairSync } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface SigstoreMock {
  url: string
  trustMaterial: TrustMaterial
  /** Signs an in-toto statement as the workflow whose OIDC claims are given. */
  signStatement(statement: unknown, claims: Record<string, string>): Promise<Bundle>
  close(): Promise<void>
}

const ec = () => generateKeyPairSync('ec', { namedCurve: 'P-256' })
const b64 = (v: ArrayBufferView | Buffer) =>
  Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64')
const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')

/** An unsigned OIDC token: the strict Fulcio mock reads its claims, it does not check a signature. */
export const oidcToken = (claims: Record<string, string>) =>
  `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.`

export async function startSigstoreMock(): Promise<SigstoreMock> {
  const server: Server = createServer()
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  // One clock for all, on a whole second: the mock TSA writes milliseconds without trailing zeros
  // (".5Z"), which @sigstore/core refuses ("invalid time"), so one run in ten would fail at random.
  // The mocks' root and intermediate certificates take the real time when they are made (not this
  // clock): the clock is 5 s ahead, so certificates made in the next seconds (a loaded machine)
  // are already valid at the instant of every signature and timestamp.
  const clock = new Date((Math.floor(Date.now() / 1000) + 5) * 1000)
  const ctLog = await initializeCTLog(ec(), clock)
  const ca = await initializeCA(ec(), ctLog, clock)
  const tlog = await initializeTLog(url, ec(), clock)
  const tsa = await initializeTSA(ec(), clock)
  const handlers = [
    fulcioHandler(ca, { strict: true }),
    rekorHandler(tlog, { strict: true }),
    tsaHandler(tsa, { strict: true })
  ]
  server.on('request', (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const h = handlers.find(x => x.path === req.url)
      if (!h) {
        res.writeHead(404).end()
        return
      }
      h.fn(Buffer.concat(chunks).toString('utf8')).then(
        r => {
          res.writeHead(r.statusCode, { 'content-type': r.contentType ?? 'application/json' })
          res.end(
            typeof r.response === 'string'
              ? r.response
              : Buffer.from(r.response.buffer, r.response.byteOffset, r.response.byteLength)
          )
        },
        (e: Error) => res.writeHead(500).end(e.message)
      )
    })
  })

  const since = { start: '2000-01-01T00:00:00Z' }
  const key = (der: Buffer) => ({
    rawBytes: der.toString('base64'),
    keyDetails: 'PKIX_ECDSA_P256_SHA_256',
    validFor: since
  })
  const trustedRoot = TrustedRoot.fromJSON({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: key(tlog.publicKey),
        logId: { keyId: createHash('sha256').update(tlog.publicKey).digest('base64') }
      }
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'mock', commonName: 'mock fulcio' },
        uri: url,
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor: since
      }
    ],
    ctlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: key(ctLog.publicKey),
        logId: { keyId: b64(ctLog.logID) }
      }
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'mock', commonName: 'mock tsa' },
        uri: url,
        certChain: {
          certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }]
        },
        validFor: since
      }
    ]
  })

  return {
    url,
    trustMaterial: toTrustMaterial(trustedRoot),
    async signStatement(statement, claims) {
      const builder = new DSSEBundleBuilder({
        signer: new FulcioSigner({
          fulcioBaseURL: url,
          identityProvider: { getToken: () => Promise.resolve(oidcToken(claims)) }
        }),
        witnesses: [
          new RekorWitness({ rekorBaseURL: url, entryType: 'intoto' }),
          new TSAWitness({ tsaBaseURL: url })
        ]
      })
      return builder.create({
        data: Buffer.from(JSON.stringify(statement)),
        type: 'application/vnd.in-toto+json'
      })
    },
    close: () => new Promise<void>(r => server.close(() => r()))
  }
}
