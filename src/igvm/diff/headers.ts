// The non-page parts of a diff: platforms, guest policy (bit by bit), parameter areas, required
// memory and error ranges, the ID block, and each VP context field by field.
import { policyDifferences } from '../guest-policy.js'
import { PLATFORM_NAMES, TYPE_NAMES } from '../format.js'
import { idBlockFacts, type ParsedIgvm } from '../id-block.js'
import type { IgvmFile } from '../parse.js'
import { vmsaFieldChanges, type VmsaFieldChange } from '../vmsa-fields.js'

const hex = (v: bigint | number) => `0x${v.toString(16)}`

export interface HeaderChange {
  what: string
  a: string
  b: string
  detail?: string
}

export interface VmsaChange {
  platform: string
  vpIndex: number
  change: 'changed' | 'added' | 'removed'
  fields: VmsaFieldChange[]
}

export function platformsByName(file: IgvmFile): Map<string, number> {
  return new Map(file.platforms.map(p => [PLATFORM_NAMES[p.platformType] ?? String(p.platformType), p.mask]))
}

export function headerChanges(a: ParsedIgvm, b: ParsedIgvm): HeaderChange[] {
  const out: HeaderChange[] = []
  const fa = a.file
  const fb = b.file
  if (fa.version !== fb.version)
    out.push({ what: 'format version', a: `V${fa.version}`, b: `V${fb.version}` })
  const platform = (f: IgvmFile, name: string) => {
    const p = f.platforms.find(x => (PLATFORM_NAMES[x.platformType] ?? String(x.platformType)) === name)
    return p
      ? `mask ${hex(p.mask)}, highest VTL ${p.highestVtl}, shared GPA boundary ${hex(p.sharedGpaBoundary)}`
      : 'absent'
  }
  const names = new Set([...platformsByName(fa).keys(), ...platformsByName(fb).keys()])
  for (const n of names) {
    const [x, y] = [platform(fa, n), platform(fb, n)]
    if (x !== y) out.push({ what: `platform ${n}`, a: x, b: y })
  }
  // Guest policy per platform (a policy header applies where its mask meets the platform's).
  for (const n of names) {
    const pol = (f: IgvmFile) => {
      const mask = platformsByName(f).get(n)
      return mask === undefined ? undefined : f.policies.find(p => (p.mask & mask) !== 0)?.policy
    }
    const [x, y] = [pol(fa), pol(fb)]
    if (x !== y)
      out.push({
        what: `policy (${n})`,
        a: x === undefined ? 'none' : hex(x),
        b: y === undefined ? 'none' : hex(y),
        ...(x !== undefined && y !== undefined ? { detail: policyDifferences(x, y).join(', ') } : {})
      })
  }
  const areas = (f: IgvmFile) => {
    const m = new Map<number, { bytes: bigint; at: string; used: string[] }>()
    for (const d of f.directives) {
      if (d.kind === 'parameter-area') m.set(d.index, { bytes: d.bytes, at: 'not inserted', used: [] })
      else if (d.kind === 'parameter-usage') m.get(d.index)?.used.push(TYPE_NAMES[d.type] ?? hex(d.type))
      else if (d.kind === 'parameter-insert') {
        const x = m.get(d.index)
        if (x) x.at = `at ${hex(d.gpa)}`
      }
    }
    return new Map([...m].map(([k, v]) => [k, `${v.bytes} bytes ${v.at} [${v.used.join(', ')}]`]))
  }
  const [pa, pb] = [areas(fa), areas(fb)]
  for (const i of new Set([...pa.keys(), ...pb.keys()])) {
    const [x, y] = [pa.get(i) ?? 'absent', pb.get(i) ?? 'absent']
    if (x !== y) out.push({ what: `parameter area #${i}`, a: x, b: y })
  }
  const ranges = (f: IgvmFile, kind: 'required-memory' | 'error-range') =>
    f.directives
      .filter(d => d.kind === kind)
      .map(d =>
        d.kind === 'required-memory' || d.kind === 'error-range' ? `${hex(d.gpa)}+${hex(d.bytes)}` : ''
      )
      .join(', ') || 'none'
  for (const kind of ['required-memory', 'error-range'] as const) {
    const [x, y] = [ranges(fa, kind), ranges(fb, kind)]
    if (x !== y) out.push({ what: kind.replace('-', ' '), a: x, b: y })
  }
  const id = (p: ParsedIgvm) => {
    const f = idBlockFacts(p)
    return f
      ? `ld ${f.ld.slice(0, 16)}..., ID key ${f.idKeyDigest.slice(0, 16)}..., author key ${f.authorKeyDigest ? `${f.authorKeyDigest.slice(0, 16)}...` : 'none'}, family ${f.familyId}, image ${f.imageId}`
      : 'none'
  }
  const [ia, ib] = [id(a), id(b)]
  if (ia !== ib) out.push({ what: 'ID block', a: ia, b: ib })
  return out
}

export function vmsaChanges(fa: IgvmFile, fb: IgvmFile): VmsaChange[] {
  const contexts = (f: IgvmFile) =>
    new Map(
      f.directives
        .filter(d => d.kind === 'vp-context')
        .map(d =>
          d.kind === 'vp-context'
            ? [`${PLATFORM_NAMES[d.platformType] ?? d.platformType}:${d.vpIndex}`, { d, gpa: d.gpa }]
            : ['', { d, gpa: 0n }]
        )
    )
  const [ca, cb] = [contexts(fa), contexts(fb)]
  const out: VmsaChange[] = []
  for (const key of new Set([...ca.keys(), ...cb.keys()])) {
    const [x, y] = [ca.get(key), cb.get(key)]
    const [platform, vp] = key.split(':') as [string, string]
    const base = { platform, vpIndex: Number(vp) }
    if (!x || !y) {
      out.push({ ...base, change: x ? 'removed' : 'added', fields: [] })
      continue
    }
    const xd = x.d.kind === 'vp-context' ? x.d.data : new Uint8Array()
    const yd = y.d.kind === 'vp-context' ? y.d.data : new Uint8Array()
    const fields = vmsaFieldChanges(platform, xd, yd)
    if (x.gpa !== y.gpa) fields.unshift({ field: 'gpa', a: hex(x.gpa), b: hex(y.gpa) })
    if (fields.length) out.push({ ...base, change: 'changed', fields })
  }
  return out
}
