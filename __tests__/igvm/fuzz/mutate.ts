// Mutations of an IGVM file: bytes anywhere, and changes that know the layout (a header's type,
// length or a field, a header duplicated, dropped or moved, the fixed header's sizes), followed
// most of the time by the repairs that let a mutant reach the deeper rules (total size, checksum).
import { crc32 } from 'node:zlib'
import type { Rng } from './rng.js'

interface Header {
  at: number
  type: number
  length: number
  /** Bytes the record takes: 8 + the body padded to 8. */
  span: number
}

interface Layout {
  fixed: number
  vhOffset: number
  vhEnd: number
  headers: Header[]
}

const pad8 = (n: number) => Math.ceil(n / 8) * 8

/** The header records as their lengths lay them out, without judging them. */
export function layout(f: Buffer): Layout | null {
  if (f.length < 0x18) return null
  const fixed = f.readUInt32LE(4) === 2 ? 0x20 : 0x18
  const vhOffset = f.readUInt32LE(8)
  const vhEnd = vhOffset + f.readUInt32LE(0xc)
  if (vhOffset < fixed || vhEnd > f.length) return null
  const headers: Header[] = []
  for (let at = vhOffset; at + 8 <= vhEnd && headers.length < 100_000;) {
    const length = f.readUInt32LE(at + 4)
    const span = 8 + pad8(length)
    if (at + span > vhEnd) break
    headers.push({ at, type: f.readUInt32LE(at), length, span })
    at += span
  }
  return { fixed, vhOffset, vhEnd, headers }
}

const U32 = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 0x10, 0x18, 0x20, 0xff, 0x100, 0x7ff, 0x800, 0xfff, 0x1000, 0x1001, 0x2000,
  0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff
]
const U64 = [
  0n,
  1n,
  0x1000n,
  0x1001n,
  0x200000n,
  0xfffff000n,
  0x100000000n,
  0xfffffffff000n,
  1n << 40n,
  1n << 52n,
  (1n << 53n) + 1n,
  1n << 63n,
  (1n << 64n) - 4096n,
  (1n << 64n) - 0x2000n,
  (1n << 64n) - 1n
]
/** Types worth landing on: every known one, the new ones, optional variants, range edges. */
const TYPES = [
  0x0, 0x1, 0x2, 0x100, 0x101, 0x102, 0x103, 0x104, 0x105, 0x106, 0x200, 0x201, 0x300, 0x301, 0x302, 0x303,
  0x304, 0x305, 0x306, 0x307, 0x308, 0x309, 0x30a, 0x30b, 0x30c, 0x30d, 0x30e, 0x30f, 0x310, 0x311, 0x312,
  0x313, 0x314, 0x400, 0x401, 0x80000000, 0x80000001, 0x80000104, 0x80000105, 0x80000200, 0x80000302,
  0x80000314, 0x80000400, 0x80000401, 0xffffffff
]
/** Body offsets of file offsets, by type: kept pointing at the same data when headers move. */
const FILE_OFFSET_FIELD: Record<number, number> = { 0x301: 0xc, 0x302: 0xc, 0x304: 0xc, 0x104: 4, 0x105: 4 }

/** Shifts every known file-offset field at or after `from` by `by` (headers grew or shrank). */
function shiftOffsets(f: Buffer, by: number, from: number) {
  const l = layout(f)
  if (!l) return
  for (const h of l.headers) {
    const field = FILE_OFFSET_FIELD[h.type & 0x7fffffff]
    if (field === undefined || h.length < field + 4) continue
    const v = f.readUInt32LE(h.at + 8 + field)
    if (v !== 0 && v >= from) f.writeUInt32LE((v + by) >>> 0, h.at + 8 + field)
  }
}

/** Replaces header bytes [start, end) with `bytes`, keeping the data after them where it points. */
function spliceHeaders(f: Buffer, l: Layout, start: number, end: number, bytes: Buffer): Buffer {
  const out = Buffer.concat([f.subarray(0, start), bytes, f.subarray(end)])
  const by = bytes.length - (end - start)
  out.writeUInt32LE((out.readUInt32LE(0xc) + by) >>> 0, 0xc)
  shiftOffsets(out, by, l.vhEnd)
  return out
}

function setU64(f: Buffer, at: number, v: bigint) {
  if (at + 8 <= f.length) f.writeBigUInt64LE(v, at)
}
function setU32(f: Buffer, at: number, v: number) {
  if (at + 4 <= f.length) f.writeUInt32LE(v >>> 0, at)
}

