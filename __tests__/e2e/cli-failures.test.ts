// What a failing build leaves behind: one clear message, the right exit code, nothing claimed.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readdirSync, writeFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../helpers/run.js'
import { makeTree } from '../helpers/tree.js'
import { findOnPath } from '../../src/run/tools.js'

let root: string
beforeAll(() => {
  root = makeTree()
})

describe('svsm-build failures', () => {
  it('exits 2 with the usage on a bad flag or no recipe', () => {
    const r = runCli(['build', '--svsm', root, '--frobnicate', 'configs/qemu-target.json'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^error: --frobnicate: unknown option; expected one of --release --all-features/)
    expect(r.stderr).toContain('Usage: svsm-build')
    expect(runCli(['build', '--svsm', root]).code).toBe(2)
    expect(runCli(['--svsm', root, '--targets', 'azure', 'qemu']).stderr).toContain(
      '--targets: "azure" is not an IGVM target'
    )
  })

  it('rejects a bad recipe before running anything', () => {
    writeFileSync(
      join(root, 'configs', 'bad.json'),
      JSON.stringify({ kernel: { svsm: {} }, fs: { modules: {} }, igvm: { qemu: { comport: 3 } } })
    )
    const r = runCli(['build', '--svsm', root, 'configs/bad.json'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      'error: configs/bad.json: igvm.qemu.comport: expected a string like "3", got number 3'
    )
    expect(existsSync(join(root, 'target'))).toBe(false)
    expect(existsSync(join(root, 'bin'))).toBe(false)
  })

  it('names a missing tool before running anything', () => {
    // A PATH with everything but objcopy.
    const bin = join(root, '..', 'path-without-objcopy')
    mkdirSync(bin, { recursive: true })
    for (const tool of ['cargo', 'rustc', 'rustup', 'git', 'make', 'cc']) {
      const p = findOnPath(tool)
      if (p && !existsSync(join(bin, tool))) symlinkSync(p, join(bin, tool))
    }
    const r = runCli(['build', '--svsm', root, 'configs/qemu-target.json'], {
      env: { ...process.env, PATH: bin }
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      'error: objcopy: not found on PATH (needed by step qemu-target:kernel/svsm/objcopy); install GNU binutils'
    )
    expect(existsSync(join(root, 'target'))).toBe(false)
  })

  it('stops at a kernel that does not compile, names the step, and claims nothing', () => {
    const ok = runCli(['build', '--svsm', root, '--targets', 'qemu', 'configs/qemu-target.json'])
    expect(ok.code).toBe(0)
    expect(existsSync(join(root, 'bin', 'coconut-qemu.igvm'))).toBe(true)
    const main = join(root, 'kernel', 'src', 'main.rs')
    writeFileSync(main, 'this is not rust\n')
    const r = runCli(['build', '--svsm', root, 'configs/qemu-target.json'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /error: step qemu-target:kernel\/svsm\/cargo \(Building svsm\.\.\.\) failed: `cargo build --package svsm --target x86_64-unknown-none --features [^`]+` exited with code 101/
    )
    expect(r.stderr).toContain('--- last lines of its stderr ---')
    // The IGVM file of the earlier build and its measurements are gone: nothing claims to be built.
    expect(existsSync(join(root, 'bin', 'coconut-qemu.igvm'))).toBe(false)
    expect(existsSync(join(root, 'bin', 'measurements.json'))).toBe(false)
    expect(readdirSync(join(root, 'bin')).some(f => f.endsWith('.igvm'))).toBe(false)
  })
})
