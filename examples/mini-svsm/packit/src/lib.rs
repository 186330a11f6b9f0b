//! PackIt: "PKIT", header size (u32 LE = 8), then per file: type 1 (u16), name length (u16),
//! data length (u64), name, data. No padding, index or trailer.
use std::io::{self, Write};

pub fn write_header<W: Write>(w: &mut W) -> io::Result<()> {
    w.write_all(b"PKIT")?;
    w.write_all(&8u32.to_le_bytes())
}

pub fn write_file<W: Write>(w: &mut W, name: &str, data: &[u8]) -> io::Result<()> {
    let len = u16::try_from(name.len())
        .ok()
        .filter(|&l| l > 0)
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "File name too long or not valid UTF-8"))?;
    w.write_all(&1u16.to_le_bytes())?;
    w.write_all(&len.to_le_bytes())?;
    w.write_all(&(data.len() as u64).to_le_bytes())?;
    w.write_all(name.as_bytes())?;
    w.write_all(data)
}
