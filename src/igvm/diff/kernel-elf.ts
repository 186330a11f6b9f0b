// The kernel ELF as upstream's igvmbuilder reads it: its PT_LOAD segments, and its first symbol
// table, which igvmbuilder copies into guest memory (one 16-byte KSym per symbol: address u64,
// size u32 saturated, name offset u32; then .strtab as it is). Symbol names that differ only in
// rustc's `.llvm.<hash>` suffixes (which depend on the build directory) are told apart from real
// changes.

export interface KernelElf {
  /** PT_LOAD segments by address: where they load, file bytes and memory size. */
  segments: { vaddr: bigint; data: Uint8Array; memsz: number }[]
  symbols: { value: bigint; size: bigint; name: number }[]
  strtab: Uint8Array
}

const LLVM_SUFFIX = /\.llvm\.\d+$/

/** A 64-bit little-endian ELF's segments and first symbol table; null for anything else. */
export function readKernelElf(b: Uint8Array): KernelElf | null {
  if (b.length < 64 || b[0] !== 0x7f || b[1] !== 0x45 || b[2] !== 0x4c || b[3] !== 0x46) return null
  if (b[4] !== 2 || b[5] !== 1) return null
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength)
  const u64 = (at: number) => v.getBigUint64(at, true)
  const inFile = (off: bigint, size: bigint) => off + size <= BigInt(b.length)
  const phoff = Number(u64(0x20))
  const shoff = Number(u64(0x28))
  const phentsize = v.getUint16(0x36, true)
  const phnum = v.getUint16(0x38, true)
  const shentsize = v.getUint16(0x3a, true)
  const shnum = v.getUint16(0x3c, true)
  const segments: KernelElf['segments'] = []
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize
    if (at + 56 > b.length) break
    if (v.getUint32(at, true) !== 1) continue // PT_LOAD
    const offset = u64(at + 8)
    const filesz = u64(at + 0x20)
    const memsz = u64(at + 0x28)
    if (!inFile(offset, filesz) || memsz > 64n << 20n) continue
    segments.push({
      vaddr: u64(at + 0x10),
      data: b.subarray(Number(offset), Number(offset + filesz)),
      memsz: Number(memsz > filesz ? memsz : filesz)
    })
  }
  segments.sort((x, y) => (x.vaddr < y.vaddr ? -1 : 1))
  const symbols: KernelElf['symbols'] = []
  let strtab: Uint8Array = new Uint8Array()
  for (let i = 0; i < shnum && shoff + (i + 1) * shentsize <= b.length; i++) {
    const s = shoff + i * shentsize
    if (v.getUint32(s + 4, true) !== 2) continue // SHT_SYMTAB
    const [off, size, link, entsize] = [u64(s + 24), u64(s + 32), v.getUint32(s + 40, true), u64(s + 56)]
    const l = shoff + link * shentsize
    if (entsize < 24n || !inFile(off, size) || link >= shnum || l + shentsize > b.length) break
    for (let at = Number(off); at + Number(entsize) <= Number(off + size); at += Number(entsize))
      symbols.push({ value: u64(at + 8), size: u64(at + 16), name: v.getUint32(at, true) })
    const [soff, ssize] = [u64(l + 24), u64(l + 32)]
    if (inFile(soff, ssize)) strtab = b.subarray(Number(soff), Number(soff + ssize))
    break // igvmbuilder reads the first symbol table only
  }
  return { segments, symbols, strtab }
}

/** The KSym array igvmbuilder writes for the kernel's symbols. */
export function ksymBytes(k: KernelElf): Uint8Array {
  const out = new Uint8Array(k.symbols.length * 16)
  const v = new DataView(out.buffer)
  k.symbols.forEach((s, i) => {
    v.setBigUint64(i * 16, s.value, true)
    v.setUint32(i * 16 + 8, s.size > 0xffffffffn ? 0xffffffff : Number(s.size), true)
    v.setUint32(i * 16 + 12, s.name, true)
  })
  return out
}

function nameAt(strtab: Uint8Array, at: number): string {
  let end = at
  while (end < strtab.length && strtab[end] !== 0) end++
  return Buffer.from(strtab.subarray(at, end)).toString('latin1')
}

export interface SymbolChanges {
  /** Symbols whose address, size or name (beyond a `.llvm.<hash>` suffix) differ, or that one side lacks. */
  other: number
  /** Symbols that differ only in their `.llvm.<hash>` suffix. */
  llvmSuffix: number
}

/** How two kernels' symbol tables differ, symbol by symbol. */
export function symbolChanges(a: KernelElf, b: KernelElf): SymbolChanges {
  const out: SymbolChanges = { other: Math.abs(a.symbols.length - b.symbols.length), llvmSuffix: 0 }
  const n = Math.min(a.symbols.length, b.symbols.length)
  for (let i = 0; i < n; i++) {
    const [x, y] = [a.symbols[i]!, b.symbols[i]!]
    const [nx, ny] = [nameAt(a.strtab, x.name), nameAt(b.strtab, y.name)]
    if (x.value !== y.value || x.size !== y.size) out.other++
    else if (nx === ny) continue
    else if (nx.replace(LLVM_SUFFIX, '') === ny.replace(LLVM_SUFFIX, '')) out.llvmSuffix++
    else out.other++
  }
  return out
}
