// Random IGVM files that are mostly well formed: platforms, policies, CoRIM and optional headers,
// parameter areas (some of absurd size or at the top of the address space), pages of every kind,
// VP contexts for each platform that has one, an ID block. The fuzzer mutates them and the vectors.
import {
  buildIgvm,
  corim,
  dataOffsets,
  headerSection,
  idBlock,
  optional,
  pageData,
  parameterArea,
  parameterInsert,
  parameterUsage,
  platform,
  policy,
  requiredMemory,
  vmsa,
  vpContext,
  type RawHeader
} from '../builder.js'
import { rng, type Rng } from './rng.js'

const PLATFORMS = [2, 3, 0, 1, 4, 5] // SNP, TDX, native, VSM, SEV, SEV-ES
const GPAS = [0n, 0x1000n, 0x7000n, 0x100000n, 0x8000000n, 0xfffffffff000n, 0xfffffffffffff000n, 1n << 63n]
const AREA_SIZES = [0x1000n, 0x2000n, 0x4000n, 0x10000n, 1n << 40n, (1n << 64n) - 4096n]
const USAGE_TYPES = [0x307, 0x308, 0x309, 0x30a, 0x30c, 0x30e, 0x30f, 0x310, 0x312, 0x313]

function errorRange(gpa: bigint, mask: number, bytes: number): RawHeader {
  const b = Buffer.alloc(0x10)
  b.writeBigUInt64LE(gpa, 0)
  b.writeUInt32LE(mask, 8)
  b.writeUInt32LE(bytes, 0xc)
  return { type: 0x30d, body: b }
}

/** A VBS VP context: a register count, then 32-byte registers for VTL 0 (RIP, RSP, CR0). */
function vbsContext(): Buffer {
  const regs = [0x00020010, 0x00020004, 0x00040000]
  const b = Buffer.alloc(4 + regs.length * 0x20)
  b.writeUInt32LE(regs.length, 0)
  regs.forEach((reg, i) => b.writeUInt32LE(reg, 4 + i * 0x20 + 1))
  return b
}

function page(r: Rng): Buffer {
  const b = Buffer.alloc(4096)
  for (let i = 0; i < 64; i++) b.writeUInt32LE(r.u32(), r.below(1024) * 4)
  return b
}

/** Blob i of a generated file: its kind decides which headers may point at it. */
type Blob = { kind: 'page' | 'vmsa' | 'native' | 'vbs' | 'corim'; bytes: Buffer }

function blobs(r: Rng): Blob[] {
  const out: Blob[] = [
    { kind: 'page', bytes: page(r) },
    { kind: 'page', bytes: Buffer.alloc(4096) },
    { kind: 'vmsa', bytes: vmsa(r.pick([0x31n, 0x30n, 0x11n]), BigInt((r.u32() & ~0xfff) >>> 0)) },
    { kind: 'native', bytes: Buffer.alloc(4096) },
    { kind: 'vbs', bytes: vbsContext() },
    { kind: 'corim', bytes: Buffer.from('d901f5a1006474657374', 'hex') }
  ]
  for (let n = r.below(3); n > 0; n--) out.push({ kind: 'page', bytes: page(r) })
  return out
}

