// The reader on hostile inputs stays bounded: it reads only regular files (pipes with a cap and an
// idle limit), checks the fixed header before reading more, and walks no declared size further
// than it must. Each case is a defect seen before: a hang, an uncaught error, a whole file read
// before its magic was checked, a valid file through stdin refused.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { closeSync, constants, ftruncateSync, openSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { IgvmError } from '../../src/igvm/errors.js'
import { runIgvmmeasure } from '../../src/igvm/igvmmeasure-cli.js'
import { fileInput, InputError } from '../../src/igvm/input.js'
import { inventory, renderInventoryTable } from '../../src/igvm/inventory.js'
import { MeasureError } from '../../src/igvm/measure.js'
import { parseIgvm } from '../../src/igvm/parse.js'
import { readIgvmFile } from '../../src/igvm/read-file.js'
import { tdxMrtd } from '../../src/igvm/tdx.js'
import { CLI } from '../helpers/run.js'
import { sampleFile, tdxArea } from './samples.js'
import { tempDir } from '../helpers/temp.js'

let dir: string
beforeAll(() => {
  dir = tempDir('bounded-input-')
})

/** The bundled CLI, killed after `ms` (a hang shows as a signal, not as a stuck test). */
function cli(args: string[], o: { input?: Buffer; ms?: number } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: o.input,
    encoding: 'utf8',
    timeout: o.ms ?? 30_000,
    maxBuffer: 16 << 20
  })
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr }
}

const write = (name: string, bytes: Buffer) => {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

describe('the TDX MRTD walk', () => {
  it.each([
    ['2^64-4096 bytes', (1n << 64n) - 4096n],
    ['1 TiB', 1n << 40n]
  ])('stops at once on a parameter area of %s, and inspect says why', (_, bytes) => {
    const path = write('huge-area.igvm', tdxArea(bytes, 0n))
    const r = cli(['inspect', path], { ms: 20_000 })
    expect(r.signal).toBeNull()
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/TDX MRTD: not computed: parameter area 0 inserted at 0x0 has 0x[0-9a-f]+ bytes/)
    const inv = inventory(parseIgvm(tdxArea(bytes, 0n)))
    expect(inv.digests.tdxMrtd).toBeUndefined()
    expect(inv.digests.tdxMrtdError).toMatch(/more than the 4 GiB of parameter areas svsm-build walks/)
  })

  it('reports an area that runs past the top of the address space instead of throwing a RangeError', () => {
    const file = parseIgvm(tdxArea(0x2000n, 0xfffffffffffff000n))
    expect(() => tdxMrtd(file)).toThrow(MeasureError)
    const inv = inventory(file)
    expect(inv.digests.tdxMrtdError).toBe(
      'parameter area 0 inserted at 0xfffffffffffff000 has 0x2000 bytes: it runs past the top of the 64-bit guest physical address space'
    )
    expect(renderInventoryTable(inv)).toContain(`TDX MRTD: not computed: ${inv.digests.tdxMrtdError}`)
  })

  it('still measures an area that ends exactly at the top', () => {
    expect(tdxMrtd(parseIgvm(tdxArea(0x1000n, 0xfffffffffffff000n)))).toHaveLength(48)
  })
})

describe('what the reader opens', () => {
  it('refuses /dev/zero at once, naming it, from measure and from readIgvmFile', () => {
    expect(() => fileInput('/dev/zero')).toThrow(
      new InputError('/dev/zero: a character device, not a regular file or a pipe')
    )
    expect(() => readIgvmFile('/dev/zero')).toThrow(InputError)
    expect(cli(['measure', '/dev/zero'], { ms: 20_000 })).toEqual({
      code: 1,
      signal: null,
      stdout: '',
      stderr: 'Error: /dev/zero: a character device, not a regular file or a pipe\n'
    })
  })

  it('measures a valid file given as /dev/stdin through a pipe', () => {
    const bytes = sampleFile()
    const byPath = cli(['measure', write('stdin.igvm', bytes), '-b'])
    expect(byPath.code).toBe(0)
    expect(cli(['measure', '/dev/stdin', '-b'], { input: bytes })).toEqual({ ...byPath, signal: null })
  })

  it('stops reading a pipe at the size its fixed header declares', () => {
    const bytes = Buffer.concat([sampleFile(), Buffer.alloc(4 << 20, 0x41)])
    expect(cli(['measure', '/dev/stdin', '-b'], { input: bytes })).toEqual({
      code: 1,
      signal: null,
      stdout: '',
      stderr: 'Error: InvalidFixedHeader\n'
    })
    const junk = Buffer.alloc(8 << 20, 0x79) // `yes`: no magic, refused after the fixed header
    expect(cli(['measure', '/dev/stdin'], { input: junk }).stderr).toBe('Error: InvalidFixedHeader\n')
  })

  it('does not wait forever on a FIFO that nothing writes to', () => {
    const fifo = join(dir, 'fifo')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const r = cli(['measure', fifo], { ms: 20_000 })
    expect(r.signal).toBeNull()
    expect(r.stderr).toBe(`Error: ${fifo}: the pipe ended before anything was written to it\n`)
    // A writer that never writes: refused after the idle limit, not waited on forever.
    const writer = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK)
    let writing = true
    try {
      expect(() => fileInput(fifo, { idleMs: 300 })).toThrow(
        new InputError(`${fifo}: nothing came through the pipe for 0.3 s`)
      )
      // ... and one that writes a valid file, then closes, is read like a file (a second reader
      // keeps what was written in the FIFO once its writer is gone).
      const bytes = sampleFile()
      writeSync(writer, bytes)
      const keep = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK)
      closeSync(writer)
      writing = false
      try {
        expect(Buffer.from(fileInput(fifo, { idleMs: 300 }).head)).toEqual(bytes)
      } finally {
        closeSync(keep)
      }
    } finally {
      if (writing) closeSync(writer)
    }
  })

  it('reads no more than the fixed header of a large file whose fixed header is wrong', () => {
    // 256 MiB, sparse: the variable headers are said to fill it, the magic is wrong.
    const path = join(dir, 'big-bad-magic.igvm')
    const fd = openSync(path, 'w')
    const fixed = Buffer.alloc(0x18)
    fixed.write('XGVM', 0)
    fixed.writeUInt32LE(1, 4)
    fixed.writeUInt32LE(0x18, 8)
    fixed.writeUInt32LE((256 << 20) - 0x1000, 0xc)
    fixed.writeUInt32LE(256 << 20, 0x10)
    writeSync(fd, fixed)
    ftruncateSync(fd, 256 << 20)
    closeSync(fd)
    const input = fileInput(path)
    try {
      expect(input.head.length).toBeLessThanOrEqual(0x20)
    } finally {
      input.close()
    }
    expect(() => readIgvmFile(path)).toThrow(
      new IgvmError(0, 'magic is 0x4d564758, expected 0x4d564749 ("IGVM")', 'InvalidFixedHeader', path)
    )
    expect(runIgvmmeasure([path, 'measure'], { open: fileInput }).stderr).toBe('Error: InvalidFixedHeader\n')
  })
})
