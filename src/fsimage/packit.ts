// PackIt archives (COCONUT's bin/svsm-fs.bin): an 8-byte header, then per file a 12-byte prelude
// (type 1, name length, data length; little-endian), the UTF-8 name and the data. No padding,
// no index, no trailer.
import { readFileSync } from 'node:fs'
import { writeFileAtomic } from '../util/write-atomic.js'

const PACKIT_MAGIC = Buffer.from('PKIT', 'ascii')
const MAX_NAME = 0xffff

interface PackItEntry {
  name: string
  data: Uint8Array
}

export class PackItError extends Error {}

/** Encodes entries in the given order (the packit library's `write_file` sequence). */
export function encodePackIt(entries: readonly PackItEntry[]): Buffer {
  const header = Buffer.alloc(8)
  PACKIT_MAGIC.copy(header, 0)
  header.writeUInt32LE(8, 4)
  const parts: Uint8Array[] = [header]
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8')
    // The encoder accepts an empty name, but every decoder (and so the SVSM kernel) rejects it.
    if (nameBytes.length === 0) throw new PackItError('PackIt: a file name must not be empty')
    if (nameBytes.length > MAX_NAME) {
      throw new PackItError(
        `PackIt: file name of ${nameBytes.length} bytes is longer than ${MAX_NAME}: ${name.slice(0, 40)}...`
      )
    }
    const prelude = Buffer.alloc(12)
    prelude.writeUInt16LE(1, 0)
    prelude.writeUInt16LE(nameBytes.length, 2)
    prelude.writeBigUInt64LE(BigInt(data.length), 4)
    parts.push(prelude, nameBytes, data)
  }
  return Buffer.concat(parts)
}

/** The order `packit pack --input DIR` uses: siblings by the bytes of their names, depth first. */
export function packItCliOrder(names: readonly string[]): string[] {
  return [...names].sort(packItCompare)
}

export function packItCompare(a: string, b: string): number {
  const pa = a.split('/')
  const pb = b.split('/')
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const c = Buffer.compare(Buffer.from(pa[i]!), Buffer.from(pb[i]!))
    if (c !== 0) return c
  }
  return pa.length - pb.length
}

/** Writes the archive whole or not at all (no half-written image remains). */
export function writePackItFile(output: string, files: readonly { name: string; file: string }[]): number {
  const data = encodePackIt(files.map(f => ({ name: f.name, data: readFileSync(f.file) })))
  writeFileAtomic(output, data)
  return data.length
}
