// The SEV-SNP guest policy bits (SNP firmware ABI, GUEST_POLICY) that Trustee's verifier reports
// as claims and its default policy checks one by one.
import type { SnpPolicyFields } from './values.js'

const bit = (p: bigint, n: number) => ((p >> BigInt(n)) & 1n) === 1n

export interface SnpPolicyBits extends Required<SnpPolicyFields> {
  migrateMa: boolean
  debugAllowed: boolean
}

export function snpPolicyBits(policy: bigint): SnpPolicyBits {
  return {
    abiMinor: Number(policy & 0xffn),
    abiMajor: Number((policy >> 8n) & 0xffn),
    smtAllowed: bit(policy, 16),
    migrateMa: bit(policy, 18),
    debugAllowed: bit(policy, 19),
    singleSocket: bit(policy, 20)
  }
}
