// The fixed header (igvm 0.4.0's rules): magic, format version, V2's architecture and page size,
// the sizes that must agree with the file, and the CRC32 over it and the variable headers.
import { crc32 } from 'node:zlib'
import { IGVM_MAGIC, PAGE_4K } from './format.js'

export interface FixedHeader {
  version: 1 | 2
  /** V2 only: 0 = X64, 1 = AArch64. */
  arch: number
  /** 0x18 (V1) or 0x20 (V2). */
  fixedSize: number
  vhOffset: number
  totalSize: number
  checksum: number
  /** Where the variable headers end and file data begins. */
  fileDataStart: number
}

/** Throws the refusal: byte offset, rule, and the crate's error name. */
export type Fail = (offset: number, rule: string, debug: string) => never

/**
 * The fixed header of a file of `size` bytes whose first bytes are `buf` (at least the fixed
 * header, when the file has one). Checks everything but the checksum, which needs the headers.
 */
export function readFixedHeader(buf: Uint8Array, size: number, fail: Fail): FixedHeader {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  const u32 = (o: number) => view.getUint32(o, true)
  if (size < 0x18)
    fail(0, `the file has ${size} bytes, fewer than the 24-byte fixed header`, 'InvalidFixedHeader')
  if (u32(0) !== IGVM_MAGIC)
    fail(0, `magic is 0x${u32(0).toString(16)}, expected 0x4d564749 ("IGVM")`, 'InvalidFixedHeader')
  const version = u32(4)
  if (version !== 1 && version !== 2) fail(4, `format version ${version} is not 1 or 2`, 'InvalidFixedHeader')
  let arch = 0
  if (version === 2) {
    if (size < 0x20) fail(0, 'the file is shorter than the 32-byte V2 fixed header', 'InvalidFixedHeader')
    arch = u32(0x18)
    if (arch > 1) fail(0x18, `architecture ${arch} is neither 0 (X64) nor 1 (AArch64)`, 'InvalidFixedHeader')
    if (u32(0x1c) !== PAGE_4K)
      fail(0x1c, `page size 0x${u32(0x1c).toString(16)} is not 0x1000`, 'InvalidFixedHeader')
  }
  const vhOffset = u32(8)
  const vhSize = u32(0xc)
  const totalSize = u32(0x10)
  if (totalSize !== size)
    fail(0x10, `total_file_size says ${totalSize} bytes, the file has ${size}`, 'InvalidFixedHeader')
  if (vhOffset >= totalSize)
    fail(
      8,
      `variable_header_offset 0x${vhOffset.toString(16)} is not below the file size`,
      'InvalidFixedHeader'
    )
  const fileDataStart = vhOffset + vhSize
  if (fileDataStart >= totalSize) {
    fail(
      0xc,
      `variable headers end at 0x${fileDataStart.toString(16)}, leaving no file data before 0x${totalSize.toString(16)}`,
      'InvalidFixedHeader'
    )
  }
  return {
    version: version as 1 | 2,
    arch,
    fixedSize: version === 2 ? 0x20 : 0x18,
    vhOffset,
    totalSize,
    checksum: u32(0x14),
    fileDataStart
  }
}

/** The checksum: CRC32 of the fixed header (its checksum field zero), then the variable headers. */
export function checkChecksum(buf: Uint8Array, h: FixedHeader, fail: Fail): void {
  const header = Buffer.from(buf.subarray(0, h.fixedSize))
  header.writeUInt32LE(0, 0x14)
  const expected = crc32(buf.subarray(h.vhOffset, h.fileDataStart), crc32(header))
  if (expected !== h.checksum) {
    fail(
      0x14,
      `checksum 0x${h.checksum.toString(16)} does not match the CRC32 0x${expected.toString(16)} of the headers`,
      `InvalidChecksum { expected: ${expected}, header_value: ${h.checksum} }`
    )
  }
}
