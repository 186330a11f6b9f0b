// The language items a #![no_core] crate needs: the test kernel and uapi_tester, which test
// recipes build with `+nightly` (this machine's nightly has no core for x86_64-unknown-none).
// They include this file as a module.
#[lang = "pointee_sized"]
pub trait PointeeSized {}
#[lang = "meta_sized"]
pub trait MetaSized: PointeeSized {}
#[lang = "sized"]
pub trait Sized: MetaSized {}
#[lang = "sync"]
pub unsafe auto trait Sync {}
#[lang = "copy"]
pub trait Copy {}
#[lang = "drop_glue"]
fn drop_glue<T: ?Sized>(_: *mut T) {}

impl Copy for u8 {}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! include {
    ($($t:tt)*) => {};
}
#[rustc_builtin_macro]
#[macro_export]
macro_rules! concat {
    ($($t:tt)*) => {};
}
#[rustc_builtin_macro]
#[macro_export]
macro_rules! env {
    ($($t:tt)*) => {};
}
#[rustc_builtin_macro]
#[macro_export]
macro_rules! global_asm {
    ($($t:tt)*) => {};
}
