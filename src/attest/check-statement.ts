// What a verifier checks after the signature: that the signed statement is a measurement
// attestation about THIS file, and what it says. Pure: the signature check is sigstore's.
import { inTotoStatementSchema, MEASUREMENT_PREDICATE_TYPE, type MeasurementPredicate } from './predicate.js'

const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

class StatementError extends Error {
  override name = 'StatementError'
}

/** The predicate of a DSSE payload, when it is a measurement attestation whose subject has this sha256. */
export function measurementFromPayload(
  payloadType: string,
  payload: Buffer,
  igvmSha256: string
): MeasurementPredicate {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE)
    throw new StatementError(`payloadType: found ${payloadType}, expected ${IN_TOTO_PAYLOAD_TYPE}`)
  let json: unknown
  try {
    json = JSON.parse(payload.toString('utf8'))
  } catch (e) {
    throw new StatementError(`payload: not JSON (${(e as Error).message})`)
  }
  const parsed = inTotoStatementSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new StatementError(
      `payload: not a ${MEASUREMENT_PREDICATE_TYPE} statement: ${issue.path.join('.') || '(top level)'}: ${issue.message}`
    )
  }
  const s = parsed.data
  if (!s.subject.some(x => x.digest.sha256 === igvmSha256))
    throw new StatementError(
      `subject: the statement is about ${s.subject.map(x => `${x.name} (sha256 ${x.digest.sha256})`).join(', ')}, not a file with sha256 ${igvmSha256}`
    )
  if (s.predicate.file.sha256 !== igvmSha256)
    throw new StatementError(
      `predicate.file.sha256: found ${s.predicate.file.sha256}, expected ${igvmSha256}`
    )
  return s.predicate
}
