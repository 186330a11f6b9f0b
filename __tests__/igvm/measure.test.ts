// The digest's semantics, one quirk at a time, on synthetic files; check-kvm; the CLI emulation.
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { IgvmError } from '../../src/igvm/errors.js'
import { inventory } from '../../src/igvm/inventory.js'
import { runIgvmmeasure } from '../../src/igvm/igvmmeasure-cli.js'
import { KVM_MESSAGES, measure, MeasureError, toHex } from '../../src/igvm/measure.js'
import { parseIgvm } from '../../src/igvm/parse.js'
import { tdxMrtd } from '../../src/igvm/tdx.js'
import { fixture } from '../helpers/paths.js'
import {
  buildIgvm,
  dataOffsets,
  page,
  pageData,
  parameterArea,
  parameterInsert,
  platform,
  vmsa,
  vpContext,
  type RawHeader
} from './builder.js'
import { sampleFile, SNP, TDX } from './samples.js'

const digest = (f: Buffer, o: Parameters<typeof measure>[1] = {}) => toHex(measure(parseIgvm(f), o).digest)

/** A file of SNP pages described as [gpa, flags, dataType, data?] plus an optional VMSA. */
function pages(list: [bigint, number, number, Buffer | null][], extra: RawHeader[] = []): Buffer {
  const blobs = list.filter(p => p[3]).map(p => p[3]!)
  const draft = (offs: number[]) => {
    let i = 0
    return [
      platform(SNP, 2),
      platform(TDX, 3),
      ...extra,
      ...list.map(([gpa, flags, dataType, d]) => pageData(gpa, SNP, d ? offs[i++]! : 0, { flags, dataType }))
    ]
  }
  const offs = dataOffsets({ headers: draft(blobs.map(() => 0)), data: blobs })
  return buildIgvm({ headers: draft(offs), data: blobs })
}

describe('SEV-SNP launch digest', () => {
  it('chains SHA-384 over 0x70-byte PAGE_INFO records from 48 zero bytes', () => {
    // One normal page, computed by hand from the AMD ABI layout.
    const data = page(0xab)
    const info = Buffer.alloc(0x70)
    createHash('sha384').update(data).digest().copy(info, 0x30)
    info.writeUInt16LE(0x70, 0x60)
    info[0x62] = 1
    info.writeBigUInt64LE(0x5000n, 0x68)
    const expected = createHash('sha384').update(info).digest('hex').toUpperCase()
    expect(digest(pages([[0x5000n, 0, 0, data]]))).toBe(expected)
  })

  it('ignores the shared flag', () => {
    expect(digest(pages([[0x5000n, 4, 0, page(1)]]))).toBe(digest(pages([[0x5000n, 0, 0, page(1)]])))
  })

  it('treats a page without data as zero-filled, or as a ZERO page with --native-zero', () => {
    const noData = pages([[0x5000n, 0, 0, null]])
    const zeros = pages([[0x5000n, 0, 0, Buffer.alloc(4096)]])
    expect(digest(noData)).toBe(digest(zeros))
    expect(digest(noData, { nativeZero: true })).not.toBe(digest(zeros, { nativeZero: true }))
    expect(digest(zeros, { nativeZero: true })).toBe(digest(zeros))
  })

  it('measures CPUID_XF as CPUID, and secrets and CPUID pages without their contents', () => {
    expect(digest(pages([[0x5000n, 0, 3, page(7)]]))).toBe(digest(pages([[0x5000n, 0, 2, page(9)]])))
    expect(digest(pages([[0x5000n, 0, 1, page(7)]]))).toBe(digest(pages([[0x5000n, 0, 1, null]])))
    expect(digest(pages([[0x5000n, 0, 1, null]]))).not.toBe(digest(pages([[0x5000n, 0, 2, null]])))
  })

  it('measures a 2 MiB page without data as 512 zero pages, and refuses one with data as igvmmeasure does', () => {
    const small = Array.from(
      { length: 512 },
      (_, i) => [0x200000n + BigInt(i * 4096), 0, 0, null] as [bigint, number, number, null]
    )
    expect(digest(pages([[0x200000n, 1, 0, null]]))).toBe(digest(pages(small)))
    expect(() => digest(pages([[0x200000n, 1, 0, page(1)]]))).toThrow(MeasureError)
  })

  it('measures one unmeasured page per parameter insert, whatever the area size', () => {
    const file = (size: bigint) => {
      const hs = [
        platform(SNP, 2),
        platform(TDX, 3),
        parameterArea(size, 0),
        parameterInsert(0x9000n, SNP | TDX, 0)
      ]
      return buildIgvm({ headers: hs, data: [page(0)] })
    }
    expect(digest(file(0x1000n))).toBe(digest(file(0x4000n)))
    expect(digest(file(0x1000n))).toBe(digest(pages([[0x9000n, 2, 0, null]])))
    // The TDX MRTD adds every page of the area.
    expect(tdxMrtd(parseIgvm(file(0x1000n)))).not.toEqual(tdxMrtd(parseIgvm(file(0x4000n))))
  })

  it('leaves pages of other platforms out and measures every SNP VMSA', () => {
    const s = sampleFile()
    const f = parseIgvm(s)
    const r = measure(f)
    expect(r.vmsaCount).toBe(1)
    const noTdxPage = {
      ...f,
      directives: f.directives.filter(d => !(d.kind === 'page-data' && d.mask === TDX))
    }
    expect(toHex(measure(noTdxPage).digest)).toBe(toHex(r.digest))
  })

  it('takes the VMSA GPA from the file', () => {
    expect(digest(sampleFile())).not.toBe(digest(sampleFile({ vmsaGpa: 0x8fff000n })))
  })

  it('computes SEV and SEV-ES as one SHA-256 over the measured page data and VMSA', () => {
    const hs = (o: number[]) => [
      platform(0x8, 5),
      pageData(0x1000n, 0x8, o[0]!),
      pageData(0x2000n, 0x8, 0),
      pageData(0x3000n, 0x8, o[1]!, { flags: 2 }),
      vpContext(0xfffffffff000n, 0x8, o[2]!)
    ]
    const data = [page(5), page(6), vmsa()]
    const file = buildIgvm({ headers: hs(dataOffsets({ headers: hs([0, 0, 0]), data })), data })
    const expected = createHash('sha256')
      .update(page(5))
      .update(page(6))
      .update(vmsa())
      .digest('hex')
      .toUpperCase()
    expect(digest(file, { platform: 'sev-es' })).toBe(expected)
    expect(() => digest(file, { platform: 'sev' })).toThrow(
      '"IGVM file is not compatible with the specified platform."'
    )
  })
})

