// The test kernel without `runtime` (see lib.rs): linked as the kernel is, with data of its own.

// Writable data: the second PT_LOAD, as a real kernel has.
#[used(linker)]
#[unsafe(link_section = ".data.svsm")]
static DATA: [u8; 256] = [0x44; 256];

#[cfg(test)]
#[used(linker)]
#[unsafe(link_section = ".rodata.svsm_tests")]
static TESTS: [u8; 8192] = [0x74; 8192];

#[cfg(test)]
#[unsafe(no_mangle)]
pub extern "C" fn _start() -> ! {
    loop {}
}
