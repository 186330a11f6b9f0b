//! The start context upstream's igvmbuilder builds (tools/igvmbuilder/src/context.rs) and the
//! three forms it takes: the SEV-SNP VMSA, the VSM register list and the igvm crate's
//! `IgvmNativeVpContextX64`; plus the TDP start context written over the stage 1 page.
use crate::args::Args;
use igvmlite::format::*;

pub struct Start {
    pub rip: u64,
    pub rsp: u64,
    pub cr3: u64,
    /// false: the boot loader's 32-bit entry; true: the kernel's 64-bit entry.
    pub long_mode: bool,
}

const CR0: u64 = 0x8000_0031; // PE | ET | NE | PG
const CR4: u64 = 0x60; // PAE | MCE
const EFER: u64 = 0xD00; // LME | LMA | NXE
const DATA_ATTR: u16 = 0xa093;
const SEL_CODE: u16 = 0x08;
const SEL_DATA: u16 = 0x10;

impl Start {
    fn code_attr(&self) -> u16 {
        if self.long_mode { 0xa09b } else { 0xc09b }
    }
}

// igvm_defs::IgvmNativeVpContextX64 offsets.
const N_RSP: usize = 0x20;
const N_RIP: usize = 0x80;
const N_RFLAGS: usize = 0x88;
const N_CODE: usize = 0xA8; // selector u16, attributes u16, base u32, limit u32
const N_DATA: usize = 0xB4;
const N_CR0: usize = 0xC8;
const N_CR3: usize = 0xD0;
const N_CR4: usize = 0xD8;
const N_EFER: usize = 0xE0;

/// A native context: one page, `IgvmNativeVpContextX64` at its start.
pub fn native(s: &Start) -> Vec<u8> {
    let mut v = vec![0u8; PAGE];
    put_u64(&mut v, N_RSP, s.rsp);
    put_u64(&mut v, N_RIP, s.rip);
    put_u64(&mut v, N_RFLAGS, 2);
    for (at, sel, attr) in [(N_CODE, SEL_CODE, s.code_attr()), (N_DATA, SEL_DATA, DATA_ATTR)] {
        put_u16(&mut v, at, sel);
        put_u16(&mut v, at + 2, attr);
        put_u32(&mut v, at + 8, 0xffff_ffff);
    }
    put_u64(&mut v, N_CR0, CR0);
    put_u64(&mut v, N_CR3, s.cr3);
    put_u64(&mut v, N_CR4, CR4);
    put_u64(&mut v, N_EFER, EFER);
    v
}

// VMSA segment slots: selector u16, attrib u16, limit u32, base u64.
const VMSA_ES: usize = 0x00;
const VMSA_SS: usize = 0x20;
const VMSA_DS: usize = 0x30;
const VMSA_FS: usize = 0x40;
const VMSA_GS: usize = 0x50;

fn vmsa_segment(v: &mut [u8], at: usize, selector: u16, attributes: u16) {
    put_u16(v, at, selector);
    put_u16(v, at + 2, (attributes & 0xff) | ((attributes >> 4) & 0xf00));
    put_u32(v, at + 4, 0xffff_ffff);
}

const SEV_SNP: u64 = 1 << 0;
const SEV_VTOM: u64 = 1 << 1;
const SEV_RESTRICT_INJECTION: u64 = 1 << 3;
const SEV_DEBUG_SWAP: u64 = 1 << 5;

pub fn snp_vmsa(a: &Args, s: &Start, vtom: u64) -> Vec<u8> {
    let mut v = vec![0u8; PAGE];
    vmsa_segment(&mut v, VMSA_CS, SEL_CODE, s.code_attr());
    for at in [VMSA_DS, VMSA_SS, VMSA_ES, VMSA_FS, VMSA_GS] {
        vmsa_segment(&mut v, at, SEL_DATA, DATA_ATTR);
    }
    let (mut cr0, mut efer) = (CR0, EFER);
    if !s.long_mode {
        // 32-bit entry: no paging, no long mode.
        cr0 &= !0x8000_0000;
        efer &= !0x500;
    }
    put_u64(&mut v, VMSA_CR0, cr0);
    put_u64(&mut v, VMSA_CR3, s.cr3);
    put_u64(&mut v, VMSA_CR4, CR4);
    put_u64(&mut v, VMSA_EFER, efer | 0x1000); // SVME
    put_u64(&mut v, VMSA_RFLAGS, 2);
    put_u64(&mut v, VMSA_RIP, s.rip);
    put_u64(&mut v, VMSA_RSP, s.rsp);
    put_u64(&mut v, VMSA_RSI, vtom >> 32);
    put_u64(&mut v, VMSA_RAX, 1); // SvsmPlatformType::Snp
    let vanadium = a.hypervisor == "vanadium";
    put_u64(&mut v, VMSA_PAT, if vanadium { 0x70106 } else { 0x0007_0406_0007_0406 });
    put_u64(&mut v, VMSA_DR6, if vanadium { 0xFFFF_0FF0 } else { 0 });
    put_u64(&mut v, VMSA_DR7, if vanadium { 0x400 } else { 0 });
    put_u64(&mut v, VMSA_XCR0, 1);
    let mut features = SEV_SNP | SEV_RESTRICT_INJECTION | SEV_DEBUG_SWAP | a.sev_features;
    if vtom != 0 {
        put_u64(&mut v, VMSA_VIRTUAL_TOM, vtom);
        features |= SEV_VTOM;
    }
    put_u64(&mut v, VMSA_SEV_FEATURES, features);
    v
}

/// The VBS register list: a count, then 0x20-byte entries (vtl, name at byte 1, value at 0x10),
/// in upstream's register order.
pub fn vsm_registers(s: &Start, vtl: u8) -> Vec<u8> {
    let seg = |sel: u16, attr: u16| -> u128 { (0xffff_ffffu128 << 64) | ((sel as u128) << 96) | ((attr as u128) << 112) };
    let regs: [(u32, u128); 13] = [
        (0x0006_0001, seg(SEL_CODE, s.code_attr())),
        (0x0006_0003, seg(SEL_DATA, DATA_ATTR)),
        (0x0006_0002, seg(SEL_DATA, DATA_ATTR)),
        (0x0006_0000, seg(SEL_DATA, DATA_ATTR)),
        (0x0006_0004, seg(SEL_DATA, DATA_ATTR)),
        (0x0006_0005, seg(SEL_DATA, DATA_ATTR)),
        (0x0004_0000, CR0 as u128),
        (0x0004_0002, s.cr3 as u128),
        (0x0004_0003, CR4 as u128),
        (0x0008_0001, EFER as u128),
        (0x0002_0011, 2),
        (0x0002_0010, s.rip as u128),
        (0x0002_0004, s.rsp as u128),
    ];
    let mut v = vec![0u8; 4 + regs.len() * 0x20];
    put_u32(&mut v, 0, regs.len() as u32);
    for (n, (name, value)) in regs.iter().enumerate() {
        let at = 4 + n * 0x20;
        v[at] = vtl;
        put_u32(&mut v, at + 1, *name);
        v[at + 0x10..at + 0x20].copy_from_slice(&value.to_le_bytes());
    }
    v
}

/// The stage 1 page with the TDP start context (vp_index, rip, rsp, ap_entry) over its start.
pub fn stage1_page(image: &[u8], s: &Start) -> Vec<u8> {
    let mut page = image.to_vec();
    put_u32(&mut page, 0, 0);
    put_u32(&mut page, 4, s.rip as u32);
    put_u32(&mut page, 8, s.rsp as u32);
    put_u32(&mut page, 12, s.rip as u32 + 2);
    page
}
