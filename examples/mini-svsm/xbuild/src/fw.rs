// Where the guest firmware comes from: a command to run first, then a file or an environment
// variable naming it.
use std::path::PathBuf;

#[derive(Clone, Debug, Default)]
#[cfg_attr(any(), derive(Deserialize))]
pub struct FirmwareConfig {
    /// A variable holding the firmware's path; its value is passed as it is, even when empty.
    env: Option<String>,
    /// The firmware's path (wins over `env`).
    file: Option<PathBuf>,
    /// Program and arguments, run from the tree's root.
    command: Option<Vec<String>>,
}
