//! The kernel console: COM1, written a byte at a time through its data port (upstream's serial
//! driver, without the line setup a real UART wants).
use core::fmt::{self, Write};
use spin::Mutex;

pub const COM1: u16 = 0x3f8;

pub struct SerialPort {
    port: u16,
}

impl SerialPort {
    pub const fn new(port: u16) -> Self {
        Self { port }
    }

    fn put(&self, byte: u8) {
        // SAFETY: an `out` to the UART's transmit register touches no memory.
        unsafe { core::arch::asm!("out dx, al", in("dx") self.port, in("al") byte, options(nomem, nostack, preserves_flags)) }
    }
}

impl Write for SerialPort {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for b in s.bytes() {
            if b == b'\n' {
                self.put(b'\r');
            }
            self.put(b);
        }
        Ok(())
    }
}

pub static CONSOLE: Mutex<SerialPort> = Mutex::new(SerialPort::new(COM1));

pub fn print(args: fmt::Arguments<'_>) {
    if cfg!(feature = "enable-console-log") {
        // A console that cannot be written has nowhere to report it.
        let _ = CONSOLE.lock().write_fmt(args);
    }
}

#[macro_export]
macro_rules! println {
    ($($arg:tt)*) => {
        $crate::console::print(format_args!("{}\n", format_args!($($arg)*)))
    };
}
