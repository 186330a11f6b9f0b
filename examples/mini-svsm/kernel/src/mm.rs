//! The kernel's memory map: its own sections (from the linker script) with page-table flags.
use arrayvec::ArrayVec;
use bitflags::bitflags;
use spin::{Mutex, Once};

bitflags! {
    /// x86-64 page-table entry flags (upstream's PTEntryFlags).
    pub struct PageFlags: u64 {
        const PRESENT = 1 << 0;
        const WRITABLE = 1 << 1;
        const USER = 1 << 2;
        const ACCESSED = 1 << 5;
        const DIRTY = 1 << 6;
        const HUGE = 1 << 7;
        const GLOBAL = 1 << 8;
        const NX = 1 << 63;
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Region {
    pub start: u64,
    pub end: u64,
    pub flags: PageFlags,
}

/// A fixed number of regions, as early boot code keeps them before there is a heap.
pub struct MemoryMap {
    regions: ArrayVec<Region, 8>,
}

impl MemoryMap {
    pub const fn new() -> Self {
        Self { regions: ArrayVec::new_const() }
    }

    /// Panics when the map is full.
    pub fn add(&mut self, region: Region) {
        assert!(region.start <= region.end, "region {:#x}-{:#x} ends before it starts", region.start, region.end);
        self.regions.push(region);
    }

    pub fn regions(&self) -> &[Region] {
        &self.regions
    }
}

impl Default for MemoryMap {
    fn default() -> Self {
        Self::new()
    }
}

extern "C" {
    static stext: u8;
    static etext: u8;
    static sdata: u8;
    static ebss: u8;
}

fn addr(symbol: *const u8) -> u64 {
    symbol as u64
}

static MEMORY: Once<Mutex<MemoryMap>> = Once::new();

/// The map of the kernel's own image, made on first use.
pub fn memory_map() -> &'static Mutex<MemoryMap> {
    MEMORY.call_once(|| {
        let mut map = MemoryMap::new();
        // Only the symbols' addresses are taken (no read).
        let (text, text_end) = (addr(&raw const stext), addr(&raw const etext));
        let (data, data_end) = (addr(&raw const sdata), addr(&raw const ebss));
        let sections = [
            Region { start: text, end: text_end, flags: PageFlags::PRESENT | PageFlags::GLOBAL },
            Region { start: data, end: data_end, flags: PageFlags::PRESENT | PageFlags::WRITABLE | PageFlags::NX | PageFlags::GLOBAL },
        ];
        // Taken as a map from the firmware would be, its length unknown when compiling (so the
        // capacity check of every push stays in the image).
        for region in core::hint::black_box(&sections[..]) {
            map.add(*region);
        }
        Mutex::new(map)
    })
}
