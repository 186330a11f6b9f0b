// The user-space API tests: test recipes build this lib with `cargo test --no-run` into /test/uapi_tester.
#![no_std]
#![no_core]
#![allow(internal_features)]
#![feature(no_core, lang_items, used_with_arg, auto_traits, rustc_attrs)]
#![cfg_attr(test, no_main)]

#[macro_use]
#[path = "../../../minicore/minicore.rs"]
mod minicore;

#[used(linker)]
static TESTS: [u8; 3000] = [0x55; 3000];

#[cfg(test)]
#[unsafe(no_mangle)]
pub extern "C" fn _start() -> ! {
    loop {}
}
