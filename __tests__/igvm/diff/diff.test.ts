// `diff` on files built here from known inputs (an ELF kernel, a flat firmware): each kind of
// change is found, grouped, attributed to the input it came from, and summarised; then the
// command's exit codes and JSON, and a file really signed by upstream's igvmmeasure.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { diffCommand } from '../../../src/cli/commands/diff.js'
import { diffIgvm, elfSegments, type InputFile } from '../../../src/igvm/diff/diff.js'
import { parseIgvmWithBytes } from '../../../src/igvm/id-block.js'
import { describeWith, refTool } from '../../helpers/shared.js'
import { measurement } from '../../helpers/measurement.js'
import {
  buildIgvm,
  dataOffsets,
  pageData,
  parameterArea,
  parameterInsert,
  parameterUsage,
  platform,
  policy,
  vmsa,
  vpContext,
  type RawHeader
} from '../builder.js'
import { SNP, TDX } from '../samples.js'
import { tempDir } from '../../helpers/temp.js'

const KERNEL_AT = 0x200000n
const FIRMWARE_AT = 0xffe00000n

/** A 64-bit ELF with one PT_LOAD segment of `code` at `vaddr` (the file offset is not page aligned). */
function elf(code: Buffer, vaddr: bigint): Buffer {
  const h = Buffer.alloc(64 + 56)
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]).copy(h)
  h.writeUInt16LE(2, 0x10)
  h.writeUInt16LE(0x3e, 0x12)
  h.writeBigUInt64LE(64n, 0x20) // e_phoff
  h.writeUInt16LE(56, 0x36)
  h.writeUInt16LE(1, 0x38)
  const ph = 64
  h.writeUInt32LE(1, ph) // PT_LOAD
  h.writeBigUInt64LE(BigInt(h.length), ph + 8)
  h.writeBigUInt64LE(vaddr, ph + 0x10)
  h.writeBigUInt64LE(vaddr, ph + 0x18)
  h.writeBigUInt64LE(BigInt(code.length), ph + 0x20)
  h.writeBigUInt64LE(BigInt(code.length + 4096), ph + 0x28) // one page of .bss
  return Buffer.concat([h, code])
}

const fill = (pages: number, seed: number) => {
  const b = Buffer.alloc(pages * 4096)
  for (let i = 0; i < b.length; i++) b[i] = (i * 7 + seed + (i >> 12) * 13) & 0xff
  return b
}

interface Build {
  kernelCode: Buffer
  firmware: Buffer
  sevFeatures?: bigint
  policy?: bigint
  extra?: Buffer
  kernelAt?: bigint
}

/** An IGVM file laid out as a loader would: kernel segments, firmware, a parameter page, the VMSA. */
function image(b: Build): { igvm: Buffer; inputs: InputFile[] } {
  const kernel = elf(b.kernelCode, b.kernelAt ?? KERNEL_AT)
  const seg = elfSegments(kernel)[0]!
  const pagesOf = (buf: Uint8Array) =>
    Array.from({ length: Math.ceil(buf.length / 4096) }, (_, i) => {
      const p = Buffer.alloc(4096)
      Buffer.from(buf.subarray(i * 4096, (i + 1) * 4096)).copy(p)
      return p
    })
  const kpages = pagesOf(seg.data)
  const fpages = pagesOf(b.firmware)
  const v = vmsa()
  v.writeBigUInt64LE(b.sevFeatures ?? 0x1n, 0x3b0)
  const blobs = [...kpages, ...fpages, ...(b.extra ? [b.extra] : []), v]
  const headers = (off: number[]): RawHeader[] => {
    let i = 0
    const at = b.kernelAt ?? KERNEL_AT
    return [
      platform(SNP, 2),
      platform(TDX, 3),
      policy(b.policy ?? 0x30000n, SNP),
      parameterArea(4096n, 0),
      parameterUsage(0x307, 0),
      ...kpages.map((_, k) => pageData(at + BigInt(k * 4096), SNP | TDX, off[i++]!)),
      pageData(at + BigInt(kpages.length * 4096), SNP | TDX, 0), // the .bss page: zero
      ...fpages.map((_, k) => pageData(FIRMWARE_AT + BigInt(k * 4096), SNP | TDX, off[i++]!)),
      ...(b.extra ? [pageData(0x9000n, SNP, off[i++]!)] : []),
      pageData(0xa000n, SNP, 0, { dataType: 2 }), // CPUID page
      parameterInsert(0xb000n, SNP | TDX, 0),
      vpContext(0xfffffffff000n, SNP, off[i++]!)
    ]
  }
  const off = dataOffsets({ headers: headers(blobs.map(() => 0)), data: blobs })
  return {
    igvm: buildIgvm({ headers: headers(off), data: blobs }),
    inputs: [
      { role: 'kernel', path: 'bin/svsm', bytes: kernel },
      { role: 'firmware', path: 'fw.fd', bytes: b.firmware }
    ]
  }
}

