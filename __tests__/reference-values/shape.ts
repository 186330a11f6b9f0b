// The CBOR "type" of a value as an independent decoder (cbor2) sees it: tags by number, byte
// strings by length, maps by key. Two values of the same shape differ only in their values.
import { Tag } from 'cbor2'

export type Shape = string | Shape[] | { [key: string]: Shape }

export function shape(v: unknown): Shape {
  if (v instanceof Tag) return { [`tag ${String(v.tag)}`]: shape(v.contents) }
  if (v instanceof Uint8Array) return `bytes[${v.length}]`
  if (typeof v === 'string') return 'text'
  if (typeof v === 'number' || typeof v === 'bigint')
    return Number.isInteger(Number(v)) && v >= 0 ? 'uint' : 'number'
  if (Array.isArray(v)) return v.map(shape)
  if (v instanceof Map)
    return Object.fromEntries([...v].map(([k, x]) => [`${typeof k} ${String(k)}`, shape(x)]))
  return typeof v
}
