// Upstream's build tool lives here (cargo xbuild). This example tree is built with svsm-build.
fn main() {
    eprintln!("This miniature tree is built with svsm-build: npx svsm-build build configs/qemu-target.json");
    std::process::exit(2);
}