const BASE: Build = { kernelCode: fill(3, 1), firmware: fill(4, 2) }
const diff = (a: Build, b: Build, withInputs = true) => {
  const [x, y] = [image(a), image(b)]
  return diffIgvm(
    parseIgvmWithBytes(x.igvm, 'a.igvm'),
    parseIgvmWithBytes(y.igvm, 'b.igvm'),
    withInputs ? { a: x.inputs, b: y.inputs } : undefined
  )
}

describe('diffIgvm', () => {
  it('finds nothing between two builds of the same inputs', () => {
    const d = diff(BASE, BASE)
    expect(d.identical).toBe(true)
    expect(d.summary).toEqual(['identical: same headers, pages and VP contexts'])
  })

  it('attributes a changed kernel page and names the VMSA field that changed', () => {
    const code = Buffer.from(BASE.kernelCode)
    code.writeUInt8(code.readUInt8(4096 + 10) ^ 0xff, 4096 + 10) // second page of the segment
    const d = diff(BASE, { ...BASE, kernelCode: code, sevFeatures: 0x5n })
    expect(d.identical).toBe(false)
    expect(d.summary).toContain('kernel: 1 of 3 pages differ (1 changed)')
    expect(d.summary).toContain('firmware: identical (4 pages)')
    expect(d.summary).toContain('VMSA (sev-snp, vp 0): sev_features 0x1 -> 0x5 (+ReflectVC)')
    expect(d.regions).toEqual([
      {
        platforms: ['sev-snp', 'tdx'],
        start: '0x201000',
        end: '0x202000',
        pages: 1,
        change: 'changed',
        typeA: 'data',
        typeB: 'data',
        fromA: 'kernel',
        fromB: 'kernel',
        moved: false
      }
    ])
    expect(d.launchDigest.a).not.toBe(d.launchDigest.b)
  })

  it('groups contiguous firmware pages into one region, the kernel untouched', () => {
    const fw = Buffer.from(BASE.firmware)
    for (const p of [1, 2]) fw.writeUInt8(fw.readUInt8(p * 4096) ^ 1, p * 4096)
    const d = diff(BASE, { ...BASE, firmware: fw })
    expect(d.summary).toContain('kernel: identical (3 pages)')
    expect(d.summary).toContain('firmware: 2 of 4 pages differ (2 changed)')
    expect(d.regions.map(r => [r.start, r.end, r.pages, r.fromB])).toEqual([
      ['0xffe01000', '0xffe03000', 2, 'firmware']
    ])
  })

  it('says when a page that differs comes from no input', () => {
    const d = diff({ ...BASE, extra: fill(1, 9) }, { ...BASE, extra: fill(1, 10) })
    expect(d.summary).toContain('1 data page(s) differ that cannot be attributed to any input: 0x9000-0xa000')
    expect(d.regions[0]).toMatchObject({ start: '0x9000', platforms: ['sev-snp'], fromA: null, fromB: null })
    // Without inputs nothing can be attributed, and the summary says how to fix that.
    const bare = diff({ ...BASE, extra: fill(1, 9) }, { ...BASE, extra: fill(1, 10) }, false)
    expect(bare.summary).toContain(
      '1 data page(s) differ that cannot be attributed (pass --inputs A_BIN_DIR B_BIN_DIR to attribute them): 0x9000-0xa000'
    )
  })

  it('names the policy bits that changed', () => {
    const d = diff(BASE, { ...BASE, policy: 0xb0000n })
    expect(d.summary).toContain('policy (sev-snp): 0x30000 -> 0xb0000 (debug 0 -> 1)')
    expect(d.regions).toEqual([])
  })

  it('sees a kernel placed elsewhere as pages moved', () => {
    const d = diff(BASE, { ...BASE, kernelAt: 0x400000n })
    // The ELF's load address changed, so it is another file; its pages moved (plus the .bss page).
    expect(d.summary).toContain('kernel: 6 of 6 pages differ (6 moved)')
    expect(d.summary).toContain('2 other page(s) differ (zero)')
    expect(d.regions.filter(r => r.moved).map(r => [r.start, r.change])).toEqual([
      ['0x200000', 'removed'],
      ['0x400000', 'added']
    ])
  })
})

