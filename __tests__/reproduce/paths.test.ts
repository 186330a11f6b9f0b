// A record made at one checkout path with one CARGO_HOME, reproduced from another checkout with
// another CARGO_HOME (the bundled CLI, real cargo): identical when rebuilt at the recorded paths
// (in a private mount namespace while they are taken, in place once they are free) and when the
// build remapped its paths; explained by diff as a path-only difference when rebuilt elsewhere;
// refused with the paths it needs when it can do neither.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { measurementsSchema, type Measurement } from '../../src/record/schema.js'
import { CLI, runCli } from '../helpers/run.js'
import { tempDir } from '../helpers/temp.js'
import { git, makeTree } from '../helpers/tree.js'

/** Why a private mount namespace cannot be had here (as reproduce probes it), or null. */
const namespaceReason: string | null = (() => {
  const dir = tempDir('svsm-ns-probe-')
  mkdirSync(join(dir, 'a'))
  mkdirSync(join(dir, 'b'))
  const argv = process.getuid?.() === 0 ? ['--mount'] : ['--mount', '--map-root-user']
  const r = spawnSync('unshare', [...argv, '--', 'mount', '--bind', join(dir, 'a'), join(dir, 'b')], {
    encoding: 'utf8'
  })
  return r.status === 0
    ? null
    : `no private mount namespace here (unshare: ${r.stderr?.trim() || r.error?.message})`
})()

const recordsOf = (file: string): Measurement[] =>
  measurementsSchema.parse(JSON.parse(readFileSync(file, 'utf8')))

// Two places whose paths have the same length (mkdtemp names), as two runners' would.
const here = tempDir('svsm-repro-')
const there = tempDir('svsm-repro-')
const P1 = join(here, 'svsm')
const C1 = join(here, 'cargo')
const P2 = join(there, 'svsm')
const C2 = join(there, 'cargo')
const RECIPE = 'configs/qemu-target.json'
/** The record of a plain build at P1 (a tree's bin/ with its parts), and one made with remap-paths. */
const plain = join(here, 'plain-bin')
const remapped = join(here, 'remapped-bin')

const cli = (args: string[], cargoHome: string, more: NodeJS.ProcessEnv = {}) =>
  runCli(args, { env: { ...process.env, CARGO_HOME: cargoHome, ...more } })
const build = (extra: string[]) => {
  const r = cli(['build', '-r', '--measure', 'builtin', '--svsm', P1, ...extra, RECIPE], C1)
  if (r.code !== 0) throw new Error(r.stderr)
  return r
}
const reproduce = (source: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}) =>
  cli(['reproduce', source, '--svsm', P2, ...extra], C2, env)

let remapLog = ''
beforeAll(() => {
  makeTree({ dir: here })
  // With remap-paths first (cargo -vv shows each rustc command), then plainly: the target/ folder is shared.
  remapLog = build(['--remap-paths', '-v']).stderr
  cpSync(join(P1, 'bin'), remapped, { recursive: true })
  build([])
  cpSync(join(P1, 'bin'), plain, { recursive: true })
  git(there, 'clone', '-q', P1, P2)
}, 300_000)

