//! IGVM constants: header types, body sizes, platforms, page types.
pub const MAGIC: u32 = 0x4D56_4749; // "IGVM"
pub const PAGE: usize = 4096;

pub const VHT_SUPPORTED_PLATFORM: u32 = 0x001;
pub const VHT_GUEST_POLICY: u32 = 0x101;
pub const VHT_RELOCATABLE_REGION: u32 = 0x102;
pub const VHT_PAGE_TABLE_RELOCATION: u32 = 0x103;
pub const VHT_PARAMETER_AREA: u32 = 0x301;
pub const VHT_PAGE_DATA: u32 = 0x302;
pub const VHT_PARAMETER_INSERT: u32 = 0x303;
pub const VHT_VP_CONTEXT: u32 = 0x304;
pub const VHT_REQUIRED_MEMORY: u32 = 0x305;
pub const VHT_VP_COUNT: u32 = 0x307;
pub const VHT_SRAT: u32 = 0x308;
pub const VHT_MADT: u32 = 0x309;
pub const VHT_MMIO_RANGES: u32 = 0x30A;
pub const VHT_SNP_ID_BLOCK: u32 = 0x30B;
pub const VHT_MEMORY_MAP: u32 = 0x30C;
pub const VHT_ERROR_RANGE: u32 = 0x30D;
pub const VHT_COMMAND_LINE: u32 = 0x30E;
pub const VHT_SLIT: u32 = 0x30F;
pub const VHT_PPTT: u32 = 0x310;
pub const VHT_VBS_MEASUREMENT: u32 = 0x311;
pub const VHT_DEVICE_TREE: u32 = 0x312;
pub const VHT_ENVIRONMENT_INFO: u32 = 0x313;

/// Body size of each known header type (VP_CONTEXT's 0x14 is padded to 0x18 in the file).
pub fn body_size(typ: u32) -> Option<usize> {
    Some(match typ {
        VHT_SUPPORTED_PLATFORM | VHT_GUEST_POLICY => 0x10,
        VHT_RELOCATABLE_REGION => 0x30,
        VHT_PAGE_TABLE_RELOCATION => 0x20,
        VHT_PARAMETER_AREA | VHT_PARAMETER_INSERT | VHT_ERROR_RANGE => 0x10,
        VHT_PAGE_DATA | VHT_REQUIRED_MEMORY => 0x18,
        VHT_VP_CONTEXT => 0x14,
        VHT_VP_COUNT | VHT_SRAT | VHT_MADT | VHT_MMIO_RANGES | VHT_MEMORY_MAP | VHT_COMMAND_LINE | VHT_SLIT | VHT_PPTT
        | VHT_DEVICE_TREE | VHT_ENVIRONMENT_INFO => 0x08,
        VHT_SNP_ID_BLOCK => 0x2B8,
        VHT_VBS_MEASUREMENT => 0x360,
        _ => return None,
    })
}

// Platform types and the compatibility masks COCONUT's igvmbuilder gives them.
pub const PLATFORM_NATIVE: u8 = 0;
pub const PLATFORM_VSM: u8 = 1;
pub const PLATFORM_SEV_SNP: u8 = 2;
pub const PLATFORM_TDX: u8 = 3;
pub const PLATFORM_SEV: u8 = 4;
pub const PLATFORM_SEV_ES: u8 = 5;
pub const MASK_SNP: u32 = 0x1;
pub const MASK_NATIVE: u32 = 0x2;
pub const MASK_TDP: u32 = 0x4;
pub const MASK_VSM: u32 = 0x10;

// Page data.
pub const FLAG_2MB: u32 = 1;
pub const FLAG_UNMEASURED: u32 = 2;
pub const FLAG_SHARED: u32 = 4;
pub const DATA_NORMAL: u16 = 0;
pub const DATA_SECRETS: u16 = 1;
pub const DATA_CPUID: u16 = 2;
pub const DATA_CPUID_XF: u16 = 3;

// SEV VMSA field offsets.
pub const VMSA_SIZE: usize = 0x670;
pub const VMSA_EFER: usize = 0x0D0;
pub const VMSA_CR4: usize = 0x148;
pub const VMSA_CR3: usize = 0x150;
pub const VMSA_CR0: usize = 0x158;
pub const VMSA_DR7: usize = 0x160;
pub const VMSA_DR6: usize = 0x168;
pub const VMSA_RFLAGS: usize = 0x170;
pub const VMSA_RIP: usize = 0x178;
pub const VMSA_RSP: usize = 0x1D8;
pub const VMSA_RAX: usize = 0x1F8;
pub const VMSA_PAT: usize = 0x268;
pub const VMSA_RDX: usize = 0x310;
pub const VMSA_RSI: usize = 0x330;
pub const VMSA_SEV_FEATURES: usize = 0x3B0;
pub const VMSA_VIRTUAL_TOM: usize = 0x3C8;
pub const VMSA_XCR0: usize = 0x3E8;
pub const VMSA_CS: usize = 0x010;

pub fn put_u16(b: &mut [u8], at: usize, v: u16) {
    b[at..at + 2].copy_from_slice(&v.to_le_bytes());
}
pub fn put_u32(b: &mut [u8], at: usize, v: u32) {
    b[at..at + 4].copy_from_slice(&v.to_le_bytes());
}
pub fn put_u64(b: &mut [u8], at: usize, v: u64) {
    b[at..at + 8].copy_from_slice(&v.to_le_bytes());
}
pub fn get_u16(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}
pub fn get_u32(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}
pub fn get_u64(b: &[u8], at: usize) -> u64 {
    let mut x = [0u8; 8];
    x.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(x)
}
