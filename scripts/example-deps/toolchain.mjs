// The toolchain examples/mini-svsm pins: Debian's rustc and cargo (rustc-web, cargo-web 1.96)
// with `core`, `alloc` and `compiler_builtins` for x86_64-unknown-none, which no package ships.
// They are built once from Debian's library sources (rust-web-src) into a sysroot, in a folder
// keyed by everything that goes into them, and rustup links that folder under the pinned name, so
// the tree's commands stay upstream's (`cargo build --target x86_64-unknown-none`, no -Zbuild-std).
//
// The folder: bin/rustc and bin/rustdoc run Debian's with --sysroot set to the folder (rustc
// takes its default sysroot from where its library is, /usr); bin/cargo is Debian's;
// lib/rustlib/x86_64-unknown-linux-gnu/lib is Debian's host library (build scripts); bin/rust-lld
// there is lld-22 (the target's linker, not shipped by Debian under that name);
// lib/rustlib/x86_64-unknown-none/lib holds the three rlibs.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'

/** Changes whenever the sysroot is built differently (it is part of the folder's key). */
const RECIPE = 'sysroot v1: release, panic=abort, compiler-builtins-mem, library remapped to /rustc/<commit>'
export const TARGET = 'x86_64-unknown-none'
const HOST = 'x86_64-unknown-linux-gnu'
const CRATES = ['core', 'alloc', 'compiler_builtins']

/** Debian's files the folder is made of. */
export const DEBIAN = {
  rustc: '/usr/bin/rustc',
  rustdoc: '/usr/bin/rustdoc',
  cargo: '/usr/bin/cargo',
  lld: '/usr/bin/ld.lld-22',
  hostLib: `/usr/lib/rustlib/${HOST}/lib`,
  src: '/usr/lib/rustlib/src/rust'
}

function run(argv, opts = {}) {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', ...opts })
  if (r.error) throw new Error(`${argv[0]}: ${r.error.message}`)
  if (r.status !== 0) {
    const tail = `${r.stderr ?? ''}${r.stdout ?? ''}`.trim().split('\n').slice(-15).join('\n')
    throw new Error(`${argv.join(' ')} failed (exit ${r.status}):\n${tail}`)
  }
  return r.stdout
}

/** `rustc -vV` of Debian's compiler, as fields (release, commit-hash, host, LLVM version...). */
export function debianRustc() {
  const text = run([DEBIAN.rustc, '-vV'])
  const fields = Object.fromEntries(
    text
      .split('\n')
      .filter(l => l.includes(': '))
      .map(l => [l.slice(0, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)])
  )
  return { text, release: fields.release, commit: fields['commit-hash'], host: fields.host }
}

/** The folder's key: the compiler, cargo, the linker and how the sysroot is built. */
export function toolchainKey(rustc) {
  return createHash('sha256')
    .update([RECIPE, rustc.text, run([DEBIAN.cargo, '-V']), run([DEBIAN.lld, '--version'])].join('\0'))
    .digest('hex')
    .slice(0, 16)
}

/** Cargo's environment for the sysroot build: Debian's tools, no flags from the caller's. */
function sysrootEnv(work, rustc) {
  const env = { ...process.env }
  // Cargo takes CARGO_ENCODED_RUSTFLAGS over RUSTFLAGS even when empty: none of them may be set.
  for (const k of [
    'CARGO_ENCODED_RUSTFLAGS',
    'CARGO_BUILD_RUSTFLAGS',
    'RUSTC_WRAPPER',
    'RUSTC_WORKSPACE_WRAPPER'
  ])
    delete env[k]
  for (const k of Object.keys(env)) if (/^CARGO_TARGET_.*_RUSTFLAGS$/.test(k)) delete env[k]
  return {
    ...env,
    RUSTC: DEBIAN.rustc,
    RUSTDOC: DEBIAN.rustdoc,
    RUSTC_BOOTSTRAP: '1',
    CARGO_HOME: join(work, 'cargo-home'),
    CARGO_TARGET_DIR: join(work, 'target'),
    // As rustup's prebuilt library: its panic locations read /rustc/<commit>/library/...
    RUSTFLAGS: `--remap-path-prefix=${DEBIAN.src}=/rustc/${rustc.commit}`
  }
}

const wrapper = (tool, sysroot) =>
  `#!/bin/sh\n# ${tool} with the sysroot of this folder (scripts/example-deps/toolchain.mjs).\n` +
  `exec ${tool} --sysroot '${sysroot}' "$@"\n`

/**
 * Builds the folder at `dir` (through a sibling folder, so a half-built one is never used).
 * Returns the seconds the three crates took.
 */
