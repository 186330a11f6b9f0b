// The TDX stage 1: one 4 KiB page that upstream's igvmbuilder places to end at 4 GiB (it must be
// exactly 4096 bytes). igvmbuilder writes the TDP start context over its first bytes; the reset
// vector is the last 16 bytes. The mini stage 1 only parks the vCPU (TDX is not booted here).
#![no_std]
#![no_main]

core::arch::global_asm!(
    r#"
    .section .stage1.code, "ax"
    .code32
    .globl _start
_start:
    hlt
    jmp _start
    .section .stage1.reset, "ax"
    .code16
reset_vector:
    .byte 0xeb, 0xfe        /* jmp . */
    "#,
    options(att_syntax)
);

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {}
}
