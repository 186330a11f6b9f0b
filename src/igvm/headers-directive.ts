// Directive headers other than VP contexts: pages, parameter areas and their uses and inserts,
// required memory, the SNP ID block, error ranges, the VBS measurement. Each with igvm 0.4.0's
// checks: alignment, reserved fields, data types, areas declared once and inserted once.
import { DATA_TYPE, PAGE_4K, TYPE_NAMES } from './format.js'
import type { HeaderContext } from './header-context.js'

const PAGE_BIG = BigInt(PAGE_4K)

const unaligned = (c: HeaderContext, what: string, gpa: bigint) =>
  c.fail(c.at, `${what} gpa 0x${gpa.toString(16)} is not 4 KiB aligned`, `UnalignedAddress(${gpa})`)

export function pageData(c: HeaderContext): void {
  const d = {
    kind: 'page-data' as const,
    offset: c.at,
    gpa: c.u64(0),
    mask: c.b32(8),
    fileOffset: c.b32(0xc),
    flags: c.b32(0x10),
    dataType: c.b16(0x14),
    data: null as Uint8Array | null
  }
  d.data = c.data(d.fileOffset, PAGE_4K, c.readPages) // the crate always reads 4 KiB, even for 2 MiB pages
  if (c.b16(0x16) !== 0) c.fail(c.at, 'PAGE_DATA reserved field is not zero', 'ReservedNotZero')
  if (d.gpa % PAGE_BIG !== 0n) unaligned(c, 'PAGE_DATA', d.gpa)
  if (d.dataType > DATA_TYPE.CPUID_XF)
    c.fail(c.at, `PAGE_DATA data_type ${d.dataType} is not 0-3`, 'InvalidPageDataType')
  c.file.directives.push(d)
}

export function parameterArea(c: HeaderContext): void {
  const bytes = c.u64(0)
  const index = c.b32(8)
  const fileOffset = c.b32(0xc)
  if (bytes > BigInt(c.file.totalSize) && fileOffset !== 0)
    c.fail(c.at, 'PARAMETER_AREA data runs past the end of the file', 'InvalidDataSize')
  c.data(fileOffset, Number(bytes), false)
  if (bytes % PAGE_BIG !== 0n)
    c.fail(
      c.at,
      `PARAMETER_AREA size 0x${bytes.toString(16)} is not a multiple of 4 KiB`,
      `UnalignedSize(${bytes})`
    )
  if (c.areas.has(index))
    c.fail(c.at, `parameter area ${index} is declared twice`, 'InvalidParameterAreaIndex')
  c.areas.set(index, 'allocated')
  c.file.directives.push({ kind: 'parameter-area', offset: c.at, bytes, index, fileOffset })
}

export function parameterInsert(c: HeaderContext): void {
  const d = {
    kind: 'parameter-insert' as const,
    offset: c.at,
    gpa: c.u64(0),
    mask: c.b32(8),
    index: c.b32(0xc)
  }
  if (d.gpa % PAGE_BIG !== 0n) unaligned(c, 'PARAMETER_INSERT', d.gpa)
  if (c.areas.get(d.index) !== 'allocated')
    c.fail(
      c.at,
      `PARAMETER_INSERT of area ${d.index}, which is ${c.areas.has(d.index) ? 'already inserted' : 'not declared'}`,
      'InvalidParameterAreaIndex'
    )
  if (c.file.relocations.some(r => d.gpa >= r.gpa && d.gpa < r.gpa + r.size))
    c.fail(c.at, 'PARAMETER_INSERT lies inside a page table relocation region', 'InvalidParameterInsert')
  c.areas.set(d.index, 'inserted')
  c.file.directives.push(d)
}

/** The IGVM_VHS_PARAMETER headers (memory map, command line, ...): an area not yet inserted. */
export function parameterUsage(c: HeaderContext, type: number): void {
  const index = c.b32(0)
  if (c.areas.get(index) !== 'allocated')
    c.fail(
      c.at,
      `${TYPE_NAMES[type]} uses parameter area ${index}, which is ${c.areas.has(index) ? 'already inserted' : 'not declared'}`,
      'InvalidParameterAreaIndex'
    )
  c.file.directives.push({ kind: 'parameter-usage', offset: c.at, type, index, byteOffset: c.b32(4) })
}

export function requiredMemory(c: HeaderContext): void {
  const d = {
    kind: 'required-memory' as const,
    offset: c.at,
    gpa: c.u64(0),
    mask: c.b32(8),
    bytes: c.b32(0xc),
    flags: c.b32(0x10)
  }
  if (c.b32(0x14) !== 0) c.fail(c.at, 'REQUIRED_MEMORY reserved field is not zero', 'ReservedNotZero')
  if (d.gpa % PAGE_BIG !== 0n) unaligned(c, 'REQUIRED_MEMORY', d.gpa)
  if (d.bytes % PAGE_4K !== 0)
    c.fail(
      c.at,
      `REQUIRED_MEMORY size 0x${d.bytes.toString(16)} is not a multiple of 4 KiB`,
      `UnalignedSize(${d.bytes})`
    )
  c.file.directives.push(d)
}

export function snpIdBlock(c: HeaderContext): void {
  c.file.directives.push({
    kind: 'snp-id-block',
    offset: c.at,
    mask: c.b32(0),
    authorKeyEnabled: c.b8(4) !== 0,
    ld: c.bytes(8, 48)
  })
}

export function errorRange(c: HeaderContext): void {
  const gpa = c.u64(0)
  if (gpa % PAGE_BIG !== 0n) unaligned(c, 'ERROR_RANGE', gpa)
  c.file.directives.push({ kind: 'error-range', offset: c.at, gpa, mask: c.b32(8), bytes: c.b32(0xc) })
}

export function vbsMeasurement(c: HeaderContext): void {
  c.file.directives.push({ kind: 'vbs-measurement', offset: c.at, mask: c.b32(0) })
}
