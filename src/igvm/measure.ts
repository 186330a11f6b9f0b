// The launch digest exactly as COCONUT's igvmmeasure computes it (igvm-measure.md), quirks
// included: one unmeasured page per parameter insert whatever the area's size, the shared flag
// ignored, every SEV-SNP VP context measured whatever its mask, CPUID_XF as CPUID, a zero page
// is a page without file data, the VMSA GPA taken from the file.
import { createHash } from 'node:crypto'
import {
  DATA_TYPE,
  KVM_VMSA_GPA,
  PAGE_2M,
  PAGE_4K,
  PAGE_FLAGS,
  PLATFORM_TYPE,
  SNP_PAGE,
  VMSA
} from './format.js'
import { sha384, sha384Into } from './hash-sha384.js'
import type { IgvmFile, PageData } from './igvm-file.js'

export type MeasurePlatform = 'sev' | 'sev-es' | 'sev-snp'

export interface MeasureOptions {
  platform?: MeasurePlatform
  nativeZero?: boolean
  checkKvm?: boolean
  /** Collect the run-length page log (`igvmmeasure -v`). */
  log?: boolean
}

export interface MeasureResult {
  digest: Buffer
  /** The ld of the last SNP ID block that applies (sev-snp only), to compare after printing. */
  idBlock?: Buffer
  vmsaCount: number
  log: { gpa: bigint; length: bigint; type: string }[]
}

/** What igvmmeasure refuses while measuring; `message` is printed after "Error: ". */
export class MeasureError extends Error {
  override name = 'MeasureError'
}

export const KVM_MESSAGES = {
  count:
    'More than one VMSA has been provided in the IGVM file. QEMU/KVM only supports setting of the VMSA for the first virtual CPU.',
  gpa: (gpa: bigint) =>
    `The GPA for the VMSA (0x${gpa.toString(16).toUpperCase().padStart(16, '0')}) does not match the address hardcoded in KVM. KVM will always populate the VMSA at GPA 0xFFFFFFFFF000. The IGVM file must set the GPA for the VMSA to this address.`,
  cr0: (cr0: bigint) =>
    `CR0 in the VMSA in the IGVM file is set to 0x${cr0.toString(16).padStart(2, '0')} instead of 0x31 (protected-mode) or 0x30 (real-mode). The value of CR0 is overridden by KVM during initial measurement. Therefore the IGVM file must be configured to match the value set by KVM.`,
  order:
    'The VMSA must be the final page directive in the IGVM file. This is because QEMU/KVM measures the VMSA page when the measurement is finalized and not in the order specified in the IGVM file. Make sure your IGVM file places the VMSA directive after any other measured or unmeasured page directives.'
} as const

const PLATFORM_NOT_IN_FILE = '"IGVM file is not compatible with the specified platform."'

const TYPES: Record<MeasurePlatform, number> = {
  sev: PLATFORM_TYPE.SEV,
  'sev-es': PLATFORM_TYPE.SEV_ES,
  'sev-snp': PLATFORM_TYPE.SEV_SNP
}

const ZERO_PAGE_HASH = sha384(new Uint8Array(PAGE_4K))
const NO_CONTENTS = new Uint8Array(48)
const LOG_NAMES: Record<number, string> = {
  1: 'Normal',
  2: 'VMSA',
  3: 'Zero',
  4: 'Unmeasured',
  5: 'Secrets',
  6: 'Cpuid'
}

/** The compatibility mask igvmmeasure measures: the first platform header of the type. */
function platformMask(file: IgvmFile, platform: MeasurePlatform): number | null {
  return file.platforms.find(p => p.platformType === TYPES[platform])?.mask ?? null
}

/** Where the measurer gets page contents, so that they can be read and hashed elsewhere. */
interface PageContents {
  /** SHA-384 of the file data of `pages[k]`, `pages` being what `hashedPages` lists. */
  hash(d: PageData, k: number): Uint8Array
  /** The 4 KiB of file data of a page (SEV and SEV-ES hash them all, in order). */
  bytes(d: PageData): Uint8Array
}

/** Contents held by the directives themselves (a file parsed with its page data). */
export const IN_MEMORY: PageContents = {
  hash: d => sha384(d.data!),
  bytes: d => d.data!
}

/** Does the SNP digest take the SHA-384 of this directive's file data? */
const hashesContents = (d: PageData, mask: number) =>
  (d.mask & mask) !== 0 &&
  (d.flags & PAGE_FLAGS.IS_2MB) === 0 &&
  d.dataType === DATA_TYPE.NORMAL &&
  (d.flags & PAGE_FLAGS.UNMEASURED) === 0 &&
  d.fileOffset !== 0

/**
 * The pages whose contents the SEV-SNP digest hashes, in the order it needs them: independent
 * of one another, so they can be hashed ahead, in parallel (empty for another platform).
 */
export function hashedPages(file: IgvmFile, platform: MeasurePlatform = 'sev-snp'): PageData[] {
  const mask = platformMask(file, platform)
  if (platform !== 'sev-snp' || mask === null) return []
  return file.directives.filter((d): d is PageData => d.kind === 'page-data' && hashesContents(d, mask))
}

