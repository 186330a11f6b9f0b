// Every rule of the igvm 0.4.0 parser that can refuse a file, each with the offset it names; and
// what igvm 0.5 added (CoRIM headers, the optional bit), read without loosening the rest.
import { describe, expect, it } from '@jest/globals'
import { IgvmError } from '../../src/igvm/errors.js'
import { bufferInput } from '../../src/igvm/input.js'
import { inventory, renderInventoryTable } from '../../src/igvm/inventory.js'
import { measure, toHex } from '../../src/igvm/measure.js'
import { parseIgvm, parseIgvmInput } from '../../src/igvm/parse.js'
import { tdxMrtd } from '../../src/igvm/tdx.js'
import {
  buildIgvm,
  corim,
  dataOffsets,
  headerSection,
  optional,
  page,
  pageData,
  parameterArea,
  parameterInsert,
  parameterUsage,
  platform,
  policy,
  requiredMemory,
  resum,
  vmsa,
  vpContext,
  type RawHeader
} from './builder.js'
import { sampleFile, SNP, TDX } from './samples.js'

function refusal(file: Buffer): IgvmError {
  try {
    parseIgvm(file, 'x.igvm')
  } catch (e) {
    expect(e).toBeInstanceOf(IgvmError)
    return e as IgvmError
  }
  throw new Error('the file was accepted')
}

const withHeaders = (hs: RawHeader[], data: Buffer[] = [page(1)], version: 1 | 2 = 1) =>
  buildIgvm({ headers: hs, data, version })
const FIRST = 0x18 // where the first variable header starts in a V1 file
const second = FIRST + 8 + 0x10 // after one platform header

