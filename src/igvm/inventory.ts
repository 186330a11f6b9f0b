// What is inside an IGVM file, per platform: pages by kind, parameter areas, VMSAs, policy,
// required memory, ID block, and the digests (SNP default and native-zero; TDX MRTD).
import {
  DATA_TYPE_NAMES,
  PAGE_2M,
  PAGE_4K,
  PAGE_FLAGS,
  PLATFORM_NAMES,
  PLATFORM_TYPE,
  SEV_FEATURE_NAMES,
  TYPE_NAMES,
  VMSA
} from './format.js'
import { measure, MeasureError, toHex } from './measure.js'
import type { IgvmFile } from './igvm-file.js'
import { tdxMrtd } from './tdx.js'

const hex = (v: bigint | number) => `0x${v.toString(16)}`

interface PageCounts {
  data: number
  zero: number
  unmeasured: number
  cpuid: number
  secrets: number
  shared: number
  large: number
  bytes: number
}

interface Inventory {
  formatVersion: number
  platforms: { type: string; mask: string; highestVtl: number; sharedGpaBoundary: string }[]
  policies: { mask: string; policy: string; decoded: Record<string, unknown> }[]
  pages: Record<string, PageCounts>
  parameterAreas: { index: number; bytes: number; insertedAt: string | null; usedBy: string[] }[]
  vmsas: {
    gpa: string
    mask: string
    cr0: string
    rip: string
    sevFeatures: string
    sevFeatureNames: string[]
    virtualTom: string
  }[]
  requiredMemory: { bytes: number; ranges: number }
  idBlock: { present: boolean; matches: boolean | null }
  /** igvm 0.5's CoRIM documents and signatures (not measured); absent when there are none. */
  corim?: {
    kind: 'document' | 'signature'
    platforms: string[]
    mask: string
    bytes: number
    offset: string
  }[]
  /** Headers with the optional bit whose type is unknown: skipped; absent when there are none. */
  skippedOptional?: { type: string; offset: string; bytes: number }[]
  digests: {
    snp?: string
    snpNativeZero?: string
    snpError?: string
    /** Not computed by any COCONUT tool: follows the igvm crate's measurement/tdx.rs (HEAD). */
    tdxMrtd?: string
    /** Why the TDX MRTD was not computed (a parameter area too large, or past the top of memory). */
    tdxMrtdError?: string
  }
}

function snpPolicy(p: bigint): Record<string, unknown> {
  const bit = (n: number) => ((p >> BigInt(n)) & 1n) === 1n
  return {
    abiMinor: Number(p & 0xffn),
    abiMajor: Number((p >> 8n) & 0xffn),
    smt: bit(16),
    reservedMustBeOne: bit(17),
    migrateMa: bit(18),
    debug: bit(19),
    singleSocket: bit(20)
  }
}

export function inventory(file: IgvmFile): Inventory {
  const byMask = new Map(
    file.platforms.map(p => [p.mask, PLATFORM_NAMES[p.platformType] ?? String(p.platformType)])
  )
  const names = (mask: number) =>
    file.platforms.filter(p => (p.mask & mask) !== 0).map(p => byMask.get(p.mask)!)
  const pages: Record<string, PageCounts> = {}
  for (const p of file.platforms)
    pages[byMask.get(p.mask)!] = {
      data: 0,
      zero: 0,
      unmeasured: 0,
      cpuid: 0,
      secrets: 0,
      shared: 0,
      large: 0,
      bytes: 0
    }
  const areas = new Map<number, Inventory['parameterAreas'][number]>()
  const vmsas: Inventory['vmsas'] = []
  let required = { bytes: 0, ranges: 0 }
  let idBlock = false
  for (const d of file.directives) {
    if (d.kind === 'page-data') {
      for (const name of names(d.mask)) {
        const c = pages[name]!
        const size = d.flags & PAGE_FLAGS.IS_2MB ? PAGE_2M : PAGE_4K
        c.bytes += size
        if (d.flags & PAGE_FLAGS.IS_2MB) c.large++
        if (d.flags & PAGE_FLAGS.SHARED) c.shared++
        const type = DATA_TYPE_NAMES[d.dataType]
        if (type === 'cpuid' || type === 'cpuid-xf') c.cpuid++
        else if (type === 'secrets') c.secrets++
        else if (d.flags & PAGE_FLAGS.UNMEASURED) c.unmeasured++
        else if (d.data) c.data++
        else c.zero++
      }
    } else if (d.kind === 'parameter-area')
      areas.set(d.index, { index: d.index, bytes: Number(d.bytes), insertedAt: null, usedBy: [] })
    else if (d.kind === 'parameter-usage') areas.get(d.index)?.usedBy.push(TYPE_NAMES[d.type] ?? hex(d.type))
    else if (d.kind === 'parameter-insert') {
      const a = areas.get(d.index)
      if (a) a.insertedAt = hex(d.gpa)
    } else if (
      d.kind === 'vp-context' &&
      (d.platformType === PLATFORM_TYPE.SEV_SNP || d.platformType === PLATFORM_TYPE.SEV_ES)
    ) {
      const v = Buffer.from(d.data.buffer, d.data.byteOffset, d.data.byteLength)
      const features = v.readBigUInt64LE(VMSA.SEV_FEATURES)
      vmsas.push({
        gpa: hex(d.gpa),
        mask: hex(d.mask),
        cr0: hex(v.readBigUInt64LE(VMSA.CR0)),
        rip: hex(v.readBigUInt64LE(VMSA.RIP)),
        sevFeatures: hex(features),
        sevFeatureNames: SEV_FEATURE_NAMES.filter(([b]) => ((features >> BigInt(b)) & 1n) === 1n).map(
          ([, n]) => n
        ),
        virtualTom: hex(v.readBigUInt64LE(VMSA.VIRTUAL_TOM))
      })
    } else if (d.kind === 'required-memory')
      required = { bytes: required.bytes + d.bytes, ranges: required.ranges + 1 }
    else if (d.kind === 'snp-id-block') idBlock = true
  }
  const digests: Inventory['digests'] = {}
  let matches: boolean | null = null
  if (file.platforms.some(p => p.platformType === PLATFORM_TYPE.SEV_SNP)) {
    try {
      const r = measure(file)
      const nativeZero = measure(file, { nativeZero: true }).digest
      digests.snp = toHex(r.digest)
      digests.snpNativeZero = toHex(nativeZero)
      // The file does not say which zero-page mode it is launched with (igvmmeasure's
      // --native-zero): the block matches when it asserts the digest of either.
      if (r.idBlock) matches = r.idBlock.equals(r.digest) || r.idBlock.equals(nativeZero)
    } catch (e) {
      if (!(e instanceof MeasureError)) throw e
      digests.snpError = e.message
    }
  }
  try {
    const mrtd = tdxMrtd(file)
    if (mrtd) digests.tdxMrtd = toHex(mrtd)
  } catch (e) {
    if (!(e instanceof MeasureError)) throw e
    digests.tdxMrtdError = e.message
  }
  return {
    formatVersion: file.version,
    platforms: file.platforms.map(p => ({
      type: byMask.get(p.mask)!,
      mask: hex(p.mask),
      highestVtl: p.highestVtl,
      sharedGpaBoundary: hex(p.sharedGpaBoundary)
    })),
    policies: file.policies.map(p => ({
      mask: hex(p.mask),
      policy: hex(p.policy),
      decoded: snpPolicy(p.policy)
    })),
    pages,
    parameterAreas: [...areas.values()],
    vmsas,
    requiredMemory: required,
    idBlock: { present: idBlock, matches },
    ...(file.corim.length > 0
      ? {
          corim: file.corim.map(h => ({
            kind: h.kind,
            platforms: names(h.mask),
            mask: hex(h.mask),
            bytes: h.size,
            offset: hex(h.offset)
          }))
        }
      : {}),
    ...(file.skipped.length > 0
      ? {
          skippedOptional: file.skipped.map(h => ({
            type: hex(h.type),
            offset: hex(h.offset),
            bytes: h.length
          }))
        }
      : {}),
    digests
  }
}