export function measure(file: IgvmFile, o: MeasureOptions = {}, contents = IN_MEMORY): MeasureResult {
  const platform = o.platform ?? 'sev-snp'
  const mask = platformMask(file, platform)
  if (mask === null) throw new MeasureError(PLATFORM_NOT_IN_FILE)
  const snp = platform === 'sev-snp'
  let hashed = 0
  // PAGE_INFO; its first 48 bytes are the launch digest so far, each record's hash written back there.
  const info = Buffer.alloc(0x70)
  info.writeUInt16LE(0x70, 0x60)
  const view = new DataView(info.buffer, info.byteOffset, 0x70) // cheaper than writeBigUInt64LE's checks
  const sev = snp ? null : createHash('sha256')
  const log: MeasureResult['log'] = []
  let idBlock: Buffer | undefined
  let vmsaCount = 0

  const record = (gpa: bigint, type: number, contents: Uint8Array) => {
    info.set(contents, 0x30)
    info[0x62] = type
    view.setBigUint64(0x68, gpa, true)
    sha384Into(info, info, 0)
    if (o.log) {
      const name = LOG_NAMES[type]!
      const last = log.at(-1)
      if (last && last.type === name && last.gpa + last.length === gpa) last.length += BigInt(PAGE_4K)
      else log.push({ gpa, length: BigInt(PAGE_4K), type: name })
    }
  }

  /** One 4 KiB page; `d` is the directive whose file data it has, if any. */
  const page4k = (gpa: bigint, flags: number, dataType: number, d: PageData | null) => {
    if (sev) {
      if (d) sev.update(contents.bytes(d))
      return
    }
    if (dataType === DATA_TYPE.NORMAL) {
      if (flags & PAGE_FLAGS.UNMEASURED) record(gpa, SNP_PAGE.UNMEASURED, NO_CONTENTS)
      else if (!d && o.nativeZero) record(gpa, SNP_PAGE.ZERO, NO_CONTENTS)
      else record(gpa, SNP_PAGE.NORMAL, d ? contents.hash(d, hashed++) : ZERO_PAGE_HASH)
    } else if (dataType === DATA_TYPE.SECRETS) record(gpa, SNP_PAGE.SECRETS, NO_CONTENTS)
    else if (dataType === DATA_TYPE.CPUID_DATA || dataType === DATA_TYPE.CPUID_XF)
      record(gpa, SNP_PAGE.CPUID, NO_CONTENTS)
  }

  for (const d of file.directives) {
    switch (d.kind) {
      case 'page-data': {
        if ((d.mask & mask) === 0) break
        if (d.flags & PAGE_FLAGS.IS_2MB) {
          // igvm 0.4.0 keeps 4 KiB of data, so igvmmeasure's size assertion fails on such a page.
          if (d.fileOffset !== 0)
            throw new MeasureError(
              `a 2 MiB page at 0x${d.gpa.toString(16)} has file data; igvmmeasure panics on it (only 4 KiB of data can be stored)`
            )
          for (let off = 0; off < PAGE_2M; off += PAGE_4K)
            page4k(d.gpa + BigInt(off), d.flags, d.dataType, null)
        } else page4k(d.gpa, d.flags, d.dataType, d.fileOffset !== 0 ? d : null)
        break
      }
      case 'parameter-insert':
        if ((d.mask & mask) === 0) break
        if (o.checkKvm && vmsaCount > 0) throw new MeasureError(KVM_MESSAGES.order)
        page4k(d.gpa, PAGE_FLAGS.UNMEASURED, DATA_TYPE.NORMAL, null)
        break
      case 'vp-context': {
        if (d.platformType !== PLATFORM_TYPE.SEV_SNP && d.platformType !== PLATFORM_TYPE.SEV_ES) break
        if (o.checkKvm) {
          if (vmsaCount > 0) throw new MeasureError(KVM_MESSAGES.count)
          if (d.gpa !== KVM_VMSA_GPA) throw new MeasureError(KVM_MESSAGES.gpa(d.gpa))
          const cr0 = Buffer.from(d.data.buffer, d.data.byteOffset, d.data.byteLength).readBigUInt64LE(
            VMSA.CR0
          )
          if (cr0 !== 0x31n && cr0 !== 0x30n) throw new MeasureError(KVM_MESSAGES.cr0(cr0))
        }
        vmsaCount++
        if (sev) sev.update(d.data)
        else record(d.gpa, SNP_PAGE.VMSA, sha384(d.data))
        break
      }
      case 'snp-id-block':
        if (snp && (d.mask & mask) !== 0) idBlock = Buffer.from(d.ld)
        break
    }
  }
  return {
    digest: sev ? sev.digest() : Buffer.from(info.subarray(0, 48)),
    ...(idBlock ? { idBlock } : {}),
    vmsaCount,
    log
  }
}

export const toHex = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase()
