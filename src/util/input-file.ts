// A file a user names is read only when it is a regular file of bounded size: a FIFO blocks
// forever, /dev/zero never ends, a directory is not a file. Checked on the open file, so what is
// checked is what is read.
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
