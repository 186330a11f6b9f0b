#!/usr/bin/env node
// Digest throughput: `svsm-build measure` on a generated 64 MiB IGVM file (16384 pages of random
// data, SEV-SNP) vs reading and hashing the same file with node:crypto SHA-384 alone, both as
// fresh processes (start-up, read, hash). Reports the throughput ratio and peak RSS.
//   npm run bundle && node bench/measure/run.mjs [runs=5]
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { crc32 } from 'node:zlib'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const runs = Number(process.argv[2] ?? 5)
const PAGES = 16384

// V1 file: one SNP platform, one PAGE_DATA per page, the pages as file data.
const headers = Buffer.alloc(8 + 0x10 + PAGES * (8 + 0x18))
headers.writeUInt32LE(0x001, 0)
headers.writeUInt32LE(0x10, 4)
headers.writeUInt32LE(1, 8) // mask
headers.writeUInt8(2, 13) // SEV-SNP
headers.writeUInt16LE(1, 14)
const dataStart = 0x18 + headers.length
for (let i = 0; i < PAGES; i++) {
  const at = 8 + 0x10 + i * (8 + 0x18)
  headers.writeUInt32LE(0x302, at)
  headers.writeUInt32LE(0x18, at + 4)
  headers.writeBigUInt64LE(BigInt(i) * 4096n, at + 8)
  headers.writeUInt32LE(1, at + 16)
  headers.writeUInt32LE(dataStart + i * 4096, at + 20)
}
const data = randomBytes(PAGES * 4096)
const fixed = Buffer.alloc(0x18)
fixed.writeUInt32LE(0x4d564749, 0)
fixed.writeUInt32LE(1, 4)
fixed.writeUInt32LE(0x18, 8)
fixed.writeUInt32LE(headers.length, 12)
fixed.writeUInt32LE(0x18 + headers.length + data.length, 16)
fixed.writeUInt32LE(crc32(headers, crc32(fixed)), 20)
const dir = mkdtempSync(join(tmpdir(), 'bench-measure-'))
const file = join(dir, 'big.igvm')
writeFileSync(file, Buffer.concat([fixed, headers, data]))
const bytes = 0x18 + headers.length + data.length

/** Wall ms and peak RSS (KiB, from GNU time) of one process. */
function timed(argv) {
  const t = process.hrtime.bigint()
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { encoding: 'utf8' })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}`)
  return { ms, rssKiB: Number(r.stderr.trim().split('\n').at(-1)), out: r.stdout }
}
const median = a => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]
const ours = []
const raw = []
let rss = 0
let rawRss = 0
for (let i = 0; i < runs; i++) {
  const a = timed([process.execPath, join(repo, 'dist', 'cli', 'index.js'), 'measure', file, '--bare'])
  const b = timed([
    process.execPath,
    '-e',
    `const c=require('node:crypto');const f=require('node:fs').readFileSync(process.argv[1]);console.log(c.createHash('sha384').update(f).digest('hex'))`,
    file
  ])
  ours.push(a.ms)
  raw.push(b.ms)
  rss = Math.max(rss, a.rssKiB)
  rawRss = Math.max(rawRss, b.rssKiB)
}
const mb = bytes / (1 << 20)
const oursTp = mb / (median(ours) / 1000)
const rawTp = mb / (median(raw) / 1000)
console.log(`file ${mb.toFixed(1)} MiB (${PAGES} data pages), ${runs} runs each, medians, whole processes`)
console.log(
  `svsm-build measure: ${median(ours).toFixed(0)} ms (${oursTp.toFixed(0)} MiB/s), peak RSS ${(rss / 1024).toFixed(0)} MiB`
)
console.log(
  `read + SHA-384:     ${median(raw).toFixed(0)} ms (${rawTp.toFixed(0)} MiB/s), peak RSS ${(rawRss / 1024).toFixed(0)} MiB`
)
console.log(`throughput ratio ${(oursTp / rawTp).toFixed(2)} (goal >= 0.7)`)
