// The shape of upstream's remapping xbuild change (xbuild/src/remap.rs): the flags for the checkout
// and CARGO_HOME's registry sources, passed through cargo --config target.<triple>.rustflags. Tests
// that make a tree's xbuild remap write this file.
export const UPSTREAM_REMAP_RS = [
  'fn flag(from: &Path, to: &str) -> String { format!("--remap-path-prefix={}={to}", from.display()) }',
  'pub fn config(triple: &str, root: &Path, home: &Path) -> String {',
  '    let flags = [flag(root, "."), flag(&home.join("registry").join("src"), "")];',
  '    format!("target.{triple}.rustflags=[{}]", flags.join(","))',
  '}'
].join('\n')
