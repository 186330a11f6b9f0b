// Generates a workspace shaped like svsm for the warm-cache benchmark: examples/mini-svsm plus
// generated registry crates, and a member with a slow build.rs, all used by the host tools. The
// generated crates join the example's own registry source: one local registry (the example's
// crates and these) at a fixed absolute path outside the clone, like crates.io's cache on a runner
// (a path inside the clone would give the crates another source id in every clone); cargo unpacks
// them under CARGO_HOME/registry/src as it does the kernel's.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parse } from 'smol-toml'
import { writeRegistry } from '../../scripts/example-deps/registry.mjs'

/** mulberry32: the same crate for the same seed on every machine. */
function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

const WORDS = (
  'frame page table entry region mapping cursor buffer queue vector index offset stride window ' +
  'header record digest block chunk slot lane cell node edge tree heap stack arena pool token ' +
  'parse encode decode verify measure align split merge shift scale clamp fold scan probe seek ' +
  'launch guest host vmsa cpuid secret policy report nonce key tag seal attest boot kernel'
).split(' ')

/**
 * A crate with `fns` generated functions of varied shape: names, constants, statement kinds and
 * their number differ per function and per crate, so the compiled code repeats about as much as
 * real code does (no two crates alike) instead of one function body stamped out 10,000 times.
 */
function crateSource(name, fns, deps, seed) {
  const r = prng(seed)
  const int = n => Math.floor(r() * n)
  const pick = a => a[int(a.length)]
  const hex = () => `0x${Array.from({ length: 16 }, () => '0123456789abcdef'[int(16)]).join('')}u64`
  const ident = i => `${pick(WORDS)}_${pick(WORDS)}_${int(36 ** 4).toString(36)}${i}`
  const names = Array.from({ length: fns }, (_, i) => ident(i))
  const structs = Array.from({ length: Math.ceil(fns / 40) }, (_, i) => ({
    name: `${pick(WORDS).replace(/^./, c => c.toUpperCase())}${i}`,
    fields: Array.from({ length: 2 + int(5) }, (_, k) => `${pick(WORDS)}_${k}`)
  }))
  const lines = [
    `//! Generated dependency ${name}.`,
    ...deps.map(d => `pub use ${d.replace(/-/g, '_')} as _${d.replace(/-/g, '_')};`)
  ]
  for (const s of structs) {
    lines.push(`#[derive(Debug, Clone, Default)]`, `pub struct ${s.name} {`)
    lines.push(...s.fields.map(f => `    pub ${f}: u64,`), '}', `impl ${s.name} {`)
    lines.push(
      `    pub fn new(x: u64) -> Self { Self { ${s.fields.map(f => `${f}: x.wrapping_mul(${hex()})`).join(', ')} } }`,
      `    pub fn mix(&self, x: u64) -> u64 { ${s.fields.map(f => `self.${f}.rotate_left(${1 + int(63)})`).join(` ${pick(['^', '|', '&'])} `)} ^ x }`,
      '}'
    )
  }
  const op = () => pick(['wrapping_add', 'wrapping_sub', 'wrapping_mul'])
  const bit = () => pick(['^', '|', '&'])
  for (let i = 0; i < fns; i++) {
    let n = 1
    const v = () => `v${int(n)}`
    const stmts = []
    const kinds = [
      () => `let v${n} = ${v()}.${op()}(${hex()}).rotate_${pick(['left', 'right'])}(${1 + int(63)});`,
      () =>
        `let v${n} = if ${v()} & ${hex()} == 0 { ${v()} ${bit()} ${hex()} } else { ${v()}.${op()}(${hex()}) };`,
      () =>
        `let mut v${n} = ${v()}; for k in 0..${2 + int(9)}u64 { v${n} = v${n}.${op()}(k.${op()}(${hex()})) ${bit()} (v${n} >> ${1 + int(62)}); }`,
      () =>
        `let v${n} = match ${v()} % ${3 + int(5)} { ${Array.from({ length: 2 + int(3) }, (_, k) => `${k} => ${v()}.${op()}(${hex()})`).join(', ')}, _ => ${v()}.${pick(['count_ones', 'leading_zeros', 'trailing_zeros'])}() as u64 };`,
      () =>
        `let v${n} = [${Array.from({ length: 2 + int(6) }, hex).join(', ')}].iter().fold(${v()}, |a, &x| a.${op()}(x) ${bit()} (a >> ${1 + int(62)}));`,
      () =>
        `let v${n} = ${v()}.wrapping_add(${JSON.stringify(Array.from({ length: 2 + int(5) }, () => pick(WORDS)).join(' '))}.len() as u64);`,
      () => (i > 0 ? `let v${n} = ${names[int(i)]}(${v()});` : `let v${n} = ${v()}.swap_bytes();`),
      () => `let v${n} = ${pick(structs).name}::new(${v()}).mix(${v()});`,
      () =>
        `let v${n} = (${v()} as u32).wrapping_mul(${int(2 ** 32)}u32).rotate_left(${1 + int(31)}) as u64;`,
      () => `let v${n} = (${v()} as i64).wrapping_sub(${int(2 ** 40)}i64).abs_diff(${int(2 ** 30)}i64);`,
      () => `let v${n} = u64::from_le_bytes((${v()} ^ ${hex()}).to_be_bytes());`,
      () => `let v${n} = [${v()}, ${v()}, ${hex()}][(${v()} % 3) as usize];`,
      () => `let v${n} = ${v()}.checked_div(${v()} | ${1 + int(1000)}).unwrap_or(${hex()} ^ ${hex()});`,
      () =>
        `let mut v${n} = ${v()}; let mut k = 0; while v${n} & ${hex()} != 0 && k < ${2 + int(20)} { v${n} >>= 1; k += 1; }`
    ]
    const count = 2 + int(6)
    for (let k = 0; k < count; k++, n++) stmts.push(`    ${pick(kinds)()}`)
    lines.push(`pub fn ${names[i]}(v0: u64) -> u64 {`, ...stmts)
    lines.push(`    ${Array.from({ length: Math.min(n, 3) }, () => v()).join(` ${bit()} `)}`, '}')
  }
  lines.push(
    `pub fn all(x: u64) -> u64 { let mut a = 0u64; ${names.map(f => `a = a.wrapping_add(${f}(x));`).join(' ')} a }`
  )
  return lines.join('\n') + '\n'
}

