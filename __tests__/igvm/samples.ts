// Synthetic IGVM files covering every page type and directive the measurement treats specially.
import {
  buildIgvm,
  dataOffsets,
  idBlock,
  page,
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
} from './builder.js'

export const SNP = 0x1
export const NATIVE = 0x2
export const TDX = 0x4
export const SEV_ES = 0x8

const data = [page(0x11), page(0x22), Buffer.alloc(4096), vmsa(), page(0x33)]

/** Headers whose file offsets point at `data`; `extra` directives go before the VMSA. */
function headers(
  off: number[],
  o: { extra?: RawHeader[]; vmsaGpa?: bigint; after?: RawHeader[] } = {}
): RawHeader[] {
  return [
    platform(SNP, 2),
    platform(TDX, 3),
    policy(0x30000n, SNP),
    requiredMemory(0x8000000n, SNP | TDX, 0x100000),
    parameterArea(0x1000n, 0),
    parameterUsage(0x30c, 0),
    parameterArea(0x3000n, 1),
    parameterUsage(0x307, 1),
    parameterInsert(0x7000n, SNP | TDX, 0),
    parameterInsert(0x8000n, SNP | TDX, 1),
    pageData(0x10000n, SNP | TDX, off[0]!),
    pageData(0x11000n, SNP, off[1]!, { flags: 4 }), // shared: measured anyway
    pageData(0x12000n, SNP | TDX, off[2]!), // explicit zeros: a normal page
    pageData(0x13000n, SNP | TDX, 0), // no data: a zero page
    pageData(0x14000n, SNP, 0, { flags: 2 }), // unmeasured
    pageData(0x15000n, SNP, off[4]!, { dataType: 1 }), // secrets
    pageData(0x16000n, SNP, off[4]!, { dataType: 2 }), // cpuid
    pageData(0x17000n, SNP, 0, { dataType: 3 }), // cpuid-xf
    pageData(0x200000n, SNP, 0, { flags: 1 }), // a 2 MiB page without data: 512 pages
    pageData(0x400000n, TDX, off[1]!), // not SNP's
    ...(o.extra ?? []),
    vpContext(o.vmsaGpa ?? 0xfffffffff000n, SNP, off[3]!),
    ...(o.after ?? [])
  ]
}

export function sampleFile(
  o: { extra?: RawHeader[]; vmsaGpa?: bigint; after?: RawHeader[]; ld?: Buffer } = {}
): Buffer {
  const off = dataOffsets({
    headers: headers([0, 0, 0, 0, 0], o).concat(o.ld ? [idBlock(SNP, o.ld)] : []),
    data
  })
  const hs = headers(off, o)
  if (o.ld) hs.push(idBlock(SNP, o.ld))
  return buildIgvm({ headers: hs, data })
}

/** A TDX file with one parameter area of `bytes` inserted at `gpa`. */
export const tdxArea = (bytes: bigint, gpa: bigint) =>
  buildIgvm({
    headers: [
      platform(TDX, 3),
      parameterArea(bytes, 0),
      parameterUsage(0x30e, 0),
      parameterInsert(gpa, TDX, 0),
      pageData(0x10000n, TDX, 0)
    ]
  })
