// One entry point for `verify-report --reference-values FILE`: which format the bytes are, and the
// reference values in them. A measurement record (a JSON array) is recognised but read elsewhere.
import { decodeCorim } from './corim-decode.js'
import { ReferenceValuesError } from './errors.js'
import { JSON_FORMAT, parseJson } from './json-format.js'
import { parseRvpsMessage } from './rvps-parse.js'
import type { ReferenceValues } from './values.js'

type ReferenceValuesFormat = 'corim' | 'rvps' | 'json' | 'record'

/** CBOR major type 6 (a tag) first: a CoRIM, signed or not. JSON otherwise, told apart by its shape. */
export function detectFormat(bytes: Uint8Array): ReferenceValuesFormat | null {
  if (bytes.length > 0 && bytes[0]! >> 5 === 6) return 'corim'
  let v: unknown
  try {
    v = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'))
  } catch {
    return null
  }
  if (Array.isArray(v)) return 'record'
  if (typeof v !== 'object' || v === null) return null
  const o = v as Record<string, unknown>
  if (o.format === JSON_FORMAT) return 'json'
  if ('payload' in o && 'type' in o) return 'rvps'
  return null
}

/** The reference values of a CoRIM, an RVPS message or this project's JSON; a record is the caller's to read. */
export function readReferenceValues(bytes: Uint8Array, source: string): ReferenceValues {
  const format = detectFormat(bytes)
  const text = () => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  switch (format) {
    case 'corim':
      return decodeCorim(bytes, source)
    case 'rvps':
      return parseRvpsMessage(text(), source)
    case 'json':
      return parseJson(text(), source)
    case 'record':
      throw new ReferenceValuesError(
        source,
        '',
        'a measurement record (a JSON array): read it as measurements.json'
      )
    default:
      throw new ReferenceValuesError(
        source,
        '',
        `neither CBOR nor JSON of a known shape, expected an unsigned CoRIM (tag 501), an RVPS message {"version","type","payload"} or ${JSON_FORMAT} JSON`
      )
  }
}
