// The stage2 loader of the build.py era.
#![no_std]
#![no_main]
#![no_core]
#![allow(internal_features)]
#![feature(no_core, lang_items, used_with_arg, auto_traits, rustc_attrs)]

#[macro_use]
#[path = "../../minicore/minicore.rs"]
mod minicore;

#[used(linker)]
static STAGE2: [u8; 4200] = [0x32; 4200];

#[unsafe(no_mangle)]
pub extern "C" fn _start() -> ! {
    loop {}
}
