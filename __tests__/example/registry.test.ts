// scripts/example-deps/registry.mjs, which turns unpacked crates (Debian's
// /usr/share/cargo/registry) into the cargo local registry the example uses as crates.io: real
// cargo resolves against it (renamed, optional, target-specific dependencies, `dep:` features),
// records the archives' checksums, and unpacks the crates under CARGO_HOME/registry/src; the
// archives are the same bytes whenever the crate files are.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO } from '../helpers/paths.js'
import { tempDir } from '../helpers/temp.js'

const SCRIPT = join(REPO, 'scripts', 'example-deps', 'registry.mjs')

function write(root: string, files: Record<string, string>) {
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(join(root, f, '..'), { recursive: true })
    writeFileSync(join(root, f), text)
  }
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`)
  return r.stdout
}

describe('the local registry made from unpacked crates', () => {
  let dir: string
  const crates = () => join(dir, 'crates')
  const registry = (name: string) => join(dir, name)
  beforeAll(() => {
    dir = tempDir('registry-')
    // As Debian ships them: normalised manifests, a checksum file cargo must not see, a long path.
    write(crates(), {
      'leaf-1.2.0/Cargo.toml': '[package]\nname = "leaf"\nversion = "1.2.0"\nedition = "2018"\n',
      'leaf-1.2.0/src/lib.rs': 'pub fn leaf() -> u32 { 7 }\n',
      'leaf-1.2.0/.cargo-checksum.json': '{"package":"","files":{}}',
      [`leaf-1.2.0/${'deep/'.repeat(25)}note.txt`]: 'a path longer than a ustar name\n',
      'unixonly-0.1.0/Cargo.toml': '[package]\nname = "unixonly"\nversion = "0.1.0"\nedition = "2018"\n',
      'unixonly-0.1.0/src/lib.rs': '',
      'top-0.3.1/Cargo.toml':
        '[package]\nname = "top"\nversion = "0.3.1"\nedition = "2018"\nrust-version = "1.60"\n\n' +
        '[dependencies.renamed]\nversion = "1"\npackage = "leaf"\noptional = true\n\n' +
        '[target."cfg(unix)".dependencies.unixonly]\nversion = "0.1"\n\n' +
        '[dev-dependencies.nowhere]\nversion = "9"\n\n' +
        '[features]\ndefault = ["extra"]\nextra = ["dep:renamed"]\nplain = []\n',
      'top-0.3.1/src/lib.rs': '#[cfg(feature = "extra")]\npub fn top() -> u32 { renamed::leaf() }\n'
    })
    run('node', [SCRIPT, '--from', crates(), '--to', registry('one')], REPO)
    // Other file times, the same files: the same archives.
    utimesSync(join(crates(), 'leaf-1.2.0', 'src', 'lib.rs'), 1_000_000, 1_000_000)
    run('node', [SCRIPT, '--from', crates(), '--to', registry('two')], REPO)
  })

  it('writes one archive per crate and cargo index lines (v2 for dep: features)', () => {
    expect(readdirSync(registry('one')).sort()).toEqual([
      '.fingerprint',
      'index',
      'leaf-1.2.0.crate',
      'top-0.3.1.crate',
      'unixonly-0.1.0.crate'
    ])
    const top = JSON.parse(readFileSync(join(registry('one'), 'index', '3', 't', 'top'), 'utf8'))
    expect(top).toMatchObject({
      name: 'top',
      vers: '0.3.1',
      features: { default: ['extra'], plain: [] },
      features2: { extra: ['dep:renamed'] },
      v: 2,
      rust_version: '1.60',
      yanked: false
    })
    expect(top.deps).toEqual([
      {
        name: 'renamed',
        package: 'leaf',
        req: '1',
        features: [],
        optional: true,
        default_features: true,
        target: null,
        kind: 'normal'
      },
      {
        name: 'nowhere',
        req: '9',
        features: [],
        optional: false,
        default_features: true,
        target: null,
        kind: 'dev'
      },
      {
        name: 'unixonly',
        req: '0.1',
        features: [],
        optional: false,
        default_features: true,
        target: 'cfg(unix)',
        kind: 'normal'
      }
    ])
    expect(top.cksum).toBe(
      createHash('sha256')
        .update(readFileSync(join(registry('one'), 'top-0.3.1.crate')))
        .digest('hex')
    )
  })

  it('writes the same bytes whatever the files’ times', () => {
    for (const f of ['leaf-1.2.0.crate', 'top-0.3.1.crate', 'unixonly-0.1.0.crate'])
      expect(readFileSync(join(registry('two'), f)).equals(readFileSync(join(registry('one'), f)))).toBe(true)
  })

  it('is resolved, checksummed and unpacked by cargo under CARGO_HOME/registry/src', () => {
    const app = join(dir, 'app')
    const cargoHome = join(dir, 'cargo-home')
    write(app, {
      'Cargo.toml':
        '[package]\nname = "app"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\ntop = "0.3"\n',
      'src/lib.rs': 'pub fn app() -> u32 { top::top() }\n',
      '.cargo/config.toml': `[source.crates-io]\nreplace-with = "local"\n\n[source.local]\nlocal-registry = "${registry('one')}"\n`
    })
    run('cargo', ['build', '--offline', '-q'], app, { CARGO_HOME: cargoHome })
    const lock = readFileSync(join(app, 'Cargo.lock'), 'utf8')
    for (const c of ['leaf-1.2.0', 'top-0.3.1', 'unixonly-0.1.0']) {
      const sum = createHash('sha256')
        .update(readFileSync(join(registry('one'), `${c}.crate`)))
        .digest('hex')
      expect(lock).toContain(`checksum = "${sum}"`)
    }
    const [src] = readdirSync(join(cargoHome, 'registry', 'src'))
    const unpacked = join(cargoHome, 'registry', 'src', src!)
    expect(readdirSync(unpacked).sort()).toEqual(['leaf-1.2.0', 'top-0.3.1', 'unixonly-0.1.0'])
    expect(readFileSync(join(unpacked, 'leaf-1.2.0', ...Array(25).fill('deep'), 'note.txt'), 'utf8')).toBe(
      'a path longer than a ustar name\n'
    )
    expect(readdirSync(join(unpacked, 'leaf-1.2.0'))).not.toContain('.cargo-checksum.json')
  })
})
