// Which build input a page of an image came from: by content (the input's bytes, flat or as its
// ELF segments load them, and the symbol table igvmbuilder copies from the kernel), and by place
// for what igvmbuilder writes itself or changes on the way (boot-layout.ts): the kernel's heap
// pages, the boot loader's stack and page tables, tdx-stage1 below 4 GiB.
import type { IgvmFile } from '../parse.js'
import { bldrLayout, inRun, kernelLayout, tdxStage1Run } from './boot-layout.js'
import { inputIndex, type InputFile } from './inputs.js'
import { ksymBytes, readKernelElf } from './kernel-elf.js'

/** Pages holding the kernel's symbol table and its strings. */
export const SYMBOL_TABLE = 'kernel symbol table'
/** Pages igvmbuilder fills from the inputs: page tables, stacks, boot parameters, launch information. */
export const BOOT_IMAGE = 'boot image (igvmbuilder)'

/** The input a page came from, or null: by platform, GPA and content key (data hash, "" for none). */
export type Attribute = (platform: string, gpa: bigint, content: string) => string | null

/** The kernel's base: where its required memory starts. */
const kernelBase = (f: IgvmFile) => {
  const d = f.directives.find(x => x.kind === 'required-memory')
  return d?.kind === 'required-memory' ? d.gpa : undefined
}

export function attribution(inputs: InputFile[], file: IgvmFile): Attribute {
  const kernel = inputs.find(i => i.role === 'kernel')
  const elf = kernel ? readKernelElf(kernel.bytes) : null
  const symbolInputs: InputFile[] = elf
    ? [
        { role: SYMBOL_TABLE, path: kernel!.path, bytes: ksymBytes(elf) },
        { role: SYMBOL_TABLE, path: kernel!.path, bytes: elf.strtab }
      ]
    : []
  const index = inputIndex([...inputs, ...symbolInputs])
  const bldr = inputs.find(i => i.role === 'bldr')
  const stage1 = inputs.find(i => i.role === 'tdx-stage1')
  const base = kernelBase(file)
  // The kernel heap's layout is the current igvmbuilder's (with bldr); build.py's had stage2.
  const layout = elf && bldr && base !== undefined ? kernelLayout(elf, base) : null
  const loader = bldr ? bldrLayout(bldr.bytes.length) : null
  const stage1Run = stage1 ? tdxStage1Run(stage1.bytes.length) : null
  return (platform, gpa, content) => {
    const byContent = content ? index.get(content) : undefined
    if (byContent) return byContent
    if (stage1Run && platform === 'tdx' && inRun(gpa, stage1Run)) return 'tdx-stage1'
    if (layout) {
      if (inRun(gpa, layout.elf)) return 'kernel'
      if (inRun(gpa, layout.symtab) || inRun(gpa, layout.strtab)) return SYMBOL_TABLE
      if (layout.own.some(r => inRun(gpa, r))) return BOOT_IMAGE
    }
    if (loader && inRun(gpa, loader.own)) return BOOT_IMAGE
    return null
  }
}
