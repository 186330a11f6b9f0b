//! The module's heap behind `alloc`: a bump allocator over a static arena.
use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr::null_mut;
use spin::Mutex;

const HEAP_SIZE: usize = 16 * 1024;

#[repr(C, align(4096))]
struct Arena(UnsafeCell<[u8; HEAP_SIZE]>);

// SAFETY: the allocator hands out disjoint ranges of the arena, under its lock.
unsafe impl Sync for Arena {}

static ARENA: Arena = Arena(UnsafeCell::new([0; HEAP_SIZE]));

struct BumpAllocator(Mutex<usize>);

// SAFETY: every block is inside the arena, aligned as asked, and never handed out twice.
unsafe impl GlobalAlloc for BumpAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let mut next = self.0.lock();
        let base = ARENA.0.get() as usize;
        let start = (base + *next).next_multiple_of(layout.align());
        match start.checked_add(layout.size()) {
            Some(end) if end <= base + HEAP_SIZE => {
                *next = end - base;
                start as *mut u8
            }
            _ => null_mut(),
        }
    }

    unsafe fn dealloc(&self, _ptr: *mut u8, _layout: Layout) {}
}

#[global_allocator]
static HEAP: BumpAllocator = BumpAllocator(Mutex::new(0));