describe('the record says where and with what it was built', () => {
  it('names the checkout, CARGO_HOME, toolchain, linker and the paths compiled into the parts', () => {
    const [m] = recordsOf(join(plain, 'measurements.json'))
    const b = m!.inputs!.build!
    expect(b.checkout).toBe(P1)
    expect(b.cargoHome).toBe(C1)
    expect(b.rustc).toMatchObject({ release: '1.96.0', host: 'x86_64-unknown-linux-gnu' })
    expect(b.rustc!.commitHash).toMatch(/^[0-9a-f]{40}$/)
    expect(b.rustc!.llvmVersion).toMatch(/^\d+\.\d+/)
    expect(b.linker).toMatchObject({ name: 'rust-lld' })
    expect(b.linker!.version).toMatch(/LLD \d+/)
    expect(b.remap).toEqual([])
    expect(b.searched).toEqual(['bin/svsm', 'bin/tdx-stage1', 'bin/bldr', 'bin/svsm-fs.bin'])
    // arrayvec's and spin's panic locations in the kernel, arrayvec's in init (in the fs image).
    expect(b.embeddedPaths).toEqual([
      { what: 'CARGO_HOME', prefix: C1, files: { 'bin/svsm': 2, 'bin/svsm-fs.bin': 1 } }
    ])
  })

  it("with remap-paths: the flags in force, kept with the tree's own rustflags, and no path compiled in", () => {
    const [m] = recordsOf(join(remapped, 'measurements.json'))
    const b = m!.inputs!.build!
    const flags = [
      `--remap-path-prefix=${P1}=.`,
      `--remap-path-prefix=${C1}/registry/src=`,
      `--remap-path-prefix=${C1}/git/checkouts=`
    ]
    expect(m!.inputs!.options.remapPaths).toBe(true)
    expect(b.remap).toEqual([{ by: 'remap-paths', where: 'target.x86_64-unknown-none.rustflags', flags }])
    expect(b.embeddedPaths).toEqual([])
    // cargo -vv: the kernel's rustc gets the tree's -C force-frame-pointers and then the remapping.
    const rustc = remapLog.split('\n').find(l => l.includes('--crate-name svsm ') && l.includes('main.rs'))
    expect(rustc).toBeDefined()
    expect(rustc).toMatch(/-C force-frame-pointers .*--remap-path-prefix=/)
    for (const f of flags) expect(rustc).toContain(f)
  })
})

