// The example's stand-in igvmbuilder against what upstream's real one wrote, recorded in
// ../shared/testdata/real-igvmbuilder (the example's parts of an earlier build in, the IGVM files
// out, for every argv the example's recipes produce, with and without --sort). The same inputs go
// through the stand-in, and the two files are compared directive by directive with the project's
// reader, and page by page: every page must be equal, the kernel's symbol table among them,
// except the pages named below whose contents the stand-in makes up (see real-vs-standin.test.ts
// for why): the boot loader's launch info at the top of its stack, the SNP CPUID page, the kernel
// page tables, the top page of the kernel's initial stack, the boot parameter block and the
// kernel launch info.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseIgvm } from '../../src/igvm/parse.js'
import { describeWith, SHARED } from '../helpers/shared.js'
import { makeTree } from '../helpers/tree.js'
import { rows } from './directive-rows.js'
import { kernelBaseOf, kernelLayout, readKernelElf, within } from './kernel-layout.js'

const DATA = join(SHARED, 'testdata', 'real-igvmbuilder')

interface Case {
  name: string
  igvmbuilder: string[]
  output: string
}

describeWith([join(DATA, 'cases.json')], 'the stand-in igvmbuilder against recorded real outputs', () => {
  const cases = (): Case[] => JSON.parse(readFileSync(join(DATA, 'cases.json'), 'utf8')).cases
  let root: string
  let out: string
  beforeAll(() => {
    root = makeTree()
    out = mkdtempSync(join(tmpdir(), 'recorded-real-'))
    const b = spawnSync('cargo', ['build', '-q', '--package', 'igvmbuilder'], { cwd: root, encoding: 'utf8' })
    if (b.status !== 0) throw new Error(b.stderr)
  })
  afterAll(() => {
    rmSync(join(root, '..'), { recursive: true, force: true })
    rmSync(out, { recursive: true, force: true })
  })

  it('covers the recorded cases (every target, sorted and not)', () => {
    expect(cases().map(c => c.name)).toEqual([
      'qemu-native',
      'qemu-native-unsorted',
      'qemu',
      'qemu-unsorted',
      'hyper-v',
      'hyper-v-unsorted',
      'vanadium',
      'vanadium-unsorted'
    ])
  })

  it.each(cases().map(c => [c.name, c] as const))('%s: the same directives and pages', (_name, c) => {
    const file = join(out, `${c.name}.igvm`)
    const argv = c.igvmbuilder.map(a => (a === c.output ? file : a))
    const r = spawnSync(join(root, 'target', 'debug', 'igvmbuilder'), argv, { cwd: DATA, encoding: 'utf8' })
    expect([r.status, r.stderr]).toEqual([0, ''])
    const real = parseIgvm(readFileSync(join(DATA, c.output)), c.output)
    const standin = parseIgvm(readFileSync(file), file)
    expect(standin.version).toBe(real.version)
    expect(standin.platforms.map(p => ({ ...p, offset: 0 }))).toEqual(
      real.platforms.map(p => ({ ...p, offset: 0 }))
    )
    expect(standin.policies.map(p => ({ ...p, offset: 0 }))).toEqual(
      real.policies.map(p => ({ ...p, offset: 0 }))
    )
    expect(rows(standin)).toEqual(rows(real))

    const kernel = readKernelElf(
      readFileSync(join(DATA, c.igvmbuilder[c.igvmbuilder.indexOf('--kernel') + 1]!))
    )
    const layout = kernelLayout(kernel, kernelBaseOf(c.igvmbuilder.at(-1)!))
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
    expect(symbolPages).toBeGreaterThan(0)
    // No other page differs.
    expect(differ.filter(g => !ownContents(BigInt(g)))).toEqual([])
  })
})