describe('parser', () => {
  it('accepts the sample with every directive kind', () => {
    const f = parseIgvm(sampleFile())
    expect(f.platforms.map(p => p.platformType)).toEqual([2, 3])
    expect(f.directives.map(d => d.kind)).toContain('vp-context')
    expect(f.directives.filter(d => d.kind === 'page-data')).toHaveLength(10)
  })

  type Case = [string, () => Buffer, number, RegExp, string?]
  const cases: Case[] = [
    [
      'a file shorter than the fixed header',
      () => Buffer.alloc(10),
      0,
      /fewer than the 24-byte fixed header/,
      'InvalidFixedHeader'
    ],
    [
      'a wrong magic',
      () => {
        const f = sampleFile()
        f.write('XGVM', 0)
        return f
      },
      0,
      /magic is 0x4d564758/,
      'InvalidFixedHeader'
    ],
    [
      'format version 3',
      () => {
        const f = sampleFile()
        f.writeUInt32LE(3, 4)
        resum(f)
        return f
      },
      4,
      /format version 3 is not 1 or 2/
    ],
    [
      'a V2 page size other than 4 KiB',
      () => buildIgvm({ version: 2, headers: [platform(SNP, 2)], fix: f => f.writeUInt32LE(0x2000, 0x1c) }),
      0x1c,
      /page size 0x2000 is not 0x1000/
    ],
    [
      'a V2 architecture other than X64/AArch64',
      () => buildIgvm({ version: 2, headers: [platform(SNP, 2)], fix: f => f.writeUInt32LE(7, 0x18) }),
      0x18,
      /architecture 7/
    ],
    [
      'a total size that is not the file size',
      () => {
        const f = Buffer.concat([sampleFile(), Buffer.alloc(1)])
        return f
      },
      0x10,
      /total_file_size says \d+ bytes, the file has \d+/
    ],
    [
      'variable headers with no file data after them',
      () => buildIgvm({ headers: [platform(SNP, 2)], fix: f => f.writeUInt32LE(f.length - 0x18, 0xc) }),
      0xc,
      /leaving no file data/
    ],
    [
      'a wrong checksum',
      () => {
        const f = sampleFile()
        f.writeUInt32LE((f.readUInt32LE(0x14) ^ 1) >>> 0, 0x14)
        return f
      },
      0x14,
      /checksum 0x[0-9a-f]+ does not match the CRC32/
    ],
    [
      'an unknown header type',
      () => withHeaders([platform(SNP, 2), { type: 0x250, body: Buffer.alloc(8) }]),
      second,
      /header type 0x250 is outside/,
      'InvalidVariableHeaderType'
    ],
    [
      'a type igvm does not know, without the optional bit (CCA policy, HEAD only)',
      () => withHeaders([platform(SNP, 2), { type: 0x106, body: Buffer.alloc(0x20) }]),
      second,
      /header type 0x106 is not a type igvm knows/,
      'InvalidVariableHeaderType'
    ],
    [
      'the reserved type 0x306',
      () => withHeaders([platform(SNP, 2), { type: 0x306, body: Buffer.alloc(0x10) }]),
      second,
      /is not a type igvm knows/
    ],
    [
      'an unknown optional header that runs past the header section',
      () => withHeaders([platform(SNP, 2), { ...optional(0x1f0, Buffer.alloc(8)), length: 0x100 }]),
      second,
      /optional header type 0x800001f0 of 0x100 bytes runs past the end/,
      'InvalidVariableHeaderSize'
    ],
    [
      'an optional header of a known type, judged as that type',
      () => withHeaders([platform(SNP, 2), { ...policy(1n, SNP, 7), type: 0x80000101 }]),
      second,
      /GUEST_POLICY reserved field is not zero/
    ],
    [
      'a CoRIM header with its reserved field set',
      () => withHeaders([platform(SNP, 2), corim(0x104, SNP, 0, 0, 1)]),
      second,
      /CORIM_DOCUMENT reserved field is not zero/,
      'ReservedNotZero'
    ],
    [
      'a CoRIM header of the wrong length',
      () => withHeaders([platform(SNP, 2), { ...corim(0x105, SNP, 0, 0), body: Buffer.alloc(0x18) }]),
      second + 4,
      /CORIM_SIGNATURE has length 0x18, expected exactly 0x10/
    ],
    [
      'a CoRIM payload outside the file data',
      () => withHeaders([platform(SNP, 2), corim(0x104, SNP, 0x20, 0x1000)]),
      second,
      /file_offset 0x20 \+ 0x1000 bytes is outside the file data/,
      'InvalidDataSize'
    ],
    [
      'two CoRIM documents for one platform',
      () =>
        withHeaders([
          platform(SNP, 2),
          platform(TDX, 3),
          corim(0x104, SNP | TDX, 0, 0),
          corim(0x104, TDX, 0, 0)
        ]),
      second + 0x18 + 0x18,
      /a second CoRIM document for compatibility mask 0x4/,
      'MultipleCorimDocuments(4)'
    ],
    [
      'a CoRIM signature before its document',
      () => withHeaders([platform(SNP, 2), corim(0x105, SNP, 0, 0), corim(0x104, SNP, 0, 0)]),
      second,
      /a CoRIM signature for compatibility mask 0x1 before any CoRIM document for it/,
      'MissingCorimDocument(1)'
    ],
    [
      'two CoRIM signatures for one platform',
      () =>
        withHeaders([
          platform(SNP, 2),
          corim(0x104, SNP, 0, 0),
          corim(0x105, SNP, 0, 0),
          corim(0x105, SNP, 0, 0)
        ]),
      second + 0x30,
      /a second CoRIM signature for compatibility mask 0x1/,
      'MultipleCorimSignatures(1)'
    ],
    [
      'a CoRIM header among the directives',
      () => withHeaders([platform(SNP, 2), requiredMemory(0n, SNP, 0x1000), corim(0x104, SNP, 0, 0)]),
      second + 8 + 0x18,
      /CORIM_DOCUMENT comes after a header of a later section/,
      'InvalidVariableHeaderSection'
    ],
    [
      'a platform header after a directive',
      () => withHeaders([platform(SNP, 2), requiredMemory(0n, SNP, 0x1000), platform(TDX, 3)]),
      second + 8 + 0x18,
      /comes after a header of a later section/,
      'InvalidVariableHeaderSection'
    ],
    [
      'a length other than the struct size',
      () => withHeaders([platform(SNP, 2), { ...policy(1n, SNP), length: 0x18, body: Buffer.alloc(0x18) }]),
      second + 4,
      /GUEST_POLICY has length 0x18, expected exactly 0x10/
    ],
    ['a platform mask with two bits', () => withHeaders([platform(0x3, 2)]), FIRST, /exactly one bit set/],
    [
      'highest_vtl 1',
      () => withHeaders([platform(SNP, 2, { vtl: 1 })]),
      FIRST,
      /highest_vtl 1 is neither 0 nor 2/
    ],
    [
      'an unknown platform type (CCA is HEAD only)',
      () => withHeaders([platform(SNP, 6)]),
      FIRST,
      /platform_type 6 is not one igvm 0\.4\.0 knows/
    ],
    [
      'platform version 2',
      () => withHeaders([platform(SNP, 2, { version: 2 })]),
      FIRST,
      /platform_version 2 is not 1/
    ],
    [
      'a vTOM on the native platform',
      () => withHeaders([platform(0x2, 0, { vtom: 1n << 46n })]),
      FIRST,
      /shared_gpa_boundary must be 0 for the native platform/
    ],
    [
      'the same platform type twice',
      () => withHeaders([platform(SNP, 2), platform(0x8, 2)]),
      second,
      /platform type 2 appears twice/
    ],
    [
      'a policy reserved field',
      () => withHeaders([platform(SNP, 2), policy(1n, SNP, 5)]),
      second,
      /GUEST_POLICY reserved field is not zero/,
      'ReservedNotZero'
    ],
    [
      'an unaligned page GPA',
      () => withHeaders([platform(SNP, 2), pageData(0x1001n, SNP, 0)]),
      second,
      /gpa 0x1001 is not 4 KiB aligned/,
      'UnalignedAddress(4097)'
    ],
    [
      'a page data type above 3',
      () => withHeaders([platform(SNP, 2), pageData(0x1000n, SNP, 0, { dataType: 4 })]),
      second,
      /data_type 4 is not 0-3/,
      'InvalidPageDataType'
    ],
    [
      'a page data reserved field',
      () => withHeaders([platform(SNP, 2), pageData(0x1000n, SNP, 0, { reserved: 1 })]),
      second,
      /PAGE_DATA reserved field is not zero/
    ],
    [
      'page data beyond the end of the file',
      () => withHeaders([platform(SNP, 2), pageData(0x1000n, SNP, 0x7fff0000)]),
      second,
      /outside the file data/,
      'InvalidDataSize'
    ],
    [
      'page data pointing into the headers',
      () => withHeaders([platform(SNP, 2), pageData(0x1000n, SNP, 8)]),
      second,
      /outside the file data/
    ],
    [
      'a parameter area that is not whole pages',
      () => withHeaders([platform(SNP, 2), parameterArea(0x800n, 0)]),
      second,
      /not a multiple of 4 KiB/,
      'UnalignedSize(2048)'
    ],
    [
      'a parameter area declared twice',
      () => withHeaders([platform(SNP, 2), parameterArea(0x1000n, 0), parameterArea(0x1000n, 0)]),
      second + 0x18,
      /parameter area 0 is declared twice/
    ],
    [
      'a parameter used but never declared',
      () => withHeaders([platform(SNP, 2), parameterUsage(0x307, 3)]),
      second,
      /uses parameter area 3, which is not declared/
    ],
    [
      'a parameter used after its insert',
      () =>
        withHeaders([
          platform(SNP, 2),
          parameterArea(0x1000n, 0),
          parameterInsert(0x1000n, SNP, 0),
          parameterUsage(0x307, 0)
        ]),
      second + 0x30,
      /already inserted/
    ],
    [
      'an area inserted twice',
      () =>
        withHeaders([
          platform(SNP, 2),
          parameterArea(0x1000n, 0),
          parameterInsert(0x1000n, SNP, 0),
          parameterInsert(0x2000n, SNP, 0)
        ]),
      second + 0x30,
      /PARAMETER_INSERT of area 0, which is already inserted/
    ],
    [
      'a VP context whose mask is no one platform',
      () => withHeaders([platform(SNP, 2), platform(TDX, 3), vpContext(0n, SNP | TDX, 0)]),
      second + 0x18,
      /mask 0x5 is not exactly the mask of one platform/,
      'InvalidVpContextPlatformType'
    ],
    [
      'a VP context for TDX',
      () => withHeaders([platform(TDX, 3), vpContext(0n, TDX, 0)]),
      FIRST + 0x18,
      /no VP context/
    ],
    [
      'a VMSA with bytes after 0x670',
      () => {
        const v = vmsa()
        v[0x700] = 1
        const hs = [platform(SNP, 2), vpContext(0n, SNP, 0)]
        const [off] = dataOffsets({ headers: hs, data: [v] })
        return withHeaders([platform(SNP, 2), vpContext(0n, SNP, off!)], [v])
      },
      -1,
      /VMSA bytes 0x670\.\.0x1000 must be zero/,
      'InvalidVmsa'
    ],
    [
      'a native context with bytes after 0xe8',
      () => {
        const v = Buffer.alloc(4096)
        v[0x100] = 1
        const hs = [platform(0x2, 0), vpContext(0n, 0x2, 0)]
        const [off] = dataOffsets({ headers: hs, data: [v] })
        return withHeaders([platform(0x2, 0), vpContext(0n, 0x2, off!)], [v])
      },
      -1,
      /native VP context bytes after 0xe8 must be zero/,
      'InvalidContext'
    ],
    [
      'a VBS context without registers',
      () => {
        const v = Buffer.alloc(8)
        const hs = [platform(0x10, 1), vpContext(0n, 0x10, 0)]
        const [off] = dataOffsets({ headers: hs, data: [v] })
        return withHeaders([platform(0x10, 1), vpContext(0n, 0x10, off!)], [v])
      },
      FIRST + 0x18,
      /has no registers/
    ],
    [
      'a VBS register the crate does not know',
      () => {
        const v = Buffer.alloc(4 + 0x20)
        v.writeUInt32LE(1, 0)
        v.writeUInt32LE(0x12345, 5)
        const hs = [platform(0x10, 1), vpContext(0n, 0x10, 0)]
        const [off] = dataOffsets({ headers: hs, data: [v] })
        return withHeaders([platform(0x10, 1), vpContext(0n, 0x10, off!)], [v])
      },
      -1,
      /register name 0x12345/
    ],
    [
      'unaligned required memory',
      () => withHeaders([platform(SNP, 2), requiredMemory(0x1000n, SNP, 0x1800)]),
      second,
      /size 0x1800 is not a multiple of 4 KiB/
    ],
    [
      'a required memory reserved field',
      () => withHeaders([platform(SNP, 2), requiredMemory(0x1000n, SNP, 0x1000, 9)]),
      second,
      /REQUIRED_MEMORY reserved field is not zero/
    ]
  ]

  // Every row gets all five columns: jest passes a done callback in place of a missing last one.
  it.each(cases.map(c => [c[0], c[1], c[2], c[3], c[4] ?? ''] as const))(
    'refuses %s, naming the offset and the rule',
    (_name, make, offset, rule, debug) => {
      const e = refusal(make())
      if (offset >= 0) expect(e.offset).toBe(offset)
      expect(e.message).toMatch(
        new RegExp(`^x\\.igvm: offset 0x${offset >= 0 ? offset.toString(16) : '[0-9a-f]+'}: `)
      )
      expect(e.rule).toMatch(rule)
      if (debug) expect(e.debug).toBe(debug)
    }
  )

  it('names the checksum error as the crate does', () => {
    const f = sampleFile()
    f.writeUInt32LE(0x1234, 0x14)
    expect(refusal(f).debug).toMatch(/^InvalidChecksum \{ expected: \d+, header_value: 4660 \}$/)
  })
})

