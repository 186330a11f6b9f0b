//! Stand-in for COCONUT's igvmbuilder: the same arguments and refusals; writes a real IGVM file.
//! The current tool's layout (upstream.rs: upstream's GPAs, directive kinds and order, start
//! contexts as the igvm crate lays them out) or, with the `legacy` feature, the build.py era's
//! simplified one (layout.rs).
mod args;
mod context;
mod elf;
mod layout;
mod upstream;
mod vmsa;

use igvmlite::format::*;
use igvmlite::writer::{Directive, File, Platform};
use std::process::exit;

fn error(msg: &str) -> ! {
    eprintln!("Error: {msg:?}");
    exit(1);
}

/// Reads an input file; on failure prints upstream's two lines (its context, then the OS error).
fn read(path: &str, context: &str) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| {
        eprintln!("{context} {path}");
        error(&e.to_string())
    })
}

fn main() {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let a = args::parse(&argv);
    if !cfg!(feature = "legacy") {
        current(&a);
        return;
    }

    // The checks upstream makes after parsing, in its order.
    if !(a.snp || a.tdp || a.native || a.vsm) {
        error("No platform specified");
    }
    if a.tdx_stage1.is_some() && !a.tdp {
        error("TDP platform must be specified when using --tdx-stage1");
    }
    if a.tdp && a.tdx_stage1.is_none() {
        error("TDP platform requires --tdx-stage1");
    }
    if a.policy.is_some() && !a.snp {
        error("Policy not supported by the specified platform(s)");
    }
    // vTOM: 0 for qemu and vanadium; hyper-v uses 1 << 46 unless told not to.
    let vtom: u64 = if a.hypervisor == "hyper-v" && !a.no_vtom { 1 << 46 } else { 0 };
    if !cfg!(feature = "legacy") && a.bldr.is_none() && (a.tdp || (a.snp && vtom == 0)) {
        error("--bldr required but not specified");
    }

    let kernel = read(&a.kernel, "Failed to read kernel image");
    let stage1 = a.tdx_stage1.as_deref().map(|p| read(p, "Failed to access"));
    let loader = a.bldr.as_deref().map(|p| read(p, "Could not open input file"));
    let fs = a.filesystem.as_deref().map(|p| read(p, "Could not open input file"));
    let firmware = a.firmware.as_deref().map(|p| read(p, "Failed to open firmware file"));
    if let Some(fw) = &firmware {
        if fw.len() < 0x1000 {
            error("OVMF firmware file is too small");
        }
    }

    let mut platforms = Vec::new();
    let vtl = if firmware.is_some() { 2 } else { 0 };
    if a.snp {
        platforms.push(Platform { mask: MASK_SNP, highest_vtl: vtl, platform_type: PLATFORM_SEV_SNP, shared_gpa_boundary: vtom });
    }
    if a.tdp {
        platforms.push(Platform { mask: MASK_TDP, highest_vtl: vtl, platform_type: PLATFORM_TDX, shared_gpa_boundary: 0 });
    }
    if a.vsm {
        platforms.push(Platform { mask: MASK_VSM, highest_vtl: vtl, platform_type: PLATFORM_VSM, shared_gpa_boundary: 0 });
    }
    if a.native {
        platforms.push(Platform { mask: MASK_NATIVE, highest_vtl: vtl, platform_type: PLATFORM_NATIVE, shared_gpa_boundary: 0 });
    }
    let all: u32 = platforms.iter().map(|p| p.mask).fold(0, |x, y| x | y);

    let inputs = layout::Inputs { kernel: &kernel, loader: loader.as_deref(), stage1: stage1.as_deref(), fs: fs.as_deref(), firmware: firmware.as_deref() };
    let map = layout::gpa_map(&a, &inputs);
    if a.verbose {
        println!("GPA Map: {:#X?}", map);
    }
    let mut directives = layout::directives(&a, &inputs, &map, all, vtom);
    if a.sort {
        // Page data and SNP VP contexts go after every other directive, ordered by GPA.
        let (mut pages, rest): (Vec<Directive>, Vec<Directive>) = directives
            .into_iter()
            .partition(|d| matches!(d, Directive::PageData { .. }) || matches!(d, Directive::VpContext { mask, .. } if *mask == MASK_SNP));
        pages.sort_by_key(|d| match d {
            Directive::PageData { gpa, .. } | Directive::VpContext { gpa, .. } => *gpa,
            _ => 0,
        });
        directives = rest.into_iter().chain(pages).collect();
    }
    let file = File {
        version: if a.native { 2 } else { 1 },
        platforms,
        policies: a.policy.map(|p| vec![(p, MASK_SNP)]).unwrap_or_default(),
        directives,
    };
    if let Err(e) = std::fs::write(&a.output, file.serialize()) {
        error(&e.to_string());
    }
}

