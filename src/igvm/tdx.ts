// The TDX MRTD of an IGVM file, as the igvm crate's measurement/tdx.rs (HEAD, not in 0.4.0)
// computes it: one SHA-384 over MEM.PAGE.ADD (128 bytes) and MR.EXTEND (384 bytes, 256 bytes of
// page data each) records. No COCONUT tool computes it; it is reported as such. A parameter area
// adds one page per 4 KiB of its declared size: the walk stops (MeasureError) rather than add
// more than 4 GiB of them, or pages past the top of the address space.
import { createHash } from 'node:crypto'
import { PAGE_4K, PAGE_FLAGS, PLATFORM_TYPE } from './format.js'
import type { IgvmFile } from './igvm-file.js'
import { MeasureError } from './measure.js'

const PAGE_ADD = Buffer.alloc(128)
Buffer.from('MEM.PAGE.ADD').copy(PAGE_ADD)
const EXTEND = Buffer.alloc(384)
Buffer.from('MR.EXTEND').copy(EXTEND)
const CHUNK = 256
const TOP = 1n << 64n
/** Parameter area bytes walked per file at most: 2^20 pages, about a quarter of a second. */
const AREA_BUDGET = 1n << 32n

const hex = (v: bigint) => `0x${v.toString(16)}`

export function tdxMrtd(file: IgvmFile): Buffer | null {
  const mask = file.platforms.find(p => p.platformType === PLATFORM_TYPE.TDX)?.mask
  if (mask === undefined) return null
  const h = createHash('sha384')
  const areas = new Map<number, bigint>()
  let walked = 0n
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
      const area = `parameter area ${d.index} inserted at ${hex(d.gpa)} has ${hex(size)} bytes`
      if (d.gpa + size > TOP)
        throw new MeasureError(`${area}: it runs past the top of the 64-bit guest physical address space`)
      walked += size
      if (walked > AREA_BUDGET)
        throw new MeasureError(
          `${area}, more than the 4 GiB of parameter areas svsm-build walks for the MRTD`
        )
      for (let gpa = d.gpa; gpa < d.gpa + size; gpa += BigInt(PAGE_4K)) addPage(gpa, undefined)
    }
  }
  return h.digest()
}
