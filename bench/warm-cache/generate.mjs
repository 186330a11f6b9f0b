// Generates a workspace shaped like svsm for the warm-cache benchmark: examples/mini-svsm plus
// registry-style dependencies served from a local directory source (as `cargo vendor` writes it)
// at a fixed absolute path outside the clone, like ~/.cargo/registry on a runner (a path inside
// the clone would give the crates another source id in every clone), and a member with a slow
// build.rs, all used by the host tools.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const sha = b => createHash('sha256').update(b).digest('hex')

/** A crate with `fns` generated functions: enough code to take rustc a while. */
function crateSource(name, fns, deps) {
  const lines = [
    `//! Generated dependency ${name}.`,
    ...deps.map(d => `pub use ${d.replace(/-/g, '_')} as _${d.replace(/-/g, '_')};`)
  ]
  for (let i = 0; i < fns; i++) {
    lines.push(`pub fn f${i}(x: u64) -> u64 {`, `    let mut v = x.wrapping_mul(${i * 2654435761 + 1}u64);`)
    lines.push(
      `    for k in 0..${(i % 7) + 3} { v = v.rotate_left(k as u32 + ${i % 13}) ^ (v >> ${(i % 29) + 1}).wrapping_add(${i}); }`
    )
    lines.push(
      `    match v % 5 { 0 => v / 3, 1 => v.wrapping_add(${i}), 2 => v ^ 0x${(i * 7919).toString(16)}, 3 => v.count_ones() as u64, _ => v.leading_zeros() as u64 }`,
      '}'
    )
  }
  lines.push(
    `pub fn all(x: u64) -> u64 { let mut a = 0u64; ${Array.from({ length: fns }, (_, i) => `a = a.wrapping_add(f${i}(x));`).join(' ')} a }`
  )
  return lines.join('\n') + '\n'
}

export function generate(root, from, vendor, o = { crates: 24, fns: 700, slowBuildSeconds: 8 }) {
  cpSync(from, root, { recursive: true, filter: s => !/\/(target|bin)(\/|$)/.test(s.slice(from.length)) })
  const names = Array.from({ length: o.crates }, (_, i) => `benchdep-${String(i).padStart(2, '0')}`)
  names.forEach((name, i) => {
    const dir = join(vendor, name)
    mkdirSync(join(dir, 'src'), { recursive: true })
    const deps = i > 0 ? [names[i - 1]] : []
    const toml = `[package]\nname = "${name}"\nversion = "1.0.${i}"\nedition = "2021"\n\n[dependencies]\n${deps.map((d, j) => `${d} = "1.0.${i - 1 - j}"`).join('\n')}\n`
    const src = crateSource(name, o.fns, deps)
    writeFileSync(join(dir, 'Cargo.toml'), toml)
    writeFileSync(join(dir, 'src', 'lib.rs'), src)
    writeFileSync(
      join(dir, '.cargo-checksum.json'),
      JSON.stringify({ files: { 'Cargo.toml': sha(toml), 'src/lib.rs': sha(src) }, package: null })
    )
  })
  // A workspace member whose build script takes a while (like libtcgtpm's C build).
  mkdirSync(join(root, 'tools', 'slowbuild', 'src'), { recursive: true })
  writeFileSync(
    join(root, 'tools', 'slowbuild', 'Cargo.toml'),
    '[package]\nname = "slowbuild"\nedition.workspace = true\nversion.workspace = true\nlicense.workspace = true\nbuild = "build.rs"\n'
  )
  writeFileSync(
    join(root, 'tools', 'slowbuild', 'build.rs'),
    `fn main() {\n    println!("cargo:rerun-if-changed=build.rs");\n    std::thread::sleep(std::time::Duration::from_secs(${o.slowBuildSeconds}));\n}\n`
  )
  writeFileSync(join(root, 'tools', 'slowbuild', 'src', 'lib.rs'), 'pub const READY: bool = true;\n')
  const ws = readFileSync(join(root, 'Cargo.toml'), 'utf8').replace(
    '    "tools/igvmmeasure",\n',
    '    "tools/igvmmeasure",\n    "tools/slowbuild",\n'
  )
  writeFileSync(join(root, 'Cargo.toml'), ws)
  for (const tool of ['igvmbuilder', 'igvmmeasure']) {
    const p = join(root, 'tools', tool, 'Cargo.toml')
    writeFileSync(
      p,
      readFileSync(p, 'utf8').replace(
        '[dependencies]\n',
        `[dependencies]\n${names.at(-1)} = "1.0.${o.crates - 1}"\nslowbuild = { path = "../slowbuild" }\n`
      )
    )
  }
  writeFileSync(
    join(root, '.cargo', 'config.toml'),
    readFileSync(join(root, '.cargo', 'config.toml'), 'utf8') +
      `\n[source.crates-io]\nreplace-with = "vendored-sources"\n\n[source.vendored-sources]\ndirectory = "${vendor}"\n`
  )
  execFileSync('cargo', ['generate-lockfile', '--offline'], { cwd: root, stdio: 'ignore' })
}