export function renderInventoryTable(inv: Inventory): string {
  const lines = [`IGVM format V${inv.formatVersion}`]
  lines.push(
    `platforms: ${inv.platforms.map(p => `${p.type} (mask ${p.mask}${p.sharedGpaBoundary !== '0x0' ? `, vTOM ${p.sharedGpaBoundary}` : ''})`).join(', ')}`
  )
  for (const p of inv.policies) lines.push(`policy: ${p.policy} (mask ${p.mask})`)
  lines.push('pages        data   zero  unmeas  cpuid  secrets  shared  2MiB  bytes')
  for (const [name, c] of Object.entries(inv.pages)) {
    lines.push(
      `  ${name.padEnd(9)} ${[c.data, c.zero, c.unmeasured, c.cpuid, c.secrets, c.shared, c.large].map(n => String(n).padStart(6)).join(' ')}  ${c.bytes}`
    )
  }
  lines.push(
    `parameter areas: ${inv.parameterAreas.map(a => `#${a.index} ${a.bytes} B at ${a.insertedAt ?? '(not inserted)'}${a.usedBy.length ? ` [${a.usedBy.join(', ')}]` : ''}`).join('; ') || 'none'}`
  )
  for (const v of inv.vmsas)
    lines.push(
      `VMSA at ${v.gpa}: cr0 ${v.cr0}, rip ${v.rip}, sev_features ${v.sevFeatures} (${v.sevFeatureNames.join(', ')})`
    )
  lines.push(`required memory: ${inv.requiredMemory.bytes} bytes in ${inv.requiredMemory.ranges} range(s)`)
  for (const h of inv.corim ?? [])
    lines.push(
      `CoRIM ${h.kind} for ${h.platforms.join(', ') || `mask ${h.mask} (no platform)`}: ${h.bytes} bytes at header ${h.offset} (not measured)`
    )
  for (const h of inv.skippedOptional ?? [])
    lines.push(`optional header ${h.type} at ${h.offset} (${h.bytes} bytes): type not known, skipped`)
  lines.push(
    `ID block: ${inv.idBlock.present ? (inv.idBlock.matches ? 'present, matches' : 'present, DOES NOT match') : 'none'}`
  )
  if (inv.digests.snp)
    lines.push(
      `SEV-SNP launch digest:              ${inv.digests.snp}`,
      `SEV-SNP launch digest (native-zero): ${inv.digests.snpNativeZero}`
    )
  if (inv.digests.snpError) lines.push(`SEV-SNP launch digest: ${inv.digests.snpError}`)
  if (inv.digests.tdxMrtd)
    lines.push(
      `TDX MRTD (svsm-build, after the igvm crate; no COCONUT tool computes it): ${inv.digests.tdxMrtd}`
    )
  if (inv.digests.tdxMrtdError) lines.push(`TDX MRTD: not computed: ${inv.digests.tdxMrtdError}`)
  return `${lines.join('\n')}\n`
}
