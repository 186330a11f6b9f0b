//! The current igvmbuilder's layout (svsm tools/igvmbuilder: gpa_map.rs, igvm_builder.rs, and the
//! boot image of boot/bootimg): the same GPAs, directive kinds and order. Page contents the kernel
//! reads (boot parameters, launch info, CPUID page) are the stand-in's own; the initial page
//! tables, the start contexts and the stage 1 context are upstream's, so the image boots.
use crate::args::Args;
use crate::context::{self, Start};
use crate::elf::{self, pages};
use igvmlite::format::*;
use igvmlite::writer::Directive;

const P: u64 = PAGE as u64;
pub const BLDR_BASE: u64 = 0x10000;
const BLDR_STACK_SIZE: u64 = 6 * P;
const INIT_PT_PAGES: u64 = 4;
const KERNEL_FS_BASE: u64 = 0x80_0000;
const KERNEL_MIN_SIZE: u64 = 0x100_0000;
const KERNEL_STACK_PAGES: u64 = 8;
const PARAM_AREA_SIZE: u64 = 5 * P; // block header, general, MADT, memory map, device tree
const BLDR_LAUNCH_INFO_SIZE: u64 = 0x58;
const KERNEL_STACK_WORDS: u64 = 3;
pub const FULL_MASK: u32 = MASK_SNP | MASK_NATIVE | MASK_TDP | MASK_VSM;
pub const FIRMWARE_TOP: u64 = 0xFF00_0000;

pub struct Inputs<'a> {
    pub bldr: Option<&'a [u8]>,
    pub stage1: Option<&'a [u8]>,
    pub fs: Option<&'a [u8]>,
    pub firmware: Option<&'a [u8]>,
}

/// Where things go before the kernel is looked at (gpa_map.rs), with upstream's refusals.
#[derive(Debug)]
pub struct GpaMap {
    pub stage1: u64,
    pub bldr_image: (u64, u64),
    pub bldr_stack: (u64, u64),
    pub init_page_tables: u64,
    pub cpuid_page: u64,
    pub bldr_end: u64,
    pub kernel_fs: (u64, u64),
    pub kernel_base: u64,
    pub firmware: (u64, u64),
    pub vmsa: u64,
}

pub fn gpa_map(a: &Args, stage1_len: Option<u64>, bldr_len: Option<u64>, fs_len: u64, fw_len: Option<u64>) -> Result<GpaMap, &'static str> {
    let stage1 = match stage1_len {
        Some(len) => {
            let start = (1u64 << 32) - len;
            if start & 0xfff != 0 {
                return Err("Range is not page aligned");
            }
            start
        }
        None => 0,
    };
    let (kernel_base, kernel_max) = if a.hypervisor == "vanadium" { (0x7ff_8000_0000, 0x8000_0000) } else { (0x800_0000, 0x100_0000) };
    let fw_len = fw_len.map(pages).unwrap_or(0);
    let firmware = (FIRMWARE_TOP - fw_len, fw_len);
    if fw_len != 0 && firmware.0 < kernel_base + kernel_max && FIRMWARE_TOP > kernel_base {
        return Err("Firmware region overlaps kernel region");
    }
    let (bldr_image, bldr_stack, init_page_tables, cpuid_page, bldr_end) = match bldr_len {
        Some(len) => {
            let image = (BLDR_BASE, pages(len));
            let stack = (image.0 + image.1, BLDR_STACK_SIZE);
            let pt = stack.0 + stack.1;
            let cpuid = pt + INIT_PT_PAGES * P;
            (image, stack, pt, cpuid, cpuid + P)
        }
        None => ((0, 0), (0, 0), 0, 0, 0),
    };
    if fw_len != 0 && bldr_end > firmware.0 {
        return Err("Boot loader overlaps firmware image");
    }
    let vmsa = if a.hypervisor == "hyper-v" { kernel_base + KERNEL_MIN_SIZE - P } else { 0xFFFF_FFFF_F000 };
    Ok(GpaMap { stage1, bldr_image, bldr_stack, init_page_tables, cpuid_page, bldr_end, kernel_fs: (KERNEL_FS_BASE, fs_len), kernel_base, firmware, vmsa })
}

