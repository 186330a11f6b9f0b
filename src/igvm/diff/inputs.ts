// The build inputs of a diff: each file's pages by content (flat, and for an ELF as loaded), so
// a page of an image can be traced to the input it came from.
import { createHash } from 'node:crypto'
import { PAGE_4K } from '../format.js'

const PAGE = BigInt(PAGE_4K)
const digest = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

/** Build outputs by role, as a build leaves them in bin/ (file name, role). */
export const BIN_ROLES: readonly [string, string][] = [
  ['svsm', 'kernel'],
  ['bldr', 'bldr'],
  ['stage2', 'stage2'],
  ['tdx-stage1', 'tdx-stage1'],
  ['svsm-fs.bin', 'fs image']
]

/** One input file of a build, by its role (kernel, bldr, stage2, tdx-stage1, fs image, firmware). */
export interface InputFile {
  role: string
  path: string
  bytes: Uint8Array
}

/** Page hash -> role, for each 4 KiB of each input (flat), and for an ELF its loaded segments. */
export function inputIndex(inputs: InputFile[]): Map<string, string> {
  const index = new Map<string, string>()
  const zero = digest(new Uint8Array(PAGE_4K))
  const add = (page: Uint8Array, role: string) => {
    const h = digest(page)
    if (h !== zero && !index.has(h)) index.set(h, role)
  }
  const pages = (b: Uint8Array, role: string) => {
    for (let off = 0; off < b.length; off += PAGE_4K) {
      const p = new Uint8Array(PAGE_4K)
      p.set(b.subarray(off, Math.min(off + PAGE_4K, b.length)))
      add(p, role)
    }
  }
  for (const i of inputs) {
    pages(i.bytes, i.role)
    for (const seg of elfSegments(i.bytes)) {
      // Laid out as loaded: the segment starts at its address's offset within a page.
      const lead = Number(seg.vaddr % PAGE)
      const image = new Uint8Array(lead + seg.memsz)
      image.set(seg.data, lead)
      pages(image, i.role)
    }
  }
  return index
}

/** PT_LOAD segments of a 64-bit little-endian ELF file; none for anything else. */
export function elfSegments(b: Uint8Array): { vaddr: bigint; data: Uint8Array; memsz: number }[] {
  if (b.length < 64 || b[0] !== 0x7f || b[1] !== 0x45 || b[2] !== 0x4c || b[3] !== 0x46) return []
  if (b[4] !== 2 || b[5] !== 1) return []
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength)
  const phoff = Number(v.getBigUint64(0x20, true))
  const phentsize = v.getUint16(0x36, true)
  const phnum = v.getUint16(0x38, true)
  const out: { vaddr: bigint; data: Uint8Array; memsz: number }[] = []
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize
    if (at + 56 > b.length) break
    if (v.getUint32(at, true) !== 1) continue // PT_LOAD
    const offset = Number(v.getBigUint64(at + 8, true))
    const vaddr = v.getBigUint64(at + 0x10, true)
    const filesz = Number(v.getBigUint64(at + 0x20, true))
    const memsz = Number(v.getBigUint64(at + 0x28, true))
    if (offset + filesz > b.length || memsz > 64 * 1024 * 1024) continue
    out.push({ vaddr, data: b.subarray(offset, offset + filesz), memsz: Math.max(memsz, filesz) })
  }
  return out
}
