// The stage2 loader of the build.py era.
#![no_std]
#![no_main]

static STAGE2: [u8; 4200] = [0x32; 4200];

#[unsafe(no_mangle)]
pub extern "C" fn _start() -> ! {
    // A volatile read keeps the image in the binary.
    // SAFETY: a read of a static.
    let _ = unsafe { core::ptr::read_volatile(&STAGE2[0]) };
    loop {}
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {}
}