fn page(gpa: u64, mask: u32, data_type: u16, data: Option<Vec<u8>>) -> Directive {
    let data = data.map(|mut d| {
        d.resize(PAGE, 0);
        d
    });
    Directive::PageData { gpa, mask, flags: 0, data_type, data }
}

/// add_data_pages: the bytes a page at a time, then zero pages up to `len`.
fn data_then_zero(out: &mut Vec<Directive>, gpa: u64, bytes: &[u8], len: u64, mask: u32) {
    let mut n = 0;
    for chunk in bytes.chunks(PAGE) {
        out.push(page(gpa + n * P, mask, DATA_NORMAL, Some(chunk.to_vec())));
        n += 1;
    }
    while n * P < len {
        out.push(page(gpa + n * P, mask, DATA_NORMAL, None));
        n += 1;
    }
}

/// The boot image in the kernel region (boot/bootimg): what goes where, and the kernel's start.
pub struct BootImage {
    pub boot_params: u64,
    pub cpuid: u64,
    pub secrets: u64,
    pub start: Start,
    pub directives: Vec<Directive>,
}

/// Numbers the kernel is told, so every input and flag changes the image (the stand-in's own
/// layout, not upstream's BootParamBlock).
fn boot_params(a: &Args, map: &GpaMap, all: u32, vtom: u64) -> Vec<u8> {
    let mut p = vec![0u8; PAGE];
    p[..8].copy_from_slice(b"SVSMPARM");
    let ports = [0x3f8u64, 0x2f8, 0x3e8, 0x2e8];
    let fields = [PARAM_AREA_SIZE, ports[(a.comport.unwrap_or(1) - 1) as usize], all as u64, a.policy.unwrap_or(0), vtom, map.kernel_base, KERNEL_MIN_SIZE, map.kernel_fs.0, map.kernel_fs.1, map.firmware.0, map.firmware.1, (a.hypervisor == "qemu") as u64];
    for (n, f) in fields.iter().enumerate() {
        put_u64(&mut p, 8 + n * 8, *f);
    }
    p
}

/// A kernel page-table page: the stand-in links each page to the next (not upstream's entries;
/// the kernel never runs on the mini images).
fn page_table(base: u64, n: u64, mask: u32) -> Directive {
    let mut t = vec![0u8; PAGE];
    put_u64(&mut t, 0, (base + (n + 1) * P) | 0x63);
    page(base + n * P, mask, DATA_NORMAL, Some(t))
}

