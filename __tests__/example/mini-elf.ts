// Hand-made kernel ELF files for igvmbuilder tests: a valid ET_EXEC shaped like svsm's kernel
// (two page-aligned PT_LOADs at 0xffffff8000000000) and the malformed variants upstream refuses.
export interface Segment {
  vaddr: bigint
  data: Buffer
  memsz?: number
  /** PF_R=4 | PF_W=2 | PF_X=1 */
  flags?: number
}

export interface ElfOptions {
  type?: number // 2 = ET_EXEC, 3 = ET_DYN
  shentsize?: number
  segments?: Segment[]
  dynamic?: boolean
}

export const KERNEL_BASE = 0xffffff8000000000n

export function kernelElf(o: ElfOptions = {}): Buffer {
  const segments = o.segments ?? [
    { vaddr: KERNEL_BASE, data: Buffer.alloc(5000, 0x5a), flags: 5 },
    { vaddr: KERNEL_BASE + 0x2000n, data: Buffer.alloc(300, 0x44), memsz: 0x1800, flags: 6 }
  ]
  const phnum = segments.length + (o.dynamic ? 1 : 0)
  const head = 64 + 56 * phnum
  const first = Math.ceil(head / 4096) * 4096
  const offsets: number[] = []
  let at = first
  for (const s of segments) {
    // p_offset % align == p_vaddr % align (align 4 KiB).
    const want = Number(s.vaddr % 4096n)
    at = Math.ceil(at / 4096) * 4096 + want
    offsets.push(at)
    at += s.data.length
  }
  const file = Buffer.alloc(at)
  file.write('\x7fELF', 0, 'latin1')
  file[4] = 2 // 64-bit
  file[5] = 1 // little endian
  file[6] = 1 // EI_VERSION
  file.writeUInt16LE(o.type ?? 2, 16)
  file.writeUInt16LE(62, 18) // x86-64
  file.writeUInt32LE(1, 20)
  file.writeBigUInt64LE(segments[0]!.vaddr, 24) // entry
  file.writeBigUInt64LE(64n, 32) // phoff
  file.writeBigUInt64LE(0n, 40) // shoff: no sections
  file.writeUInt16LE(64, 52)
  file.writeUInt16LE(56, 54)
  file.writeUInt16LE(phnum, 56)
  file.writeUInt16LE(o.shentsize ?? 64, 58)
  segments.forEach((s, i) => {
    const p = 64 + 56 * i
    file.writeUInt32LE(1, p) // PT_LOAD
    file.writeUInt32LE(s.flags ?? 4, p + 4)
    file.writeBigUInt64LE(BigInt(offsets[i]!), p + 8)
    file.writeBigUInt64LE(s.vaddr, p + 16)
    file.writeBigUInt64LE(s.vaddr, p + 24)
    file.writeBigUInt64LE(BigInt(s.data.length), p + 32)
    file.writeBigUInt64LE(BigInt(s.memsz ?? s.data.length), p + 40)
    file.writeBigUInt64LE(4096n, p + 48)
    s.data.copy(file, offsets[i]!)
  })
  if (o.dynamic) {
    const p = 64 + 56 * segments.length
    file.writeUInt32LE(2, p) // PT_DYNAMIC, empty
    file.writeBigUInt64LE(8n, p + 48)
  }
  return file
}
