// igvm 0.5's CoRIM headers (initialization section, IGVM_VHS_CORIM_DATA): a CoRIM document, or a
// COSE_Sign1 signature of it, for the platforms of a compatibility mask. Per platform bit at most
// one document and one signature, the signature after its document; reserved zero; the payload
// inside the file data. They are kept for `inspect` and never measured.
import { VHT } from './format.js'
import type { HeaderContext } from './header-context.js'

/** The single bits of a mask, low to high. */
const bits = (mask: number) =>
  Array.from({ length: 32 }, (_, i) => (1 << i) >>> 0).filter(b => (mask & b) !== 0)

export function corimHeader(c: HeaderContext, type: number): void {
  const kind = type === VHT.CORIM_DOCUMENT ? 'document' : 'signature'
  const name = type === VHT.CORIM_DOCUMENT ? 'CORIM_DOCUMENT' : 'CORIM_SIGNATURE'
  const mask = c.b32(0)
  const fileOffset = c.b32(4)
  const size = c.b32(8)
  if (c.b32(0xc) !== 0) c.fail(c.at, `${name} reserved field is not zero`, 'ReservedNotZero')
  const data = c.data(fileOffset, size, c.readPages) ?? (fileOffset === 0 ? new Uint8Array(0) : null)
  for (const bit of bits(mask)) {
    const hex = `0x${bit.toString(16)}`
    if (kind === 'document') {
      if (c.corimDocuments & bit)
        c.fail(
          c.at,
          `a second CoRIM document for compatibility mask ${hex}`,
          `MultipleCorimDocuments(${bit})`
        )
      c.corimDocuments = (c.corimDocuments | bit) >>> 0
    } else {
      if (c.corimSignatures & bit)
        c.fail(
          c.at,
          `a second CoRIM signature for compatibility mask ${hex}`,
          `MultipleCorimSignatures(${bit})`
        )
      if (!(c.corimDocuments & bit))
        c.fail(
          c.at,
          `a CoRIM signature for compatibility mask ${hex} before any CoRIM document for it`,
          `MissingCorimDocument(${bit})`
        )
      c.corimSignatures = (c.corimSignatures | bit) >>> 0
    }
  }
  c.file.corim.push({ kind, offset: c.at, mask, fileOffset, size, data })
}
