// IGVM on-disk constants (igvm_defs 0.4.0, and the CoRIM headers and optional bit of 0.5):
// header types, body sizes, platforms, page types.
export const IGVM_MAGIC = 0x4d564749 // "IGVM"
export const PAGE_4K = 4096
export const PAGE_2M = 2 * 1024 * 1024

export const VHT = {
  SUPPORTED_PLATFORM: 0x001,
  GUEST_POLICY: 0x101,
  RELOCATABLE_REGION: 0x102,
  PAGE_TABLE_RELOCATION_REGION: 0x103,
  /** igvm 0.5 (feature `corim`): a CoRIM document, and its COSE_Sign1 signature, per platform. */
  CORIM_DOCUMENT: 0x104,
  CORIM_SIGNATURE: 0x105,
  PARAMETER_AREA: 0x301,
  PAGE_DATA: 0x302,
  PARAMETER_INSERT: 0x303,
  VP_CONTEXT: 0x304,
  REQUIRED_MEMORY: 0x305,
  RESERVED_DO_NOT_USE: 0x306,
  VP_COUNT_PARAMETER: 0x307,
  SRAT: 0x308,
  MADT: 0x309,
  MMIO_RANGES: 0x30a,
  SNP_ID_BLOCK: 0x30b,
  MEMORY_MAP: 0x30c,
  ERROR_RANGE: 0x30d,
  COMMAND_LINE: 0x30e,
  SLIT: 0x30f,
  PPTT: 0x310,
  VBS_MEASUREMENT: 0x311,
  DEVICE_TREE: 0x312,
  ENVIRONMENT_INFO_PARAMETER: 0x313
} as const

/** Header types that carry a parameter-area reference (IGVM_VHS_PARAMETER). */
export const PARAMETER_USAGE_TYPES: ReadonlySet<number> = new Set([
  VHT.VP_COUNT_PARAMETER,
  VHT.SRAT,
  VHT.MADT,
  VHT.MMIO_RANGES,
  VHT.MEMORY_MAP,
  VHT.COMMAND_LINE,
  VHT.SLIT,
  VHT.PPTT,
  VHT.DEVICE_TREE,
  VHT.ENVIRONMENT_INFO_PARAMETER
])

/** Set on a header type: a loader that does not know the type may skip the header (igvm_defs). */
export const VHT_OPTIONAL_BIT = 0x80000000

/** Exact body length igvm requires for each type it knows (0.4.0's, and 0.5's CoRIM headers). */
export const BODY_SIZE: ReadonlyMap<number, number> = new Map([
  [VHT.SUPPORTED_PLATFORM, 0x10],
  [VHT.GUEST_POLICY, 0x10],
  [VHT.RELOCATABLE_REGION, 0x30],
  [VHT.PAGE_TABLE_RELOCATION_REGION, 0x20],
  [VHT.CORIM_DOCUMENT, 0x10],
  [VHT.CORIM_SIGNATURE, 0x10],
  [VHT.PARAMETER_AREA, 0x10],
  [VHT.PAGE_DATA, 0x18],
  [VHT.PARAMETER_INSERT, 0x10],
  [VHT.VP_CONTEXT, 0x14],
  [VHT.REQUIRED_MEMORY, 0x18],
  [VHT.SNP_ID_BLOCK, 0x2b8],
  [VHT.ERROR_RANGE, 0x10],
  [VHT.VBS_MEASUREMENT, 0x360],
  ...[...PARAMETER_USAGE_TYPES].map(t => [t, 0x08] as [number, number])
])

export const TYPE_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(VHT).map(([k, v]) => [v, k])
)

export const PLATFORM_TYPE = { NATIVE: 0, VSM_ISOLATION: 1, SEV_SNP: 2, TDX: 3, SEV: 4, SEV_ES: 5 } as const
export const PLATFORM_NAMES: Record<number, string> = {
  0: 'native',
  1: 'vsm',
  2: 'sev-snp',
  3: 'tdx',
  4: 'sev',
  5: 'sev-es'
}

export const PAGE_FLAGS = { IS_2MB: 1, UNMEASURED: 2, SHARED: 4 } as const
export const DATA_TYPE = { NORMAL: 0, SECRETS: 1, CPUID_DATA: 2, CPUID_XF: 3 } as const
export const DATA_TYPE_NAMES = ['normal', 'secrets', 'cpuid', 'cpuid-xf']

/** SNP PAGE_INFO page types. */
export const SNP_PAGE = { NORMAL: 1, VMSA: 2, ZERO: 3, UNMEASURED: 4, SECRETS: 5, CPUID: 6 } as const

/** SEV VMSA: igvm 0.4.0's SevVmsa is 0x670 bytes; the rest of the page must be zero. */
export const VMSA_STRUCT_SIZE = 0x670
export const VMSA = {
  EFER: 0x0d0,
  CR4: 0x148,
  CR3: 0x150,
  CR0: 0x158,
  RIP: 0x178,
  RFLAGS: 0x170,
  SEV_FEATURES: 0x3b0,
  VIRTUAL_TOM: 0x3c8
} as const
export const SEV_FEATURE_NAMES: [number, string][] = [
  [0, 'SNP'],
  [1, 'vTOM'],
  [2, 'ReflectVC'],
  [3, 'RestrictInjection'],
  [4, 'AlternateInjection'],
  [5, 'DebugSwap'],
  [6, 'PreventHostIBS'],
  [7, 'BTBIsolation'],
  [8, 'VmplSSS'],
  [9, 'SecureTSC'],
  [14, 'VmsaRegProt'],
  [15, 'SmtProtection']
]

/** IgvmNativeVpContextX64 size; the rest of its 4 KiB page must be zero. */
export const NATIVE_CONTEXT_SIZE = 0xe8
export const VBS_REGISTER_SIZE = 0x20

export const KVM_VMSA_GPA = 0xfffffffff000n