/// A file's length, or upstream's "Failed to access <path>" and the OS error.
fn length(path: &str) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or_else(|e| {
        eprintln!("Failed to access {path}");
        error(&e.to_string())
    })
}

/// The current igvmbuilder: its checks in its order (igvm_builder.rs, gpa_map.rs, bootimg).
fn current(a: &args::Args) {
    let mut all = 0;
    for (on, mask) in [(a.snp, MASK_SNP), (a.tdp, MASK_TDP), (a.vsm, MASK_VSM), (a.native, MASK_NATIVE)] {
        if on {
            all |= mask;
        }
    }
    if all == 0 {
        error("No platform specified");
    }
    let firmware = a.firmware.as_deref().map(|p| read(p, "Failed to open firmware file"));
    if let Some(fw) = &firmware {
        if fw.len() < 0x1000 {
            error("OVMF firmware file is too small");
        }
    }
    let stage1_len = match (&a.tdx_stage1, a.tdp) {
        (Some(_), false) => error("TDP platform must be specified when using --tdx-stage1"),
        (None, true) => error("TDP platform requires --tdx-stage1"),
        (Some(p), true) => Some(length(p)),
        (None, false) => None,
    };
    let bldr_len = a.bldr.as_deref().map(length);
    let fs_len = a.filesystem.as_deref().map(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or_else(|e| error(&e.to_string()))).unwrap_or(0);
    let map = upstream::gpa_map(a, stage1_len, bldr_len, fs_len, firmware.as_ref().map(|f| f.len() as u64)).unwrap_or_else(|e| error(e));
    if a.verbose {
        println!("GPA Map: {map:#X?}");
    }
    let vtom: u64 = if a.hypervisor == "hyper-v" { 1 << 46 } else { 0 };
    let kernel_bytes = read(&a.kernel, "Failed to read kernel image");
    let kernel = elf::read(&kernel_bytes).unwrap_or_else(|e| error(e));
    let bldr = a.bldr.as_deref().map(|p| read(p, "Could not open input file"));
    let stage1 = a.tdx_stage1.as_deref().map(|p| std::fs::read(p).unwrap_or_else(|e| error(&e.to_string())));
    let fs = a.filesystem.as_deref().map(|p| read(p, "Could not open input file"));
    let inputs = upstream::Inputs { bldr: bldr.as_deref(), stage1: stage1.as_deref(), fs: fs.as_deref(), firmware: firmware.as_deref() };
    let vtl = if firmware.is_some() { 2 } else { 0 };
    let directives = upstream::directives(a, &inputs, &map, &kernel, all, vtom, vtl).unwrap_or_else(|e| error(e));
    if a.policy.is_some() && !a.snp {
        error("Policy not supported by the specified platform(s)");
    }
    let mut platforms = Vec::new();
    for (on, mask, typ, boundary) in [(a.snp, MASK_SNP, PLATFORM_SEV_SNP, vtom), (a.tdp, MASK_TDP, PLATFORM_TDX, 0), (a.vsm, MASK_VSM, PLATFORM_VSM, 0), (a.native, MASK_NATIVE, PLATFORM_NATIVE, 0)] {
        if on {
            // The native platform has a single VTL whatever the firmware.
            let highest_vtl = if typ == PLATFORM_NATIVE { 0 } else { vtl };
            platforms.push(Platform { mask, highest_vtl, platform_type: typ, shared_gpa_boundary: boundary });
        }
    }
    // Page data and SNP VMSAs go last; --sort orders them by GPA (a stable sort, as upstream's).
    let (mut pages, rest): (Vec<Directive>, Vec<Directive>) = directives
        .into_iter()
        .partition(|d| matches!(d, Directive::PageData { .. }) || matches!(d, Directive::VpContext { mask, .. } if *mask == MASK_SNP));
    if a.sort {
        pages.sort_by_key(|d| match d {
            Directive::PageData { gpa, .. } | Directive::VpContext { gpa, .. } => *gpa,
            _ => 0,
        });
    }
    let file = File { version: if a.native { 2 } else { 1 }, platforms, policies: a.policy.map(|p| vec![(p, MASK_SNP)]).unwrap_or_default(), directives: rest.into_iter().chain(pages).collect() };
    if let Err(e) = std::fs::write(&a.output, file.serialize()) {
        eprintln!("Failed to create output file {}", a.output);
        error(&e.to_string());
    }
}