describe('--check-kvm', () => {
  const vm = (extraAfter: RawHeader[] = [], cr0 = 0x31n, gpa = 0xfffffffff000n, twice = false) => {
    const data = [vmsa(cr0), vmsa(cr0, 0x20000n)]
    const hs = (o: number[]) => [
      platform(SNP, 2),
      vpContext(gpa, SNP, o[0]!),
      ...(twice ? [vpContext(gpa, SNP, o[1]!)] : []),
      ...extraAfter
    ]
    return buildIgvm({ headers: hs(dataOffsets({ headers: hs([0, 0]), data })), data })
  }
  const kvm = (f: Buffer) => () => measure(parseIgvm(f), { checkKvm: true })

  it('passes a single VMSA at 0xFFFFFFFFF000 with CR0 0x31 or 0x30, last', () => {
    expect(kvm(vm())).not.toThrow()
    expect(kvm(vm([], 0x30n))).not.toThrow()
  })
  it('refuses a second VMSA', () =>
    expect(kvm(vm([], 0x31n, 0xfffffffff000n, true))).toThrow(KVM_MESSAGES.count))
  it('refuses another VMSA GPA, with the GPA in 16 hex digits', () =>
    expect(kvm(vm([], 0x31n, 0x8fff000n))).toThrow(
      'The GPA for the VMSA (0x0000000008FFF000) does not match'
    ))
  it('refuses another CR0', () =>
    expect(kvm(vm([], 0x33n))).toThrow('CR0 in the VMSA in the IGVM file is set to 0x33 instead of 0x31'))
  it('refuses a parameter insert after the VMSA, but not page data', () => {
    expect(kvm(vm([parameterArea(0x1000n, 0), parameterInsert(0x1000n, SNP, 0)]))).toThrow(KVM_MESSAGES.order)
    expect(kvm(vm([pageData(0x1000n, SNP, 0)]))).not.toThrow()
    expect(() =>
      measure(parseIgvm(vm([parameterArea(0x1000n, 0), parameterInsert(0x1000n, SNP, 0)])))
    ).not.toThrow()
  })
  it('fails before printing anything', () => {
    const r = runIgvmmeasure(['-c', 'x.igvm', 'measure'], { readFile: () => vm([], 0x33n) })
    expect(r).toEqual({ stdout: '', stderr: expect.stringMatching(/^Error: CR0 in the VMSA .*\n$/), code: 1 })
  })
})

