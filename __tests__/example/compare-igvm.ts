// How the example's stand-in igvmbuilder is held against upstream's real one, live
// (real-vs-standin.test.ts) or recorded (recorded-igvmbuilder.test.ts): the two files are compared
// directive by directive with the project's reader (kinds and order, GPAs, masks, flags, data
// types, platforms, policy, every VP context byte for byte), then page by page: every page must be
// equal, the kernel's symbol table among them, except the pages whose contents the stand-in makes
// up.
//
// Known differences:
// - The contents of the pages only the kernel reads: the boot loader's launch info (top of its
//   stack), the SNP CPUID page, the kernel page tables, the top page of the kernel's initial
//   stack, the boot parameter block and the kernel launch info. The mini kernel never runs and the
//   mini boot loader reads none of them; their layout is upstream's business (svsm boot/bootimg,
//   boot/defs), which the stand-in does not copy.
// - A kernel with a dynamic table: upstream relocates it, the stand-in refuses it.
// - Firmware: the stand-in does not parse OVMF or IGVM firmware metadata (no example recipe has
//   firmware unless FW_FILE is set).
import { expect } from '@jest/globals'
import type { IgvmFile } from '../../src/igvm/parse.js'
import { rows } from './directive-rows.js'
import { kernelBaseOf, kernelLayout, readKernelElf, within } from './kernel-layout.js'

const platforms = (f: IgvmFile) => f.platforms.map(p => ({ ...p, offset: 0 }))
const policies = (f: IgvmFile) => f.policies.map(p => ({ ...p, offset: 0 }))

/**
 * Expects `standin` to be `real` but for the known differences above; `kernel` is the kernel ELF
 * both were built from. Returns how many symbol-table pages were compared (all equal).
 */
export function expectSameAsReal(standin: IgvmFile, real: IgvmFile, target: string, kernel: Buffer): number {
  expect(standin.version).toBe(real.version)
  expect(platforms(standin)).toEqual(platforms(real))
  expect(policies(standin)).toEqual(policies(real))
  expect(rows(standin)).toEqual(rows(real))

  const layout = kernelLayout(readKernelElf(kernel), kernelBaseOf(target))
  // The boot loader is one page at 0x10000; its 6-page stack follows, then 4 pages of initial
  // page tables and the SNP CPUID page.
  const bldrLaunchInfo = 0x10000n + 0x1000n + 5n * 0x1000n
  const snpCpuid = 0x10000n + 0x1000n + 6n * 0x1000n + 4n * 0x1000n
  const ownContents = (gpa: bigint) =>
    gpa === bldrLaunchInfo ||
    gpa === snpCpuid ||
    within(gpa, layout.pageTables) ||
    gpa === layout.stack.gpa + 7n * 0x1000n ||
    gpa === layout.bootParams.gpa ||
    within(gpa, layout.launchInfo)
  const differ: string[] = []
  let symbolPages = 0
  real.directives.forEach((d, i) => {
    const s = standin.directives[i]!
    if (d.kind === 'vp-context' && s.kind === 'vp-context')
      expect(Buffer.from(s.data)).toEqual(Buffer.from(d.data))
    if (d.kind !== 'page-data' || s.kind !== 'page-data') return
    const same = d.data && s.data ? Buffer.from(d.data).equals(Buffer.from(s.data)) : d.data === s.data
    if (within(d.gpa, layout.symtab) || within(d.gpa, layout.strtab)) {
      symbolPages++
      expect([d.gpa, same]).toEqual([d.gpa, true])
    }
    if (!same) differ.push(`0x${d.gpa.toString(16)}`)
  })
  expect(symbolPages).toBe(Number(layout.symtab.count + layout.strtab.count))
  // No other page differs.
  expect(differ.filter(g => !ownContents(BigInt(g)))).toEqual([])
  return symbolPages
}
