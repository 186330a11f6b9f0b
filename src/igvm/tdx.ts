// The TDX MRTD of an IGVM file, as the igvm crate's measurement/tdx.rs (HEAD, not in 0.4.0)
// computes it: one SHA-384 over MEM.PAGE.ADD (128 bytes) and MR.EXTEND (384 bytes, 256 bytes of
// page data each) records. No COCONUT tool computes it; it is reported as such.
import { createHash } from 'node:crypto'
import { PAGE_4K, PAGE_FLAGS, PLATFORM_TYPE } from './format.js'
import type { IgvmFile } from './igvm-file.js'

const PAGE_ADD = Buffer.alloc(128)
Buffer.from('MEM.PAGE.ADD').copy(PAGE_ADD)
const EXTEND = Buffer.alloc(384)
Buffer.from('MR.EXTEND').copy(EXTEND)
const CHUNK = 256

export function tdxMrtd(file: IgvmFile): Buffer | null {
  const mask = file.platforms.find(p => p.platformType === PLATFORM_TYPE.TDX)?.mask
  if (mask === undefined) return null
  const h = createHash('sha384')
  const areas = new Map<number, bigint>()
  const addPage = (gpa: bigint, data: Uint8Array | null | undefined) => {
    PAGE_ADD.writeBigUInt64LE(gpa, 16)
    h.update(PAGE_ADD)
    if (data === undefined) return // not measured: the page is added, its contents are not extended
    for (let off = 0; off < PAGE_4K; off += CHUNK) {
      EXTEND.writeBigUInt64LE(gpa + BigInt(off), 16)
      EXTEND.fill(0, 128)
      if (data) EXTEND.set(data.subarray(off, off + CHUNK), 128)
      h.update(EXTEND)
    }
  }
  for (const d of file.directives) {
    // Headers with a mask apply only when it covers the TDX mask; parameter areas have none.
    if ('mask' in d && (d.mask & mask) !== mask) continue
    if (d.kind === 'parameter-area') areas.set(d.index, d.bytes)
    else if (d.kind === 'page-data') {
      if (d.flags & PAGE_FLAGS.SHARED) continue
      addPage(d.gpa, d.flags & PAGE_FLAGS.UNMEASURED ? undefined : d.data)
    } else if (d.kind === 'parameter-insert') {
      const size = areas.get(d.index) ?? 0n
      for (let gpa = d.gpa; gpa < d.gpa + size; gpa += BigInt(PAGE_4K)) addPage(gpa, undefined)
    }
  }
  return h.digest()
}
