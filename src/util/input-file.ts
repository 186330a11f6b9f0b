// A file a user names is read only when it is a regular file of bounded size (or, for small inputs
// that may be piped, a pipe read with a cap and a time limit): a FIFO blocks forever, /dev/zero
// never ends, a directory is not a file. Checked on the open file, so what is checked is what is read.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs'
import { BadInput } from './errors.js'
import { systemErrorReason } from './system-error.js'

/** Firmware images (OVMF is 2-4 MiB): far above any real one, far below what would exhaust memory. */
export const MAX_FIRMWARE_BYTES = 64 << 20

/** What a file system entry is, for "expected a regular file, got …". */
export function fileKind(st: Stats): string {
  if (st.isFile()) return 'a regular file'
  if (st.isDirectory()) return 'a directory'
  if (st.isFIFO()) return 'a FIFO (named pipe)'
  if (st.isCharacterDevice()) return 'a character device'
  if (st.isBlockDevice()) return 'a block device'
  if (st.isSocket()) return 'a socket'
  return 'not a regular file'
}

/** Why a file could not be opened: "no such file", as the other commands say it. */
const openProblem = (e: NodeJS.ErrnoException) =>
  e.code === 'ENOENT' ? 'no such file' : systemErrorReason(e)

function problemOf(st: Stats, maxBytes: number): string | null {
  if (!st.isFile()) return `${fileKind(st)}, expected a regular file`
  if (st.size > maxBytes) return `${st.size} bytes, more than the ${maxBytes} allowed`
  return null
}

/** Why `path` cannot be read as a regular file of at most `maxBytes`, or null (without opening it). */
export function regularFileProblem(path: string, maxBytes: number): string | null {
  let st: Stats
  try {
    st = statSync(path)
  } catch (e) {
    return openProblem(e as NodeJS.ErrnoException)
  }
  return problemOf(st, maxBytes)
}

/**
 * The whole of `path`, or BadInput `<label>: <why>` when it is not a regular file of at most
 * `maxBytes` (or cannot be read). Opened non-blocking, so a FIFO is refused, not waited on.
 */
export function readRegularFile(path: string, maxBytes: number, label = path): Buffer {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (e) {
    throw new BadInput(`${label}: ${openProblem(e as NodeJS.ErrnoException)}`)
  }
  try {
    const st = fstatSync(fd)
    const problem = problemOf(st, maxBytes)
    if (problem) throw new BadInput(`${label}: ${problem}`)
    const buf = Buffer.alloc(st.size)
    let done = 0
    while (done < buf.length) {
      const got = readSync(fd, buf, done, buf.length - done, done)
      if (got === 0) throw new BadInput(`${label}: shrank to ${done} bytes while it was read`)
      done += got
    }
    return buf
  } catch (e) {
    if (e instanceof BadInput) throw e
    throw new BadInput(`${label}: ${systemErrorReason(e as NodeJS.ErrnoException)}`)
  } finally {
    closeSync(fd)
  }
}

interface Bounds {
  /** How the input is named in messages: `report r.bin`, `--vcek vcek.pem`. */
  name: string
  /** The most bytes read; more is an error. */
  max: number
  /** What the input should be, for the message when it is larger: `exactly 1184 bytes`. */
  expected: string
  /** How long a pipe may stay silent (default 10 s). */
  idleMs?: number
}

const pause = new Int32Array(new SharedArrayBuffer(4))

/**
 * A small input that may come on a pipe (a report, a certificate): a regular file or a pipe, never
 * more than `max` bytes, never waiting forever. A FIFO is opened without blocking and a pipe that
 * stays silent ends in an error. `-` and /dev/stdin read the standard input as it is (a pipe, or a
 * socket as node's child_process makes them, which /dev/stdin cannot be opened on).
 */
export function readFileOrPipe(path: string, b: Bounds): Buffer {
  const stdin = path === '-' || path === '/dev/stdin'
  let fd = 0
  if (!stdin)
    try {
      fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
    } catch (e) {
      throw new BadInput(`${b.name}: ${openProblem(e as NodeJS.ErrnoException)}`)
    }
  try {
    const st = fstatSync(fd)
    if (!st.isFile() && !st.isFIFO() && !(stdin && st.isSocket()))
      throw new BadInput(`${b.name}: is ${fileKind(st)}; expected a regular file or a pipe`)
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
