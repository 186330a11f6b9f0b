// An IGVM file reader as strict as the igvm crate 0.4.0 that igvmmeasure links: fixed header,
// checksum, variable headers in section order with exact lengths, file data, and the per-header
// validation. Every refusal is one IgvmError naming the byte offset and the rule.
import { crc32 } from 'node:zlib'
import { IgvmError } from './errors.js'
import { bufferInput, type IgvmInput } from './input.js'
import {
  BODY_SIZE,
  DATA_TYPE,
  IGVM_MAGIC,
  NATIVE_CONTEXT_SIZE,
  PAGE_4K,
  PARAMETER_USAGE_TYPES,
  PLATFORM_TYPE,
  TYPE_NAMES,
  VBS_REGISTER_SIZE,
  VHT,
  VMSA_STRUCT_SIZE
} from './format.js'

export interface Platform {
  offset: number
  mask: number
  highestVtl: number
  platformType: number
  platformVersion: number
  sharedGpaBoundary: bigint
}

export interface GuestPolicy {
  offset: number
  policy: bigint
  mask: number
}

export interface PageTableRelocation {
  offset: number
  mask: number
  gpa: bigint
  size: bigint
}

export type Directive =
  | {
      kind: 'page-data'
      offset: number
      gpa: bigint
      mask: number
      fileOffset: number
      flags: number
      dataType: number
      /** The 4 KiB at fileOffset (null when it is 0), or always null when parsed with `pageData: false`. */
      data: Uint8Array | null
    }
  | { kind: 'parameter-area'; offset: number; bytes: bigint; index: number; fileOffset: number }
  | { kind: 'parameter-usage'; offset: number; type: number; index: number; byteOffset: number }
  | { kind: 'parameter-insert'; offset: number; gpa: bigint; mask: number; index: number }
  | {
      kind: 'vp-context'
      offset: number
      gpa: bigint
      mask: number
      vpIndex: number
      platformType: number
      data: Uint8Array
    }
  | { kind: 'required-memory'; offset: number; gpa: bigint; mask: number; bytes: number; flags: number }
  | { kind: 'snp-id-block'; offset: number; mask: number; ld: Uint8Array; authorKeyEnabled: boolean }
  | { kind: 'error-range'; offset: number; gpa: bigint; mask: number; bytes: number }
  | { kind: 'vbs-measurement'; offset: number; mask: number }

export interface IgvmFile {
  version: 1 | 2
  /** V2 only: 0 = X64, 1 = AArch64. */
  arch: number
  totalSize: number
  checksum: number
  fileDataStart: number
  platforms: Platform[]
  policies: GuestPolicy[]
  relocations: PageTableRelocation[]
  directives: Directive[]
}

/** Hyper-V register names the crate maps to X64 registers (others make it refuse the context). */
const X64_REGISTERS = new Set([
  0x00020000, 0x00020001, 0x00020002, 0x00020003, 0x00020004, 0x00020005, 0x00020006, 0x00020007, 0x00020008,
  0x00020009, 0x0002000a, 0x0002000b, 0x0002000c, 0x0002000d, 0x0002000e, 0x0002000f, 0x00020010, 0x00020011,
  0x00040000, 0x00040001, 0x00040002, 0x00040003, 0x00040004, 0x00060000, 0x00060001, 0x00060002, 0x00060003,
  0x00060004, 0x00060005, 0x00060006, 0x00060007, 0x00070000, 0x00070001, 0x00080001, 0x00080004, 0x00080005,
  0x0008000d, 0x0008000e, 0x0008000f, 0x00080010, 0x0008001f, 0x00080020, 0x00080021, 0x00080022, 0x00080023,
  0x00080024, 0x00080025, 0x00080026, 0x00080027, 0x00080028, 0x00080029, 0x0008002a, 0x0008002b, 0x0008002c,
  0x0008002d, 0x0008002e, 0x0008002f, 0x00080030, 0x00080031, 0x00080032, 0x00080033, 0x00080034
])

const align8 = (n: number) => (n + 7) & ~7
const PAGE_BIG = BigInt(PAGE_4K)

export type PageData = Extract<Directive, { kind: 'page-data' }>

export function parseIgvm(buf: Uint8Array, name = 'IGVM file'): IgvmFile {
  return parseIgvmInput(bufferInput(buf), name)
}

/**
 * The same rules on an input that may hold only the headers in memory. With `pageData: false` the
 * page data is checked to lie inside the file but not read: `data` stays null, `fileOffset` says
 * where it is (a measurer streams it later).
 */
