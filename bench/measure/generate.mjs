// Writes a V1 IGVM file of PAGES random data pages for one SEV-SNP platform, one PAGE_DATA
// directive per page: the shape whose cost is the per-page SHA-384. Written in chunks, so a
// 1 GiB file never sits in this process's memory.
import { randomFillSync } from 'node:crypto'
import { closeSync, openSync, writeSync } from 'node:fs'
import { crc32 } from 'node:zlib'

const PAGE = 4096
const CHUNK_PAGES = 1024

/** Writes the file to `path`; returns its size in bytes. */
export function generateIgvm(path, pages) {
  const headers = Buffer.alloc(8 + 0x10 + pages * (8 + 0x18))
  headers.writeUInt32LE(0x001, 0) // PLATFORM
  headers.writeUInt32LE(0x10, 4)
  headers.writeUInt32LE(1, 8) // mask
  headers.writeUInt8(2, 13) // SEV-SNP
  headers.writeUInt16LE(1, 14)
  const dataStart = 0x18 + headers.length
  if (dataStart + pages * PAGE > 0xffffffff) throw new Error(`${pages} pages do not fit a 32-bit file offset`)
  for (let i = 0; i < pages; i++) {
    const at = 8 + 0x10 + i * (8 + 0x18)
    headers.writeUInt32LE(0x302, at) // PAGE_DATA
    headers.writeUInt32LE(0x18, at + 4)
    headers.writeBigUInt64LE(BigInt(i) * BigInt(PAGE), at + 8)
    headers.writeUInt32LE(1, at + 16)
    headers.writeUInt32LE(dataStart + i * PAGE, at + 20)
  }
  const total = dataStart + pages * PAGE
  const fixed = Buffer.alloc(0x18)
  fixed.writeUInt32LE(0x4d564749, 0)
  fixed.writeUInt32LE(1, 4)
  fixed.writeUInt32LE(0x18, 8)
  fixed.writeUInt32LE(headers.length, 12)
  fixed.writeUInt32LE(total, 16)
  fixed.writeUInt32LE(crc32(headers, crc32(fixed)), 20)
  const fd = openSync(path, 'w')
  try {
    writeSync(fd, fixed)
    writeSync(fd, headers)
    const chunk = Buffer.alloc(CHUNK_PAGES * PAGE)
    for (let done = 0; done < pages; done += CHUNK_PAGES) {
      const n = Math.min(CHUNK_PAGES, pages - done) * PAGE
      randomFillSync(chunk, 0, n)
      writeSync(fd, chunk, 0, n)
    }
  } finally {
    closeSync(fd)
  }
  return total
}

// `node bench/measure/generate.mjs OUT PAGES`
if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, pages] = process.argv.slice(2)
  console.log(generateIgvm(out, Number(pages)))
}
