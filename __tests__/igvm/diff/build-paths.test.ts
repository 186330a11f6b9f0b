// What diff says of the differences real builds have: build paths compiled in (shown byte for
// byte, or by the records, or not all that differs), kernel symbol names that differ only in
// rustc's `.llvm.<hash>` suffix, and every page of the real igvmbuilder's outputs traced to an
// input or to what igvmbuilder makes from them (tdx-stage1 included).
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { attribution, BOOT_IMAGE, SYMBOL_TABLE } from '../../../src/igvm/diff/attribution.js'
import { diffIgvm, renderDiff, type InputFile } from '../../../src/igvm/diff/diff.js'
import { platformsByName } from '../../../src/igvm/diff/headers.js'
import { readKernelElf, symbolChanges } from '../../../src/igvm/diff/kernel-elf.js'
import { pagesOf } from '../../../src/igvm/diff/pages.js'
import { parseIgvmWithBytes } from '../../../src/igvm/id-block.js'
import { parseIgvm } from '../../../src/igvm/parse.js'
import { describeWith, testdata } from '../../helpers/shared.js'
import { buildIgvm, dataOffsets, pageData, platform, policy, type RawHeader } from '../builder.js'
import { SNP } from '../samples.js'

/** An image of data pages at 0x100000, 0x101000, ... for SNP. */
function image(pages: Buffer[]): ReturnType<typeof parseIgvmWithBytes> {
  const headers = (off: number[]): RawHeader[] => [
    platform(SNP, 2),
    policy(0x30000n, SNP),
    ...pages.map((_, i) => pageData(0x100000n + BigInt(i) * 0x1000n, SNP, off[i]!))
  ]
  const data = pages.map(p => {
    const b = Buffer.alloc(4096)
    p.copy(b)
    return b
  })
  const igvm = buildIgvm({
    headers: headers(dataOffsets({ headers: headers(data.map(() => 0)), data })),
    data
  })
  return parseIgvmWithBytes(igvm, 'x.igvm')
}

/** A page of rodata holding a panic location under `home` (as arrayvec's is in the kernel). */
const rodata = (home: string) =>
  Buffer.concat([
    Buffer.from('index out of bounds'),
    Buffer.from(`${home}/registry/src/-c3268c4de8b4cc12/arrayvec-0.7.2/src/arrayvec_impl.rs`)
  ])
const code = Buffer.alloc(4096, 0x90)
const paths = (a: string, b: string, otherDifferences: string[] | null = []) => ({
  a: [
    { what: 'checkout', prefix: '/w/one/svsm' },
    { what: 'CARGO_HOME', prefix: a }
  ],
  b: [
    { what: 'checkout', prefix: '/w/two/svsm' },
    { what: 'CARGO_HOME', prefix: b }
  ],
  otherDifferences
})

