// The first user-space program, /init in the fs image (upstream's user/init): it lists what it
// would start and exits.
#![no_std]
#![no_main]

extern crate alloc;

use alloc::string::String;
use alloc::vec::Vec;
use arrayvec::ArrayVec;
use bitflags::bitflags;
use userlib::println;

bitflags! {
    /// How a service is started.
    struct Start: u32 {
        const AT_BOOT = 1;
        const RESTART = 2;
    }
}

struct Service {
    name: &'static str,
    start: Start,
}

const SERVICES: [(&str, Start); 2] = [("console", Start::AT_BOOT), ("vtpm", Start::AT_BOOT.union(Start::RESTART))];

fn main() -> u32 {
    let mut services: ArrayVec<Service, 4> = ArrayVec::new();
    // Read as if from a file, its length unknown when compiling: the push may panic (in
    // arrayvec) when there are too many.
    for &(name, start) in core::hint::black_box(&SERVICES[..]) {
        services.push(Service { name, start });
    }
    let names: Vec<String> = services.iter().map(|s| alloc::format!("{} ({:?})", s.name, s.start)).collect();
    println!("init: {}", names.join(", "));
    0
}

userlib::declare_main!(main);
