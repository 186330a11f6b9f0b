// The kernel as a library: what `cargo test --no-run --package svsm` turns into the test kernel.
#![no_std]

#![no_core]
#![allow(internal_features)]
#![feature(no_core, lang_items, used_with_arg, auto_traits, rustc_attrs)]
#![cfg_attr(test, no_main)]

#[macro_use]
#[path = "../../minicore/minicore.rs"]
mod minicore;

include!(concat!(env!("OUT_DIR"), "/stamp.rs"));

// Writable data: the second PT_LOAD, as a real kernel has.
#[used(linker)]
#[unsafe(link_section = ".data.svsm")]
static DATA: [u8; 256] = [0x44; 256];

#[cfg(test)]
#[used(linker)]
#[unsafe(link_section = ".rodata.svsm_tests")]
static TESTS: [u8; 8192] = [0x74; 8192];

#[cfg(test)]
#[unsafe(no_mangle)]
pub extern "C" fn _start() -> ! {
    loop {}
}