describe('svsm-build reproduce from another checkout with another CARGO_HOME', () => {
  const igvm = 'bin/coconut-qemu.igvm'

  it('with remap-paths: rebuilt in a temporary clone, identical', () => {
    const r = reproduce(remapped)
    expect(r.stderr).not.toMatch(/^error:/m)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      'rebuilt in a temporary clone (its build remapped the checkout and CARGO_HOME (remap-paths)'
    )
    expect(r.stdout).toContain(`qemu (${igvm}): reproduced`)
  })

  ;(namespaceReason ? it.skip : it)(
    `without remapping, while the recorded paths are taken: rebuilt there in a private mount namespace, identical${namespaceReason ? ` (skipped: ${namespaceReason})` : ''}`,
    () => {
      const r = reproduce(plain)
      expect(r.stderr).not.toMatch(/^error:/m)
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(
        new RegExp(
          `rebuilt at the recorded paths ${P1} and CARGO_HOME ${C1} \\(in a private mount namespace: unshare --mount`
        )
      )
      expect(r.stdout).toContain(
        `because its parts hold absolute build paths (3 strings under CARGO_HOME ${C1})`
      )
      expect(r.stdout).toContain(`qemu (${igvm}): reproduced`)
      // The paths it borrowed are as they were.
      expect(existsSync(join(C1, 'registry'))).toBe(true)
      expect(git(P1, 'status', '--porcelain')).toBe('')
    }
  )

  it('when it can neither mount nor make the paths: the paths it needs and how to provide them, exit 2', () => {
    const fake = tempDir('svsm-fake-unshare-')
    writeFileSync(
      join(fake, 'unshare'),
      '#!/bin/sh\necho "unshare: unshare failed: Operation not permitted" >&2\nexit 1\n'
    )
    chmodSync(join(fake, 'unshare'), 0o755)
    const r = reproduce(plain, [], { PATH: `${fake}:${process.env.PATH}` })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1)
    expect(r.stderr).toContain(`checkout ${P1} is taken`)
    expect(r.stderr).toContain(`CARGO_HOME ${C1} is taken`)
    expect(r.stderr).toContain('a private mount namespace is not available here (unshare --mount')
    expect(r.stderr).toContain(`move ${P1} away while it runs`)
    expect(r.stderr).toContain('or pass --any-paths')
  })

  it('rebuilt elsewhere (--any-paths): DIFFERS, and diff explains it as a path-only difference', () => {
    const r = reproduce(plain, ['--any-paths', '--keep'])
    const kept = /kept the rebuild's clones in (\S+)/.exec(r.stderr)?.[1]
    try {
      expect(r.code).toBe(1)
      expect(r.stdout).toContain(`qemu (${igvm}): DIFFERS`)
      expect(r.stdout).toContain(`CARGO_HOME: recorded ${C1}, rebuilt ${C2}`)
      expect(r.stdout).toContain(
        'path-only difference: the two builds ran at different paths, and that is all that differs'
      )
      expect(r.stdout).toContain(`CARGO_HOME: ${C1} -> ${C2}`)
      expect(r.stdout).toContain(
        'strings under them: kernel: 2 strings on each side; bldr: 0 strings on each side; tdx-stage1: 0 strings on each side; fs image: 1 string on each side'
      )
      // The same words from `svsm-build diff` of the two files and their bin/ folders.
      const rebuilt = join(kept!, 'build-0', 'svsm', 'bin')
      const d = runCli([
        'diff',
        join(plain, 'coconut-qemu.igvm'),
        join(rebuilt, 'coconut-qemu.igvm'),
        '--inputs',
        plain,
        rebuilt
      ])
      expect(d.code).toBe(1)
      expect(d.stdout).toMatch(/^SEV-SNP launch digest: [0-9A-F]{96} -> [0-9A-F]{96}\npath-only difference: /)
      // lld orders merged strings by their contents, so the other CARGO_HOME name may or may not
      // move them: equal byte for byte after substitution, or else every page traced to an input
      // that holds the strings (each answer is tested on its own in igvm/diff/build-paths.test.ts).
      expect(d.stdout).toMatch(
        /\n {2}(with one side's paths put in place of the other's, the images are equal byte for byte|every page that differs is in an input that holds those strings, as many on each side, or made by igvmbuilder from the kernel, and the records agree on everything else .*)\n {2}a rebuild at the recorded paths/
      )
      expect(d.stdout).not.toContain('regions that differ')
    } finally {
      if (kept) rmSync(kept, { recursive: true, force: true })
    }
  })

  it('once the recorded paths are free: rebuilt there in place, identical, and they are free again', () => {
    const away = join(here, 'away')
    mkdirSync(away)
    renameSync(P1, join(away, 'svsm'))
    renameSync(C1, join(away, 'cargo'))
    try {
      const r = reproduce(plain)
      expect(r.stderr).not.toMatch(/^error:/m)
      expect(r.code).toBe(0)
      expect(r.stdout).toContain(`rebuilt at the recorded paths ${P1} and CARGO_HOME ${C1} (made in place)`)
      expect(r.stdout).toContain(`qemu (${igvm}): reproduced`)
      expect(existsSync(P1) || existsSync(C1)).toBe(false)
    } finally {
      renameSync(join(away, 'svsm'), P1)
      renameSync(join(away, 'cargo'), C1)
    }
  })

  it('stopped by SIGINT while it rebuilds in place: exit 130, one error line, the recorded paths free again', async () => {
    const away = join(here, 'away-interrupted')
    mkdirSync(away)
    renameSync(P1, join(away, 'svsm'))
    renameSync(C1, join(away, 'cargo'))
    try {
      const child = spawn(process.execPath, [CLI, 'reproduce', plain, '--svsm', P2], {
        env: { ...process.env, CARGO_HOME: C2 },
        stdio: ['ignore', 'ignore', 'pipe']
      })
      let err = ''
      // Once the rebuild has started at the recorded paths (the clone is there), stop it.
      child.stderr!.on('data', (b: Buffer) => {
        const before = err
        err += b.toString()
        if (!before.includes('at the recorded paths') && err.includes('at the recorded paths'))
          child.kill('SIGINT')
      })
      const code = await new Promise<number | null>(r => child.on('close', r))
      expect(err).toContain(`rebuilding `)
      expect(code).toBe(130)
      expect(err.split('\n').filter(l => l.startsWith('error:'))).toEqual([
        expect.stringMatching(/^error: interrupted by SIGINT .*; what the rebuild made was removed$/)
      ])
      expect(existsSync(P1) || existsSync(C1)).toBe(false)
    } finally {
      renameSync(join(away, 'svsm'), P1)
      renameSync(join(away, 'cargo'), C1)
    }
  }, 120_000)
})
