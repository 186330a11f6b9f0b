// A VP context compared field by field: the SEV-ES/SNP VMSA by its named registers (the AMD
// save-area layout), other contexts by the 8-byte words that differ.
import { SEV_FEATURE_NAMES } from './format.js'

export interface VmsaFieldChange {
  field: string
  a: string
  b: string
}

/** [offset, size in bytes, name] of the VMSA fields worth naming. */
const FIELDS: [number, number, string][] = [
  ...['es', 'cs', 'ss', 'ds', 'fs', 'gs', 'gdtr', 'ldtr', 'idtr', 'tr'].flatMap(
    (s, i): [number, number, string][] => [
      [i * 16, 2, `${s}.selector`],
      [i * 16 + 2, 2, `${s}.attrib`],
      [i * 16 + 4, 4, `${s}.limit`],
      [i * 16 + 8, 8, `${s}.base`]
    ]
  ),
  [0xca, 1, 'vmpl'],
  [0xcb, 1, 'cpl'],
  [0xd0, 8, 'efer'],
  [0x140, 8, 'xss'],
  [0x148, 8, 'cr4'],
  [0x150, 8, 'cr3'],
  [0x158, 8, 'cr0'],
  [0x160, 8, 'dr7'],
  [0x168, 8, 'dr6'],
  [0x170, 8, 'rflags'],
  [0x178, 8, 'rip'],
  [0x1d8, 8, 'rsp'],
  [0x1f8, 8, 'rax'],
  [0x240, 8, 'cr2'],
  [0x268, 8, 'g_pat'],
  ...(['rcx', 'rdx', 'rbx'] as const).map((r, i): [number, number, string] => [0x308 + i * 8, 8, r]),
  ...(['rbp', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'] as const).map(
    (r, i): [number, number, string] => [0x328 + i * 8, 8, r]
  ),
  [0x3b0, 8, 'sev_features'],
  [0x3b8, 8, 'vintr_ctrl'],
  [0x3c8, 8, 'virtual_tom'],
  [0x3e8, 8, 'xcr0']
]

const read = (b: Uint8Array, at: number, size: number): bigint => {
  let v = 0n
  for (let i = size - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[at + i] ?? 0)
  return v
}
const hex = (v: bigint) => `0x${v.toString(16)}`

const featureNames = (v: bigint) =>
  SEV_FEATURE_NAMES.filter(([bit]) => ((v >> BigInt(bit)) & 1n) === 1n).map(([, n]) => n)

export function vmsaFieldChanges(platform: string, a: Uint8Array, b: Uint8Array): VmsaFieldChange[] {
  const out: VmsaFieldChange[] = []
  const covered = new Set<number>()
  const named = platform === 'sev-snp' || platform === 'sev-es'
  if (named)
    for (const [at, size, field] of FIELDS) {
      for (let i = 0; i < size; i++) covered.add(at + i)
      const [x, y] = [read(a, at, size), read(b, at, size)]
      if (x === y) continue
      if (field === 'sev_features') {
        const [fx, fy] = [featureNames(x), featureNames(y)]
        const added = fy.filter(n => !fx.includes(n))
        const removed = fx.filter(n => !fy.includes(n))
        const what = [...added.map(n => `+${n}`), ...removed.map(n => `-${n}`)].join(' ')
        out.push({ field, a: hex(x), b: `${hex(y)}${what ? ` (${what})` : ''}` })
      } else out.push({ field, a: hex(x), b: hex(y) })
    }
  // Whatever is not named: the 8-byte words that differ, by offset.
  const length = Math.max(a.length, b.length)
  for (let at = 0; at < length; at += 8) {
    let differs = false
    for (let i = at; i < at + 8 && i < length; i++) if (!covered.has(i) && a[i] !== b[i]) differs = true
    if (differs)
      out.push({ field: `bytes ${hex(BigInt(at))}`, a: hex(read(a, at, 8)), b: hex(read(b, at, 8)) })
  }
  return out
}