/** Headers of a random file; `off[i]` is where blob i lands (zeros on the sizing pass). */
function headers(r: Rng, bs: Blob[], off: number[], plan: number[]): RawHeader[] {
  const at = (kind: Blob['kind']) => {
    const i = bs.findIndex(b => b.kind === kind)
    return i < 0 ? 0 : off[i]!
  }
  const pageAt = () => {
    const pages = bs.map((b, i) => [b, i] as const).filter(([b]) => b.kind === 'page')
    return off[r.pick(pages)[1]]!
  }
  const hs: RawHeader[] = []
  const masks: number[] = []
  const types: number[] = []
  for (const t of plan) {
    const mask = 1 << masks.length
    hs.push(platform(mask, t, { vtl: t === 1 ? 2 : 0 }))
    masks.push(mask)
    types.push(t)
  }
  const maskOf = (t: number) => masks[types.indexOf(t)] ?? 0
  const anyMask = () => {
    let m = 0
    for (const x of masks) if (r.chance(0.6)) m |= x
    return m || masks[0]!
  }
  if (maskOf(2)) hs.push(policy(0x30000n, maskOf(2)))
  if (r.chance(0.4)) {
    const m = anyMask()
    hs.push(corim(0x104, m, at('corim'), 10))
    if (r.chance(0.6)) hs.push(corim(0x105, m, at('corim'), 10))
  }
  if (r.chance(0.3)) hs.push(optional(0x1f0, Buffer.alloc(r.pick([0, 8, 0x18]))))
  hs.push(requiredMemory(0x8000000n, anyMask(), 0x100000))
  let areas = 0
  for (let n = r.below(4); n > 0; n--) {
    const index = areas++
    hs.push(parameterArea(r.chance(0.85) ? r.pick(AREA_SIZES.slice(0, 4)) : r.pick(AREA_SIZES), index))
    hs.push(parameterUsage(r.pick(USAGE_TYPES), index, r.below(64) * 8))
    if (r.chance(0.9))
      hs.push(
        parameterInsert(r.chance(0.8) ? 0x7000n + BigInt(index) * 0x10000n : r.pick(GPAS), anyMask(), index)
      )
  }
  for (let n = 1 + r.below(12); n > 0; n--) {
    const gpa = r.chance(0.9) ? 0x10000n + BigInt(r.below(64)) * 0x1000n : r.pick(GPAS)
    const kind = r.below(8)
    hs.push(
      kind === 0
        ? pageData(gpa, anyMask(), 0)
        : kind === 1
          ? pageData(gpa, anyMask(), 0, { flags: 2 })
          : kind === 2
            ? pageData(gpa, anyMask(), r.chance(0.5) ? pageAt() : 0, { dataType: 1 + r.below(3) })
            : kind === 3
              ? pageData(gpa & ~0x1fffffn, anyMask(), 0, { flags: 1 })
              : pageData(gpa, anyMask(), pageAt(), { flags: r.chance(0.2) ? 4 : 0 })
    )
  }
  if (r.chance(0.3)) hs.push(optional(0x3f0, Buffer.alloc(r.pick([8, 0x10]))))
  if (r.chance(0.2)) hs.push(errorRange(r.pick(GPAS), anyMask(), 0x1000))
  for (const t of types) {
    const m = maskOf(t)
    if (t === 2 || t === 5) hs.push(vpContext(r.chance(0.8) ? 0xfffffffff000n : r.pick(GPAS), m, at('vmsa')))
    else if (t === 0 || t === 4) hs.push(vpContext(0n, m, at('native')))
    else if (t === 1) hs.push(vpContext(0n, m, at('vbs')))
  }
  if (maskOf(2) && r.chance(0.3)) hs.push(idBlock(maskOf(2), Buffer.alloc(48, r.below(256))))
  return hs
}

/** A random file, deterministic in `r`'s state. */
export function randomIgvm(r: Rng): Buffer {
  const version = r.chance(0.8) ? 1 : 2
  const plan = PLATFORMS.filter(() => r.chance(0.5))
  if (plan.length === 0) plan.push(2)
  const bs = blobs(r)
  // Two passes with the same random choices: the first sizes the headers, the second points them.
  const state = r.u32()
  const data = bs.map(b => b.bytes)
  const off = dataOffsets({
    version,
    headers: headers(
      rng(state),
      bs,
      data.map(() => 0),
      plan
    ),
    data
  })
  return buildIgvm({ version, headers: headers(rng(state), bs, off, plan), data })
}

/** A random header record, as bytes, for the mutator to insert. */
export function randomHeader(r: Rng): Buffer {
  const h = r.pick<() => RawHeader>([
    () => platform((1 << r.below(32)) >>> 0, r.below(7)),
    () => policy(BigInt(r.u32()), 1 << r.below(4)),
    () =>
      corim(
        r.chance(0.5) ? 0x104 : 0x105,
        1 << r.below(4),
        r.u32() & 0xffff,
        r.below(64),
        r.chance(0.9) ? 0 : 1
      ),
    () =>
      optional(r.pick([0x107, 0x1f0, 0x314, 0x3f0, 0x302, 0x104, 0x500, 0x0]), Buffer.alloc(r.below(5) * 8)),
    () => parameterArea(r.pick(AREA_SIZES), r.below(4), r.chance(0.8) ? 0 : r.u32() & 0xffff),
    () => parameterInsert(r.pick(GPAS), 1 << r.below(4), r.below(4)),
    () => parameterUsage(r.pick(USAGE_TYPES), r.below(4), r.u32()),
    () =>
      pageData(r.pick(GPAS), 1 << r.below(4), r.u32() & 0x1ffff, { flags: r.below(8), dataType: r.below(5) }),
    () => vpContext(r.pick(GPAS), 1 << r.below(4), r.u32() & 0x1ffff, r.below(3)),
    () => requiredMemory(r.pick(GPAS), 1 << r.below(4), r.u32()),
    () => idBlock(1 << r.below(4), Buffer.alloc(48, r.below(256)))
  ])()
  return headerSection([h])
}
