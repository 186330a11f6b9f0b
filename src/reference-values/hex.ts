// Hex and byte helpers shared by the formats: digests travel as upper-case hex in the record and
// in this module's values, as bytes in CBOR and as lower-case hex in Trustee's claims.

export const HEX96 = /^[0-9A-Fa-f]{96}$/
export const HEX32 = /^[0-9A-Fa-f]{32}$/

export const toHex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex')
export const toUpperHex = (b: Uint8Array) => toHex(b).toUpperCase()
export const fromHex = (h: string) => new Uint8Array(Buffer.from(h, 'hex'))

/** The guest policy as 8 big-endian bytes: the order Veraison's SEV-SNP claims use (0x30000 → 0000000000030000). */
export function policyBytes(policy: bigint): Uint8Array {
  const out = new Uint8Array(8)
  new DataView(out.buffer).setBigUint64(0, policy, false)
  return out
}

export const policyFromBytes = (b: Uint8Array) =>
  new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0, false)
