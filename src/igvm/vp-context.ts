// IGVM_VHT_VP_CONTEXT: the mask names exactly one platform, and the context is that platform's:
// a SEV VMSA (0x670 bytes, rest of the page zero in igvm 0.4.0), a native context (0xe8 bytes),
// or VBS registers for one VTL, of the BSP, with X64 register names the crate maps.
import { NATIVE_CONTEXT_SIZE, PAGE_4K, PLATFORM_TYPE, VBS_REGISTER_SIZE, VMSA_STRUCT_SIZE } from './format.js'
import type { HeaderContext } from './header-context.js'

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

const PAGE_BIG = BigInt(PAGE_4K)

export function vpContext(c: HeaderContext): void {
  const { at, fail } = c
  const gpa = c.u64(0)
  const mask = c.b32(8)
  const fileOffset = c.b32(0xc)
  const vpIndex = c.b16(0x10)
  const platform = c.file.platforms.find(p => p.mask === mask)
  if (!platform)
    fail(
      at,
      `VP_CONTEXT mask 0x${mask.toString(16)} is not exactly the mask of one platform`,
      'InvalidVpContextPlatformType'
    )
  const t = platform!.platformType
  const contextData = (length: number) =>
    c.data(fileOffset, length) ?? fail(at, 'VP_CONTEXT without file data', 'InvalidDataSize')
  let ctx: Uint8Array
  if (t === PLATFORM_TYPE.SEV_SNP || t === PLATFORM_TYPE.SEV_ES) {
    ctx = contextData(PAGE_4K)
    if (ctx.subarray(VMSA_STRUCT_SIZE).some(b => b !== 0))
      fail(
        fileOffset + VMSA_STRUCT_SIZE,
        'VMSA bytes 0x670..0x1000 must be zero in igvm 0.4.0',
        'InvalidVmsa'
      )
    if (gpa % PAGE_BIG !== 0n)
      fail(at, `VMSA gpa 0x${gpa.toString(16)} is not 4 KiB aligned`, `UnalignedAddress(${gpa})`)
  } else if (t === PLATFORM_TYPE.NATIVE || t === PLATFORM_TYPE.SEV) {
    ctx = contextData(PAGE_4K)
    if (ctx.subarray(NATIVE_CONTEXT_SIZE).some(b => b !== 0))
      fail(
        fileOffset + NATIVE_CONTEXT_SIZE,
        'native VP context bytes after 0xe8 must be zero',
        'InvalidContext'
      )
  } else if (t === PLATFORM_TYPE.VSM_ISOLATION) {
    ctx = vbsContext(c, fileOffset, vpIndex, contextData)
  } else {
    fail(
      at,
      `VP_CONTEXT for platform type ${t}, which has no VP context (TDX uses its reset state)`,
      'InvalidVpContextPlatformType'
    )
  }
  c.file.directives.push({ kind: 'vp-context', offset: at, gpa, mask, vpIndex, platformType: t, data: ctx! })
}

/** A register count, then `count` 32-byte registers: VTL u8, name u32, ... */
function vbsContext(
  c: HeaderContext,
  fileOffset: number,
  vpIndex: number,
  contextData: (length: number) => Uint8Array
): Uint8Array {
  const { at, fail } = c
  const head = contextData(4)
  const count = new DataView(head.buffer, head.byteOffset, 4).getUint32(0, true)
  const ctx = contextData(4 + count * VBS_REGISTER_SIZE)
  if (count === 0) fail(at, 'VBS VP context has no registers', 'NoVbsVpContextRegisters')
  if (vpIndex !== 0)
    fail(at, `VBS VP context for vp_index ${vpIndex}: only the BSP (0) is supported`, 'InvalidVpIndex')
  const rv = new DataView(ctx.buffer, ctx.byteOffset + 4, count * VBS_REGISTER_SIZE)
  for (let i = 0; i < count; i++) {
    const vtl = rv.getUint8(i * VBS_REGISTER_SIZE)
    const reg = rv.getUint32(i * VBS_REGISTER_SIZE + 1, true)
    if (vtl !== rv.getUint8(0))
      fail(fileOffset + 4 + i * VBS_REGISTER_SIZE, 'VBS registers for more than one VTL', 'InvalidVtl')
    if (c.file.arch === 0 && !X64_REGISTERS.has(reg))
      fail(
        fileOffset + 4 + i * VBS_REGISTER_SIZE + 1,
        `VBS register name 0x${reg.toString(16)} is not an X64 register the crate knows`,
        'InvalidRegister'
      )
  }
  return ctx
}
