// AMD's SEV-SNP products and what differs between them: which CPUID a report names, and how the
// 8-byte TCB_VERSION is laid out (SNP ABI, AMD 56860, TCB_VERSION; Turin's adds the FMC SPL and
// moves the others). Pure facts; nothing here reads a file.

const PRODUCTS = ['Milan', 'Genoa', 'Turin'] as const
export type Product = (typeof PRODUCTS)[number]

/**
 * The product of a CPUID family and model, as a version 3+ report states them (family 0x19:
 * Milan models 0x00-0x0F, Genoa 0x10-0x1F and 0xA0-0xAF; family 0x1A: Turin models 0x00-0x11).
 */
export function productOfCpuid(family: number, model: number): Product | null {
  if (family === 0x19) {
    if (model <= 0x0f) return 'Milan'
    if ((model >= 0x10 && model <= 0x1f) || (model >= 0xa0 && model <= 0xaf)) return 'Genoa'
  }
  if (family === 0x1a && model <= 0x11) return 'Turin'
  return null
}

/** The product of a V[CL]EK's productName extension ("Milan-B0", "Turin-B1"): the part before the stepping. */
export function productOfName(name: string): Product | null {
  const base = name.split('-')[0]!
  return (PRODUCTS as readonly string[]).includes(base) ? (base as Product) : null
}

/** The security patch levels of a TCB_VERSION, named as AMD's KDS names them (without "SPL"). */
export interface Tcb {
  fmc?: number
  bl: number
  tee: number
  snp: number
  ucode: number
}
export const TCB_PARTS = ['fmc', 'bl', 'tee', 'snp', 'ucode'] as const
export type TcbPart = (typeof TCB_PARTS)[number]

/** Two layouts: Milan and Genoa (bl, tee, 4 reserved, snp, ucode) and Turin (fmc, bl, tee, snp, 3 reserved, ucode). */
type TcbLayout = 'milan-genoa' | 'turin'

/**
 * The layout of a report's TCB fields: by product, or for a product not known, by report version
 * (version 2 reports come from Milan and Genoa firmware only; Turin's is version 3 and later).
 */
export function tcbLayout(product: Product | null, version: number): TcbLayout | null {
  if (product === 'Turin') return 'turin'
  if (product !== null || version === 2) return 'milan-genoa'
  return null
}

export function decodeTcb(tcb: bigint, layout: TcbLayout): Tcb {
  const b = Buffer.alloc(8)
  b.writeBigUInt64LE(tcb)
  return layout === 'turin'
    ? { fmc: b[0]!, bl: b[1]!, tee: b[2]!, snp: b[3]!, ucode: b[7]! }
    : { bl: b[0]!, tee: b[1]!, snp: b[6]!, ucode: b[7]! }
}

export function encodeTcb(t: Tcb, layout: TcbLayout): bigint {
  const b = Buffer.alloc(8)
  if (layout === 'turin') b.set([t.fmc ?? 0, t.bl, t.tee, t.snp, 0, 0, 0, t.ucode])
  else b.set([t.bl, t.tee, 0, 0, 0, 0, t.snp, t.ucode])
  return b.readBigUInt64LE()
}

export const formatTcb = (t: Tcb) =>
  TCB_PARTS.filter(p => t[p] !== undefined)
    .map(p => `${p}=${t[p]}`)
    .join(' ')
