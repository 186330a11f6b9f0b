// The fs image: modules built like kernel parts, then packed into bin/svsm-fs.bin.
use crate::ComponentConfig;
use std::collections::HashMap;

#[derive(Clone, Debug, Default)]
#[cfg_attr(any(), derive(Deserialize))]
pub struct FsConfig {
    modules: HashMap<String, ComponentConfig>,
}
