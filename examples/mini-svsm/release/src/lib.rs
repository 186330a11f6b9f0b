// The generated src/git_version.rs is read by the kernel's build script, as upstream's release
// crate carries COCONUT_VERSION; this crate only names the file's place in the tree.
#![no_std]
