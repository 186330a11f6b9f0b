//! Serialises an IGVM file: fixed header (V1, or V2/X64 with 4K pages), platform, init and
//! directive headers each padded to 8 bytes, file data de-duplicated, CRC32 checksum.
use crate::crc32::crc32;
use crate::format::*;
use std::collections::HashMap;

pub struct Platform {
    pub mask: u32,
    pub highest_vtl: u8,
    pub platform_type: u8,
    pub shared_gpa_boundary: u64,
}

pub enum Directive {
    PageData { gpa: u64, mask: u32, flags: u32, data_type: u16, data: Option<Vec<u8>> },
    ParameterArea { bytes: u64, index: u32 },
    Parameter { typ: u32, index: u32, offset: u32 },
    ParameterInsert { gpa: u64, mask: u32, index: u32 },
    VpContext { gpa: u64, mask: u32, vp_index: u16, data: Vec<u8> },
    RequiredMemory { gpa: u64, mask: u32, bytes: u32, flags: u32 },
}

pub struct File {
    pub version: u32,
    pub platforms: Vec<Platform>,
    /// (policy, mask)
    pub policies: Vec<(u64, u32)>,
    pub directives: Vec<Directive>,
}

fn header(out: &mut Vec<u8>, typ: u32, body: &[u8]) {
    out.extend_from_slice(&typ.to_le_bytes());
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend_from_slice(body);
    while out.len() % 8 != 0 {
        out.push(0);
    }
}

impl File {
    pub fn serialize(&self) -> Vec<u8> {
        let fixed = if self.version == 2 { 0x20 } else { 0x18 };
        // File data first: offsets are absolute, so the variable section's size must be known.
        let mut vh_size = 0usize;
        let count = |len: usize| 8 + ((len + 7) & !7);
        vh_size += self.platforms.len() * count(0x10) + self.policies.len() * count(0x10);
        for d in &self.directives {
            vh_size += count(match d {
                Directive::PageData { .. } | Directive::RequiredMemory { .. } => 0x18,
                Directive::ParameterArea { .. } | Directive::ParameterInsert { .. } => 0x10,
                Directive::Parameter { .. } => 0x08,
                Directive::VpContext { .. } => 0x14,
            });
        }
        let data_start = fixed + vh_size;
        let mut data: Vec<u8> = Vec::new();
        let mut seen: HashMap<Vec<u8>, u32> = HashMap::new();
        let mut place = |blob: &[u8], data: &mut Vec<u8>| -> u32 {
            if let Some(&off) = seen.get(blob) {
                return off;
            }
            let off = (data_start + data.len()) as u32;
            data.extend_from_slice(blob);
            seen.insert(blob.to_vec(), off);
            off
        };

        let mut vh = Vec::with_capacity(vh_size);
        for p in &self.platforms {
            let mut b = [0u8; 0x10];
            put_u32(&mut b, 0, p.mask);
            b[4] = p.highest_vtl;
            b[5] = p.platform_type;
            put_u16(&mut b, 6, 1);
            put_u64(&mut b, 8, p.shared_gpa_boundary);
            header(&mut vh, VHT_SUPPORTED_PLATFORM, &b);
        }
        for &(policy, mask) in &self.policies {
            let mut b = [0u8; 0x10];
            put_u64(&mut b, 0, policy);
            put_u32(&mut b, 8, mask);
            header(&mut vh, VHT_GUEST_POLICY, &b);
        }
        for d in &self.directives {
            match d {
                Directive::PageData { gpa, mask, flags, data_type, data: page } => {
                    let mut b = [0u8; 0x18];
                    put_u64(&mut b, 0, *gpa);
                    put_u32(&mut b, 8, *mask);
                    let off = match page {
                        Some(p) => {
                            let mut full = p.clone();
                            full.resize(PAGE, 0);
                            place(&full, &mut data)
                        }
                        None => 0,
                    };
                    put_u32(&mut b, 0xC, off);
                    put_u32(&mut b, 0x10, *flags);
                    put_u16(&mut b, 0x14, *data_type);
                    header(&mut vh, VHT_PAGE_DATA, &b);
                }
                Directive::ParameterArea { bytes, index } => {
                    let mut b = [0u8; 0x10];
                    put_u64(&mut b, 0, *bytes);
                    put_u32(&mut b, 8, *index);
                    header(&mut vh, VHT_PARAMETER_AREA, &b);
                }
                Directive::Parameter { typ, index, offset } => {
                    let mut b = [0u8; 0x08];
                    put_u32(&mut b, 0, *index);
                    put_u32(&mut b, 4, *offset);
                    header(&mut vh, *typ, &b);
                }
                Directive::ParameterInsert { gpa, mask, index } => {
                    let mut b = [0u8; 0x10];
                    put_u64(&mut b, 0, *gpa);
                    put_u32(&mut b, 8, *mask);
                    put_u32(&mut b, 0xC, *index);
                    header(&mut vh, VHT_PARAMETER_INSERT, &b);
                }
                Directive::VpContext { gpa, mask, vp_index, data: ctx } => {
                    let mut b = [0u8; 0x14];
                    put_u64(&mut b, 0, *gpa);
                    put_u32(&mut b, 8, *mask);
                    put_u32(&mut b, 0xC, place(ctx, &mut data));
                    put_u16(&mut b, 0x10, *vp_index);
                    header(&mut vh, VHT_VP_CONTEXT, &b);
                }
                Directive::RequiredMemory { gpa, mask, bytes, flags } => {
                    let mut b = [0u8; 0x18];
                    put_u64(&mut b, 0, *gpa);
                    put_u32(&mut b, 8, *mask);
                    put_u32(&mut b, 0xC, *bytes);
                    put_u32(&mut b, 0x10, *flags);
                    header(&mut vh, VHT_REQUIRED_MEMORY, &b);
                }
            }
        }
        assert_eq!(vh.len(), vh_size);
        if data.is_empty() {
            data.push(0); // the format needs at least one byte of file data
        }
        let mut fh = vec![0u8; fixed];
        put_u32(&mut fh, 0, MAGIC);
        put_u32(&mut fh, 4, self.version);
        put_u32(&mut fh, 8, fixed as u32);
        put_u32(&mut fh, 0xC, vh_size as u32);
        put_u32(&mut fh, 0x10, (fixed + vh_size + data.len()) as u32);
        if self.version == 2 {
            put_u32(&mut fh, 0x18, 0); // X64
            put_u32(&mut fh, 0x1C, PAGE as u32);
        }
        let sum = crc32(&[&fh, &vh]);
        put_u32(&mut fh, 0x14, sum);
        [fh, vh, data].concat()
    }
}
