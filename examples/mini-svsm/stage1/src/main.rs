// The TDX stage 1 (flat binary, placed to end at 4 GiB).
#![no_std]
#![no_main]
#![no_core]
#![allow(internal_features)]
#![feature(no_core, lang_items, used_with_arg, auto_traits, rustc_attrs)]

#[macro_use]
#[path = "../../minicore/minicore.rs"]
mod minicore;

#[used(linker)]
static IMAGE: [u8; 3000] = [0x31; 3000];

#[unsafe(no_mangle)]
pub extern "C" fn _start() -> ! {
    loop {}
}
