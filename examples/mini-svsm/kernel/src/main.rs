// The kernel binary: the stamp (version, features) and a few pages of image, like a real ELF kernel.
#![no_std]
#![no_main]
#![no_core]
#![allow(internal_features)]
#![feature(no_core, lang_items, used_with_arg, auto_traits, rustc_attrs)]

#[macro_use]
#[path = "../../minicore/minicore.rs"]
mod minicore;

include!(concat!(env!("OUT_DIR"), "/stamp.rs"));

// Writable data: the second PT_LOAD, as a real kernel has.
#[used(linker)]
#[unsafe(link_section = ".data.svsm")]
static DATA: [u8; 256] = [0x44; 256];

#[used(linker)]
#[unsafe(link_section = ".rodata.svsm_image")]
static IMAGE: [u8; 12288] = [0x5a; 12288];

#[unsafe(no_mangle)]
pub extern "C" fn _start() -> ! {
    loop {}
}
