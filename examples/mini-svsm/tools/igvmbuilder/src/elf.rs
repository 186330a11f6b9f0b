//! The kernel ELF checks upstream's `elf` crate and boot image builder make (svsm `elf/` and
//! `boot/bootimg/src/elf.rs`), with their messages; and what the loader needs from the file.
use igvmlite::format::{get_u16, get_u32, get_u64};

pub const PARSE: &str = "Failed to parse kernel ELF file";
pub const ALIGNMENT: &str = "Kernel ELF segment is not aligned";
pub const RELOCS: &str = "Failed to apply ELF relocations";
pub const TOO_BIG: &str = "Kernel virtual address span does not fit within 1 GB";

pub struct Segment<'a> {
    pub vaddr: u64,
    pub memsz: u64,
    pub contents: &'a [u8],
}

pub struct Kernel<'a> {
    pub entry: u64,
    pub segments: Vec<Segment<'a>>,
    /// .symtab's symbols (value, size, name offset) and .strtab: both empty without a .symtab.
    pub symbols: Vec<(u64, u64, u32)>,
    pub strtab: &'a [u8],
}

const PT_LOAD: u32 = 1;
const PT_DYNAMIC: u32 = 2;
const SHT_SYMTAB: u32 = 2;

fn range(b: &[u8], off: u64, len: u64) -> Result<&[u8], &'static str> {
    let end = off.checked_add(len).ok_or(PARSE)?;
    b.get(off as usize..end as usize).ok_or(PARSE)
}

pub fn read(b: &[u8]) -> Result<Kernel<'_>, &'static str> {
    if b.len() < 64 || &b[..4] != b"\x7fELF" || b[4] != 2 || b[5] != 1 || b[6] != 1 || !(b[7] == 0 || b[7] == 3) {
        return Err(PARSE);
    }
    let (e_type, machine, version) = (get_u16(b, 16), get_u16(b, 18), get_u32(b, 20));
    // ET_EXEC only: a PIE (ET_DYN) is refused.
    if e_type != 2 || machine != 62 || version != 1 {
        return Err(PARSE);
    }
    let (entry, phoff, shoff) = (get_u64(b, 24), get_u64(b, 32), get_u64(b, 40));
    let (phentsize, phnum, shentsize, shnum) = (get_u16(b, 54) as u64, get_u16(b, 56) as u64, get_u16(b, 58) as u64, get_u16(b, 60) as u64);
    // Upstream wants room for a full section header even when there are none.
    if phentsize < 56 || shentsize < 64 {
        return Err(PARSE);
    }
    let ph = range(b, phoff, phentsize * phnum)?;
    let sh = range(b, shoff, shentsize * shnum)?;
    let mut segments: Vec<Segment> = Vec::new();
    let mut dynamic = 0;
    for i in 0..phnum as usize {
        let p = &ph[i * phentsize as usize..];
        let typ = get_u32(p, 0);
        let (offset, vaddr, filesz, memsz, align) = (get_u64(p, 8), get_u64(p, 16), get_u64(p, 32), get_u64(p, 40), get_u64(p, 48));
        if typ == PT_DYNAMIC {
            // An empty dynamic table does not parse (upstream reads it when it is there).
            if filesz == 0 {
                return Err(PARSE);
            }
            dynamic += 1;
        }
        if typ != PT_LOAD {
            continue;
        }
        if memsz < filesz || (align != 0 && (!align.is_power_of_two() || vaddr % align != offset % align)) {
            return Err(PARSE);
        }
        vaddr.checked_add(memsz).ok_or(PARSE)?;
        let contents = range(b, offset, filesz)?;
        if segments.iter().any(|s| vaddr < s.vaddr + s.memsz && s.vaddr < vaddr + memsz) {
            return Err(PARSE);
        }
        segments.push(Segment { vaddr, memsz, contents });
    }
    if dynamic > 1 || segments.is_empty() {
        return Err(PARSE);
    }
    segments.sort_by_key(|s| s.vaddr);
    if segments.iter().any(|s| s.vaddr & 0xfff != 0) {
        return Err(ALIGNMENT);
    }
    // The stand-in applies no relocations: a kernel with a dynamic table is refused (deliberately;
    // upstream relocates it).
    if dynamic == 1 {
        return Err(RELOCS);
    }
    let (mut symbols, mut strtab): (Vec<(u64, u64, u32)>, &[u8]) = (Vec::new(), &[]);
    for i in 0..shnum as usize {
        let s = &sh[i * shentsize as usize..];
        if get_u32(s, 4) != SHT_SYMTAB {
            continue;
        }
        let (off, size, link, entsize) = (get_u64(s, 24), get_u64(s, 32), get_u32(s, 40) as usize, get_u64(s, 56));
        let table = range(b, off, size)?;
        if entsize < 24 || link >= shnum as usize {
            return Err(PARSE);
        }
        for sym in table.chunks_exact(entsize as usize) {
            symbols.push((get_u64(sym, 8), get_u64(sym, 16), get_u32(sym, 0)));
        }
        let l = &sh[link * shentsize as usize..];
        strtab = range(b, get_u64(l, 24), get_u64(l, 32))?;
        // Upstream reads the first symbol table only.
        break;
    }
    Ok(Kernel { entry, segments, symbols, strtab })
}

impl Kernel<'_> {
    pub fn virt_base(&self) -> u64 {
        self.segments[0].vaddr
    }
    /// Page-aligned length of the virtual span, and the pages the segments take.
    pub fn sizes(&self) -> Result<(u64, u64), &'static str> {
        let last = self.segments.last().unwrap();
        let span = pages(last.vaddr + last.memsz - self.virt_base());
        if span > 1 << 30 {
            return Err(TOO_BIG);
        }
        Ok((span, self.segments.iter().map(|s| pages(s.memsz)).sum::<u64>()))
    }
}

pub const fn pages(len: u64) -> u64 {
    (len + 0xfff) & !0xfff
}
