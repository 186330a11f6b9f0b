//! The user-space support library (upstream's user/lib): a heap for `alloc`, console output, a
//! panic handler that prints where it happened, and the entry point. Upstream's goes through
//! system calls; the miniature writes COM1 (its modules never run here).
#![no_std]

extern crate alloc;

pub mod console;
mod heap;
mod panic;

pub fn exit(code: u32) -> ! {
    println!("exit({code})");
    loop {
        core::hint::spin_loop()
    }
}

/// `declare_main!(main)`: the module's entry calls `main` and exits with its status.
#[macro_export]
macro_rules! declare_main {
    ($main:path) => {
        #[unsafe(no_mangle)]
        pub extern "C" fn _start() -> ! {
            let main: fn() -> u32 = $main;
            $crate::exit(main())
        }
    };
}
