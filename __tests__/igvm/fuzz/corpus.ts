// The fuzz corpus: small files made here (never copied from elsewhere), each reaching a part of the
// reader the vectors do not: CoRIM and optional headers, format V2, VBS and native contexts, TDX
// with parameter areas of absurd size or at the top of the address space, an ID block, random
// files. `node --import tsx scripts/fuzz-igvm.mjs --write-corpus` writes them to corpus/; a test
// checks the files there are still what this module makes.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  buildIgvm,
  corim,
  dataOffsets,
  optional,
  pageData,
  platform,
  vpContext,
  type RawHeader
} from '../builder.js'
import { sampleFile, tdxArea } from '../samples.js'
import { randomIgvm } from './generate.js'
import { rng } from './rng.js'

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus')

const SNP = 0x1
const TDX = 0x4

/** Headers whose file offsets point at `data`, laid out by `make(offsets)`. */
function withData(make: (off: number[]) => RawHeader[], data: Buffer[], version: 1 | 2 = 1): Buffer {
  const off = dataOffsets({ version, headers: make(data.map(() => 0)), data })
  return buildIgvm({ version, headers: make(off), data })
}

export const SEEDS: Record<string, () => Buffer> = {
  sample: () => sampleFile(),
  'sample-id-block': () => sampleFile({ ld: Buffer.alloc(48, 0xab) }),
  'corim-signed': () =>
    withData(
      off => [
        platform(SNP, 2),
        platform(TDX, 3),
        corim(0x104, SNP | TDX, off[1]!, 10),
        corim(0x105, SNP, off[1]! + 10, 4),
        pageData(0x10000n, SNP | TDX, off[0]!)
      ],
      [Buffer.alloc(4096, 0x5a), Buffer.from('d901f5a1006474657374a1016161', 'hex')]
    ),
  'optional-headers': () =>
    buildIgvm({
      version: 2,
      headers: [
        platform(SNP, 2),
        optional(0x107, Buffer.alloc(0x18, 1)),
        optional(0x3f0),
        pageData(0x10000n, SNP, 0),
        optional(0x80, Buffer.alloc(0))
      ]
    }),
  'vbs-native': () => {
    const vbs = Buffer.alloc(4 + 0x40)
    vbs.writeUInt32LE(2, 0)
    vbs.writeUInt32LE(0x00020010, 5)
    vbs.writeUInt32LE(0x00040000, 0x25)
    return withData(
      off => [
        platform(0x1, 1, { vtl: 2 }),
        platform(0x2, 0),
        vpContext(0n, 0x1, off[0]!),
        vpContext(0n, 0x2, off[1]!)
      ],
      [vbs, Buffer.alloc(4096)]
    )
  },
  'tdx-area-2p64-4096': () => tdxArea((1n << 64n) - 4096n, 0n),
  'tdx-area-1tib': () => tdxArea(1n << 40n, 0x100000n),
  'tdx-area-at-top': () => tdxArea(0x2000n, 0xfffffffffffff000n),
  ...Object.fromEntries(
    Array.from({ length: 8 }, (_, i) => [`random-${i + 1}`, () => randomIgvm(rng(0x5eed0000 + i))])
  )
}

/** The corpus files as they are on disk (name without .igvm, bytes). */
export function corpusFiles(): [string, Buffer][] {
  return readdirSync(CORPUS_DIR)
    .filter(f => f.endsWith('.igvm'))
    .sort()
    .map(f => [f.slice(0, -5), readFileSync(join(CORPUS_DIR, f))])
}

/** IGVM files in a folder (the shared vectors), or none when it is absent. */
export function igvmFilesIn(dir: string): Buffer[] {
  try {
    return readdirSync(dir)
      .filter(f => f.endsWith('.igvm'))
      .sort()
      .map(f => readFileSync(join(dir, f)))
  } catch {
    return []
  }
}
