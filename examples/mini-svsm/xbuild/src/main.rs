// The build tool of this miniature tree, in the shape of upstream's xbuild (coconut-svsm/svsm,
// xbuild/src): the structs each part of a recipe is read into, with their serde names, and the
// igvmbuilder/igvmmeasure command lines an IGVM target makes. svsm-build reads these definitions
// to learn what this tree's xbuild reads and passes (a tree edited like upstream's own changes
// gets the plan upstream's tool would run). The tree itself is built with svsm-build (`./build`).
//
// This tree has no serde: the serde attributes sit inert behind `cfg_attr(any(), ...)`, so the
// crate compiles with the example's toolchain and still reads like upstream's.
#![allow(dead_code)]

mod fs;
mod fw;
mod igvm;

use std::collections::HashMap;
use std::path::PathBuf;

/// How a build item is built: `cargo build`, `make <output_file>`, or `cargo test --no-run`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(any(), derive(Deserialize), serde(rename_all = "lowercase"))]
enum BuildType {
    #[default]
    Cargo,
    Make,
    Test,
}

/// One build item: a kernel part (`svsm`, `bldr`, `tdx-stage1`) or an fs module.
#[derive(Clone, Debug, Default)]
#[cfg_attr(any(), derive(Deserialize))]
struct ComponentConfig {
    #[cfg_attr(any(), serde(rename = "type", default))]
    build_type: BuildType,
    /// The make target (and the file it builds); "make" items only.
    output_file: Option<String>,
    /// `--manifest-path`.
    manifest: Option<PathBuf>,
    /// Comma-separated cargo features.
    features: Option<String>,
    #[cfg_attr(any(), serde(default))]
    no_default_features: bool,
    /// `--bin <name>` instead of `--package <name>`.
    #[cfg_attr(any(), serde(default))]
    binary: bool,
    /// objcopy's output format (default elf64-x86-64).
    objcopy: Option<String>,
    /// Where an fs module lands in the fs image.
    path: Option<PathBuf>,
    /// `cargo +<toolchain>`; "test" items only.
    toolchain: Option<String>,
    /// Added to the build command's environment.
    #[cfg_attr(any(), serde(default))]
    env: HashMap<String, String>,
}

impl ComponentConfig {
    /// The feature list as cargo gets it: split at commas, each trimmed.
    fn feature_list(&self) -> Vec<String> {
        self.features
            .as_deref()
            .map(|f| f.split(',').map(|s| s.trim().to_string()).collect())
            .unwrap_or_default()
    }
}

/// A whole recipe: kernel parts, the guest firmware, the fs image and the IGVM targets.
#[derive(Clone, Debug)]
#[cfg_attr(any(), derive(Deserialize))]
struct Recipe {
    kernel: HashMap<String, ComponentConfig>,
    #[cfg_attr(any(), serde(default))]
    firmware: fw::FirmwareConfig,
    fs: fs::FsConfig,
    igvm: igvm::IgvmConfig,
}

fn main() {
    eprintln!("This miniature tree is built with svsm-build: npx svsm-build build configs/qemu-target.json");
    std::process::exit(2);
}
