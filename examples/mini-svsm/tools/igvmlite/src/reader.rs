//! Parses an IGVM file into headers with their file data, checking what the igvm crate checks
//! for the files COCONUT writes (fixed header, checksum, section order, known types, sizes).
use crate::crc32::crc32;
use crate::format::*;

#[derive(Debug)]
pub enum Error {
    InvalidFixedHeader,
    InvalidChecksum { expected: u32, header_value: u32 },
    InvalidVariableHeaderSection,
    InvalidVariableHeaderType(u32),
    InvalidVariableHeaderSize { typ: u32, length: u32 },
    InvalidFileDataOffset(u32),
    InvalidVmsa,
}

pub enum Header<'a> {
    Platform { mask: u32, platform_type: u8 },
    PageData { gpa: u64, mask: u32, file_offset: u32, flags: u32, data_type: u16, data: &'a [u8] },
    ParameterInsert { gpa: u64, mask: u32 },
    /// `snp` when its mask is exactly that of an SEV-SNP or SEV-ES platform (parsed as a VMSA).
    VpContext { gpa: u64, mask: u32, snp: bool, data: &'a [u8] },
    IdBlock { mask: u32, ld: [u8; 48] },
    Other(u32),
}

pub struct Parsed<'a> {
    pub headers: Vec<Header<'a>>,
}

fn section(typ: u32) -> Option<u8> {
    match typ {
        0x001..=0x100 => Some(0),
        0x101..=0x200 => Some(1),
        0x301..=0x400 => Some(2),
        _ => None,
    }
}

pub fn parse(buf: &[u8]) -> Result<Parsed<'_>, Error> {
    if buf.len() < 0x18 || get_u32(buf, 0) != MAGIC {
        return Err(Error::InvalidFixedHeader);
    }
    let version = get_u32(buf, 4);
    let fixed = match version {
        1 => 0x18,
        2 if buf.len() >= 0x20 && get_u32(buf, 0x18) <= 1 && get_u32(buf, 0x1C) == PAGE as u32 => 0x20,
        _ => return Err(Error::InvalidFixedHeader),
    };
    let vh_off = get_u32(buf, 8) as usize;
    let vh_size = get_u32(buf, 0xC) as usize;
    let total = get_u32(buf, 0x10) as usize;
    if total != buf.len() || vh_off < fixed || vh_off >= total || vh_off + vh_size >= total {
        return Err(Error::InvalidFixedHeader);
    }
    let mut fh = buf[..fixed].to_vec();
    put_u32(&mut fh, 0x14, 0);
    let expected = crc32(&[&fh, &buf[vh_off..vh_off + vh_size]]);
    if expected != get_u32(buf, 0x14) {
        return Err(Error::InvalidChecksum { expected, header_value: get_u32(buf, 0x14) });
    }
    let data_start = vh_off + vh_size;
    let slice = |off: u32, len: usize| -> Result<&[u8], Error> {
        let o = off as usize;
        if o < data_start || o + len > buf.len() {
            return Err(Error::InvalidFileDataOffset(off));
        }
        Ok(&buf[o..o + len])
    };

    let mut headers = Vec::new();
    let mut platforms: Vec<(u32, u8)> = Vec::new();
    let mut last_section = 0u8;
    let mut at = vh_off;
    while at < data_start {
        if at + 8 > data_start {
            return Err(Error::InvalidVariableHeaderSection);
        }
        let typ = get_u32(buf, at);
        let length = get_u32(buf, at + 4);
        let sec = section(typ).ok_or(Error::InvalidVariableHeaderType(typ))?;
        if sec < last_section {
            return Err(Error::InvalidVariableHeaderSection);
        }
        last_section = sec;
        let size = body_size(typ).ok_or(Error::InvalidVariableHeaderType(typ))?;
        if length as usize != size || at + 8 + size > data_start {
            return Err(Error::InvalidVariableHeaderSize { typ, length });
        }
        let b = &buf[at + 8..at + 8 + size];
        headers.push(match typ {
            VHT_SUPPORTED_PLATFORM => {
                platforms.push((get_u32(b, 0), b[5]));
                Header::Platform { mask: get_u32(b, 0), platform_type: b[5] }
            }
            VHT_PAGE_DATA => {
                let file_offset = get_u32(b, 0xC);
                let data = if file_offset == 0 { &[][..] } else { slice(file_offset, PAGE)? };
                Header::PageData { gpa: get_u64(b, 0), mask: get_u32(b, 8), file_offset, flags: get_u32(b, 0x10), data_type: get_u16(b, 0x14), data }
            }
            VHT_PARAMETER_INSERT => Header::ParameterInsert { gpa: get_u64(b, 0), mask: get_u32(b, 8) },
            VHT_VP_CONTEXT => {
                let mask = get_u32(b, 8);
                let snp = platforms.iter().any(|&(m, t)| m == mask && (t == PLATFORM_SEV_SNP || t == PLATFORM_SEV_ES));
                let data = if snp { slice(get_u32(b, 0xC), PAGE)? } else { &[][..] };
                if snp && data[VMSA_SIZE..].iter().any(|&x| x != 0) {
                    return Err(Error::InvalidVmsa);
                }
                Header::VpContext { gpa: get_u64(b, 0), mask, snp, data }
            }
            VHT_SNP_ID_BLOCK => {
                let mut ld = [0u8; 48];
                ld.copy_from_slice(&b[8..56]);
                Header::IdBlock { mask: get_u32(b, 0), ld }
            }
            other => Header::Other(other),
        });
        at += 8 + ((size + 7) & !7);
    }
    Ok(Parsed { headers })
}