export function parseIgvmInput(
  input: IgvmInput,
  name = 'IGVM file',
  o: { pageData?: boolean } = {}
): IgvmFile {
  const buf = input.head
  const readPages = o.pageData ?? true
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  const fail = (offset: number, rule: string, debug: string): never => {
    throw new IgvmError(offset, rule, debug, name)
  }
  const u32 = (o: number) => view.getUint32(o, true)

  if (input.size < 0x18)
    fail(0, `the file has ${input.size} bytes, fewer than the 24-byte fixed header`, 'InvalidFixedHeader')
  if (u32(0) !== IGVM_MAGIC)
    fail(0, `magic is 0x${u32(0).toString(16)}, expected 0x4d564749 ("IGVM")`, 'InvalidFixedHeader')
  const version = u32(4)
  if (version !== 1 && version !== 2) fail(4, `format version ${version} is not 1 or 2`, 'InvalidFixedHeader')
  const fixedSize = version === 2 ? 0x20 : 0x18
  let arch = 0
  if (version === 2) {
    if (input.size < 0x20)
      fail(0, 'the file is shorter than the 32-byte V2 fixed header', 'InvalidFixedHeader')
    arch = u32(0x18)
    if (arch > 1) fail(0x18, `architecture ${arch} is neither 0 (X64) nor 1 (AArch64)`, 'InvalidFixedHeader')
    if (u32(0x1c) !== PAGE_4K)
      fail(0x1c, `page size 0x${u32(0x1c).toString(16)} is not 0x1000`, 'InvalidFixedHeader')
  }
  const vhOffset = u32(8)
  const vhSize = u32(0xc)
  const totalSize = u32(0x10)
  const checksum = u32(0x14)
  if (totalSize !== input.size)
    fail(0x10, `total_file_size says ${totalSize} bytes, the file has ${input.size}`, 'InvalidFixedHeader')
  if (vhOffset >= totalSize)
    fail(
      8,
      `variable_header_offset 0x${vhOffset.toString(16)} is not below the file size`,
      'InvalidFixedHeader'
    )
  const fileDataStart = vhOffset + vhSize
  if (fileDataStart >= totalSize) {
    fail(
      0xc,
      `variable headers end at 0x${fileDataStart.toString(16)}, leaving no file data before 0x${totalSize.toString(16)}`,
      'InvalidFixedHeader'
    )
  }
  const header = Buffer.from(buf.subarray(0, fixedSize))
  header.writeUInt32LE(0, 0x14)
  const expected = crc32(buf.subarray(vhOffset, fileDataStart), crc32(header))
  if (expected !== checksum) {
    fail(
      0x14,
      `checksum 0x${checksum.toString(16)} does not match the CRC32 0x${expected.toString(16)} of the headers`,
      `InvalidChecksum { expected: ${expected}, header_value: ${checksum} }`
    )
  }

  const file: IgvmFile = {
    version: version as 1 | 2,
    arch,
    totalSize,
    checksum,
    fileDataStart,
    platforms: [],
    policies: [],
    relocations: [],
    directives: []
  }
  /** File data at an absolute offset; offset 0 means none. `read: false` only checks the range. */
  const data = (at: number, fileOffset: number, length: number, read = true): Uint8Array | null => {
    if (fileOffset === 0) return null
    if (fileOffset < fileDataStart || fileOffset + length > totalSize) {
      fail(
        at,
        `file_offset 0x${fileOffset.toString(16)} + 0x${length.toString(16)} bytes is outside the file data (0x${fileDataStart.toString(16)}..0x${totalSize.toString(16)})`,
        'InvalidDataSize'
      )
    }
    return read ? input.read(fileOffset, length) : null
  }
  const areas = new Map<number, 'allocated' | 'inserted'>()
  let section = 0
  let at = vhOffset
  // The current header's body and its readers, made once (not per header: a file has ~16k).
  let body = 0
  const u64 = (o: number) => view.getBigUint64(body + o, true)
  const b32 = (o: number) => view.getUint32(body + o, true)
  const b16 = (o: number) => view.getUint16(body + o, true)
  const b8 = (o: number) => view.getUint8(body + o)
  while (at < fileDataStart) {
    if (at + 8 > fileDataStart)
      fail(at, 'a variable header does not fit in the variable header section', 'InvalidVariableHeaderSize')
    const type = u32(at)
    const length = u32(at + 4)
    const sec =
      type >= 0x1 && type <= 0x100
        ? 1
        : type >= 0x101 && type <= 0x200
          ? 2
          : type >= 0x301 && type <= 0x400
            ? 3
            : 0
    if (sec === 0)
      fail(
        at,
        `header type 0x${type.toString(16)} is outside the platform, initialization and directive ranges (optional types included: igvm 0.4.0 refuses them)`,
        'InvalidVariableHeaderType'
      )
    if (sec < section)
      fail(
        at,
        `${TYPE_NAMES[type] ?? `type 0x${type.toString(16)}`} comes after a header of a later section (platform, then initialization, then directive)`,
        'InvalidVariableHeaderSection'
      )
    section = sec
    const size = BODY_SIZE.get(type)
    if (size === undefined)
      fail(
        at,
        `header type 0x${type.toString(16)} is not a type igvm 0.4.0 knows`,
        'InvalidVariableHeaderType'
      )
    if (length !== size)
      fail(
        at + 4,
        `${TYPE_NAMES[type]} has length 0x${length.toString(16)}, expected exactly 0x${size!.toString(16)}`,
        'InvalidVariableHeaderSize'
      )
    body = at + 8
    if (body + align8(size!) > fileDataStart)
      fail(
        at,
        `${TYPE_NAMES[type]} runs past the end of the variable header section`,
        'InvalidVariableHeaderSize'
      )

    switch (type) {
      case VHT.SUPPORTED_PLATFORM: {
        const p: Platform = {
          offset: at,
          mask: b32(0),
          highestVtl: b8(4),
          platformType: b8(5),
          platformVersion: b16(6),
          sharedGpaBoundary: u64(8)
        }
        if (p.mask === 0 || (p.mask & (p.mask - 1)) !== 0)
          fail(
            at,
            `compatibility_mask 0x${p.mask.toString(16)} must have exactly one bit set`,
            'InvalidPlatformType'
          )
        if (p.highestVtl !== 0 && p.highestVtl !== 2)
          fail(at, `highest_vtl ${p.highestVtl} is neither 0 nor 2`, 'InvalidHighestVtl')
        if (p.platformType > PLATFORM_TYPE.SEV_ES)
          fail(at, `platform_type ${p.platformType} is not one igvm 0.4.0 knows`, 'InvalidPlatformType')
        if (p.platformVersion !== 1)
          fail(at, `platform_version ${p.platformVersion} is not 1`, 'InvalidPlatformVersion')
        if (
          (p.platformType === PLATFORM_TYPE.NATIVE || p.platformType === PLATFORM_TYPE.VSM_ISOLATION) &&
          p.sharedGpaBoundary !== 0n
        ) {
          fail(
            at,
            `shared_gpa_boundary must be 0 for the ${p.platformType === 0 ? 'native' : 'VSM'} platform`,
            'InvalidSharedGpaBoundary'
          )
        }
        if (file.platforms.some(q => q.platformType === p.platformType))
          fail(
            at,
            `platform type ${p.platformType} appears twice`,
            'MultiplePlatformHeadersWithSameIsolation'
          )
        if (file.platforms.some(q => q.mask === p.mask))
          fail(
            at,
            `compatibility mask 0x${p.mask.toString(16)} is used by two platforms`,
            'InvalidPlatformType'
          )
        if (version === 2 && arch === 1 && p.platformType !== PLATFORM_TYPE.VSM_ISOLATION)
          fail(at, 'an AArch64 file may only support the VSM platform', 'InvalidPlatformType')
        file.platforms.push(p)
        break
      }
      case VHT.GUEST_POLICY:
        if (b32(0xc) !== 0) fail(at, 'GUEST_POLICY reserved field is not zero', 'ReservedNotZero')
        file.policies.push({ offset: at, policy: u64(0), mask: b32(8) })
        break
      case VHT.RELOCATABLE_REGION:
        break
      case VHT.PAGE_TABLE_RELOCATION_REGION:
        file.relocations.push({ offset: at, mask: b32(0), gpa: u64(8), size: u64(0x10) })
        break
      case VHT.PAGE_DATA: {
        const d = {
          kind: 'page-data' as const,
          offset: at,
          gpa: u64(0),
          mask: b32(8),
          fileOffset: b32(0xc),
          flags: b32(0x10),
          dataType: b16(0x14),
          data: null as Uint8Array | null
        }
        d.data = data(at, d.fileOffset, PAGE_4K, readPages) // the crate always reads 4 KiB, even for 2 MiB pages
        if (b16(0x16) !== 0) fail(at, 'PAGE_DATA reserved field is not zero', 'ReservedNotZero')
        if (d.gpa % PAGE_BIG !== 0n)
          fail(at, `PAGE_DATA gpa 0x${d.gpa.toString(16)} is not 4 KiB aligned`, `UnalignedAddress(${d.gpa})`)
        if (d.dataType > DATA_TYPE.CPUID_XF)
          fail(at, `PAGE_DATA data_type ${d.dataType} is not 0-3`, 'InvalidPageDataType')
        file.directives.push(d)
        break
      }
      case VHT.PARAMETER_AREA: {
        const bytes = u64(0)
        const index = b32(8)
        const fileOffset = b32(0xc)
        if (bytes > BigInt(totalSize) && fileOffset !== 0)
          fail(at, 'PARAMETER_AREA data runs past the end of the file', 'InvalidDataSize')
        data(at, fileOffset, Number(bytes), false)
        if (bytes % PAGE_BIG !== 0n)
          fail(
            at,
            `PARAMETER_AREA size 0x${bytes.toString(16)} is not a multiple of 4 KiB`,
            `UnalignedSize(${bytes})`
          )
        if (areas.has(index))
          fail(at, `parameter area ${index} is declared twice`, 'InvalidParameterAreaIndex')
        areas.set(index, 'allocated')
        file.directives.push({ kind: 'parameter-area', offset: at, bytes, index, fileOffset })
        break
      }
      case VHT.PARAMETER_INSERT: {
        const d = {
          kind: 'parameter-insert' as const,
          offset: at,
          gpa: u64(0),
          mask: b32(8),
          index: b32(0xc)
        }
        if (d.gpa % PAGE_BIG !== 0n)
          fail(
            at,
            `PARAMETER_INSERT gpa 0x${d.gpa.toString(16)} is not 4 KiB aligned`,
            `UnalignedAddress(${d.gpa})`
          )
        if (areas.get(d.index) !== 'allocated')
          fail(
            at,
            `PARAMETER_INSERT of area ${d.index}, which is ${areas.has(d.index) ? 'already inserted' : 'not declared'}`,
            'InvalidParameterAreaIndex'
          )
        if (file.relocations.some(r => d.gpa >= r.gpa && d.gpa < r.gpa + r.size))
          fail(at, 'PARAMETER_INSERT lies inside a page table relocation region', 'InvalidParameterInsert')
        areas.set(d.index, 'inserted')
        file.directives.push(d)
        break
      }
      case VHT.VP_CONTEXT: {
        const gpa = u64(0)
        const mask = b32(8)
        const fileOffset = b32(0xc)
        const vpIndex = b16(0x10)
        const platform = file.platforms.find(p => p.mask === mask)
        if (!platform)
          fail(
            at,
            `VP_CONTEXT mask 0x${mask.toString(16)} is not exactly the mask of one platform`,
            'InvalidVpContextPlatformType'
          )
        const t = platform!.platformType
        let ctx: Uint8Array
        if (t === PLATFORM_TYPE.SEV_SNP || t === PLATFORM_TYPE.SEV_ES) {
          ctx = data(at, fileOffset, PAGE_4K) ?? fail(at, 'VP_CONTEXT without file data', 'InvalidDataSize')
          if (ctx.subarray(VMSA_STRUCT_SIZE).some(b => b !== 0))
            fail(
              fileOffset + VMSA_STRUCT_SIZE,
              'VMSA bytes 0x670..0x1000 must be zero in igvm 0.4.0',
              'InvalidVmsa'
            )
          if (gpa % PAGE_BIG !== 0n)
            fail(at, `VMSA gpa 0x${gpa.toString(16)} is not 4 KiB aligned`, `UnalignedAddress(${gpa})`)
        } else if (t === PLATFORM_TYPE.NATIVE || t === PLATFORM_TYPE.SEV) {
          ctx = data(at, fileOffset, PAGE_4K) ?? fail(at, 'VP_CONTEXT without file data', 'InvalidDataSize')
          if (ctx.subarray(NATIVE_CONTEXT_SIZE).some(b => b !== 0))
            fail(
              fileOffset + NATIVE_CONTEXT_SIZE,
              'native VP context bytes after 0xe8 must be zero',
              'InvalidContext'
            )
        } else if (t === PLATFORM_TYPE.VSM_ISOLATION) {
          const head = data(at, fileOffset, 4) ?? fail(at, 'VP_CONTEXT without file data', 'InvalidDataSize')
          const count = new DataView(head.buffer, head.byteOffset, 4).getUint32(0, true)
          ctx =
            data(at, fileOffset, 4 + count * VBS_REGISTER_SIZE) ??
            fail(at, 'VP_CONTEXT without file data', 'InvalidDataSize')
          if (count === 0) fail(at, 'VBS VP context has no registers', 'NoVbsVpContextRegisters')
          if (vpIndex !== 0)
            fail(
              at,
              `VBS VP context for vp_index ${vpIndex}: only the BSP (0) is supported`,
              'InvalidVpIndex'
            )
          const rv = new DataView(ctx.buffer, ctx.byteOffset + 4, count * VBS_REGISTER_SIZE)
          for (let i = 0; i < count; i++) {
            const vtl = rv.getUint8(i * VBS_REGISTER_SIZE)
            const reg = rv.getUint32(i * VBS_REGISTER_SIZE + 1, true)
            if (vtl !== rv.getUint8(0))
              fail(
                fileOffset + 4 + i * VBS_REGISTER_SIZE,
                'VBS registers for more than one VTL',
                'InvalidVtl'
              )
            if (arch === 0 && !X64_REGISTERS.has(reg))
              fail(
                fileOffset + 4 + i * VBS_REGISTER_SIZE + 1,
                `VBS register name 0x${reg.toString(16)} is not an X64 register the crate knows`,
                'InvalidRegister'
              )
          }
        } else {
          fail(
            at,
            `VP_CONTEXT for platform type ${t}, which has no VP context (TDX uses its reset state)`,
            'InvalidVpContextPlatformType'
          )
        }
        file.directives.push({
          kind: 'vp-context',
          offset: at,
          gpa,
          mask,
          vpIndex,
          platformType: t,
          data: ctx!
        })
        break
      }
      case VHT.REQUIRED_MEMORY: {
        const d = {
          kind: 'required-memory' as const,
          offset: at,
          gpa: u64(0),
          mask: b32(8),
          bytes: b32(0xc),
          flags: b32(0x10)
        }
        if (b32(0x14) !== 0) fail(at, 'REQUIRED_MEMORY reserved field is not zero', 'ReservedNotZero')
        if (d.gpa % PAGE_BIG !== 0n)
          fail(
            at,
            `REQUIRED_MEMORY gpa 0x${d.gpa.toString(16)} is not 4 KiB aligned`,
            `UnalignedAddress(${d.gpa})`
          )
        if (d.bytes % PAGE_4K !== 0)
          fail(
            at,
            `REQUIRED_MEMORY size 0x${d.bytes.toString(16)} is not a multiple of 4 KiB`,
            `UnalignedSize(${d.bytes})`
          )
        file.directives.push(d)
        break
      }
      case VHT.RESERVED_DO_NOT_USE:
        fail(at, 'header type 0x306 is reserved (the old SHARED_BOUNDARY_GPA)', 'InvalidVariableHeaderType')
        break
      case VHT.SNP_ID_BLOCK:
        file.directives.push({
          kind: 'snp-id-block',
          offset: at,
          mask: b32(0),
          authorKeyEnabled: b8(4) !== 0,
          ld: buf.slice(body + 8, body + 56)
        })
        break
      case VHT.ERROR_RANGE: {
        const gpa = u64(0)
        if (gpa % PAGE_BIG !== 0n)
          fail(at, `ERROR_RANGE gpa 0x${gpa.toString(16)} is not 4 KiB aligned`, `UnalignedAddress(${gpa})`)
        file.directives.push({ kind: 'error-range', offset: at, gpa, mask: b32(8), bytes: b32(0xc) })
        break
      }
      case VHT.VBS_MEASUREMENT:
        file.directives.push({ kind: 'vbs-measurement', offset: at, mask: b32(0) })
        break
      default:
        if (PARAMETER_USAGE_TYPES.has(type)) {
          const index = b32(0)
          if (areas.get(index) !== 'allocated')
            fail(
              at,
              `${TYPE_NAMES[type]} uses parameter area ${index}, which is ${areas.has(index) ? 'already inserted' : 'not declared'}`,
              'InvalidParameterAreaIndex'
            )
          file.directives.push({ kind: 'parameter-usage', offset: at, type, index, byteOffset: b32(4) })
        }
    }
    at = body + align8(size!)
  }
  return file
}
