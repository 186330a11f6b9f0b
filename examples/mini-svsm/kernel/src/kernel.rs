//! What the kernel does first (upstream's svsm_main, in miniature): say which kernel it is, map
//! its memory, use the heap, and halt. The mini kernel never runs in a test; the boot loader ends
//! the VM.
use crate::mm::memory_map;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// The version stamp (build.rs).
pub fn version() -> &'static str {
    core::str::from_utf8(&crate::STAMP).expect("the stamp is ASCII")
}

pub fn halt() -> ! {
    loop {
        // SAFETY: `hlt` waits for an interrupt; nothing else changes.
        unsafe { core::arch::asm!("hlt", options(nomem, nostack)) }
    }
}

pub fn kernel_main() -> ! {
    println!("{}", version());
    let lines: Vec<String> = memory_map()
        .lock()
        .regions()
        .iter()
        .map(|r| format!("{:#018x}-{:#018x} {:?}", r.start, r.end, r.flags))
        .collect();
    for line in &lines {
        println!("  {line}");
    }
    let pages: Vec<u64> = (0..16).map(|n| n * 4096).collect();
    println!("{} pages, heap: {} bytes used", pages.len(), crate::heap::used());
    halt()
}
