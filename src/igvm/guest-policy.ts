// The SEV-SNP guest policy (SNP ABI "GUEST_POLICY"), as an IGVM file declares it and an attestation
// report echoes it: its bits by name, and the differences between two policies in words.
/** SNP guest policy bits above the ABI version bytes (SNP ABI "GUEST_POLICY"). */
export const POLICY_BITS: [number, string][] = [
  [16, 'SMT'],
  [17, 'reserved-must-be-one'],
  [18, 'migrate-MA'],
  [19, 'debug'],
  [20, 'single-socket'],
  [21, 'CXL-allow'],
  [22, 'mem-AES-256-XTS'],
  [23, 'RAPL-disable'],
  [24, 'ciphertext-hiding'],
  [25, 'page-swap-disable']
]

/** Each difference between two policies, named ("debug 0 -> 1", "ABI minor 0 -> 1"). */
export function policyDifferences(expected: bigint, found: bigint): string[] {
  const out: string[] = []
  const byte = (v: bigint, s: bigint) => (v >> s) & 0xffn
  if (byte(expected, 0n) !== byte(found, 0n))
    out.push(`ABI minor ${byte(expected, 0n)} -> ${byte(found, 0n)}`)
  if (byte(expected, 8n) !== byte(found, 8n))
    out.push(`ABI major ${byte(expected, 8n)} -> ${byte(found, 8n)}`)
  const bit = (v: bigint, n: number) => Number((v >> BigInt(n)) & 1n)
  const named = new Set(POLICY_BITS.map(([n]) => n))
  for (const [n, label] of POLICY_BITS)
    if (bit(expected, n) !== bit(found, n)) out.push(`${label} ${bit(expected, n)} -> ${bit(found, n)}`)
  for (let n = 26; n < 64; n++)
    if (!named.has(n) && bit(expected, n) !== bit(found, n))
      out.push(`bit ${n} ${bit(expected, n)} -> ${bit(found, n)}`)
  return out
}
