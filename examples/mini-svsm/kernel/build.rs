// Stamps the kernel with the git version xbuild writes to release/src/git_version.rs and the
// enabled features, as the real kernel embeds COCONUT_VERSION: both change the image's bytes
// and so its launch digest.
use std::{env, fs, path::PathBuf};

fn version() -> String {
    let text = fs::read_to_string("../release/src/git_version.rs").unwrap_or_default();
    text.split('"').nth(1).unwrap_or("").to_string()
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=../release/src/git_version.rs");
    println!("cargo:rerun-if-changed=kernel.ld");
    // Every executable of the package (kernel, test kernel, stage2) is linked as upstream's
    // kernel is: see kernel.ld (which keeps the stamp's section).
    let dir = env::var("CARGO_MANIFEST_DIR").unwrap();
    for arg in ["--no-pie", "-z", "max-page-size=0x1000", &format!("-T{dir}/kernel.ld")] {
        println!("cargo:rustc-link-arg={arg}");
    }
    let mut features: Vec<String> = env::vars()
        .filter_map(|(k, _)| k.strip_prefix("CARGO_FEATURE_").map(|f| f.to_lowercase().replace('_', "-")))
        .collect();
    features.sort();
    let stamp = format!("COCONUT-SVSM (mini) version={} features={}", version(), features.join(","));
    let bytes: Vec<String> = stamp.bytes().map(|b| b.to_string()).collect();
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    fs::write(
        out.join("stamp.rs"),
        format!(
            "#[used]\n#[unsafe(link_section = \".rodata.svsm_stamp\")]\npub static STAMP: [u8; {}] = [{}];\n",
            stamp.len(),
            bytes.join(",")
        ),
    )
    .unwrap();
}
