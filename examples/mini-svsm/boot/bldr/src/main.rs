// The boot loader: a flat binary at BLDR_BASE (0x10000), as upstream's igvmbuilder loads it.
// Byte 0 is the 16-bit SIPI entry and the BSP starts at byte 2, in 32-bit compatibility mode
// (upstream's native start context). It writes one line on COM1 and ends the VM through
// isa-debug-exit (port 0xf4) with 0x10: QEMU exits with status 0x21, COCONUT's test exit code.
#![no_std]
#![no_main]

core::arch::global_asm!(
    r#"
    .section .text.entry, "ax"
    .globl _start
_start:
    .byte 0xeb, 0xfe        /* SIPI entry (16-bit): jmp . (APs are not started) */
    .code32
bsp_entry:
    mov $banner, %esi
    mov $0x3f8, %dx
1:  lodsb
    test %al, %al
    jz 2f
    outb %al, %dx
    jmp 1b
2:  mov $0x10, %eax
    mov $0xf4, %dx
    outl %eax, %dx
3:  hlt
    jmp 3b
banner:
    .asciz "mini-svsm bldr: started on the native platform\n"
    "#,
    options(att_syntax)
);

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {}
}