describe('build paths in a diff', () => {
  it('shows a difference of CARGO_HOME alone byte for byte, and lists no pages', () => {
    const d = diffIgvm(
      image([code, rodata('/home/a/.cargo')]),
      image([code, rodata('/home/b/.cargo')]),
      undefined,
      {
        paths: paths('/home/a/.cargo', '/home/b/.cargo')
      }
    )
    expect(d.paths).toEqual({
      pairs: [{ what: 'CARGO_HOME', a: '/home/a/.cargo', b: '/home/b/.cargo' }],
      counts: [{ in: 'image', a: 1, b: 1 }],
      only: 'bytes',
      besides: []
    })
    // The checkouts differ too, but no byte holds them: they explain nothing and are not named.
    expect(d.summary.slice(1)).toEqual([
      'path-only difference: the two builds ran at different paths, and that is all that differs (1 page):',
      '  CARGO_HOME: /home/a/.cargo -> /home/b/.cargo',
      '  strings under them: image: 1 string on each side',
      "  with one side's paths put in place of the other's, the images are equal byte for byte",
      '  a rebuild at the recorded paths (svsm-build reproduce does that), or builds with remap-paths, give the same image'
    ])
    expect(renderDiff(d)).not.toContain('regions that differ')
  })

  it('traces the pages to the inputs that hold the strings when the linker placed them apart', () => {
    // lld orders merged strings by their contents, so other paths of the same length can move them
    // (seen in real builds now and then): no byte-for-byte answer, but every page is accounted for.
    const page = (home: string, first: boolean) => {
      const msg = 'index out of bounds'
      const loc = rodata(home).subarray(msg.length)
      const b = Buffer.alloc(4096)
      Buffer.concat(first ? [loc, Buffer.from(msg)] : [Buffer.from(msg), loc]).copy(b)
      return b
    }
    const [a, b] = [page('/home/a/.cargo', true), page('/home/b/.cargo', false)]
    const kernel = (bytes: Buffer): InputFile[] => [{ role: 'kernel', path: 'bin/svsm', bytes }]
    const d = diffIgvm(
      image([code, a]),
      image([code, b]),
      { a: kernel(a), b: kernel(b) },
      {
        paths: paths('/home/a/.cargo', '/home/b/.cargo')
      }
    )
    expect(d.paths).toEqual({
      pairs: [{ what: 'CARGO_HOME', a: '/home/a/.cargo', b: '/home/b/.cargo' }],
      counts: [{ in: 'kernel', a: 1, b: 1 }],
      only: 'pages',
      besides: []
    })
    expect(d.summary).toContain(
      '  every page that differs is in an input that holds those strings, as many on each side, or made by igvmbuilder from the kernel, and the records agree on everything else (source, Cargo.lock, options, toolchain, linker)'
    )
    // A page of an input without the strings is not explained by them.
    const stray = diffIgvm(
      image([code, a]),
      image([Buffer.alloc(4096, 0xcc), b]),
      { a: [...kernel(a), { role: 'bldr', path: 'bin/bldr', bytes: code }], b: kernel(b) },
      { paths: paths('/home/a/.cargo', '/home/b/.cargo') }
    )
    expect(stray.paths).toMatchObject({
      only: null,
      besides: ['pages of bldr (which holds none of them) differ']
    })
  })

  it('names the paths but not as all that differs when more differs or the records disagree', () => {
    const more = diffIgvm(
      image([code, rodata('/home/a/.cargo')]),
      image([Buffer.alloc(4096, 0xcc), rodata('/home/bb/.cargo')]),
      undefined,
      { paths: paths('/home/a/.cargo', '/home/bb/.cargo', ['Cargo.lock sha256']) }
    )
    expect(more.paths?.only).toBeNull()
    expect(more.summary[1]).toBe(
      'the builds ran at different paths, and that is not all that differs (the records differ besides the paths: Cargo.lock sha256):'
    )
    expect(renderDiff(more)).toContain('regions that differ')
    // Prefixes of other lengths move the bytes after them: only the records can speak for them.
    const longer = diffIgvm(
      image([code, rodata('/home/a/.cargo')]),
      image([code, rodata('/home/bb/.cargo')]),
      undefined,
      {
        paths: paths('/home/a/.cargo', '/home/bb/.cargo')
      }
    )
    expect(longer.paths?.only).toBe('records')
    expect(longer.summary[1]).toMatch(
      /^path difference: the two builds ran at different paths, and their records agree/
    )
    // Nothing recorded about the rest: named, not claimed.
    const unknown = diffIgvm(
      image([code, rodata('/home/a/.cargo')]),
      image([code, rodata('/home/bb/.cargo')]),
      undefined,
      {
        paths: paths('/home/a/.cargo', '/home/bb/.cargo', null)
      }
    )
    expect(unknown.paths).toMatchObject({
      only: null,
      besides: ['the records do not say whether anything else differs']
    })
  })
})

/** A 64-bit ELF with one PT_LOAD of `code` and a symbol table whose names are `names`. */
function elfWithSymbols(text: Buffer, names: string[]): Buffer {
  const strtab = Buffer.concat([Buffer.from([0]), ...names.map(n => Buffer.from(`${n}\0`))])
  const symtab = Buffer.alloc(24 * (names.length + 1))
  let at = 1
  names.forEach((n, i) => {
    const s = (i + 1) * 24
    symtab.writeUInt32LE(at, s)
    symtab.writeBigUInt64LE(0xffffff8000000000n + BigInt(i * 16), s + 8)
    symtab.writeBigUInt64LE(16n, s + 16)
    at += n.length + 1
  })
  const textAt = 0x1000
  const symAt = textAt + text.length
  const strAt = symAt + symtab.length
  const shAt = strAt + strtab.length
  const out = Buffer.alloc(shAt + 3 * 64)
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]).copy(out)
  out.writeUInt16LE(2, 0x10)
  out.writeUInt16LE(0x3e, 0x12)
  out.writeBigUInt64LE(64n, 0x20)
  out.writeBigUInt64LE(BigInt(shAt), 0x28)
  out.writeUInt16LE(56, 0x36)
  out.writeUInt16LE(1, 0x38)
  out.writeUInt16LE(64, 0x3a)
  out.writeUInt16LE(3, 0x3c)
  out.writeUInt32LE(1, 64) // PT_LOAD
  out.writeBigUInt64LE(BigInt(textAt), 64 + 8)
  out.writeBigUInt64LE(0xffffff8000000000n, 64 + 0x10)
  out.writeBigUInt64LE(BigInt(text.length), 64 + 0x20)
  out.writeBigUInt64LE(BigInt(text.length), 64 + 0x28)
  text.copy(out, textAt)
  symtab.copy(out, symAt)
  strtab.copy(out, strAt)
  const sh = (i: number, type: number, off: number, size: number, link: number, entsize: number) => {
    const s = shAt + i * 64
    out.writeUInt32LE(type, s + 4)
    out.writeBigUInt64LE(BigInt(off), s + 24)
    out.writeBigUInt64LE(BigInt(size), s + 32)
    out.writeUInt32LE(link, s + 40)
    out.writeBigUInt64LE(BigInt(entsize), s + 56)
  }
  sh(1, 2, symAt, symtab.length, 2, 24) // SHT_SYMTAB, linked to the string table
  sh(2, 3, strAt, strtab.length, 0, 0) // SHT_STRTAB
  return out
}

