//! Console output on COM1 (upstream's user modules write through a system call).
use core::fmt::{self, Write};
use spin::Mutex;

pub struct Com1;

impl Write for Com1 {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for b in s.bytes() {
            // SAFETY: an `out` to the UART's transmit register touches no memory.
            unsafe { core::arch::asm!("out dx, al", in("dx") 0x3f8u16, in("al") b, options(nomem, nostack, preserves_flags)) }
        }
        Ok(())
    }
}

static CONSOLE: Mutex<Com1> = Mutex::new(Com1);

pub fn print(args: fmt::Arguments<'_>) {
    let _ = CONSOLE.lock().write_fmt(args);
}

#[macro_export]
macro_rules! println {
    ($($arg:tt)*) => {
        $crate::console::print(format_args!("{}\n", format_args!($($arg)*)))
    };
}
