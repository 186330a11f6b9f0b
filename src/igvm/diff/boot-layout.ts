// Where upstream's igvmbuilder (coconut-svsm/svsm f4bc4bcd: gpa_map.rs and boot/bootimg) puts
// what it makes from the inputs, so diff can name pages whose bytes are in no input file: after
// the kernel's loaded segments, the kernel heap in allocation order (page tables, stack, IDT, boot
// parameters, CPUID and secrets pages, the symbol table and its strings, launch information);
// the boot loader's image at 0x10000 with its stack, initial page tables and CPUID page after
// it; tdx-stage1 right below 4 GiB. Checked against the real tool's outputs in the tests.
import { PAGE_4K } from '../format.js'
import type { KernelElf } from './kernel-elf.js'

const PAGE = BigInt(PAGE_4K)
const TWO_MIB = 0x200000n
const FOUR_GIB = 1n << 32n
const BLDR_BASE = 0x10000n
const pages = (bytes: bigint) => (bytes + PAGE - 1n) / PAGE

/** A run of pages: first GPA and count. */
interface PageRun {
  gpa: bigint
  count: bigint
}

export const inRun = (gpa: bigint, r: PageRun) => gpa >= r.gpa && gpa < r.gpa + r.count * PAGE

interface KernelLayout {
  elf: PageRun
  /** Pages igvmbuilder fills itself: page tables, stack, boot parameters, CPUID/secrets, launch info. */
  own: PageRun[]
  symtab: PageRun
  strtab: PageRun
}

/** The kernel region's layout for a kernel loaded at `base` (the IGVM file's required memory). */
export function kernelLayout(k: KernelElf, base: bigint): KernelLayout | null {
  const first = k.segments[0]
  const last = k.segments.at(-1)
  if (!first || !last) return null
  const elfPages = k.segments.reduce((n, s) => n + pages(BigInt(s.memsz)), 0n)
  const virtLen = pages(last.vaddr + BigInt(last.memsz) - first.vaddr) * PAGE
  // The direct map starts at the first 2 MiB boundary after the image, its 8-page stack, a guard
  // page and the IDT page; the kernel's page tables cover everything below it.
  const directMap = ((first.vaddr + virtLen + 10n * PAGE + TWO_MIB - 1n) / TWO_MIB) * TWO_MIB
  const firstPte = (first.vaddr >> 12n) & 511n
  const pdPages = pages((firstPte + pages(directMap - first.vaddr)) * 8n)
  let next = base + elfPages * PAGE
  const take = (count: bigint): PageRun => {
    const run = { gpa: next, count }
    next += count * PAGE
    return run
  }
  const pageTables = take(3n + pdPages)
  const stack = take(8n)
  take(1n) // the IDT: no data
  const bootParams = take(5n)
  const cpuidSecrets = take(2n)
  const withSymbols = k.symbols.length > 0 && k.strtab.length > 0
  const symtab = take(withSymbols ? pages(BigInt(k.symbols.length) * 16n) : 0n)
  const strtab = take(withSymbols ? pages(BigInt(k.strtab.length)) : 0n)
  const launchInfo = take(1n)
  return {
    elf: { gpa: base, count: elfPages },
    own: [pageTables, stack, bootParams, cpuidSecrets, launchInfo],
    symtab,
    strtab
  }
}

/** The boot loader's image and what igvmbuilder puts after it: stack (6), page tables (4), CPUID. */
export function bldrLayout(bldrBytes: number): { image: PageRun; own: PageRun } {
  const image = { gpa: BLDR_BASE, count: pages(BigInt(bldrBytes)) }
  return { image, own: { gpa: BLDR_BASE + image.count * PAGE, count: 11n } }
}

/** tdx-stage1 ends at 4 GiB (igvmbuilder writes the TDP start context over its first 16 bytes). */
export const tdxStage1Run = (bytes: number): PageRun => {
  const count = pages(BigInt(bytes))
  return { gpa: FOUR_GIB - count * PAGE, count }
}
