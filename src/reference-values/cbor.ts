// The one place CBOR is encoded and decoded (cborg): deterministic encoding as RFC 8949 §4.2.1
// asks (shortest forms, map keys sorted bytewise), and a decoder that keeps every tag as `Tagged`
// so the CoRIM reader, not the CBOR library, says which tag was unexpected and where.
import { decode, encode, rfc8949EncodeOptions, Tagged } from 'cborg'

export { Tagged }

/** What the decoder gives back: maps with non-string keys stay Maps, tags stay `Tagged`. */
export type Cbor =
  number | bigint | string | boolean | null | undefined | Uint8Array | Cbor[] | CborMap | Tagged
export type CborMap = Map<Cbor, Cbor>

export const encodeDeterministic = (value: unknown): Uint8Array => encode(value, rfc8949EncodeOptions)

// Every tag number maps to a decoder that keeps it; cborg looks decoders up by number.
const keepEveryTag = new Proxy({} as Record<number, (d: () => unknown) => Tagged>, {
  get: (_, key) => (typeof key === 'string' && /^\d+$/.test(key) ? Tagged.decoder(Number(key)) : undefined)
})

/** Decodes one CBOR item; throws cborg's error (with its offset) on malformed or trailing bytes. */
export function decodeCbor(bytes: Uint8Array, strict = false): Cbor {
  return decode(bytes, { useMaps: true, rejectDuplicateMapKeys: true, tags: keepEveryTag, strict }) as Cbor
}
