//! Where everything goes (a simplified version of COCONUT's GPA map) and the directives for it.
use crate::args::Args;
use crate::vmsa;
use igvmlite::format::*;
use igvmlite::writer::Directive;

pub const LOADER_BASE: u64 = 0x10000;
pub const CPUID_PAGE: u64 = 0x9F000;
pub const SECRETS_PAGE: u64 = 0x9E000;
pub const KERNEL_BASE: u64 = 0x800_0000;
pub const KERNEL_SIZE: u64 = 0x100_0000;
pub const FIRMWARE_TOP: u64 = 0xFF00_0000;
pub const FOUR_GIB: u64 = 0x1_0000_0000;

pub struct Inputs<'a> {
    pub kernel: &'a [u8],
    pub loader: Option<&'a [u8]>,
    pub stage1: Option<&'a [u8]>,
    pub fs: Option<&'a [u8]>,
    pub firmware: Option<&'a [u8]>,
}

#[derive(Debug)]
pub struct GpaMap {
    pub loader: (u64, u64),
    pub kernel: (u64, u64),
    pub boot_params: u64,
    pub parameter_pages: u64,
    pub fs: (u64, u64),
    pub zero_pages: (u64, u64),
    pub stage1: (u64, u64),
    pub firmware: (u64, u64),
    pub vmsa: u64,
}

const fn pages(len: usize) -> u64 {
    ((len as u64) + 0xFFF) & !0xFFF
}

pub fn gpa_map(a: &Args, i: &Inputs) -> GpaMap {
    let kernel = (KERNEL_BASE, pages(i.kernel.len()));
    let boot_params = kernel.0 + kernel.1;
    let parameter_pages = boot_params + 0x1000;
    let fs_base = parameter_pages + 4 * 0x1000;
    let fs = (fs_base, pages(i.fs.map_or(0, <[u8]>::len)));
    let zero_pages = (fs.0 + fs.1, 0x4000);
    let stage1_len = pages(i.stage1.map_or(0, <[u8]>::len));
    let fw_len = pages(i.firmware.map_or(0, <[u8]>::len));
    let vmsa = if a.hypervisor == "hyper-v" { KERNEL_BASE + KERNEL_SIZE - 0x1000 } else { 0xFFFF_FFFF_F000 };
    GpaMap {
        loader: (LOADER_BASE, pages(i.loader.map_or(0, <[u8]>::len))),
        kernel,
        boot_params,
        parameter_pages,
        fs,
        zero_pages,
        stage1: (FOUR_GIB - stage1_len, stage1_len),
        firmware: (FIRMWARE_TOP - fw_len, fw_len),
        vmsa,
    }
}

fn data_pages(out: &mut Vec<Directive>, base: u64, bytes: &[u8], mask: u32) {
    for (n, chunk) in bytes.chunks(PAGE).enumerate() {
        out.push(Directive::PageData { gpa: base + (n * PAGE) as u64, mask, flags: 0, data_type: DATA_NORMAL, data: Some(chunk.to_vec()) });
    }
}

/// The boot parameter page: everything the kernel is told, so every flag changes the image.
fn boot_params(a: &Args, map: &GpaMap, all: u32, vtom: u64) -> Vec<u8> {
    let mut p = vec![0u8; PAGE];
    p[..8].copy_from_slice(b"SVSMPARM");
    let target = match a.hypervisor.as_str() {
        "qemu" => 0,
        "hyper-v" => 1,
        _ => 2,
    };
    let ports = [0x3f8u16, 0x2f8, 0x3e8, 0x2e8];
    let fields: [u64; 12] = [
        1,
        target,
        ports[(a.comport.unwrap_or(1) - 1) as usize] as u64,
        all as u64,
        a.policy.unwrap_or(0),
        vtom,
        map.kernel.0,
        map.kernel.1,
        map.fs.0,
        map.fs.1,
        map.firmware.0,
        map.firmware.1,
    ];
    for (n, f) in fields.iter().enumerate() {
        put_u64(&mut p, 8 + n * 8, *f);
    }
    p
}

pub fn directives(a: &Args, i: &Inputs, map: &GpaMap, all: u32, vtom: u64) -> Vec<Directive> {
    let mut d = vec![Directive::RequiredMemory { gpa: KERNEL_BASE, mask: all, bytes: KERNEL_SIZE as u32, flags: 0 }];
    let non_tdp = all & !MASK_TDP;
    if let Some(fw) = i.firmware {
        data_pages(&mut d, map.firmware.0, fw, non_tdp);
    }
    // Four one-page parameter areas: memory map, MADT, device tree, general.
    for index in 0..4 {
        d.push(Directive::ParameterArea { bytes: PAGE as u64, index });
    }
    d.push(Directive::Parameter { typ: VHT_VP_COUNT, index: 3, offset: 0 });
    d.push(Directive::Parameter { typ: VHT_ENVIRONMENT_INFO, index: 3, offset: 4 });
    d.push(Directive::Parameter { typ: VHT_MADT, index: 1, offset: 0 });
    d.push(Directive::Parameter { typ: VHT_DEVICE_TREE, index: 2, offset: 0 });
    d.push(Directive::Parameter { typ: VHT_MEMORY_MAP, index: 0, offset: 0 });
    for index in 0..4u32 {
        d.push(Directive::ParameterInsert { gpa: map.parameter_pages + index as u64 * PAGE as u64, mask: all, index });
    }
    if a.snp {
        d.push(Directive::VpContext { gpa: map.vmsa, mask: MASK_SNP, vp_index: 0, data: vmsa::snp_vmsa(a, vtom) });
    }
    if a.vsm {
        d.push(Directive::VpContext { gpa: 0, mask: MASK_VSM, vp_index: 0, data: vmsa::vsm_registers() });
    }
    if a.native {
        d.push(Directive::VpContext { gpa: 0, mask: MASK_NATIVE, vp_index: 0, data: vmsa::native_context(a) });
    }
    if let Some(s1) = i.stage1 {
        data_pages(&mut d, map.stage1.0, s1, MASK_TDP);
    }
    if a.snp {
        let mut cpuid = vec![0u8; PAGE];
        put_u32(&mut cpuid, 0, 1); // one CPUID leaf for the PSP to validate
        d.push(Directive::PageData { gpa: CPUID_PAGE, mask: MASK_SNP, flags: 0, data_type: DATA_CPUID, data: Some(cpuid) });
        d.push(Directive::PageData { gpa: SECRETS_PAGE, mask: MASK_SNP, flags: 0, data_type: DATA_SECRETS, data: None });
    }
    if a.tdp {
        for n in 0..4u64 {
            d.push(Directive::PageData { gpa: KERNEL_BASE + KERNEL_SIZE - 0x10000 + n * PAGE as u64, mask: MASK_TDP, flags: 0, data_type: DATA_NORMAL, data: None });
        }
    }
    if let Some(loader) = i.loader {
        data_pages(&mut d, map.loader.0, loader, all);
    }
    data_pages(&mut d, map.kernel.0, i.kernel, all);
    d.push(Directive::PageData { gpa: map.boot_params, mask: all, flags: 0, data_type: DATA_NORMAL, data: Some(boot_params(a, map, all, vtom)) });
    if let Some(fs) = i.fs {
        data_pages(&mut d, map.fs.0, fs, all);
    }
    // Memory the kernel expects zeroed: pages without file data.
    for n in 0..(map.zero_pages.1 / PAGE as u64) {
        d.push(Directive::PageData { gpa: map.zero_pages.0 + n * PAGE as u64, mask: all, flags: 0, data_type: DATA_NORMAL, data: None });
    }
    d
}
