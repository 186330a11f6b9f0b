// The measurement attestation, signed and verified offline with sigstore's own libraries and
// service mocks: the predicate of a real example build, as build.yml's actions/attest signs it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Bundle } from '@sigstore/sign'
import { toSignedEntity, VerificationError, Verifier } from '@sigstore/verify'
import Ajv from 'ajv'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Measurement } from '../../src/record/schema.js'
import { measurementFromPayload } from '../../src/attest/check-statement.js'
import { MEASUREMENT_PREDICATE_TYPE, measurementStatement } from '../../src/attest/predicate.js'
import { PREDICATE_DIR, writePredicates } from '../../src/attest/write-predicates.js'
import { REPO } from '../helpers/paths.js'
import { makeTree } from '../helpers/tree.js'
import { buildIn } from '../helpers/recorded-build.js'
import { startSigstoreMock, type SigstoreMock } from './sigstore-mock.js'

// The claims GitHub's OIDC token carries for a workflow run (what Fulcio puts in the certificate).
const workflowClaims = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:svsm-build/svsm-build-action:ref:refs/heads/main',
  repository: 'svsm-build/svsm-build-action',
  ref: 'refs/heads/main',
  sha: '0123456789abcdef0123456789abcdef01234567',
  workflow: 'Build COCONUT-SVSM IGVM images',
  event_name: 'push'
}

let sigstore: SigstoreMock
let root: string
let m: Measurement
let igvm: Buffer
let bundle: Bundle

const verifier = () =>
  new Verifier(sigstore.trustMaterial, { tlogThreshold: 1, ctlogThreshold: 1, tsaThreshold: 1 })
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const payloadOf = (b: Bundle) => {
  if (b.content.$case !== 'dsseEnvelope') throw new Error('not a DSSE bundle')
  return b.content.dsseEnvelope
}

beforeAll(async () => {
  sigstore = await startSigstoreMock()
  root = makeTree()
  const { result } = await buildIn(root, ['configs/qemu-target.json'])
  m = result.measurements[0]!
  igvm = readFileSync(join(root, m.igvm))
  // The predicate file the action writes is what actions/attest signs (with the subject's digest).
  const [written] = writePredicates(join(root, PREDICATE_DIR), result.measurements)
  const predicate = JSON.parse(readFileSync(written!.predicate, 'utf8')) as unknown
  const statement = { ...measurementStatement(m), predicate }
  bundle = await sigstore.signStatement(statement, workflowClaims)
})

afterAll(() => sigstore.close())

describe('measurement attestation, signed and verified offline', () => {
  it('is a v0.3 bundle with a Fulcio certificate, a Rekor entry and a timestamp', () => {
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1)
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1)
    expect(bundle.verificationMaterial.content.$case).toBe('certificate')
  })

  it('verifies with @sigstore/verify, naming the workflow identity, and gives the launch digest of this file', () => {
    const signer = verifier().verify(toSignedEntity(bundle), {
      subjectAlternativeName: workflowClaims.sub,
      extensions: { issuer: workflowClaims.iss }
    })
    expect(signer.identity?.subjectAlternativeName).toBe(workflowClaims.sub)
    const env = payloadOf(bundle)
    const predicate = measurementFromPayload(env.payloadType, env.payload, sha256(igvm))
    expect(predicate.launchDigest).toBe(m.launchDigest)
    expect(predicate.record.inputs!.source.commit).toBe(m.inputs!.source.commit)
    // The signed predicate is valid under the published schema.
    const schema = JSON.parse(
      readFileSync(join(REPO, 'schemas', 'measurement-predicate.schema.json'), 'utf8')
    ) as object
    const statement = JSON.parse(env.payload.toString('utf8')) as {
      predicateType: string
      predicate: unknown
    }
    expect(statement.predicateType).toBe(MEASUREMENT_PREDICATE_TYPE)
    expect(new Ajv().validate(schema, statement.predicate)).toBe(true)
    process.stdout.write(
      `verified: ${signer.identity?.subjectAlternativeName} attests ${m.igvm} sha256 ${sha256(igvm)} launch digest ${predicate.launchDigest}\n`
    )
  })

  it('refuses the bundle when the signed launch digest is changed', () => {
    const env = payloadOf(bundle)
    const statement = JSON.parse(env.payload.toString('utf8')) as { predicate: { launchDigest: string } }
    statement.predicate.launchDigest = '0'.repeat(96)
    const forged: Bundle = {
      ...bundle,
      content: {
        $case: 'dsseEnvelope',
        dsseEnvelope: { ...env, payload: Buffer.from(JSON.stringify(statement)) }
      }
    }
    let refused: unknown
    try {
      verifier().verify(toSignedEntity(forged))
    } catch (e) {
      refused = e
    }
    expect(refused).toBeInstanceOf(VerificationError)
    expect((refused as VerificationError).code).toBe('TLOG_BODY_ERROR')
    expect((refused as Error).message).toBe('DSSE payload hash mismatch')
  })

  it('refuses another identity, and a genuine statement about other bytes', () => {
    expect(() =>
      verifier().verify(toSignedEntity(bundle), {
        subjectAlternativeName: 'repo:someone/else:ref:refs/heads/main',
        extensions: { issuer: workflowClaims.iss }
      })
    ).toThrow(/identity|subjectAlternativeName|UNTRUSTED_SIGNER/i)
    const env = payloadOf(bundle)
    const other = Buffer.concat([igvm, Buffer.from([0])])
    expect(() => measurementFromPayload(env.payloadType, env.payload, sha256(other))).toThrow(
      `not a file with sha256 ${sha256(other)}`
    )
  })
})
