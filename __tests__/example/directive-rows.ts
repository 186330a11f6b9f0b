// One row per directive of a parsed IGVM file, in file order: what the real igvmbuilder and the
// example's stand-in are compared on (kind, GPA, mask, flags, data type, whether data is there,
// VP context fields by name). Page contents are not compared here (see the test for why).
import type { Directive, IgvmFile } from '../../src/igvm/parse.js'

/** IgvmNativeVpContextX64 (igvm_defs 0.4.0): field, offset, size in bytes. */
export const NATIVE_FIELDS: [string, number, number][] = [
  ['rsp', 0x20, 8],
  ['rip', 0x80, 8],
  ['rflags', 0x88, 8],
  ['idtr_base', 0x90, 8],
  ['idtr_limit', 0x98, 2],
  ['gdtr_limit', 0x9e, 2],
  ['gdtr_base', 0xa0, 8],
  ['code_selector', 0xa8, 2],
  ['code_attributes', 0xaa, 2],
  ['code_base', 0xac, 4],
  ['code_limit', 0xb0, 4],
  ['data_selector', 0xb4, 2],
  ['data_attributes', 0xb6, 2],
  ['data_base', 0xb8, 4],
  ['data_limit', 0xbc, 4],
  ['gs_base', 0xc0, 8],
  ['cr0', 0xc8, 8],
  ['cr3', 0xd0, 8],
  ['cr4', 0xd8, 8],
  ['efer', 0xe0, 8]
]

/** SEV-SNP VMSA fields the start context sets (offsets of the SEV-ES save area). */
export const VMSA_FIELDS: [string, number, number][] = [
  ['es', 0x000, 16],
  ['cs', 0x010, 16],
  ['ss', 0x020, 16],
  ['ds', 0x030, 16],
  ['fs', 0x040, 16],
  ['gs', 0x050, 16],
  ['efer', 0x0d0, 8],
  ['cr4', 0x148, 8],
  ['cr3', 0x150, 8],
  ['cr0', 0x158, 8],
  ['dr7', 0x160, 8],
  ['dr6', 0x168, 8],
  ['rflags', 0x170, 8],
  ['rip', 0x178, 8],
  ['rsp', 0x1d8, 8],
  ['rax', 0x1f8, 8],
  ['pat', 0x268, 8],
  ['rsi', 0x320, 8],
  ['sev_features', 0x3b0, 8],
  ['virtual_tom', 0x3a0, 8],
  ['xcr0', 0x3e8, 8]
]

const hex = (b: Uint8Array, at: number, size: number) => {
  let v = 0n
  for (let i = size - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[at + i] ?? 0)
  return `0x${v.toString(16)}`
}

export function fields(data: Uint8Array, layout: [string, number, number][]): Record<string, string> {
  return Object.fromEntries(layout.map(([n, at, size]) => [n, hex(data, at, size)]))
}

export interface Row {
  kind: Directive['kind'] | 'parameter-usage'
  gpa?: string
  mask?: number
  flags?: number
  dataType?: number
  data?: 'bytes' | 'zero'
  index?: number
  type?: number
  byteOffset?: number
  bytes?: string
  platformType?: number
  vpIndex?: number
}

export function rows(f: IgvmFile): Row[] {
  return f.directives.map((d): Row => {
    switch (d.kind) {
      case 'page-data':
        return {
          kind: d.kind,
          gpa: `0x${d.gpa.toString(16)}`,
          mask: d.mask,
          flags: d.flags,
          dataType: d.dataType,
          data: d.data ? 'bytes' : 'zero'
        }
      case 'parameter-area':
        return { kind: d.kind, index: d.index, bytes: `0x${d.bytes.toString(16)}` }
      case 'parameter-usage':
        return { kind: d.kind, type: d.type, index: d.index, byteOffset: d.byteOffset }
      case 'parameter-insert':
        return { kind: d.kind, gpa: `0x${d.gpa.toString(16)}`, mask: d.mask, index: d.index }
      case 'vp-context':
        return {
          kind: d.kind,
          gpa: `0x${d.gpa.toString(16)}`,
          mask: d.mask,
          vpIndex: d.vpIndex,
          platformType: d.platformType
        }
      case 'required-memory':
        return {
          kind: d.kind,
          gpa: `0x${d.gpa.toString(16)}`,
          mask: d.mask,
          bytes: `0x${d.bytes.toString(16)}`,
          flags: d.flags
        }
      default:
        return { kind: d.kind, mask: d.mask }
    }
  })
}
