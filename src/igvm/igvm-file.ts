// What the reader makes of an IGVM file: its platforms, initialization headers and directives in
// file order, with the byte offset of the header each came from.
export interface Platform {
  offset: number
  mask: number
  highestVtl: number
  platformType: number
  platformVersion: number
  sharedGpaBoundary: bigint
}

interface GuestPolicy {
  offset: number
  policy: bigint
  mask: number
}

interface PageTableRelocation {
  offset: number
  mask: number
  gpa: bigint
  size: bigint
}

export type Directive =
  | {
      kind: 'page-data'
      offset: number
      gpa: bigint
      mask: number
      fileOffset: number
      flags: number
      dataType: number
      /** The 4 KiB at fileOffset (null when it is 0), or always null when parsed with `pageData: false`. */
      data: Uint8Array | null
    }
  | { kind: 'parameter-area'; offset: number; bytes: bigint; index: number; fileOffset: number }
  | { kind: 'parameter-usage'; offset: number; type: number; index: number; byteOffset: number }
  | { kind: 'parameter-insert'; offset: number; gpa: bigint; mask: number; index: number }
  | {
      kind: 'vp-context'
      offset: number
      gpa: bigint
      mask: number
      vpIndex: number
      platformType: number
      data: Uint8Array
    }
  | { kind: 'required-memory'; offset: number; gpa: bigint; mask: number; bytes: number; flags: number }
  | { kind: 'snp-id-block'; offset: number; mask: number; ld: Uint8Array; authorKeyEnabled: boolean }
  | { kind: 'error-range'; offset: number; gpa: bigint; mask: number; bytes: number }
  | { kind: 'vbs-measurement'; offset: number; mask: number }

export type PageData = Extract<Directive, { kind: 'page-data' }>

/** A CoRIM document or its COSE_Sign1 signature (igvm 0.5): recognised and kept, never measured. */
interface CorimHeader {
  kind: 'document' | 'signature'
  offset: number
  mask: number
  fileOffset: number
  size: number
  /** The payload (empty when fileOffset is 0), or null when parsed with `pageData: false`. */
  data: Uint8Array | null
}

/** A header with the optional bit set whose type the reader does not know: skipped, listed here. */
interface SkippedHeader {
  offset: number
  type: number
  length: number
}

export interface IgvmFile {
  version: 1 | 2
  /** V2 only: 0 = X64, 1 = AArch64. */
  arch: number
  totalSize: number
  checksum: number
  fileDataStart: number
  platforms: Platform[]
  policies: GuestPolicy[]
  relocations: PageTableRelocation[]
  corim: CorimHeader[]
  directives: Directive[]
  /** Unknown optional headers, in file order (none in a file igvm 0.4.0 could read). */
  skipped: SkippedHeader[]
}
