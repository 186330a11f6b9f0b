// SHA-384 written where it is needed. Node's one-shot crypto.hash (20.12+) is the fast path, with
// 'latin1' output: asked for 'buffer' it first fails to look the name up as an encoding, which
// costs more than hashing the 112-byte PAGE_INFO itself (the chain ran 3x slower that way).
import * as crypto from 'node:crypto'

const oneShot = (crypto as unknown as { hash?: (alg: string, data: Uint8Array, enc: 'latin1') => string })
  .hash

/** Writes the SHA-384 of `data` into `target[at..at+48)` (`target` may be `data` itself). */
export const sha384Into: (data: Uint8Array, target: Buffer, at: number) => void = oneShot
  ? (data, target, at) => void target.write(oneShot('sha384', data, 'latin1'), at, 'latin1')
  : (data, target, at) => void crypto.createHash('sha384').update(data).digest().copy(target, at)

export function sha384(data: Uint8Array): Buffer {
  const b = Buffer.allocUnsafe(48)
  sha384Into(data, b, 0)
  return b
}
