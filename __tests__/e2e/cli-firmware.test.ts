// `svsm-build firmware`, bundled, against a stand-in edk2: it deletes nothing it did not write, and
// every failure is one `error:` message with the documented exit code, never a stack trace.
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fakeEdk2 } from '../helpers/edk2.js'
import { runCli } from '../helpers/run.js'
import { tempDir } from '../helpers/temp.js'

const top = tempDir('cli-firmware-')
const edk2 = fakeEdk2(join(top, 'edk2'))
const firmware = (...args: string[]) => runCli(['firmware', '--edk2', edk2, ...args], { cwd: top })
/** A folder holding one file of the user's. */
function usersFolder(name: string): string {
  const dir = join(top, name)
  mkdirSync(dir)
  writeFileSync(join(dir, 'notes.txt'), 'mine')
  return dir
}
const NO_STACK = /^\s+at /m

describe('svsm-build firmware', () => {
  it("leaves a user's --build-dir alone: refused, exit 2, the file still there", () => {
    const dir = usersFolder('build-dir')
    const r = firmware('--build-dir', dir, '--out', join(top, 'out-a'))
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      `error: ${dir}: holds notes.txt, which svsm-build did not put there: it empties only a folder it made (one with a .svsm-build-owned file); pass a new or empty folder, or remove this one yourself\n`
    )
    expect(readdirSync(dir)).toEqual(['notes.txt'])
  })

  it("leaves a user's --out alone: refused before building, exit 2, the file still there", () => {
    const out = usersFolder('out')
    const r = firmware('--build-dir', join(top, 'build-b'), '--out', out)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      new RegExp(`^error: ${out}: holds notes\\.txt, which no firmware build of svsm-build wrote`)
    )
    expect(r.stdout).not.toContain('Building BaseTools')
    expect(readdirSync(out)).toEqual(['notes.txt'])
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine')
  })

  it('builds into a folder it made, and again over its own output', () => {
    const build = join(top, 'build-c')
    const out = join(top, 'out-c')
    for (let i = 0; i < 2; i++) {
      const r = firmware('--build-dir', build, '--out', out)
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(new RegExp(`\\n${out}/OVMF\\.fd  sha256 [0-9a-f]{64}  \\(\\d+ s\\)\\n$`))
    }
    expect(readdirSync(out).sort()).toEqual(['OVMF.fd', 'OVMF_VARS.fd', 'manifest.json'])
    expect(existsSync(join(build, '.svsm-build-owned'))).toBe(true)
  })

  it('ends a failed step in one error naming the step and its stderr, exit 1, no stack trace', () => {
    const failing = fakeEdk2(join(top, 'edk2-failing'), { baseToolsFail: true })
    const r = runCli([
      'firmware',
      '--edk2',
      failing,
      '--build-dir',
      join(top, 'build-d'),
      '--out',
      join(top, 'out-d')
    ])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /\nerror: step edk2\/basetools \(Building BaseTools\) failed: `make -C BaseTools -j\d+` exited with code 2.*\n--- last lines of its stderr ---\nno compiler here\n/s
    )
    expect(r.stderr).not.toMatch(NO_STACK)
    expect(existsSync(join(top, 'out-d'))).toBe(false)
  })

  it('names a platform description that is not in the tree, exit 2', () => {
    const r = firmware('--platform', 'OvmfPkg/Nope.dsc', '--dry-run')
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      `error: ${join(edk2, 'OvmfPkg/Nope.dsc')}: the platform description is not in the edk2 tree\n`
    )
  })
})

describe('svsm-build smoke with a malformed manifest', () => {
  const igvm = join(top, 'x.igvm')
  writeFileSync(igvm, 'igvm')
  it.each([
    ['run = 5', 'run: expected a table of run settings, got number 5'],
    ['[run]\ntimeout = "long"', 'run.timeout: expected seconds (a number above 0), got string "long"'],
    ['[run]\nmemroy = "2G"', 'run: unknown key memroy'],
    ['[run]\nargs = [1]', 'run.args.0: expected a QEMU argument (a string), got number 1'],
    ['target = 3', 'target: expected a table of target names, got number 3'],
    ['[target]\nqemu = 5', 'target.qemu: expected a table holding [target.qemu.run], got number 5'],
    ['[target.qemu]\nrun = 7', 'target.qemu.run: expected a table of run settings, got number 7'],
    ['[target.qemu]\nmemory = "2G"', 'target.qemu.memory: unknown key (expected run)'],
    ['scheme = [1, 2]', 'scheme: expected a table of scheme names, got an array'],
    [`['cfg(arch="x")'.run]`, `'cfg(arch="x")': expected target="..." or scheme="...", got arch="x"`],
    [
      '[runn]',
      "runn: unknown section (expected run, target.<name>.run, scheme.<name>.run or 'cfg(...)'.run)"
    ],
    ['[run', 'not valid TOML: Invalid TOML document: illegal character in key']
  ])('%j: one error line, exit 2', (toml, message) => {
    const manifest = join(top, 'smoke.toml')
    writeFileSync(manifest, `${toml}\n`)
    const r = runCli(['smoke', igvm, '--manifest', manifest, '--qemu', '/no/such/qemu'])
    expect(r.stderr).toBe(`error: ${manifest}: ${message}\n`)
    expect(r.code).toBe(2)
  })
})
