// Reading a file the user named, bounded: only a regular file or a pipe, never more than `max`
// bytes, and never waiting forever. A FIFO is opened without blocking (a FIFO with no writer
// would otherwise hang the open) and a pipe that stays silent ends in an error, not a hang.
// `-` and /dev/stdin read the standard input as it is (a pipe, or a socket as node's
// child_process makes them, which /dev/stdin cannot be opened on).
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'
import { BadInput } from '../util/errors.js'

export interface Bounds {
  /** How the input is named in messages: `report r.bin`, `--vcek vcek.pem`. */
  name: string
  /** The most bytes read; more is an error. */
  max: number
  /** What the input should be, for the message when it is larger: `exactly 1184 bytes`. */
  expected: string
  /** How long a pipe may stay silent (default 10 s). */
  idleMs?: number
}

const kind = (s: Stats) =>
  s.isDirectory()
    ? 'a directory'
    : s.isCharacterDevice()
      ? 'a character device'
      : s.isBlockDevice()
        ? 'a block device'
        : s.isSocket()
          ? 'a socket'
          : 'not a regular file'

const pause = new Int32Array(new SharedArrayBuffer(4))

export function readBounded(path: string, b: Bounds): Buffer {
  const stdin = path === '-' || path === '/dev/stdin'
  let fd = 0
  if (!stdin)
    try {
      fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      throw new BadInput(
        `${b.name}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message}`
      )
    }
  try {
    const st = fstatSync(fd)
    if (!st.isFile() && !st.isFIFO() && !(stdin && st.isSocket()))
      throw new BadInput(`${b.name}: is ${kind(st)}; expected a regular file or a pipe`)
    if (st.isFile() && st.size > b.max)
      throw new BadInput(`${b.name}: has ${st.size} bytes; expected ${b.expected}`)
    const buf = Buffer.alloc(b.max + 1)
    let got = 0
    let idleSince = Date.now()
    const idleMs = b.idleMs ?? 10_000
    for (;;) {
      let n: number
      try {
        n = readSync(fd, buf, got, buf.length - got, null)
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e
        // A pipe with a writer that has not written yet: wait a little, up to idleMs.
        if (Date.now() - idleSince > idleMs)
          throw new BadInput(`${b.name}: nothing arrived on the pipe for ${idleMs / 1000} s`)
        Atomics.wait(pause, 0, 0, 5)
        continue
      }
      if (n === 0) break
      got += n
      idleSince = Date.now()
      if (got > b.max) throw new BadInput(`${b.name}: has more than ${b.max} bytes; expected ${b.expected}`)
    }
    if (got === 0 && st.isFIFO())
      throw new BadInput(`${b.name}: the pipe ended with no bytes (no writer?); expected ${b.expected}`)
    return buf.subarray(0, got)
  } catch (e) {
    if (e instanceof BadInput) throw e
    throw new BadInput(`${b.name}: ${(e as Error).message}`)
  } finally {
    if (!stdin) closeSync(fd)
  }
}