pub fn boot_image(a: &Args, map: &GpaMap, kernel: &elf::Kernel, all: u32, vtom: u64) -> Result<BootImage, &'static str> {
    let (virt_len, phys) = kernel.sizes()?;
    let virt_base = kernel.virt_base();
    // Kernel page tables: root, PDPT, PD and one PT per 2 MiB the image, its stack and IDT touch.
    let mapped_end = virt_base + virt_len + P + KERNEL_STACK_PAGES * P + P;
    let pt_pages = 3 + ((mapped_end - 1) >> 21) - (virt_base >> 21) + 1;
    let symtab_pages = pages(kernel.symbols.len() as u64 * 16) / P;
    let strtab_pages = pages(kernel.strtab.len() as u64) / P;
    // The kernel heap, in upstream's allocation order.
    let mut next = map.kernel_base + phys;
    let mut alloc = |n: u64| {
        let at = next;
        next += n * P;
        at
    };
    let page_tables = alloc(pt_pages);
    let stack = alloc(KERNEL_STACK_PAGES);
    let _idt = alloc(1);
    let boot_params_at = alloc(PARAM_AREA_SIZE / P);
    let cpuid = alloc(1);
    let secrets = alloc(1);
    let symtab = alloc(symtab_pages);
    let strtab = alloc(strtab_pages);
    let launch_info = alloc(1);
    if next > map.kernel_base + KERNEL_MIN_SIZE {
        return Err("Insufficient physical memory for kernel image");
    }

    // The upper levels (root, PDPT, PD) are added when the page tables are set up.
    let mut d: Vec<Directive> = (0..3).map(|n| page_table(page_tables, n, all)).collect();
    let mut paddr = map.kernel_base;
    for s in &kernel.segments {
        let len = pages(s.memsz);
        data_then_zero(&mut d, paddr, s.contents, len, all);
        paddr += len;
    }
    d.push(page(boot_params_at, all, DATA_NORMAL, Some(boot_params(a, map, all, vtom))));
    // One KSym per ELF symbol (upstream's boot/defs symbols.rs): address, size (saturated to u32),
    // name offset; then the string table as it is.
    let ksyms: Vec<u8> = kernel.symbols.iter().flat_map(|(value, size, name)| [value.to_le_bytes().to_vec(), u32::try_from(*size).unwrap_or(u32::MAX).to_le_bytes().to_vec(), name.to_le_bytes().to_vec()].concat()).collect();
    data_then_zero(&mut d, symtab, &ksyms, symtab_pages * P, all);
    data_then_zero(&mut d, strtab, kernel.strtab, strtab_pages * P, all);
    // The leaf page tables are added once everything is mapped.
    for n in 3..pt_pages {
        d.push(page_table(page_tables, n, all));
    }
    let mut li = vec![0u8; PAGE];
    for (n, f) in [map.kernel_base, map.kernel_base + KERNEL_MIN_SIZE, virt_base, symtab, strtab, map.kernel_fs.0, map.kernel_fs.0 + map.kernel_fs.1, map.bldr_image.0, map.bldr_end, cpuid, secrets, vtom].iter().enumerate() {
        put_u64(&mut li, 8 * n, *f);
    }
    d.push(page(launch_info, all, DATA_NORMAL, Some(li)));
    data_then_zero(&mut d, stack, &[], (KERNEL_STACK_PAGES - 1) * P, all);
    let stack_base = virt_base + virt_len + P;
    let mut top = vec![0u8; PAGE];
    put_u64(&mut top, PAGE - 24, page_tables);
    put_u64(&mut top, PAGE - 16, launch_info);
    put_u64(&mut top, PAGE - 8, stack_base);
    d.push(page(stack + (KERNEL_STACK_PAGES - 1) * P, all, DATA_NORMAL, Some(top)));
    let start = Start { rip: kernel.entry, rsp: stack_base + KERNEL_STACK_PAGES * P - KERNEL_STACK_WORDS * 8, cr3: 0, long_mode: true };
    Ok(BootImage { boot_params: boot_params_at, cpuid, secrets, start, directives: d })
}

/// upstream's paging.rs: four pages, the root last; the low 4 GiB identity-mapped with 1 GiB pages.
fn init_page_tables(out: &mut Vec<Directive>, base: u64) -> u64 {
    let mut t = vec![vec![0u8; PAGE]; 4];
    put_u64(&mut t[3], 0, 0x63 | (base + 2 * P));
    for i in 0..4u64 {
        put_u64(&mut t[2], 8 * i as usize, 0xE3 | (i << 30));
    }
    put_u64(&mut t[2], 32, 0x63 | (base + P));
    put_u64(&mut t[1], 0, 0x63 | base);
    for (n, data) in t.into_iter().enumerate() {
        out.push(page(base + n as u64 * P, FULL_MASK, DATA_NORMAL, Some(data)));
    }
    base + 3 * P
}

/// The SNP CPUID page: the stand-in's own single leaf (upstream lists the leaves it knows).
fn cpuid_page() -> Vec<u8> {
    let mut c = vec![0u8; PAGE];
    put_u32(&mut c, 0, 1);
    c
}

