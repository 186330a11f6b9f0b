// The DER objects of a PEM or DER file, read strictly and in one pass over the input: PEM blocks
// with the expected label and nothing but blank lines between them, canonical base64, and each
// DER object exactly one definite-length SEQUENCE with no byte after it.

export class CertificateError extends Error {
  override name = 'CertificateError'
}

type PemLabel = 'CERTIFICATE' | 'X509 CRL'
/** Labels accepted for each (RFC 7468's, and "CRL" as some tools write it). */
const LABELS: Record<PemLabel, string[]> = { CERTIFICATE: ['CERTIFICATE'], 'X509 CRL': ['X509 CRL', 'CRL'] }

const shown = (line: string) => JSON.stringify(line.length > 40 ? `${line.slice(0, 40)}...` : line)
const BASE64_LINE = /^[A-Za-z0-9+/]*={0,2}$/

/** The DER blocks of `bytes`: each PEM block labelled `label`, or the whole input when it is not PEM. */
export function derBlocks(bytes: Buffer, name: string, label: PemLabel, maxBlocks: number): Buffer[] {
  let start = 0
  while (start < bytes.length && /\s/.test(String.fromCharCode(bytes[start]!))) start++
  const blocks = bytes.subarray(start, start + 11).toString('latin1') === '-----BEGIN ' ? pem() : [bytes]
  for (const [i, b] of blocks.entries()) {
    const problem = derFraming(b)
    if (problem)
      throw new CertificateError(
        `${name}: ${blocks.length > 1 ? `block ${i + 1}: ` : ''}${problem}; expected one DER ${label === 'CERTIFICATE' ? 'X.509 certificate' : 'X.509 CRL'}`
      )
  }
  return blocks

  function pem(): Buffer[] {
    const begin = `-----BEGIN ${label}-----`
    const begins = LABELS[label].map(l => `-----BEGIN ${l}-----`)
    let end = `-----END ${label}-----`
    const out: Buffer[] = []
    const lines = bytes.toString('latin1').split('\n')
    let body: string[] | null = null
    let begunAt = 0
    for (const [i, raw] of lines.entries()) {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
      const at = `${name}: line ${i + 1}`
      if (body === null) {
        if (line.trim() === '') continue
        if (!begins.includes(line))
          throw new CertificateError(`${at}: expected "${begin}" or a blank line, found ${shown(line)}`)
        if (out.length === maxBlocks)
          throw new CertificateError(
            `${at}: more than ${maxBlocks} ${label} block(s); expected at most ${maxBlocks}`
          )
        body = []
        begunAt = i + 1
        end = `-----END ${line.slice(11, -5)}-----`
      } else if (line === end) {
        const b64 = body.join('')
        const der = Buffer.from(b64, 'base64')
        if (der.length === 0 || der.toString('base64') !== b64)
          throw new CertificateError(`${name}: the block begun on line ${begunAt} is not canonical base64`)
        out.push(der)
        body = null
      } else if (!BASE64_LINE.test(line))
        throw new CertificateError(
          `${at}: found ${shown(line)} inside the block begun on line ${begunAt}; expected base64 or "${end}"`
        )
      else body.push(line)
    }
    if (body !== null)
      throw new CertificateError(`${name}: the block begun on line ${begunAt} has no "${end}" line`)
    return out
  }
}

/** Why `b` is not exactly one definite-length DER SEQUENCE, or null when it is. */
function derFraming(b: Buffer): string | null {
  if (b.length < 2 || b[0] !== 0x30) return 'does not start with a DER SEQUENCE'
  const first = b[1]!
  let header = 2
  let length = first
  if (first >= 0x80) {
    const n = first & 0x7f
    if (n === 0) return 'has an indefinite length (BER, not DER)'
    if (n > 4 || b.length < 2 + n) return 'has a length field that does not fit'
    length = 0
    for (let i = 0; i < n; i++) length = length * 256 + b[2 + i]!
    if (b[2] === 0 || length < 0x80) return 'has a length in more bytes than DER allows'
    header = 2 + n
  }
  const total = header + length
  if (total > b.length) return `is cut short: it declares ${total} bytes, ${b.length} are there`
  if (total < b.length) return `has ${b.length - total} byte(s) after its end`
  return null
}
