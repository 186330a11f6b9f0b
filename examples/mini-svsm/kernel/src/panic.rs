//! The panic handler: the message and where it happened on COM1, then halt (upstream's prints the
//! same, and a backtrace).
use crate::console::{SerialPort, COM1};
use core::fmt::Write;
use core::panic::PanicInfo;

#[panic_handler]
fn panic(info: &PanicInfo<'_>) -> ! {
    // A port of its own: the console's lock may be held by the code that panicked.
    let mut port = SerialPort::new(COM1);
    let _ = match info.location() {
        Some(at) => writeln!(port, "PANIC at {}:{}:{}: {}", at.file(), at.line(), at.column(), info.message()),
        None => writeln!(port, "PANIC: {}", info.message()),
    };
    crate::halt()
}
