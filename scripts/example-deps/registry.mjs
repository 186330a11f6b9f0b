// A cargo local registry (an index plus one .crate archive per crate) made from unpacked crate
// folders such as Debian's /usr/share/cargo/registry. Cargo unpacks a local registry's crates
// under CARGO_HOME/registry/src/, as it does crates.io's; a `directory` source would compile them
// where they lie. The archives are byte-for-byte the same on every machine with the same crate
// files (sorted, fixed metadata, gzip with stored blocks), so the checksums Cargo.lock records hold.
//
//   node scripts/example-deps/registry.mjs --from /usr/share/cargo/registry --to DIR
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'smol-toml'

/** Changes whenever what this file writes changes (it is part of the fingerprint). */
const FORMAT = 'local-registry v1'
/** The mtime of every archive member (2023-01-01): fixed, so archives do not depend on file times. */
const MTIME = 1672531200

/** Files under `dir`, relative, '/'-separated, in byte order; symlinks are followed. */
function filesUnder(dir, rel = '') {
  const out = []
  const names = readdirSync(join(dir, rel)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
  for (const name of names) {
    const r = rel ? `${rel}/${name}` : name
    const st = statSync(join(dir, r))
    if (st.isDirectory()) out.push(...filesUnder(dir, r))
    else if (st.isFile()) out.push(r)
  }
  return out
}

/** The crate folders of `from` (each holds a Cargo.toml), sorted. */
export function crateDirs(from) {
  return readdirSync(from)
    .filter(d => {
      try {
        return statSync(join(from, d, 'Cargo.toml')).isFile()
      } catch {
        return false
      }
    })
    .sort()
}

/** sha256 over this format and every file (path and bytes) of every crate folder. */
export function fingerprint(from) {
  const h = createHash('sha256').update(FORMAT)
  for (const d of crateDirs(from)) {
    for (const f of filesUnder(join(from, d))) {
      h.update(`\0${d}/${f}\0`).update(readFileSync(join(from, d, f)))
    }
  }
  return h.digest('hex')
}

// --- tar (ustar) and gzip, written by hand so the bytes depend on nothing but the files ---

function octal(buf, at, len, value) {
  buf.write(value.toString(8).padStart(len - 1, '0') + '\0', at, len, 'ascii')
}

function tarHeader(path, size, mode) {
  const h = Buffer.alloc(512)
  let name = path
  let prefix = ''
  if (Buffer.byteLength(path) > 100) {
    // Split at a '/' so that the prefix fits its 155 bytes and the name its 100.
    let i = path.lastIndexOf('/')
    while (i > 0 && Buffer.byteLength(path.slice(0, i)) > 155) i = path.lastIndexOf('/', i - 1)
    if (i <= 0 || Buffer.byteLength(path.slice(i + 1)) > 100)
      throw new Error(`${path}: too long for a ustar archive`)
    prefix = path.slice(0, i)
    name = path.slice(i + 1)
  }
  h.write(name, 0, 100, 'utf8')
  octal(h, 100, 8, mode)
  octal(h, 108, 8, 0)
  octal(h, 116, 8, 0)
  octal(h, 124, 12, size)
  octal(h, 136, 12, MTIME)
  h.fill(0x20, 148, 156)
  h.write('0', 156, 1, 'ascii')
  h.write('ustar\0', 257, 6, 'ascii')
  h.write('00', 263, 2, 'ascii')
  h.write(prefix, 345, 155, 'utf8')
  let sum = 0
  for (const b of h) sum += b
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii')
  return h
}

/** The crate folder as `<name>-<version>/...` members (cargo's layout), without Debian's checksum file. */
function tar(dir, top) {
  const parts = []
  for (const f of filesUnder(dir)) {
    if (f === '.cargo-checksum.json') continue
    const data = readFileSync(join(dir, f))
    const mode = statSync(join(dir, f)).mode & 0o111 ? 0o755 : 0o644
    parts.push(
      tarHeader(`${top}/${f}`, data.length, mode),
      data,
      Buffer.alloc((512 - (data.length % 512)) % 512)
    )
  }
  parts.push(Buffer.alloc(1024))
  return Buffer.concat(parts)
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(buf) {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** gzip of `data` in stored (uncompressed) deflate blocks: no compressor version can change it. */
function gzipStored(data) {
  const parts = [Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff])]
  let at = 0
  do {
    const chunk = data.subarray(at, at + 0xffff)
    at += chunk.length
    const head = Buffer.alloc(5)
    head[0] = at >= data.length ? 1 : 0
    head.writeUInt16LE(chunk.length, 1)
    head.writeUInt16LE(~chunk.length & 0xffff, 3)
    parts.push(head, chunk)
  } while (at < data.length)
  const tail = Buffer.alloc(8)
  tail.writeUInt32LE(crc32(data), 0)
  tail.writeUInt32LE(data.length % 2 ** 32, 4)
  parts.push(tail)
  return Buffer.concat(parts)
}

// --- index entries ---

/** One dependency table of Cargo.toml as index entries (a renamed dependency keeps its key as name). */
function deps(table, kind, target) {
  return Object.entries(table ?? {}).map(([key, spec]) => {
    const d = typeof spec === 'string' ? { version: spec } : spec
    const entry = {
      name: key,
      req: d.version ?? '*',
      features: d.features ?? [],
      optional: d.optional ?? false,
      default_features: d['default-features'] ?? d.default_features ?? true,
      target: target ?? null,
      kind
    }
    if (d.package !== undefined) entry.package = d.package
    return entry
  })
}

/** The index line of a crate from its (normalised, as published) Cargo.toml. */
export function indexEntry(manifest, cksum) {
  const pkg = manifest.package
  const all = [
    ...deps(manifest.dependencies, 'normal'),
    ...deps(manifest['build-dependencies'], 'build'),
    ...deps(manifest['dev-dependencies'], 'dev')
  ]
  for (const [cfg, t] of Object.entries(manifest.target ?? {})) {
    all.push(
      ...deps(t.dependencies, 'normal', cfg),
      ...deps(t['build-dependencies'], 'build', cfg),
      ...deps(t['dev-dependencies'], 'dev', cfg)
    )
  }
  // Features that use `dep:` or `?/` go to features2 (index format v2), as crates.io writes them.
  const features = {}
  const features2 = {}
  for (const [k, v] of Object.entries(manifest.features ?? {})) {
    if (v.some(x => x.startsWith('dep:') || x.includes('?/'))) features2[k] = v
    else features[k] = v
  }
  const entry = { name: pkg.name, vers: pkg.version, deps: all, cksum, features, yanked: false }
  if (Object.keys(features2).length > 0) Object.assign(entry, { features2, v: 2 })
  if (pkg.links !== undefined) entry.links = pkg.links
  if (pkg['rust-version'] !== undefined) entry.rust_version = pkg['rust-version']
  return entry
}

/** Where a crate's index file is (cargo's layout: 1/a, 2/ab, 3/a/abc, ab/cd/abcd...). */
export function indexPath(name) {
  const n = name.toLowerCase()
  if (n.length <= 2) return `${n.length}/${n}`
  if (n.length === 3) return `3/${n[0]}/${n}`
  return `${n.slice(0, 2)}/${n.slice(2, 4)}/${n}`
}

/**
 * Writes the registry of every crate folder of `from` at `to` (replacing it whole, through a
 * sibling folder), with `.fingerprint`. Returns the crates as name-version.
 */
export function writeRegistry(from, to) {
  const tmp = `${to}.tmp-${process.pid}`
  rmSync(tmp, { recursive: true, force: true })
  mkdirSync(join(tmp, 'index'), { recursive: true })
  const lines = new Map()
  const crates = []
  for (const d of crateDirs(from)) {
    let manifest
    try {
      manifest = parse(readFileSync(join(from, d, 'Cargo.toml'), 'utf8'))
    } catch (e) {
      throw new Error(`${join(from, d, 'Cargo.toml')}: not a valid manifest: ${e.message.split('\n')[0]}`)
    }
    const { name, version } = manifest.package ?? {}
    if (typeof name !== 'string' || typeof version !== 'string')
      throw new Error(`${join(from, d, 'Cargo.toml')}: package.name and package.version must be strings`)
    const archive = gzipStored(tar(join(from, d), `${name}-${version}`))
    writeFileSync(join(tmp, `${name}-${version}.crate`), archive)
    const cksum = createHash('sha256').update(archive).digest('hex')
    const file = indexPath(name)
    lines.set(file, [...(lines.get(file) ?? []), JSON.stringify(indexEntry(manifest, cksum))])
    crates.push(`${name}-${version}`)
  }
  for (const [file, entries] of lines) {
    mkdirSync(dirname(join(tmp, 'index', file)), { recursive: true })
    writeFileSync(join(tmp, 'index', file), entries.join('\n') + '\n')
  }
  writeFileSync(join(tmp, '.fingerprint'), fingerprint(from) + '\n')
  const old = `${to}.old-${process.pid}`
  let moved = false
  try {
    renameSync(to, old)
    moved = true
  } catch {
    // nothing there yet
  }
  renameSync(tmp, to)
  if (moved) rmSync(old, { recursive: true, force: true })
  return crates
}

/** The fingerprint the registry at `to` was written for, or null. */
export function writtenFingerprint(to) {
  try {
    return readFileSync(join(to, '.fingerprint'), 'utf8').trim()
  } catch {
    return null
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = flag => {
    const i = process.argv.indexOf(flag)
    const v = i < 0 ? undefined : process.argv[i + 1]
    if (v === undefined) {
      console.error(`usage: node scripts/example-deps/registry.mjs --from <crate folders> --to <registry>`)
      process.exit(2)
    }
    return v
  }
  const crates = writeRegistry(arg('--from'), arg('--to'))
  console.log(`${crates.length} crates: ${crates.join(' ')}`)
}