describe('what igvm 0.5 added', () => {
  const cose = Buffer.from('d28443a10126a0f6', 'hex')
  const doc = Buffer.from('d901f5a1006474657374', 'hex')
  /** The sample's headers with CoRIM headers after the platforms, their payloads after its data. */
  const withCorim = (extra: (off: number[]) => RawHeader[]) => {
    const data = [page(1), vmsa(), doc, cose]
    const hs = (off: number[]) => [
      platform(SNP, 2),
      platform(TDX, 3),
      ...extra(off),
      pageData(0x10000n, SNP | TDX, off[0]!),
      vpContext(0xfffffffff000n, SNP, off[1]!)
    ]
    return buildIgvm({ headers: hs(dataOffsets({ headers: hs([0, 0, 0, 0]), data })), data })
  }
  const plain = withCorim(() => [])
  const digest = (f: Buffer) => toHex(measure(parseIgvm(f)).digest)

  it('reads CoRIM documents and signatures, keeps them, and does not measure them', () => {
    const f = withCorim(off => [
      corim(0x104, SNP | TDX, off[2]!, doc.length),
      corim(0x105, SNP, off[3]!, cose.length),
      corim(0x105, TDX, 0, 0)
    ])
    const file = parseIgvm(f)
    expect(file.corim.map(h => [h.kind, h.mask, Buffer.from(h.data!).toString('hex')])).toEqual([
      ['document', SNP | TDX, doc.toString('hex')],
      ['signature', SNP, cose.toString('hex')],
      ['signature', TDX, '']
    ])
    expect(digest(f)).toBe(digest(plain))
    expect(tdxMrtd(file)).toEqual(tdxMrtd(parseIgvm(plain)))
    const inv = inventory(file)
    expect(inv.corim).toEqual([
      { kind: 'document', platforms: ['sev-snp', 'tdx'], mask: '0x5', bytes: 10, offset: '0x48' },
      { kind: 'signature', platforms: ['sev-snp'], mask: '0x1', bytes: 8, offset: '0x60' },
      { kind: 'signature', platforms: ['tdx'], mask: '0x4', bytes: 0, offset: '0x78' }
    ])
    expect(renderInventoryTable(inv)).toContain(
      'CoRIM document for sev-snp, tdx: 10 bytes at header 0x48 (not measured)\n'
    )
    expect(parseIgvmInput(bufferInput(f), 'f', { pageData: false }).corim[0]!.data).toBeNull()
  })

  it.each([1, 2] as const)(
    'skips and lists optional headers of unknown types in every section (format V%d)',
    version => {
      const unknown = [
        optional(0x7f, Buffer.alloc(0x10, 0xee)),
        optional(0x1ff, Buffer.alloc(3, 0xee)),
        optional(0x777, Buffer.alloc(0)),
        optional(0x3ff, Buffer.alloc(0x28, 0xee))
      ]
      const hs = (extra: boolean) => [
        platform(SNP, 2),
        ...(extra ? [unknown[0]!] : []),
        policy(0x30000n, SNP),
        ...(extra ? [unknown[1]!, unknown[2]!, { ...policy(0x1n, TDX), type: 0x80000101 }] : []),
        pageData(0x10000n, SNP, 0),
        ...(extra ? [unknown[3]!] : [])
      ]
      const f = buildIgvm({ version, headers: hs(true) })
      const file = parseIgvm(f)
      // Where each header starts: after the fixed header and the records before it.
      const all = hs(true)
      const offsetOf = (h: RawHeader) =>
        (version === 2 ? 0x20 : 0x18) + headerSection(all.slice(0, all.indexOf(h))).length
      expect(file.skipped).toEqual(
        unknown.map(h => ({ offset: offsetOf(h), type: h.type, length: h.body.length }))
      )
      // The known type with the optional bit is read: a second policy.
      expect(file.policies.map(p => p.policy)).toEqual([0x30000n, 0x1n])
      expect(digest(f)).toBe(digest(buildIgvm({ version, headers: hs(false) })))
      const inv = inventory(file)
      expect(inv.skippedOptional?.map(h => h.type)).toEqual([
        '0x8000007f',
        '0x800001ff',
        '0x80000777',
        '0x800003ff'
      ])
      expect(renderInventoryTable(inv)).toContain(
        `optional header 0x800001ff at 0x${offsetOf(unknown[1]!).toString(16)} (3 bytes): type not known, skipped\n`
      )
    }
  )

  it('measures a page whose header has the optional bit as the page it is', () => {
    const page0 = { ...pageData(0x20000n, SNP, 0), type: 0x80000302 }
    const f = withHeaders([platform(SNP, 2), page0])
    expect(parseIgvm(f).skipped).toEqual([])
    expect(digest(f)).toBe(digest(withHeaders([platform(SNP, 2), pageData(0x20000n, SNP, 0)])))
  })

  it('adds nothing to the inventory of a file without them', () => {
    const inv = inventory(parseIgvm(sampleFile()))
    expect(inv).not.toHaveProperty('corim')
    expect(inv).not.toHaveProperty('skippedOptional')
  })
})
