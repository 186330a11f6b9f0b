// verify-report's PEM reader on hostile and large inputs, against the expression it replaced
// (a lazy match from every BEGIN line to the next END: quadratic in BEGIN lines without an END).
// Run: node --import tsx bench/snp-pem/run.mjs. The reader itself is never given more than
// 64 KiB by verify-report (the size cap); the sizes here go past it to show the growth.
import { derBlocks } from '../../src/snp/pem.ts'

const BEGIN = '-----BEGIN CERTIFICATE-----\n'
const before = text => text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)
/** The fastest of three runs, in ms (the first pays for compiling). */
const ms = f => {
  let best = Infinity
  for (let i = 0; i < 3; i++) {
    const t = process.hrtime.bigint()
    try {
      f()
    } catch {
      // a refused input is the expected end for most of these
    }
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6)
  }
  return best
}

console.log('input\tbytes\tbefore (ms)\tnow (ms)')
for (const n of [1000, 4000, 15430]) {
  const text = BEGIN.repeat(n)
  console.log(
    `${n} BEGIN lines\t${text.length}\t${ms(() => before(text)).toFixed(1)}\t${ms(() => derBlocks(Buffer.from(text), 'f', 'CERTIFICATE', 4)).toFixed(3)}`
  )
}
// A valid block of growing size: one pass, linear.
for (const kib of [64, 1024, 16384]) {
  const body = Buffer.alloc(kib * 1024 - 8, 0x41)
  const cert = Buffer.concat([
    Buffer.from([0x30, 0x84]),
    (b => (b.writeUInt32BE(body.length), b))(Buffer.alloc(4)),
    body
  ])
  const b64 = cert.toString('base64').replace(/.{64}/g, '$&\n')
  const text = `${BEGIN}${b64}\n-----END CERTIFICATE-----\n`
  console.log(
    `one ${kib} KiB block\t${text.length}\t${ms(() => before(text)).toFixed(1)}\t${ms(() => derBlocks(Buffer.from(text), 'f', 'CERTIFICATE', 4)).toFixed(1)}`
  )
}
