//! The panic handler: the message and where it happened, then exit.
use core::fmt::Write;
use core::panic::PanicInfo;

#[panic_handler]
fn panic(info: &PanicInfo<'_>) -> ! {
    // Not through the console's lock: the code that panicked may hold it.
    let mut out = crate::console::Com1;
    let _ = match info.location() {
        Some(at) => writeln!(out, "PANIC at {}:{}:{}: {}", at.file(), at.line(), at.column(), info.message()),
        None => writeln!(out, "PANIC: {}", info.message()),
    };
    crate::exit(1)
}
