// The firmware build deletes nothing it did not write: the build directory is emptied only when
// svsm-build made it (marked), and the output folder is written into, refused when it holds a
// stranger's file. Real builds of a stand-in edk2 (make and a `build` script).
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { buildEdk2, collectFirmware } from '../../src/firmware/build.js'
import { readFirmwareInputs } from '../../src/firmware/inputs.js'
import { checkFirmwareOut } from '../../src/firmware/out-dir.js'
import { OWNED_MARKER } from '../../src/run/owned-dir.js'
import { StepFailure } from '../../src/run/step-failure.js'
import { findOnPath } from '../../src/run/tools.js'
import { BadInput } from '../../src/util/errors.js'
import { streamLogger } from '../../src/util/log.js'
import { fakeEdk2 } from '../helpers/edk2.js'
import { tempDir } from '../helpers/temp.js'

const top = tempDir('fw-folders-')
const sink = new PassThrough().resume()
const io = { log: streamLogger(sink, sink), out: sink, err: sink }
const edk2 = fakeEdk2(join(top, 'edk2'))
const options = (buildDir: string, source = edk2) =>
  readFirmwareInputs({
    source,
    buildDir,
    platform: 'OvmfPkg/OvmfPkgX64.dsc',
    arch: 'X64',
    target: 'DEBUG',
    toolchainTag: 'GCC5',
    defines: [],
    jobs: 1,
    repository: 'https://github.com/tianocore/edk2',
    ref: 'stand-in',
    epoch: null
  })
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e
  )
/** A folder holding one file of the user's. */
function usersFolder(name: string): string {
  const dir = join(top, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'notes.txt'), 'mine')
  return dir
}

const make = findOnPath('make')
;(make ? describe : describe.skip)(`the build directory${make ? '' : ' (skipped: no make)'}`, () => {
  it("is refused when it holds a user's files, which stay", async () => {
    const dir = usersFolder('users-build-dir')
    const e = await failure(buildEdk2(options(dir).options, io))
    expect(e).toBeInstanceOf(BadInput)
    expect((e as Error).message).toMatch(
      new RegExp(`^${dir}: holds notes\\.txt, which svsm-build did not put there`)
    )
    expect(readdirSync(dir)).toEqual(['notes.txt'])
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine')
  })

  it('is made and marked by the first build, and emptied before the next', async () => {
    const dir = join(top, 'fresh', 'build')
    const fv = await buildEdk2(options(dir).options, io)
    expect(readdirSync(fv).sort()).toEqual(['OVMF.fd', 'OVMF_VARS.fd'])
    expect(existsSync(join(dir, OWNED_MARKER))).toBe(true)
    writeFileSync(join(dir, 'left-from-last-time'), 'stale')
    await buildEdk2(options(dir).options, io)
    expect(existsSync(join(dir, 'left-from-last-time'))).toBe(false)
    expect(existsSync(join(dir, 'OvmfPkg', 'OvmfPkgX64.dsc'))).toBe(true)
  })

  it('is not emptied when it holds the edk2 tree', async () => {
    const e = await failure(buildEdk2(options(top).options, io))
    expect(e).toBeInstanceOf(BadInput)
    expect((e as Error).message).toBe(`${top}: cannot hold a copy of ${edk2}, one lies inside the other`)
    expect(existsSync(join(edk2, 'OvmfPkg', 'OvmfPkgX64.dsc'))).toBe(true)
  })

  it('names the platform build when it leaves no image', async () => {
    const bare = fakeEdk2(join(top, 'edk2-no-image'))
    writeFileSync(join(bare, 'BaseTools', 'BinWrappers', 'PosixLike', 'build'), '#!/bin/sh\nexit 0\n')
    const e = await failure(buildEdk2(options(join(top, 'no-image-build'), bare).options, io))
    expect(e).toBeInstanceOf(StepFailure)
    expect((e as Error).message).toMatch(
      /^step edk2\/build \(Building OvmfPkg\/OvmfPkgX64\.dsc \(DEBUG_GCC5\)\) failed: it left no firmware image in .*\/FV \(found no \.fd files\)$/
    )
  })
})

describe('the output folder', () => {
  const fv = join(top, 'FV')
  mkdirSync(fv)
  writeFileSync(join(fv, 'OVMF.fd'), 'ovmf')
  writeFileSync(join(fv, 'OVMF_VARS.fd'), 'vars')
  const base = () => ({ ...options('/tmp/svsm-build/edk2').inputs, key: 'k' })

  it("is refused when it holds a user's file, which stays, and nothing is written", () => {
    const out = usersFolder('users-out')
    expect(() => checkFirmwareOut(out)).toThrow(BadInput)
    expect(() => collectFirmware(fv, out, base())).toThrow(
      `${out}: holds notes.txt, which no firmware build of svsm-build wrote; it writes only into a new, empty or earlier firmware output folder (choose another, or move that file away)`
    )
    expect(readdirSync(out)).toEqual(['notes.txt'])
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine')
  })

  it('is made when missing, and an earlier output in it is replaced', () => {
    const out = join(top, 'out', 'firmware')
    collectFirmware(fv, out, base())
    expect(readdirSync(out).sort()).toEqual(['OVMF.fd', 'OVMF_VARS.fd', 'manifest.json'])
    // An earlier build of another platform: its images go, this build's come.
    const other = join(top, 'FV-other')
    mkdirSync(other)
    writeFileSync(join(other, 'OVMF.fd'), 'other ovmf')
    const m = collectFirmware(other, out, base())
    expect(m.files.map(f => f.name)).toEqual(['OVMF.fd'])
    expect(readdirSync(out).sort()).toEqual(['OVMF.fd', 'manifest.json'])
    expect(readFileSync(join(out, 'OVMF.fd'), 'utf8')).toBe('other ovmf')
  })

  it("keeps a user's files that a manifest.json lists: only files with the listed bytes are an earlier build's", () => {
    const out = join(top, 'site')
    mkdirSync(out)
    writeFileSync(join(out, 'index.html'), '<p>mine</p>')
    writeFileSync(
      join(out, 'manifest.json'),
      JSON.stringify({
        key: 'k',
        primary: 'index.html',
        files: [{ name: 'index.html', sha256: 'a'.repeat(64) }]
      })
    )
    expect(() => collectFirmware(fv, out, base())).toThrow(
      `${out}: holds index.html, which no firmware build`
    )
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>mine</p>')
    // A manifest of any JSON with a files list is not one of ours either.
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ files: [{ name: 'index.html' }] }))
    expect(() => checkFirmwareOut(out)).toThrow(`${out}: holds index.html, which no firmware build`)
    expect(readdirSync(out).sort()).toEqual(['index.html', 'manifest.json'])
  })

  it('takes a manifest it cannot read for a stranger', () => {
    const out = join(top, 'bad-manifest')
    mkdirSync(out)
    writeFileSync(join(out, 'manifest.json'), 'not json')
    expect(() => checkFirmwareOut(out)).toThrow(`${out}: holds manifest.json, which no firmware build`)
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('not json')
  })
})
