// How the example's stand-in igvmbuilder is held against upstream's real one, live or recorded:
// the two files are compared directive by directive with the project's reader: kinds and order,
// GPAs, masks, flags, data types, platforms, policy, and every VP context (SNP VMSA, VSM register
// list, native context) byte for byte.
//
// Known differences, not compared:
// - The contents of the pages only the kernel reads: the boot parameter block, the kernel launch
//   info, the kernel page tables, the initial kernel stack, the boot loader's launch info (top of
//   its stack), the SNP CPUID page and the symbol table. The mini kernel never runs and the mini
//   boot loader reads none of them; their layout is upstream's business (svsm boot/bootimg,
//   boot/defs), which the stand-in does not copy. What is compared byte for byte is every page
//   that comes from an input file (kernel segments, bldr, fs image, stage 1 with its TDP start
//   context) and the initial page tables, which the boot loader does run on.
// - A kernel with a dynamic table: upstream relocates it, the stand-in refuses it.
// - Firmware: the stand-in does not parse OVMF or IGVM firmware metadata (no example recipe has
//   firmware unless FW_FILE is set).
import { expect } from '@jest/globals'
import type { IgvmFile } from '../../src/igvm/parse.js'
import { rows } from './directive-rows.js'

/** Pages the kernel ELF's PT_LOAD segments take (each segment page-rounded, as upstream loads). */
export function kernelPages(elf: Buffer): number {
  const phoff = Number(elf.readBigUInt64LE(32))
  let pages = 0
  for (let i = 0; i < elf.readUInt16LE(56); i++) {
    const p = phoff + i * elf.readUInt16LE(54)
    if (elf.readUInt32LE(p) === 1) pages += Math.ceil(Number(elf.readBigUInt64LE(p + 40)) / 4096)
  }
  return pages
}

const platforms = (f: IgvmFile) => f.platforms.map(p => ({ ...p, offset: 0 }))
const policies = (f: IgvmFile) => f.policies.map(p => ({ ...p, offset: 0 }))

/** Expects `standin` to be `real` but for the known differences above. */
export function expectSameAsReal(standin: IgvmFile, real: IgvmFile, target: string, kernel: Buffer): void {
  expect(standin.version).toBe(real.version)
  expect(platforms(standin)).toEqual(platforms(real))
  expect(policies(standin)).toEqual(policies(real))
  expect(rows(standin)).toEqual(rows(real))
  const kernelBase = target === 'vanadium' ? 0x7ff80000000n : 0x8000000n
  const kernelEnd = kernelBase + BigInt(kernelPages(kernel)) * 4096n
  const inputPage = (gpa: bigint) =>
    (gpa >= kernelBase && gpa < kernelEnd) ||
    (gpa >= 0x10000n && gpa < 0x11000n) || // bldr (one page here)
    (gpa >= 0x17000n && gpa < 0x1b000n) || // initial page tables
    (gpa >= 0x800000n && gpa < 0x900000n) || // fs image
    gpa === 0xfffff000n // stage 1 and its TDP start context
  real.directives.forEach((d, i) => {
    const s = standin.directives[i]!
    if (d.kind === 'vp-context' && s.kind === 'vp-context')
      expect(Buffer.from(s.data)).toEqual(Buffer.from(d.data))
    if (d.kind === 'page-data' && s.kind === 'page-data' && inputPage(d.gpa))
      expect([d.gpa, s.data && Buffer.from(s.data)]).toEqual([d.gpa, d.data && Buffer.from(d.data)])
  })
}