/** One mutation; returns the (possibly new) buffer. `extra` makes a fresh header record. */
export function mutateOnce(f: Buffer, r: Rng, extra: (r: Rng) => Buffer): Buffer {
  const l = layout(f)
  const h = l && l.headers.length > 0 ? r.pick(l.headers) : null
  switch (r.below(14)) {
    case 0: {
      // a bit anywhere, mostly in the headers
      if (f.length === 0) return f
      const at = h && r.chance(0.7) ? h.at + r.below(h.span) : r.below(f.length)
      f[at]! ^= 1 << r.below(8)
      return f
    }
    case 1: {
      if (f.length === 0) return f
      f[r.below(f.length)] = r.pick([0, 1, 0x7f, 0x80, 0xff, r.below(256)])
      return f
    }
    case 2:
    case 3: {
      // a header field, as a u32 or a u64 at an aligned body offset
      if (!h || h.length < 4) return f
      const at = h.at + 8 + 4 * r.below(h.length >> 2)
      if (r.chance(0.5)) setU64(f, at - ((at - h.at) % 8), r.pick(U64))
      else setU32(f, at, r.chance(0.8) ? r.pick(U32) : r.pick([f.length, f.length - 1, l!.vhEnd, r.u32()]))
      return f
    }
    case 4:
      if (h) f.writeUInt32LE(r.chance(0.8) ? r.pick(TYPES) : (h.type | 0x80000000) >>> 0, h.at)
      return f
    case 5:
      if (h)
        f.writeUInt32LE(
          r.pick([0, 1, h.length - 8, h.length + 8, h.length + 1, 0x10, 0xffffffff]) >>> 0,
          h.at + 4
        )
      return f
    case 6: {
      // duplicate a header record in place
      if (!h) return f
      return spliceHeaders(f, l!, h.at, h.at, Buffer.from(f.subarray(h.at, h.at + h.span)))
    }
    case 7:
      return h ? spliceHeaders(f, l!, h.at, h.at + h.span, Buffer.alloc(0)) : f
    case 8: {
      // move a header record elsewhere among the headers
      if (!h || l!.headers.length < 2) return f
      const rec = Buffer.from(f.subarray(h.at, h.at + h.span))
      const without = spliceHeaders(f, l!, h.at, h.at + h.span, Buffer.alloc(0))
      const l2 = layout(without)
      if (!l2) return without
      const to = l2.headers.length > 0 ? r.pick(l2.headers).at : l2.vhOffset
      return spliceHeaders(without, l2, to, to, rec)
    }
    case 9: {
      // a fresh header record at a random place among the headers
      if (!l) return f
      const to = h && r.chance(0.8) ? h.at : l.vhEnd
      return spliceHeaders(f, l, to, to, extra(r))
    }
    case 10: {
      // the fixed header's fields
      const at = r.pick([4, 8, 0xc, 0x10, 0x18, 0x1c])
      setU32(f, at, r.chance(0.7) ? r.pick(U32) : r.pick([f.length, f.length + 1, r.u32()]))
      return f
    }
    case 11: {
      // cut the file, or make it longer
      if (r.chance(0.5)) return f.subarray(0, r.below(f.length + 1))
      return Buffer.concat([f, Buffer.alloc(r.pick([1, 8, 4096, r.below(9000)]), r.below(256))])
    }
    case 12: {
      // file data: a VMSA's or a VBS context's fields, random bytes
      const start = l ? l.vhEnd : 0
      if (f.length <= start) return f
      const at = start + r.below(f.length - start)
      if (r.chance(0.5)) setU32(f, at, r.pick(U32))
      else f[at] = r.u32() & 0xff
      return f
    }
    default: {
      // two headers swap places (same bytes in total: no data moves)
      if (!l || l.headers.length < 2) return f
      const i = r.below(l.headers.length - 1)
      const a = l.headers[i]!
      const b = l.headers[i + 1]!
      const swapped = Buffer.concat([f.subarray(b.at, b.at + b.span), f.subarray(a.at, a.at + a.span)])
      swapped.copy(f, a.at)
      return f
    }
  }
}

/** The repairs: total size set to the real one, checksum recomputed (when the layout allows). */
export function repair(f: Buffer, r: Rng): Buffer {
  if (f.length < 0x18) return f
  if (r.chance(0.9)) f.writeUInt32LE(f.length >>> 0, 0x10)
  if (r.chance(0.9)) {
    const fixed = f.readUInt32LE(4) === 2 ? 0x20 : 0x18
    const vhOff = f.readUInt32LE(8)
    const vhEnd = vhOff + f.readUInt32LE(0xc)
    if (f.length >= fixed && vhOff <= vhEnd && vhEnd <= f.length) {
      const fh = Buffer.from(f.subarray(0, fixed))
      fh.writeUInt32LE(0, 0x14)
      f.writeUInt32LE(crc32(f.subarray(vhOff, vhEnd), crc32(fh)), 0x14)
    }
  }
  return f
}

/** 1 to 4 mutations of a copy of `base`, then the repairs. */
export function mutate(base: Buffer, r: Rng, extra: (r: Rng) => Buffer): Buffer {
  let f = Buffer.from(base)
  for (let n = 1 + r.below(4); n > 0; n--) f = Buffer.from(mutateOnce(f, r, extra))
  return repair(f, r)
}
