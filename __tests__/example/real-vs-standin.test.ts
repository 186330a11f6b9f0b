// The example's stand-in igvmbuilder against upstream's real one (../shared/refbin): every example
// recipe is built (with the stand-in, by svsm-build), then each of its igvmbuilder commands is run
// with both tools on the same parts, and the two files are compared directive by directive with
// the project's reader: kinds and order, GPAs, masks, flags, data types, platforms, policy, and
// every VP context (SNP VMSA, VSM register list, native context) byte for byte.
//
// Deliberate differences, not compared:
// - The contents of the pages only the kernel reads: the boot parameter block, the kernel launch
//   info, the kernel page tables, the initial kernel stack, the boot loader's launch info (top of
//   its stack) and the SNP CPUID page. The mini kernel never runs and the mini boot loader reads
//   none of them; their layout is upstream's business (svsm boot/bootimg, boot/defs), which the
//   stand-in does not copy. What is compared byte for byte is every page that comes from an input
//   file (kernel segments, the kernel's symbol table as upstream copies it, bldr, fs image, stage 1
//   with its TDP start context) and the initial page tables, which the boot loader does run on.
// - A kernel with a dynamic table: upstream relocates it, the stand-in refuses it.
// - Firmware: the stand-in does not parse OVMF or IGVM firmware metadata (no example recipe has
//   firmware unless FW_FILE is set).
import { beforeAll, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseIgvm, type IgvmFile } from '../../src/igvm/parse.js'
import { runCli } from '../helpers/run.js'
import { describeWith, refTool } from '../helpers/shared.js'
import { makeTree } from '../helpers/tree.js'
import { EXAMPLE_RECIPES } from './recipes.js'
import { rows } from './directive-rows.js'
import { kernelBaseOf, kernelLayout, readKernelElf, within } from './kernel-layout.js'

const REAL = refTool('igvmbuilder')

const platforms = (f: IgvmFile) => f.platforms.map(p => ({ ...p, offset: 0 }))
const policies = (f: IgvmFile) => f.policies.map(p => ({ ...p, offset: 0 }))

describeWith([REAL], 'the stand-in igvmbuilder against the real one', () => {
  let root: string
  beforeAll(() => {
    root = makeTree()
  })

  it.each(EXAMPLE_RECIPES)('%s: the same directives, in the same order', recipe => {
    const built = runCli(['build', '--svsm', root, recipe])
    expect(built.code).toBe(0)
    const plan = runCli(['plan', '--json', '--svsm', root, recipe])
    const steps = (JSON.parse(plan.stdout) as { steps: { group: string; argv: string[] }[] }).steps
    const commands = steps.filter(s => s.group === 'igvm').map(s => s.argv)
    expect(commands.length).toBeGreaterThan(0)
    const kernel = readKernelElf(readFileSync(join(root, 'bin', 'svsm')))
    // The engine always sorts; the order before sorting is compared too.
    for (const argv of commands.flatMap(a => [a, a.filter(x => x !== '--sort')])) {
      const out = argv[argv.indexOf('--output') + 1]!
      const target = argv.at(-1)!
      const build = (tool: string, name: string) => {
        const args = argv.slice(1).map(x => (x === out ? name : x))
        const r = spawnSync(tool, args, { cwd: root, encoding: 'utf8' })
        expect(r.stderr).toBe('')
        expect(r.status).toBe(0)
        return parseIgvm(readFileSync(join(root, name)), name)
      }
      const real = build(REAL, 'real.igvm')
      const standin = build(join(root, argv[0]!), 'standin.igvm')
      expect(standin.version).toBe(real.version)
      expect(platforms(standin)).toEqual(platforms(real))
      expect(policies(standin)).toEqual(policies(real))
      expect(rows(standin)).toEqual(rows(real))
      const layout = kernelLayout(kernel, kernelBaseOf(target))
      const inputPage = (gpa: bigint) =>
        within(gpa, layout.elf) ||
        within(gpa, layout.symtab) ||
        within(gpa, layout.strtab) ||
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
  })
})