pub fn directives(a: &Args, i: &Inputs, map: &GpaMap, kernel: &elf::Kernel, all: u32, vtom: u64, vtl: u8) -> Result<Vec<Directive>, &'static str> {
    let mut d = Vec::new();
    if all & !MASK_VSM != 0 {
        d.push(Directive::RequiredMemory { gpa: map.kernel_base, mask: all & !MASK_VSM, bytes: KERNEL_MIN_SIZE as u32, flags: 0 });
    }
    if all & MASK_VSM != 0 {
        d.push(Directive::RequiredMemory { gpa: map.kernel_base, mask: MASK_VSM, bytes: KERNEL_MIN_SIZE as u32, flags: 1 });
    }
    let image = boot_image(a, map, kernel, all, vtom)?;
    d.extend(image.directives);
    let (start, cpuid_addr) = match i.bldr {
        Some(bldr) => {
            data_then_zero(&mut d, map.bldr_image.0, bldr, 0, all);
            let root = init_page_tables(&mut d, map.init_page_tables);
            // The boot loader's launch information at the top of its stack (stand-in's own fields).
            let top = map.bldr_stack.0 + map.bldr_stack.1 - P;
            let mut li = vec![0u8; PAGE];
            let at = PAGE - BLDR_LAUNCH_INFO_SIZE as usize;
            for (n, f) in [image.start.rip, image.start.rsp, image.boot_params, map.kernel_base, root, vtom].iter().enumerate() {
                put_u64(&mut li, at + 8 * n, *f);
            }
            d.push(page(top, all, DATA_NORMAL, Some(li)));
            data_then_zero(&mut d, map.bldr_stack.0, &[], map.bldr_stack.1 - P, all);
            let rsp = map.bldr_stack.0 + map.bldr_stack.1 - BLDR_LAUNCH_INFO_SIZE;
            (Start { rip: map.bldr_image.0 + 2, rsp, cr3: root, long_mode: false }, map.cpuid_page)
        }
        None => {
            if all & MASK_TDP != 0 || (all & MASK_SNP != 0 && vtom == 0) {
                return Err("--bldr required but not specified");
            }
            (image.start, image.cpuid)
        }
    };
    if let Some(fw) = i.firmware {
        data_then_zero(&mut d, map.firmware.0, fw, 0, all & !MASK_TDP);
    }
    // Parameter areas: memory map (1), MADT (2), device tree (3), general (0).
    for index in [1u32, 2, 3, 0] {
        d.push(Directive::ParameterArea { bytes: P, index });
    }
    d.push(Directive::Parameter { typ: VHT_VP_COUNT, index: 0, offset: 0 });
    d.push(Directive::Parameter { typ: VHT_ENVIRONMENT_INFO, index: 0, offset: 4 });
    d.push(Directive::Parameter { typ: VHT_MADT, index: 2, offset: 0 });
    d.push(Directive::Parameter { typ: VHT_DEVICE_TREE, index: 3, offset: 0 });
    d.push(Directive::Parameter { typ: VHT_MEMORY_MAP, index: 1, offset: 0 });
    for (index, offset) in [(1u32, 3u64), (2, 2), (3, 4), (0, 1)] {
        d.push(Directive::ParameterInsert { gpa: image.boot_params + offset * P, mask: all, index });
    }
    if all & MASK_SNP != 0 {
        let vtom = if a.no_vtom { 0 } else { vtom };
        d.push(Directive::VpContext { gpa: map.vmsa, mask: MASK_SNP, vp_index: 0, data: context::snp_vmsa(a, &start, vtom) });
    }
    if all & MASK_VSM != 0 {
        d.push(Directive::VpContext { gpa: 0, mask: MASK_VSM, vp_index: 0, data: context::vsm_registers(&start, vtl) });
    }
    if all & MASK_NATIVE != 0 {
        d.push(Directive::VpContext { gpa: 0, mask: MASK_NATIVE, vp_index: 0, data: context::native(&start) });
    }
    if all & MASK_TDP != 0 {
        let s1 = i.stage1.unwrap_or_default();
        if s1.len() != PAGE {
            return Err("Stage1 image is too big");
        }
        d.push(page(map.stage1, MASK_TDP, DATA_NORMAL, Some(context::stage1_page(s1, &start))));
    }
    if let Some(fs) = i.fs {
        data_then_zero(&mut d, map.kernel_fs.0, fs, 0, all);
    }
    if all & MASK_SNP != 0 {
        d.push(page(cpuid_addr, MASK_SNP, DATA_CPUID, Some(cpuid_page())));
        d.push(page(image.secrets, MASK_SNP, DATA_SECRETS, None));
    }
    if all & MASK_TDP != 0 {
        d.push(page(image.cpuid, MASK_TDP, DATA_NORMAL, None));
        d.push(page(image.secrets, MASK_TDP, DATA_NORMAL, None));
    }
    Ok(d)
}
