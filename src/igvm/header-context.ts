// What every header rule works with: the header being read (its offset and body readers), the file
// built so far, the parameter areas' states, file data lookups, and the one way to refuse.
import { IgvmError } from './errors.js'
import type { IgvmFile } from './igvm-file.js'
import type { IgvmInput } from './input.js'

export class HeaderContext {
  private readonly view: DataView
  /** Offset of the header being read, and of its body (8 bytes on). */
  at = 0
  body = 0
  /** Parameter areas by index: declared, then inserted (once). */
  readonly areas = new Map<number, 'allocated' | 'inserted'>()
  /** Compatibility mask bits that have a CoRIM document, and a CoRIM signature, so far. */
  corimDocuments = 0
  corimSignatures = 0

  constructor(
    readonly input: IgvmInput,
    readonly name: string,
    readonly file: IgvmFile,
    /** false: page data is checked to lie inside the file but not read (a measurer streams it). */
    readonly readPages: boolean
  ) {
    const buf = input.head
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  }

  fail = (offset: number, rule: string, debug: string): never => {
    throw new IgvmError(offset, rule, debug, this.name)
  }

  /** A u32 at an absolute offset (header type and length). */
  u32At(o: number): number {
    return this.view.getUint32(o, true)
  }

  // Readers of the current header's body.
  u64(o: number): bigint {
    return this.view.getBigUint64(this.body + o, true)
  }
  b32(o: number): number {
    return this.view.getUint32(this.body + o, true)
  }
  b16(o: number): number {
    return this.view.getUint16(this.body + o, true)
  }
  b8(o: number): number {
    return this.view.getUint8(this.body + o)
  }
  bytes(o: number, n: number): Uint8Array {
    return this.input.head.slice(this.body + o, this.body + o + n)
  }

  /** File data at an absolute offset; offset 0 means none. `read: false` only checks the range. */
  data(fileOffset: number, length: number, read = true): Uint8Array | null {
    if (fileOffset === 0) return null
    const { fileDataStart, totalSize } = this.file
    if (fileOffset < fileDataStart || fileOffset + length > totalSize) {
      this.fail(
        this.at,
        `file_offset 0x${fileOffset.toString(16)} + 0x${length.toString(16)} bytes is outside the file data (0x${fileDataStart.toString(16)}..0x${totalSize.toString(16)})`,
        'InvalidDataSize'
      )
    }
    return read ? this.input.read(fileOffset, length) : null
  }
}
