// The first user-space program, /init in the fs image.
#![no_std]
#![no_main]
#![no_core]
#![allow(internal_features)]
#![feature(no_core, lang_items, used_with_arg, auto_traits, rustc_attrs)]

#[macro_use]
#[path = "../../../minicore/minicore.rs"]
mod minicore;

#[used(linker)]
static IMAGE: [u8; 5000] = [0x49; 5000];

#[unsafe(no_mangle)]
pub extern "C" fn _start() -> ! {
    loop {}
}
