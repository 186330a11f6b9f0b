// The kernel as a library (upstream's kernel/src/lib.rs): console, heap, memory map and panic
// handler on `core` and `alloc`, with registry crates; the binary (main.rs) only enters it.
//
// Test recipes build this library with `cargo +nightly test --no-run --no-default-features`.
// This machine's nightly has no `core` for x86_64-unknown-none, so without the `runtime` feature
// the library is the #![no_core] test kernel of testing.rs.
#![no_std]
#![cfg_attr(
    not(feature = "runtime"),
    feature(no_core, lang_items, used_with_arg, auto_traits, rustc_attrs),
    no_core,
    allow(internal_features)
)]
#![cfg_attr(test, no_main)]

#[cfg(not(feature = "runtime"))]
#[macro_use]
#[path = "../../minicore/minicore.rs"]
mod minicore;

#[cfg(not(feature = "runtime"))]
mod testing;

// The version and features (build.rs): part of every image's bytes.
include!(concat!(env!("OUT_DIR"), "/stamp.rs"));

#[cfg(feature = "runtime")]
extern crate alloc;

#[cfg(feature = "runtime")]
#[macro_use]
pub mod console;
#[cfg(feature = "runtime")]
pub mod heap;
#[cfg(feature = "runtime")]
mod kernel;
#[cfg(feature = "runtime")]
pub mod mm;
#[cfg(feature = "runtime")]
mod panic;

#[cfg(feature = "runtime")]
pub use kernel::{halt, kernel_main, version};

// A test kernel built with `runtime` (the pinned toolchain) starts the kernel.
#[cfg(all(test, feature = "runtime"))]
#[unsafe(no_mangle)]
pub extern "C" fn _start() -> ! {
    kernel_main()
}
