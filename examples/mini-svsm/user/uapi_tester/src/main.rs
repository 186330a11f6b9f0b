// The user-space API tester as a plain program.
#![no_std]
#![no_core]
#![allow(internal_features)]
#![feature(no_core, lang_items, used_with_arg, auto_traits, rustc_attrs)]
#![no_main]

#[macro_use]
#[path = "../../../minicore/minicore.rs"]
mod minicore;

#[used(linker)]
static IMAGE: [u8; 3100] = [0x56; 3100];

#[unsafe(no_mangle)]
pub extern "C" fn _start() -> ! {
    loop {}
}
