// The SEV-SNP ATTESTATION_REPORT (SNP ABI, AMD 56860): 0x4A0 bytes, little-endian, versions 2 to 5.
// Parsing only; what the fields are compared against is check.ts.
import { productOfCpuid, type Product } from './product.js'

export const REPORT_SIZE = 0x4a0
/** The signature covers the report up to here. */
const SIGNED_SIZE = 0x2a0
export const SIGNATURE_ALGO_ECDSA_P384_SHA384 = 1

export class ReportError extends Error {
  override name = 'ReportError'
}

export interface SnpReport {
  version: number
  guestSvn: number
  policy: bigint
  familyId: string
  imageId: string
  vmpl: number
  signatureAlgo: number
  currentTcb: bigint
  platformInfo: bigint
  /** KEY_INFO / signer info: author key used, chip id masked, which key signed. */
  authorKeyEn: boolean
  maskChipKey: boolean
  signingKey: 'vcek' | 'vlek' | 'none' | `reserved(${number})`
  reportData: string
  measurement: string
  hostData: string
  idKeyDigest: string
  authorKeyDigest: string
  reportId: string
  reportIdMa: string
  reportedTcb: bigint
  /** Version 3 and later: CPUID family, model, stepping of the chip. */
  cpuid: { family: number; model: number; stepping: number } | null
  /** The product its CPUID names (version 3 and later; null for version 2 or a CPUID not known here). */
  product: Product | null
  chipId: string
  committedTcb: bigint
  currentVersion: string
  committedVersion: string
  launchTcb: bigint
  /** Version 5 and later. */
  launchMitVector: bigint | null
  currentMitVector: bigint | null
  /** The signed bytes (0..0x2A0) and r, s (little-endian, 72 bytes each). */
  signed: Buffer
  r: Buffer
  s: Buffer
}

const hex = (b: Buffer) => b.toString('hex').toUpperCase()
const SIGNERS: Record<number, SnpReport['signingKey']> = { 0: 'vcek', 1: 'vlek', 7: 'none' }

export function parseSnpReport(bytes: Uint8Array, name = 'report'): SnpReport {
  if (bytes.length !== REPORT_SIZE)
    throw new ReportError(
      `${name}: has ${bytes.length} bytes, expected exactly ${REPORT_SIZE} (0x4A0, an SEV-SNP ATTESTATION_REPORT)`
    )
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const version = b.readUInt32LE(0)
  if (version < 2 || version > 5)
    throw new ReportError(`${name}: offset 0x0: report version ${version}, expected 2, 3, 4 or 5`)
  const info = b.readUInt32LE(0x48)
  const at = (o: number, n: number) => hex(b.subarray(o, o + n))
  const u64 = (o: number) => b.readBigUInt64LE(o)
  const ver = (o: number) => `${b[o + 2]}.${b[o + 1]}.${b[o]}`
  return {
    version,
    guestSvn: b.readUInt32LE(0x4),
    policy: u64(0x8),
    familyId: at(0x10, 16),
    imageId: at(0x20, 16),
    vmpl: b.readUInt32LE(0x30),
    signatureAlgo: b.readUInt32LE(0x34),
    currentTcb: u64(0x38),
    platformInfo: u64(0x40),
    authorKeyEn: (info & 1) !== 0,
    maskChipKey: (info & 2) !== 0,
    signingKey: SIGNERS[(info >> 2) & 7] ?? `reserved(${(info >> 2) & 7})`,
    reportData: at(0x50, 64),
    measurement: at(0x90, 48),
    hostData: at(0xc0, 32),
    idKeyDigest: at(0xe0, 48),
    authorKeyDigest: at(0x110, 48),
    reportId: at(0x140, 32),
    reportIdMa: at(0x160, 32),
    reportedTcb: u64(0x180),
    cpuid: version >= 3 ? { family: b[0x188]!, model: b[0x189]!, stepping: b[0x18a]! } : null,
    product: version >= 3 ? productOfCpuid(b[0x188]!, b[0x189]!) : null,
    chipId: at(0x1a0, 64),
    committedTcb: u64(0x1e0),
    currentVersion: ver(0x1e8),
    committedVersion: ver(0x1ec),
    launchTcb: u64(0x1f0),
    launchMitVector: version >= 5 ? u64(0x1f8) : null,
    currentMitVector: version >= 5 ? u64(0x200) : null,
    signed: Buffer.from(b.subarray(0, SIGNED_SIZE)),
    r: Buffer.from(b.subarray(0x2a0, 0x2a0 + 72)),
    s: Buffer.from(b.subarray(0x2e8, 0x2e8 + 72))
  }
}
