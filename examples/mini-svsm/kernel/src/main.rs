// The kernel binary: upstream's svsm.rs enters the library the same way.
#![no_std]
#![no_main]

#[unsafe(no_mangle)]
pub extern "C" fn _start() -> ! {
    svsm::kernel_main()
}
