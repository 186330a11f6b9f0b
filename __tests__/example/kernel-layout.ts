// Where upstream's igvmbuilder puts the parts of the boot image that come after the kernel ELF
// (svsm boot/bootimg: prepare_boot_image, load_kernel_symbols, setup_kernel_page_tables): the
// kernel heap is handed out in this order right after the ELF's pages. Tests use it to name the
// pages the stand-in fills with contents of its own, and the symbol-table pages it must copy as
// upstream does (one 16-byte KSym per ELF symbol: address u64, size u32, name u32; then .strtab).
const PAGE = 4096n
const pages = (bytes: bigint) => (bytes + PAGE - 1n) / PAGE
const TWO_MIB = 0x200000n

export interface KernelElf {
  /** PT_LOAD segments: virtual address and memory size. */
  segments: { vaddr: bigint; memsz: bigint }[]
  symbols: number
  strtabBytes: number
}

export function readKernelElf(elf: Buffer): KernelElf {
  const phoff = Number(elf.readBigUInt64LE(32))
  const shoff = Number(elf.readBigUInt64LE(40))
  const segments: KernelElf['segments'] = []
  for (let i = 0; i < elf.readUInt16LE(56); i++) {
    const p = phoff + i * elf.readUInt16LE(54)
    if (elf.readUInt32LE(p) === 1)
      segments.push({ vaddr: elf.readBigUInt64LE(p + 16), memsz: elf.readBigUInt64LE(p + 40) })
  }
  let symbols = 0
  let strtabBytes = 0
  const shentsize = elf.readUInt16LE(58)
  for (let i = 0; i < elf.readUInt16LE(60); i++) {
    const s = shoff + i * shentsize
    if (elf.readUInt32LE(s + 4) !== 2) continue // SHT_SYMTAB
    symbols = Number(elf.readBigUInt64LE(s + 32) / elf.readBigUInt64LE(s + 56))
    const link = shoff + elf.readUInt32LE(s + 40) * shentsize
    strtabBytes = Number(elf.readBigUInt64LE(link + 32))
  }
  return { segments: segments.sort((a, b) => (a.vaddr < b.vaddr ? -1 : 1)), symbols, strtabBytes }
}

/** A run of pages: first GPA and count. */
export interface Pages {
  gpa: bigint
  count: bigint
}

export interface KernelLayout {
  /** Pages the ELF's PT_LOADs take (each page-rounded). */
  elf: Pages
  pageTables: Pages
  stack: Pages
  bootParams: Pages
  symtab: Pages
  strtab: Pages
  launchInfo: Pages
}

/** The boot image's layout for a kernel loaded at `kernelBase` (0x8000000; vanadium 0x7ff80000000). */
export function kernelLayout(k: KernelElf, kernelBase: bigint): KernelLayout {
  const first = k.segments[0]!
  const last = k.segments.at(-1)!
  const elfPages = k.segments.reduce((n, s) => n + pages(s.memsz), 0n)
  const virtLen = pages(last.vaddr + last.memsz - first.vaddr) * PAGE
  // The direct map starts at the first 2 MiB boundary after the image, its stack (8 pages, with
  // a guard page) and the IDT page; the kernel's PTEs cover everything below it.
  const directMap = ((first.vaddr + virtLen + 10n * PAGE + TWO_MIB - 1n) / TWO_MIB) * TWO_MIB
  const firstPte = (first.vaddr >> 12n) & 511n
  const pdPages = pages((firstPte + pages(directMap - first.vaddr)) * 8n)
  let next = kernelBase + elfPages * PAGE
  const take = (count: bigint): Pages => {
    const run = { gpa: next, count }
    next += count * PAGE
    return run
  }
  const pageTables = take(3n + pdPages)
  const stack = take(8n)
  take(1n) // IDT
  const bootParams = take(5n)
  take(2n) // CPUID and secrets pages
  const symtab = take(k.symbols > 0 && k.strtabBytes > 0 ? pages(BigInt(k.symbols) * 16n) : 0n)
  const strtab = take(k.symbols > 0 && k.strtabBytes > 0 ? pages(BigInt(k.strtabBytes)) : 0n)
  const launchInfo = take(1n)
  return {
    elf: { gpa: kernelBase, count: elfPages },
    pageTables,
    stack,
    bootParams,
    symtab,
    strtab,
    launchInfo
  }
}

export const within = (gpa: bigint, p: Pages) => gpa >= p.gpa && gpa < p.gpa + p.count * PAGE

export const kernelBaseOf = (target: string) => (target === 'vanadium' ? 0x7ff80000000n : 0x8000000n)