describe('kernel symbol names', () => {
  const names = (hash: string) => [
    '_start',
    `_ZN4core9panicking5panic17h0123456789abcdefE.llvm.${hash}`,
    'kernel_main'
  ]
  const [x, y] = [
    elfWithSymbols(code, names('12345678901234567')),
    elfWithSymbols(code, names('98765432109876543'))
  ]

  it('tells a change of the .llvm.<hash> suffix alone from other changes', () => {
    expect(symbolChanges(readKernelElf(x)!, readKernelElf(y)!)).toEqual({ other: 0, llvmSuffix: 1 })
    const renamed = elfWithSymbols(code, ['_start', 'other', 'kernel_main'])
    expect(symbolChanges(readKernelElf(x)!, readKernelElf(renamed)!)).toEqual({ other: 1, llvmSuffix: 0 })
  })

  it('attributes the copied string table to the kernel symbol table and says what changed in it', () => {
    const strtab = (elf: Buffer) => Buffer.from(readKernelElf(elf)!.strtab)
    const kernel = (bytes: Buffer): InputFile[] => [{ role: 'kernel', path: 'bin/svsm', bytes }]
    const d = diffIgvm(image([code, strtab(x)]), image([code, strtab(y)]), { a: kernel(x), b: kernel(y) })
    expect(d.summary).toContain(
      'kernel symbol table: 1 of 1 pages differ (1 changed); 1 symbol name differs only in the .llvm.<hash> suffix, which rustc derives from the build directory'
    )
    expect(d.summary).toContain('kernel: identical (1 pages)')
  })
})

const REAL = testdata('real-igvmbuilder')
describeWith([REAL], "the real igvmbuilder's outputs", () => {
  const cases = JSON.parse(readFileSync(`${REAL}/cases.json`, 'utf8')) as {
    cases: { name: string; output: string; igvmbuilder: string[] }[]
  }
  const input = (name: string, role: string): InputFile => ({
    role,
    path: name,
    bytes: readFileSync(`${REAL}/inputs/${name}`)
  })

  it.each(cases.cases.map(c => [c.name, c] as const))(
    '%s: every page is traced to an input or to igvmbuilder',
    (_, c) => {
      const file = parseIgvm(readFileSync(`${REAL}/${c.output}`))
      const inputs = [
        input('svsm', 'kernel'),
        input('bldr', 'bldr'),
        ...(c.igvmbuilder.includes('--tdx-stage1') ? [input('tdx-stage1', 'tdx-stage1')] : []),
        input('svsm-fs.bin', 'fs image')
      ]
      const attribute = attribution(inputs, file)
      const roles = new Map<string, number>()
      const untraced: string[] = []
      for (const [name, mask] of platformsByName(file))
        for (const [gpa, p] of pagesOf(file, mask)) {
          if (!p.data) continue
          const role = attribute(name, gpa, createHash('sha256').update(p.data).digest('hex'))
          if (role === null) untraced.push(`${name}:0x${gpa.toString(16)}`)
          else roles.set(role, (roles.get(role) ?? 0) + 1)
        }
      expect(untraced).toEqual([])
      for (const role of ['kernel', 'bldr', 'fs image', BOOT_IMAGE, SYMBOL_TABLE])
        expect(roles.get(role)).toBeGreaterThan(0)
      // Below 4 GiB, its first 16 bytes replaced by the TDP start context: found where igvmbuilder puts it.
      if (c.igvmbuilder.includes('--tdx-stage1')) expect(roles.get('tdx-stage1')).toBe(1)
    }
  )
})
