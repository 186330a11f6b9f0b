// SEV-SNP attestation reports built and signed here, field by field (SNP ABI offsets), so each
// check can be made to hold or to fail on purpose.
import { sign, type KeyObject } from 'node:crypto'

export interface ReportFields {
  version?: number
  policy?: bigint
  familyId?: string
  imageId?: string
  vmpl?: number
  authorKeyEn?: boolean
  reportData?: string
  measurement: string
  idKeyDigest?: string
  authorKeyDigest?: string
  chipId?: string
  /** Milan layout: boot loader, TEE, SNP, microcode SPLs (default 3, 0, 8, 115, as the test VCEK). */
  tcb?: [number, number, number, number]
}

const put = (b: Buffer, at: number, hex: string | undefined) => {
  if (hex) Buffer.from(hex, 'hex').copy(b, at)
}

/** A 0x4A0-byte report signed by `vcekKey` (r, s little-endian in 72-byte fields). */
export function makeReport(f: ReportFields, vcekKey: KeyObject): Buffer {
  const b = Buffer.alloc(0x4a0)
  b.writeUInt32LE(f.version ?? 2, 0)
  b.writeBigUInt64LE(f.policy ?? 0x30000n, 0x8)
  put(b, 0x10, f.familyId)
  put(b, 0x20, f.imageId)
  b.writeUInt32LE(f.vmpl ?? 0, 0x30)
  b.writeUInt32LE(1, 0x34) // ECDSA P-384 with SHA-384
  b.writeUInt32LE(f.authorKeyEn ? 1 : 0, 0x48) // signing key 0: VCEK
  put(b, 0x50, f.reportData)
  put(b, 0x90, f.measurement)
  put(b, 0xe0, f.idKeyDigest)
  put(b, 0x110, f.authorKeyDigest)
  const [bl, tee, snp, ucode] = f.tcb ?? [3, 0, 8, 115]
  for (const at of [0x38, 0x180, 0x1e0, 0x1f0]) Buffer.from([bl, tee, 0, 0, 0, 0, snp, ucode]).copy(b, at)
  put(b, 0x1a0, f.chipId ?? 'ab'.repeat(64))
  const sig = sign('sha384', b.subarray(0, 0x2a0), { key: vcekKey, dsaEncoding: 'ieee-p1363' })
  Buffer.from(sig.subarray(0, 48)).reverse().copy(b, 0x2a0)
  Buffer.from(sig.subarray(48)).reverse().copy(b, 0x2e8)
  return b
}