describe('svsm-build diff', () => {
  let dir: string
  let out = ''
  let err = ''
  beforeAll(() => {
    dir = tempDir('igvm-diff-')
    const fw = Buffer.from(BASE.firmware)
    fw.writeUInt8(fw.readUInt8(3 * 4096) ^ 1, 3 * 4096)
    for (const [name, build] of [
      ['a', BASE],
      ['b', { ...BASE, firmware: fw }]
    ] as const) {
      const { igvm, inputs } = image(build)
      mkdirSync(join(dir, name, 'bin'), { recursive: true })
      writeFileSync(join(dir, name, `${name}.igvm`), igvm)
      writeFileSync(join(dir, name, 'bin', 'svsm'), inputs[0]!.bytes)
      writeFileSync(join(dir, name, 'fw.fd'), inputs[1]!.bytes)
      writeFileSync(
        join(dir, name, 'bin', 'measurements.json'),
        JSON.stringify([measurement('qemu', 'A'.repeat(96), { firmware: { path: 'fw.fd', sha256: 'x' } })])
      )
    }
    jest.spyOn(process.stdout, 'write').mockImplementation(s => ((out += String(s)), true))
    jest.spyOn(process.stderr, 'write').mockImplementation(s => ((err += String(s)), true))
  })
  afterAll(() => {
    jest.restoreAllMocks()
  })
  const run = (...args: string[]) => {
    out = ''
    err = ''
    return diffCommand(args)
  }
  const a = () => join(dir, 'a', 'a.igvm')
  const b = () => join(dir, 'b', 'b.igvm')

  it('exits 0 for the same file and 1 for files that differ, finding the firmware via measurements.json', async () => {
    expect(await run(a(), a())).toBe(0)
    expect(out).toBe('identical: same headers, pages and VP contexts\n')
    expect(await run(a(), b(), '--inputs', join(dir, 'a', 'bin'), join(dir, 'b', 'bin'))).toBe(1)
    expect(out).toContain('\nkernel: identical (3 pages)\nfirmware: 1 of 4 pages differ (1 changed)\n')
    expect(out).toMatch(/0xffe03000-0xffe04000 +1 page\(s\) sev-snp,tdx: changed, data from firmware/)
  })

  it('prints JSON with --json', async () => {
    expect(await run(a(), b(), '--json')).toBe(1)
    const j = JSON.parse(out) as { identical: boolean; regions: unknown[]; a: string }
    expect(j.identical).toBe(false)
    expect(j.regions).toHaveLength(1)
    expect(j.a).toBe(a())
  })

  it('exits 2 on a file that is not IGVM, or an inputs directory that is not there', async () => {
    writeFileSync(join(dir, 'junk.igvm'), 'not igvm at all, but long enough')
    expect(await run(a(), join(dir, 'junk.igvm'))).toBe(2)
    expect(err).toMatch(/^error: .*junk\.igvm: offset 0x0: magic is 0x20746f6e, expected 0x4d564749/)
    expect(await run(a(), b(), '--inputs', join(dir, 'nope'), join(dir, 'b', 'bin'))).toBe(2)
    expect(err).toMatch(/--inputs .*nope: no such directory/)
    await expect(run(a())).rejects.toThrow('expected two IGVM files, got 1')
  })
})

describeWith([refTool('igvmmeasure')], 'diff of a file and its igvmmeasure-signed copy', () => {
  it('finds only the ID block, with the key digests', () => {
    const dir = tempDir('igvm-diff-sign-')
    const { igvm } = image(BASE)
    writeFileSync(join(dir, 'in.igvm'), igvm)
    const key = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey
    writeFileSync(join(dir, 'id.pem'), key.export({ format: 'pem', type: 'sec1' }), { mode: 0o600 })
    execFileSync(refTool('igvmmeasure'), [
      join(dir, 'in.igvm'),
      'sign',
      '--output',
      join(dir, 'out.igvm'),
      '--id-key',
      join(dir, 'id.pem')
    ])
    const d = diffIgvm(parseIgvmWithBytes(igvm), parseIgvmWithBytes(readFileSync(join(dir, 'out.igvm'))))
    expect(d.regions).toEqual([])
    expect(d.vmsas).toEqual([])
    expect(d.headers.map(h => h.what)).toEqual(['ID block'])
    expect(d.headers[0]!.a).toBe('none')
    expect(d.headers[0]!.b).toMatch(/^ld [0-9A-F]{16}\.\.\., ID key [0-9A-F]{16}\.\.\., author key none/)
    expect(d.launchDigest.a).toBe(d.launchDigest.b)
  })
})