/** Writes one crate folder (packed into the registry by `registry`). */
function vendorCrate(vendor, name, version, deps, fns, seed) {
  const dir = join(vendor, `${name}-${version}`)
  mkdirSync(join(dir, 'src'), { recursive: true })
  const toml = `[package]\nname = "${name}"\nversion = "${version}"\nedition = "2021"\n\n[dependencies]\n${deps.map(([d, v]) => `${d} = "${v}"`).join('\n')}\n`
  const src = crateSource(
    name,
    fns,
    deps.map(([d]) => d),
    0x5eed + seed * 7919
  )
  writeFileSync(join(dir, 'Cargo.toml'), toml)
  writeFileSync(join(dir, 'src', 'lib.rs'), src)
}

/** The local registry the tree's crates-io replacement names (the example's own). */
function exampleRegistry(root) {
  const config = parse(readFileSync(join(root, '.cargo', 'config.toml'), 'utf8'))
  return config.source[config.source['crates-io']['replace-with']]['local-registry']
}

/** Files under `dir`, relative. */
const filesUnder = (dir, rel = '') =>
  readdirSync(join(dir, rel), { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? filesUnder(dir, join(rel, e.name)) : [join(rel, e.name)]
  )

/**
 * `registry` becomes the generated crates of `crates` packed as a local registry, with every
 * crate and index file of the example's registry `from` beside them.
 */
function registry(crates, from, to) {
  writeRegistry(crates, to)
  for (const f of filesUnder(from)) {
    if (f === '.fingerprint') continue
    mkdirSync(dirname(join(to, f)), { recursive: true })
    cpSync(join(from, f), join(to, f))
  }
}

/**
 * A dependency update: the last vendored crate gets a new major version (new code) and the host
 * tools move to it, as a Cargo.lock bump does; cargo then builds it and what uses it under new
 * hashes, leaving the old units behind in the target dir. The caller commits.
 */
export function bumpLastCrate(root, vendor, o) {
  const i = o.crates - 1
  const name = `benchdep-${String(i).padStart(2, '0')}`
  const prev = i > 0 ? [[`benchdep-${String(i - 1).padStart(2, '0')}`, `1.0.${i - 1}`]] : []
  vendorCrate(`${vendor}.crates`, name, '2.0.0', prev, o.fns, 1000 + i)
  registry(`${vendor}.crates`, o.exampleRegistry, vendor)
  for (const tool of ['igvmbuilder', 'igvmmeasure']) {
    const p = join(root, 'tools', tool, 'Cargo.toml')
    writeFileSync(p, readFileSync(p, 'utf8').replace(`${name} = "1.0.${i}"`, `${name} = "2.0.0"`))
  }
  execFileSync('cargo', ['generate-lockfile', '--offline'], { cwd: root, stdio: 'ignore' })
}

/**
 * The workspace at `root` from `from`, its registry (the example's crates and the generated ones)
 * at `vendor`; returns the example's registry, which bumpLastCrate needs.
 */
export function generate(root, from, vendor, o = { crates: 24, fns: 700, slowBuildSeconds: 8 }) {
  cpSync(from, root, { recursive: true, filter: s => !/\/(target|bin)(\/|$)/.test(s.slice(from.length)) })
  const names = Array.from({ length: o.crates }, (_, i) => `benchdep-${String(i).padStart(2, '0')}`)
  names.forEach((name, i) =>
    vendorCrate(`${vendor}.crates`, name, `1.0.${i}`, i > 0 ? [[names[i - 1], `1.0.${i - 1}`]] : [], o.fns, i)
  )
  const example = exampleRegistry(root)
  registry(`${vendor}.crates`, example, vendor)
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
  // The example's registry source, now holding both (cargo allows one replacement of crates.io).
  const config = join(root, '.cargo', 'config.toml')
  const text = readFileSync(config, 'utf8')
  const next = text.replace(`local-registry = "${example}"`, `local-registry = "${vendor}"`)
  if (next === text) throw new Error(`${config}: no local-registry = "${example}" to point at ${vendor}`)
  writeFileSync(config, next)
  execFileSync('cargo', ['generate-lockfile', '--offline'], { cwd: root, stdio: 'ignore' })
  return example
}
