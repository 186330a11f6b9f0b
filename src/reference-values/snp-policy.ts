// The SEV-SNP guest policy bits (SNP firmware ABI, GUEST_POLICY) that Trustee's verifier reports
// as claims and its default policy checks one by one. The bit numbers are igvm's POLICY_BITS.
import { POLICY_BITS } from '../igvm/guest-policy.js'
import type { SnpPolicyFields } from './values.js'

/** The bit POLICY_BITS names `label` (a typo here fails at load, not as a silent zero). */
function bitNamed(label: string): bigint {
  const found = POLICY_BITS.find(([, l]) => l === label)
  if (!found) throw new Error(`POLICY_BITS has no bit named ${label}`)
  return BigInt(found[0])
}

const SMT = bitNamed('SMT')
const MIGRATE_MA = bitNamed('migrate-MA')
const DEBUG = bitNamed('debug')
const SINGLE_SOCKET = bitNamed('single-socket')

const bit = (p: bigint, n: bigint) => ((p >> n) & 1n) === 1n

export interface SnpPolicyBits extends Required<SnpPolicyFields> {
  migrateMa: boolean
  debugAllowed: boolean
}

export function snpPolicyBits(policy: bigint): SnpPolicyBits {
  return {
    abiMinor: Number(policy & 0xffn),
    abiMajor: Number((policy >> 8n) & 0xffn),
    smtAllowed: bit(policy, SMT),
    migrateMa: bit(policy, MIGRATE_MA),
    debugAllowed: bit(policy, DEBUG),
    singleSocket: bit(policy, SINGLE_SOCKET)
  }
}

/** The bit numbers, for messages ("debugging (bit 19)"). */
export const SNP_POLICY_BIT = { smt: SMT, migrateMa: MIGRATE_MA, debug: DEBUG, singleSocket: SINGLE_SOCKET }
