// SEV-SNP attestation reports built and signed here, field by field (SNP ABI offsets), so each
// check can be made to hold or to fail on purpose. The TCB bytes are written per product here
// (not with src's encoder), from the layouts virtee/sev reads: Milan and Genoa
// [bl, tee, 0, 0, 0, 0, snp, ucode], Turin [fmc, bl, tee, snp, 0, 0, 0, ucode].
import { sign, type KeyObject } from 'node:crypto'
import type { Product, Tcb } from './certs.js'

export interface ReportFields {
  version?: number
  guestSvn?: number
  policy?: bigint
  familyId?: string
  imageId?: string
  vmpl?: number
  authorKeyEn?: boolean
  /** Which key signs: 0 VCEK, 1 VLEK (KEY_INFO bits 4:2). */
  signingKey?: 0 | 1 | 7
  reportData?: string
  measurement: string
  idKeyDigest?: string
  authorKeyDigest?: string
  /** Hex; default 64 bytes of 0xAB (Turin: 8 bytes of 0xAB, then zeros). */
  chipId?: string
  /** Sets the layout of the TCB fields and, for version 3+, the CPUID. Default Milan. */
  product?: Product
  /** Default bl 3, tee 0, snp 8, ucode 115 (and fmc 1 on Turin). */
  tcb?: Tcb
}

/** CPUID family, model, stepping of one model of each product. */
const CPUID: Record<Product, [number, number, number]> = {
  Milan: [0x19, 0x01, 0x01],
  Genoa: [0x19, 0x11, 0x01],
  Turin: [0x1a, 0x02, 0x00]
}

export const DEFAULT_TCB: Tcb = { bl: 3, tee: 0, snp: 8, ucode: 115 }
export const TURIN_TCB: Tcb = { fmc: 1, bl: 3, tee: 0, snp: 8, ucode: 115 }

export function tcbBytes(product: Product, t: Tcb): Buffer {
  return product === 'Turin'
    ? Buffer.from([t.fmc ?? 0, t.bl, t.tee, t.snp, 0, 0, 0, t.ucode])
    : Buffer.from([t.bl, t.tee, 0, 0, 0, 0, t.snp, t.ucode])
}

export const defaultChipId = (product: Product) =>
  product === 'Turin' ? Buffer.concat([Buffer.alloc(8, 0xab), Buffer.alloc(56)]) : Buffer.alloc(64, 0xab)

const put = (b: Buffer, at: number, hex: string | undefined) => {
  if (hex) Buffer.from(hex, 'hex').copy(b, at)
}

/** A 0x4A0-byte report signed by `key` (r, s little-endian in 72-byte fields). */
export function makeReport(f: ReportFields, key: KeyObject): Buffer {
  const product = f.product ?? 'Milan'
  const version = f.version ?? (product === 'Turin' ? 5 : 2)
  const b = Buffer.alloc(0x4a0)
  b.writeUInt32LE(version, 0)
  b.writeUInt32LE(f.guestSvn ?? 0, 0x4)
  b.writeBigUInt64LE(f.policy ?? 0x30000n, 0x8)
  put(b, 0x10, f.familyId)
  put(b, 0x20, f.imageId)
  b.writeUInt32LE(f.vmpl ?? 0, 0x30)
  b.writeUInt32LE(1, 0x34) // ECDSA P-384 with SHA-384
  b.writeUInt32LE((f.authorKeyEn ? 1 : 0) | ((f.signingKey ?? 0) << 2), 0x48)
  put(b, 0x50, f.reportData)
  put(b, 0x90, f.measurement)
  put(b, 0xe0, f.idKeyDigest)
  put(b, 0x110, f.authorKeyDigest)
  const tcb = tcbBytes(product, f.tcb ?? (product === 'Turin' ? TURIN_TCB : DEFAULT_TCB))
  for (const at of [0x38, 0x180, 0x1e0, 0x1f0]) tcb.copy(b, at) // current, reported, committed, launch
  if (version >= 3) Buffer.from(CPUID[product]).copy(b, 0x188)
  if (f.chipId) put(b, 0x1a0, f.chipId)
  else defaultChipId(product).copy(b, 0x1a0)
  const sig = sign('sha384', b.subarray(0, 0x2a0), { key, dsaEncoding: 'ieee-p1363' })
  Buffer.from(sig.subarray(0, 48)).reverse().copy(b, 0x2a0)
  Buffer.from(sig.subarray(48)).reverse().copy(b, 0x2e8)
  return b
}
