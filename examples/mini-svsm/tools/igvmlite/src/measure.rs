//! The SEV-SNP launch digest as igvmmeasure computes it: a chain of SHA-384 over 0x70-byte
//! PAGE_INFO records in directive order (or, for SEV/SEV-ES, one SHA-256 over the page bytes).
use crate::format::*;
use crate::reader::{Header, Parsed};
use crate::sha2::{Sha256, Sha384};

pub const KVM_VMSA_GPA: u64 = 0xFFFF_FFFF_F000;

#[derive(Clone, Copy, PartialEq)]
pub enum Mode {
    SevSnp,
    Sha256,
}

pub struct Options {
    pub mask: u32,
    pub mode: Mode,
    pub native_zero: bool,
    pub check_kvm: bool,
}

#[derive(Debug)]
pub enum MeasureError {
    VmsaCount,
    VmsaGpa(u64),
    VmsaCr0(u64),
    VmsaOrder,
    LargePageWithData,
}

pub struct Outcome {
    pub digest: Vec<u8>,
    /// The `ld` of the last ID block that applies, for the comparison after printing.
    pub id_block: Option<[u8; 48]>,
    /// Run-length page log for -v: (start gpa, length, type name).
    pub log: Vec<(u64, u64, &'static str)>,
}

struct State {
    ld: [u8; 48],
    sha256: Sha256,
    zero_hash: [u8; 48],
    log: Vec<(u64, u64, &'static str)>,
}

impl State {
    fn log(&mut self, gpa: u64, kind: &'static str) {
        if let Some(last) = self.log.last_mut() {
            if last.2 == kind && last.0 + last.1 == gpa {
                last.1 += PAGE as u64;
                return;
            }
        }
        self.log.push((gpa, PAGE as u64, kind));
    }

    fn page_info(&mut self, gpa: u64, page_type: u8, contents: &[u8; 48]) {
        let mut info = [0u8; 0x70];
        info[..48].copy_from_slice(&self.ld);
        info[48..96].copy_from_slice(contents);
        put_u16(&mut info, 0x60, 0x70);
        info[0x62] = page_type;
        put_u64(&mut info, 0x68, gpa);
        self.ld = Sha384::digest(&info);
    }

    fn page_4k(&mut self, o: &Options, gpa: u64, flags: u32, data_type: u16, data: &[u8]) {
        if o.mode == Mode::Sha256 {
            self.sha256.update(data);
            return;
        }
        let zero = [0u8; 48];
        match data_type {
            DATA_NORMAL if flags & FLAG_UNMEASURED != 0 => {
                self.log(gpa, "Unmeasured");
                self.page_info(gpa, 4, &zero)
            }
            DATA_NORMAL if data.is_empty() && o.native_zero => {
                self.log(gpa, "Zero");
                self.page_info(gpa, 3, &zero)
            }
            DATA_NORMAL => {
                self.log(gpa, "Normal");
                let h = if data.is_empty() { self.zero_hash } else { Sha384::digest(data) };
                self.page_info(gpa, 1, &h)
            }
            DATA_SECRETS => {
                self.log(gpa, "Secrets");
                self.page_info(gpa, 5, &zero)
            }
            DATA_CPUID | DATA_CPUID_XF => {
                self.log(gpa, "Cpuid");
                self.page_info(gpa, 6, &zero)
            }
            _ => {}
        }
    }
}

pub fn measure(p: &Parsed, o: &Options) -> Result<Outcome, MeasureError> {
    let mut s = State { ld: [0; 48], sha256: Sha256::default(), zero_hash: Sha384::digest(&[0u8; PAGE]), log: Vec::new() };
    let mut vmsas = 0;
    let mut id_block = None;
    for h in &p.headers {
        match h {
            Header::PageData { gpa, mask, flags, data_type, data, .. } if mask & o.mask != 0 => {
                if flags & FLAG_2MB != 0 {
                    if !data.is_empty() {
                        return Err(MeasureError::LargePageWithData);
                    }
                    for i in 0..512u64 {
                        s.page_4k(o, gpa + i * PAGE as u64, *flags, *data_type, &[]);
                    }
                } else {
                    s.page_4k(o, *gpa, *flags, *data_type, data);
                }
            }
            Header::ParameterInsert { gpa, mask } if mask & o.mask != 0 => {
                if o.check_kvm && vmsas > 0 {
                    return Err(MeasureError::VmsaOrder);
                }
                s.page_4k(o, *gpa, FLAG_UNMEASURED, DATA_NORMAL, &[]);
            }
            // SNP VP contexts count whatever their mask (igvmmeasure's behaviour).
            Header::VpContext { gpa, snp: true, data, .. } => {
                if o.check_kvm {
                    if vmsas > 0 {
                        return Err(MeasureError::VmsaCount);
                    }
                    if *gpa != KVM_VMSA_GPA {
                        return Err(MeasureError::VmsaGpa(*gpa));
                    }
                    let cr0 = get_u64(data, VMSA_CR0);
                    if cr0 != 0x31 && cr0 != 0x30 {
                        return Err(MeasureError::VmsaCr0(cr0));
                    }
                }
                vmsas += 1;
                if o.mode == Mode::Sha256 {
                    s.sha256.update(data);
                } else {
                    s.log(*gpa, "VMSA");
                    let h = Sha384::digest(data);
                    s.page_info(*gpa, 2, &h);
                }
            }
            Header::IdBlock { mask, ld } if mask & o.mask != 0 => id_block = Some(*ld),
            _ => {}
        }
    }
    let digest = if o.mode == Mode::Sha256 { s.sha256.finish().to_vec() } else { s.ld.to_vec() };
    Ok(Outcome { digest, id_block, log: s.log })
}
