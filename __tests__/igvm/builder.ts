// A test-only IGVM writer: headers as given (even wrong ones), file data appended, checksum set.
import { crc32 } from 'node:zlib'

export interface RawHeader {
  type: number
  body: Buffer
  /** Override the length field (default: body length). */
  length?: number
}

export interface BuildOptions {
  version?: 1 | 2
  headers: RawHeader[]
  /** File data blobs; `dataOffset(i)` gives the absolute offset of blob i once the layout is known. */
  data?: Buffer[]
  fix?: (file: Buffer) => void
}

const pad8 = (n: number) => (n + 7) & ~7

export function headerSection(headers: RawHeader[]): Buffer {
  return Buffer.concat(
    headers.map(h => {
      const b = Buffer.alloc(8 + pad8(h.body.length))
      b.writeUInt32LE(h.type, 0)
      b.writeUInt32LE(h.length ?? h.body.length, 4)
      h.body.copy(b, 8)
      return b
    })
  )
}

/** Where file data blob i will be for these headers (headers must not depend on it for size). */
export function dataOffsets(o: Pick<BuildOptions, 'version' | 'headers' | 'data'>): number[] {
  const fixed = o.version === 2 ? 0x20 : 0x18
  let at = fixed + headerSection(o.headers).length
  return (o.data ?? []).map(d => {
    const off = at
    at += d.length
    return off
  })
}

export function buildIgvm(o: BuildOptions): Buffer {
  const fixed = o.version === 2 ? 0x20 : 0x18
  const vh = headerSection(o.headers)
  const data = Buffer.concat(o.data && o.data.length > 0 ? o.data : [Buffer.alloc(1)])
  const fh = Buffer.alloc(fixed)
  fh.writeUInt32LE(0x4d564749, 0)
  fh.writeUInt32LE(o.version ?? 1, 4)
  fh.writeUInt32LE(fixed, 8)
  fh.writeUInt32LE(vh.length, 0xc)
  fh.writeUInt32LE(fixed + vh.length + data.length, 0x10)
  if (o.version === 2) fh.writeUInt32LE(0x1000, 0x1c)
  const file = Buffer.concat([fh, vh, data])
  o.fix?.(file)
  resum(file)
  return file
}

/** Recomputes the checksum (after a test edits a header on purpose). */
export function resum(file: Buffer) {
  const fixed = file.readUInt32LE(4) === 2 ? 0x20 : 0x18
  const vhOff = file.readUInt32LE(8)
  const vhEnd = vhOff + file.readUInt32LE(0xc)
  const fh = Buffer.from(file.subarray(0, fixed))
  fh.writeUInt32LE(0, 0x14)
  if (vhEnd <= file.length) file.writeUInt32LE(crc32(file.subarray(vhOff, vhEnd), crc32(fh)), 0x14)
}

// Header bodies.
export function platform(
  mask: number,
  type: number,
  o: { vtl?: number; vtom?: bigint; version?: number } = {}
): RawHeader {
  const b = Buffer.alloc(0x10)
  b.writeUInt32LE(mask, 0)
  b.writeUInt8(o.vtl ?? 0, 4)
  b.writeUInt8(type, 5)
  b.writeUInt16LE(o.version ?? 1, 6)
  b.writeBigUInt64LE(o.vtom ?? 0n, 8)
  return { type: 0x001, body: b }
}

export function policy(value: bigint, mask: number, reserved = 0): RawHeader {
  const b = Buffer.alloc(0x10)
  b.writeBigUInt64LE(value, 0)
  b.writeUInt32LE(mask, 8)
  b.writeUInt32LE(reserved, 0xc)
  return { type: 0x101, body: b }
}

export function pageData(
  gpa: bigint,
  mask: number,
  fileOffset: number,
  o: { flags?: number; dataType?: number; reserved?: number } = {}
): RawHeader {
  const b = Buffer.alloc(0x18)
  b.writeBigUInt64LE(gpa, 0)
  b.writeUInt32LE(mask, 8)
  b.writeUInt32LE(fileOffset, 0xc)
  b.writeUInt32LE(o.flags ?? 0, 0x10)
  b.writeUInt16LE(o.dataType ?? 0, 0x14)
  b.writeUInt16LE(o.reserved ?? 0, 0x16)
  return { type: 0x302, body: b }
}

export function parameterArea(bytes: bigint, index: number, fileOffset = 0): RawHeader {
  const b = Buffer.alloc(0x10)
  b.writeBigUInt64LE(bytes, 0)
  b.writeUInt32LE(index, 8)
  b.writeUInt32LE(fileOffset, 0xc)
  return { type: 0x301, body: b }
}

export function parameterUsage(type: number, index: number, offset = 0): RawHeader {
  const b = Buffer.alloc(8)
  b.writeUInt32LE(index, 0)
  b.writeUInt32LE(offset, 4)
  return { type, body: b }
}

export function parameterInsert(gpa: bigint, mask: number, index: number): RawHeader {
  const b = Buffer.alloc(0x10)
  b.writeBigUInt64LE(gpa, 0)
  b.writeUInt32LE(mask, 8)
  b.writeUInt32LE(index, 0xc)
  return { type: 0x303, body: b }
}

export function vpContext(gpa: bigint, mask: number, fileOffset: number, vpIndex = 0): RawHeader {
  const b = Buffer.alloc(0x14)
  b.writeBigUInt64LE(gpa, 0)
  b.writeUInt32LE(mask, 8)
  b.writeUInt32LE(fileOffset, 0xc)
  b.writeUInt16LE(vpIndex, 0x10)
  return { type: 0x304, body: b }
}

export function requiredMemory(gpa: bigint, mask: number, bytes: number, reserved = 0): RawHeader {
  const b = Buffer.alloc(0x18)
  b.writeBigUInt64LE(gpa, 0)
  b.writeUInt32LE(mask, 8)
  b.writeUInt32LE(bytes, 0xc)
  b.writeUInt32LE(reserved, 0x14)
  return { type: 0x305, body: b }
}

export function idBlock(mask: number, ld: Buffer): RawHeader {
  const b = Buffer.alloc(0x2b8)
  b.writeUInt32LE(mask, 0)
  ld.copy(b, 8)
  return { type: 0x30b, body: b }
}

/** A 4 KiB VMSA page with CR0 and RIP set. */
export function vmsa(cr0 = 0x31n, rip = 0x10000n): Buffer {
  const v = Buffer.alloc(4096)
  v.writeBigUInt64LE(cr0, 0x158)
  v.writeBigUInt64LE(rip, 0x178)
  v.writeBigUInt64LE(0x29n, 0x3b0)
  return v
}

export const page = (fill: number) => Buffer.alloc(4096, fill)

/** IGVM_VHS_CORIM_DATA (igvm 0.5): a CoRIM document (0x104) or its COSE_Sign1 signature (0x105). */
export function corim(
  type: 0x104 | 0x105,
  mask: number,
  fileOffset: number,
  size: number,
  reserved = 0
): RawHeader {
  const b = Buffer.alloc(0x10)
  b.writeUInt32LE(mask, 0)
  b.writeUInt32LE(fileOffset, 4)
  b.writeUInt32LE(size, 8)
  b.writeUInt32LE(reserved, 0xc)
  return { type, body: b }
}

/** A header with the optional bit (1 << 31) set on `type`. */
export const optional = (type: number, body: Buffer = Buffer.alloc(8)): RawHeader => ({
  type: (type | 0x80000000) >>> 0,
  body
})
