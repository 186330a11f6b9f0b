//! The initial register state: an SEV-SNP VMSA (what KVM will measure for qemu/vanadium), a VSM
//! register list and a native context.
use crate::args::Args;
use crate::layout::LOADER_BASE;
use igvmlite::format::*;

const SEV_SNP: u64 = 1 << 0;
const SEV_VTOM: u64 = 1 << 1;
const SEV_RESTRICT_INJECTION: u64 = 1 << 3;
const SEV_ALTERNATE_INJECTION: u64 = 1 << 4;
const SEV_DEBUG_SWAP: u64 = 1 << 5;

pub fn snp_vmsa(a: &Args, vtom: u64) -> Vec<u8> {
    let mut v = vec![0u8; PAGE];
    let vanadium = a.hypervisor == "vanadium";
    // 32-bit protected mode at the loader's entry, flat code segment.
    put_u16(&mut v, VMSA_CS, 0x08);
    put_u16(&mut v, VMSA_CS + 2, 0xC9B);
    put_u32(&mut v, VMSA_CS + 4, 0xFFFF_FFFF);
    put_u64(&mut v, VMSA_EFER, 0x1000);
    put_u64(&mut v, VMSA_CR0, 0x31);
    put_u64(&mut v, VMSA_CR4, 0x40);
    put_u64(&mut v, VMSA_RFLAGS, 0x2);
    put_u64(&mut v, VMSA_RIP, LOADER_BASE);
    put_u64(&mut v, VMSA_RAX, PLATFORM_SEV_SNP as u64);
    put_u64(&mut v, VMSA_RSI, vtom >> 32);
    put_u64(&mut v, VMSA_PAT, if vanadium { 0x70106 } else { 0x0007_0406_0007_0406 });
    put_u64(&mut v, VMSA_DR6, if vanadium { 0xFFFF_0FF0 } else { 0 });
    put_u64(&mut v, VMSA_DR7, if vanadium { 0x400 } else { 0 });
    put_u64(&mut v, VMSA_XCR0, 1);
    let mut features = SEV_SNP | SEV_RESTRICT_INJECTION | a.sev_features;
    if !cfg!(feature = "legacy") || a.debug {
        features |= SEV_DEBUG_SWAP;
    }
    if a.alt_injection {
        features = (features & !SEV_RESTRICT_INJECTION) | SEV_ALTERNATE_INJECTION;
    }
    if vtom != 0 {
        features |= SEV_VTOM;
    }
    put_u64(&mut v, VMSA_SEV_FEATURES, features);
    put_u64(&mut v, VMSA_VIRTUAL_TOM, vtom);
    v
}

/// VBS context: a register count, then 0x20-byte entries (vtl, register name, value).
pub fn vsm_registers() -> Vec<u8> {
    const RIP: u32 = 0x0002_0010;
    const CR0: u32 = 0x0004_0000;
    let regs = [(RIP, LOADER_BASE), (CR0, 0x31)];
    let mut v = vec![0u8; 4 + regs.len() * 0x20];
    put_u32(&mut v, 0, regs.len() as u32);
    for (n, (name, value)) in regs.iter().enumerate() {
        let at = 4 + n * 0x20;
        put_u32(&mut v, at + 1, *name);
        put_u64(&mut v, at + 0x10, *value);
    }
    v
}

/// A native context (the igvm crate's `IgvmNativeVpContextX64`): the build.py-era loader starts
/// in flat 32-bit protected mode without paging at its first byte.
pub fn native_context(_a: &Args) -> Vec<u8> {
    let mut v = crate::context::native(&crate::context::Start { rip: LOADER_BASE, rsp: 0, cr3: 0, long_mode: false });
    put_u64(&mut v, 0xC8, 0x31); // cr0: PE | ET | NE, no paging
    put_u64(&mut v, 0xD8, 0); // cr4
    put_u64(&mut v, 0xE0, 0); // efer
    v
}