describe('ID block and the igvmmeasure command line', () => {
  const good = sampleFile({ ld: Buffer.alloc(48) })
  const ld = measure(parseIgvm(good)).digest

  it('accepts a matching ID block and prints the digest, then fails on a mismatch after printing it', () => {
    const matching = sampleFile({ ld })
    expect(runIgvmmeasure(['f', 'measure', '-b'], { readFile: () => matching })).toEqual({
      stdout: `${toHex(ld)}\n`,
      stderr: '',
      code: 0
    })
    const wrong = runIgvmmeasure(['f', 'measure', '-b'], { readFile: () => good })
    expect(wrong.stdout).toBe(`${toHex(ld)}\n`)
    expect(wrong.stderr).toBe(
      `Error: An ID block has been provided in the IGVM file but the calculated measurement does not match the expected measurement in the ID block. \nExpected: ${'00'.repeat(48)}\n`
    )
    expect(wrong.code).toBe(1)
    expect(runIgvmmeasure(['f', 'measure', '-b', '-i'], { readFile: () => good }).code).toBe(0)
  })

  it('the inventory says whether the ID block asserts the digest of either zero-page mode', () => {
    const nativeZero = measure(parseIgvm(good), { nativeZero: true }).digest
    expect(toHex(nativeZero)).not.toBe(toHex(ld))
    expect(inventory(parseIgvm(sampleFile({ ld }))).idBlock).toEqual({ present: true, matches: true })
    expect(inventory(parseIgvm(sampleFile({ ld: nativeZero }))).idBlock).toEqual({
      present: true,
      matches: true
    })
    expect(inventory(parseIgvm(good)).idBlock).toEqual({ present: true, matches: false })
  })

  it('does not measure the ID block itself', () => {
    expect(digest(sampleFile({ ld }))).toBe(digest(sampleFile()))
  })

  it('prints the run-length page log with -v', () => {
    const r = runIgvmmeasure(['-v', 'f', 'measure', '-b'], { readFile: () => sampleFile() })
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      'gpa 0x7000 len 0x2000 (Unmeasured page)',
      'gpa 0x10000 len 0x4000 (Normal page)',
      'gpa 0x14000 len 0x1000 (Unmeasured page)',
      'gpa 0x15000 len 0x1000 (Secrets page)'
    ])
    expect(r.stdout).toContain(
      'gpa 0x200000 len 0x200000 (Normal page)\ngpa 0xfffffffff000 len 0x1000 (VMSA page)\n'
    )
  })

  it.each([
    [['f', 'measure', '--check-kvm'], "error: unexpected argument '--check-kvm' found"],
    [['-p', 'tdx', 'f', 'measure'], "error: invalid value 'tdx' for '--platform <PLATFORM>'"],
    [['f'], 'error: the following required arguments were not provided:\n  <COMMAND>'],
    [['--frob', 'f', 'measure'], "error: unexpected argument '--frob' found"]
  ])('refuses %j as clap does (exit 2)', (argv, message) => {
    const r = runIgvmmeasure(argv, { readFile: () => sampleFile() })
    expect(r.code).toBe(2)
    expect(r.stderr.startsWith(message)).toBe(true)
  })

  it('accepts INPUT after the options and before them', () => {
    const a = runIgvmmeasure(['f', '-c', '-n', 'measure'], { readFile: () => sampleFile() })
    const b = runIgvmmeasure(['-c', '-n', 'f', 'measure'], { readFile: () => sampleFile() })
    expect(a).toEqual(b)
    expect(a.code).toBe(0)
  })

  it('reports an unreadable file as igvmmeasure does', () => {
    const r = runIgvmmeasure(['/nope.igvm', 'measure'], { readFile: p => readFileSync(p) })
    expect(r).toEqual({
      stdout: '',
      stderr:
        'Failed to open firmware file /nope.igvm\nError: Os { code: 2, kind: NotFound, message: "No such file or directory" }\n',
      code: 1
    })
  })
})

describe('damaged files fail cleanly', () => {
  const real = readFileSync(fixture('igvm', 'dummy-hyperv.igvm'))
  const outcome = (b: Buffer) => {
    try {
      measure(parseIgvm(b))
      return 'ok'
    } catch (e) {
      if (e instanceof IgvmError || e instanceof MeasureError) return 'refused'
      throw e
    }
  }

  it('refuses every truncation', () => {
    for (let len = 0; len < real.length; len += 97) expect(outcome(real.subarray(0, len))).toBe('refused')
  })

  it('never throws anything but its own errors on bit flips, in the headers and the data', () => {
    const started = Date.now()
    let refused = 0
    for (let i = 0; i < real.length; i += i < 0x1000 ? 3 : 211) {
      for (const bit of [0, 7]) {
        const b = Buffer.from(real)
        b[i]! ^= 1 << bit
        if (outcome(b) === 'refused') refused++
      }
    }
    expect(refused).toBeGreaterThan(100)
    expect(Date.now() - started).toBeLessThan(60_000)
  })

  it('survives absurd lengths and offsets with fixed-up checksums', () => {
    const b = Buffer.from(real)
    b.writeUInt32LE(0xffffffff, 0x18 + 4) // first header's length
    expect(outcome(b)).toBe('refused')
    const c = Buffer.from(real)
    c.writeUInt32LE(0xfffffff0, 0xc)
    expect(outcome(c)).toBe('refused')
  })
})