export function buildToolchain(dir, rustc) {
  if (dir.includes("'")) throw new Error(`${dir}: the toolchain folder must not contain a quote`)
  const tmp = `${dir}.tmp-${process.pid}`
  rmSync(tmp, { recursive: true, force: true })
  const work = join(tmp, 'build')
  mkdirSync(join(work, 'src'), { recursive: true })
  mkdirSync(join(work, '.cargo'), { recursive: true })
  // An empty no_std crate whose build compiles the three crates from the library sources; the
  // library's own dependencies come from its vendored crates, the only crates.io it may use.
  writeFileSync(
    join(work, 'Cargo.toml'),
    '[package]\nname = "sysroot"\nversion = "0.0.0"\nedition = "2021"\n\n[profile.release]\npanic = "abort"\n'
  )
  writeFileSync(join(work, 'src', 'lib.rs'), '#![no_std]\n')
  writeFileSync(
    join(work, '.cargo', 'config.toml'),
    `[source.crates-io]\nreplace-with = "rust-library-vendor"\n\n[source.rust-library-vendor]\ndirectory = "${DEBIAN.src}/library/vendor"\n`
  )
  const started = Date.now()
  run(
    [
      DEBIAN.cargo,
      'build',
      '--release',
      '--offline',
      '--target',
      TARGET,
      `-Zbuild-std=${CRATES.join(',')}`,
      '-Zbuild-std-features=compiler-builtins-mem'
    ],
    { cwd: work, env: sysrootEnv(work, rustc) }
  )
  const seconds = (Date.now() - started) / 1000
  const deps = join(work, 'target', TARGET, 'release', 'deps')
  const lib = join(tmp, 'lib', 'rustlib', TARGET, 'lib')
  mkdirSync(lib, { recursive: true })
  for (const crate of CRATES) {
    const found = readdirSync(deps).filter(f => f.startsWith(`lib${crate}-`) && f.endsWith('.rlib'))
    if (found.length !== 1) throw new Error(`${deps}: expected one lib${crate}-*.rlib, found ${found.length}`)
    copyFileSync(join(deps, found[0]), join(lib, found[0]))
  }
  rmSync(work, { recursive: true, force: true })

  mkdirSync(join(tmp, 'bin'))
  for (const tool of ['rustc', 'rustdoc']) {
    writeFileSync(join(tmp, 'bin', tool), wrapper(DEBIAN[tool], dir))
    chmodSync(join(tmp, 'bin', tool), 0o755)
  }
  symlinkSync(DEBIAN.cargo, join(tmp, 'bin', 'cargo'))
  const host = join(tmp, 'lib', 'rustlib', HOST)
  mkdirSync(join(host, 'bin'), { recursive: true })
  symlinkSync(DEBIAN.hostLib, join(host, 'lib'))
  symlinkSync(DEBIAN.lld, join(host, 'bin', 'rust-lld'))
  mkdirSync(join(tmp, 'lib', 'rustlib', 'src'))
  symlinkSync(DEBIAN.src, join(tmp, 'lib', 'rustlib', 'src', 'rust'))
  writeFileSync(join(tmp, 'README'), `${RECIPE}\n\n${rustc.text}`)

  rmSync(dir, { recursive: true, force: true })
  renameSync(tmp, dir)
  return seconds
}

/** A no_std crate with `alloc`, compiled and linked for the target with the folder's rustc. */
export function checkToolchain(dir) {
  const scratch = `${dir}.check-${process.pid}`
  rmSync(scratch, { recursive: true, force: true })
  mkdirSync(scratch)
  try {
    const src = join(scratch, 'check.rs')
    writeFileSync(
      src,
      '#![no_std]\n#![no_main]\nextern crate alloc;\n' +
        'struct A;\nunsafe impl core::alloc::GlobalAlloc for A {\n' +
        '    unsafe fn alloc(&self, _: core::alloc::Layout) -> *mut u8 { core::ptr::null_mut() }\n' +
        '    unsafe fn dealloc(&self, _: *mut u8, _: core::alloc::Layout) {}\n}\n' +
        '#[global_allocator]\nstatic A0: A = A;\n' +
        '#[panic_handler]\nfn panic(_: &core::panic::PanicInfo) -> ! { loop {} }\n' +
        '#[unsafe(no_mangle)]\npub extern "C" fn _start() -> ! {\n' +
        '    let v: alloc::vec::Vec<u8> = alloc::vec![1, 2, 3];\n    if v.len() > 3 { panic!("{}", v.len()) }\n    loop {}\n}\n'
    )
    run([
      join(dir, 'bin', 'rustc'),
      '--edition',
      '2021',
      '--target',
      TARGET,
      '-o',
      join(scratch, 'check'),
      src
    ])
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** Toolchain folders of `channel` under `base` other than `keep` (left over by older keys). */
export function staleFolders(base, channel, keep) {
  if (!existsSync(base)) return []
  const keyed = new RegExp(`^${channel.replace(/[.]/g, '\\.')}-[0-9a-f]{16}$`)
  return readdirSync(base)
    .filter(f => keyed.test(f) && join(base, f) !== keep)
    .map(f => join(base, f))
}
