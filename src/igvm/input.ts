// Where an IGVM file's bytes come from: a buffer already in memory, an open regular file read piece
// by piece (its headers once, file data in windows, so a 1 GiB file never sits in memory whole),
// or a pipe read whole with a cap. Nothing past the fixed header is read until it holds.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { IgvmError } from './errors.js'
import { readFixedHeader, type FixedHeader } from './fixed-header.js'
import { fileKind } from '../util/input-file.js'
import { InputError } from './input-error.js'
import { readPipe, type PipeOptions } from './pipe-input.js'

export { InputError } from './input-error.js'

export interface IgvmInput {
  /** The file's size in bytes. */
  readonly size: number
  /** The file from its start through the variable headers (at least; a buffer input is all of it). */
  readonly head: Uint8Array
  /** `length` bytes at `offset`, which the caller has checked lie inside the file. */
  read(offset: number, length: number): Uint8Array
  /** The open file, for workers that read pages themselves; absent for a buffer. */
  readonly fd?: number
  close(): void
}

export function bufferInput(buf: Uint8Array): IgvmInput {
  return { size: buf.length, head: buf, read: (o, n) => buf.subarray(o, o + n), close: () => {} }
}

/** An errno-shaped error, as `fs` throws them, for what `open` accepts but a read would refuse. */
const errno = (code: string, n: number, path: string) =>
  Object.assign(new Error(`${code}: ${path}`), { code, errno: -n, path })

const WINDOW = 1 << 20

/** Fills `buf[at..at+n)` from `position`; a short read means the file shrank since it was checked. */
function readFully(fd: number, buf: Uint8Array, at: number, n: number, position: number): void {
  let done = 0
  while (done < n) {
    const got = readSync(fd, buf, at + done, n - done, position + done)
    if (got === 0)
      throw new InputError(`only ${done} of ${n} bytes at offset 0x${position.toString(16)} could be read`)
    done += got
  }
}

/** What a file that is neither regular nor a pipe is, for the refusal. */
/** The fixed header when it holds for a file of `size` bytes, or null (the parser says why). */
function plausibleFixedHeader(fixed: Uint8Array, size: number): FixedHeader | null {
  try {
    return readFixedHeader(fixed, size, (offset, rule, debug) => {
      throw new IgvmError(offset, rule, debug)
    })
  } catch (e) {
    if (e instanceof IgvmError) return null
    throw e
  }
}

/** Names of standard input: read from fd 0 itself (a socket there cannot be opened again). */
const STDIN = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0'])

/**
 * Opens `path` and reads its headers once its fixed header holds (a regular file), or all of it
 * (a pipe, capped). Opening never waits for a FIFO's writer. Errno errors (which igvmmeasure
 * reports as "Failed to open firmware file") pass through; every other refusal is an InputError
 * naming the file.
 */
export function fileInput(path: string, o: PipeOptions = {}): IgvmInput {
  const stdin = STDIN.has(path)
  const fd = stdin ? 0 : openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  const close = () => {
    if (!stdin) closeSync(fd)
  }
  try {
    const st = fstatSync(fd)
    if (st.isDirectory()) throw errno('EISDIR', 21, path)
    if (st.isFIFO() || st.isSocket()) {
      const input = bufferInput(readPipe(fd, path, o))
      close()
      return input
    }
    if (!st.isFile()) throw new InputError(`${path}: ${fileKind(st)}, not a regular file or a pipe`)
    return regularInput(fd, path, st.size, close)
  } catch (e) {
    close()
    throw e
  }
}

function regularInput(fd: number, path: string, size: number, close: () => void): IgvmInput {
  const fixed = new Uint8Array(Math.min(size, 0x20))
  const whole = (e: unknown) =>
    e instanceof InputError
      ? new InputError(`${path}: ${e.message} (did the file change while it was measured?)`)
      : e
  try {
    readFully(fd, fixed, 0, fixed.length, 0)
  } catch (e) {
    throw whole(e)
  }
  // The variable headers are read only when the fixed header holds (else the parser refuses it).
  const end = plausibleFixedHeader(fixed, size)?.fileDataStart ?? 0
  const head = new Uint8Array(Math.max(fixed.length, end))
  head.set(fixed)
  try {
    readFully(fd, head, fixed.length, head.length - fixed.length, fixed.length)
  } catch (e) {
    throw whole(e)
  }
  // Later reads (VP contexts, SEV page data) go through one window that moves forward.
  let window = new Uint8Array(0)
  let windowAt = 0
  return {
    size,
    head,
    fd,
    read(offset, length) {
      if (offset + length <= head.length) return head.subarray(offset, offset + length)
      if (offset < windowAt || offset + length > windowAt + window.length) {
        window = new Uint8Array(Math.min(Math.max(length, WINDOW), size - offset))
        windowAt = offset
        try {
          readFully(fd, window, 0, window.length, offset)
        } catch (e) {
          throw whole(e)
        }
      }
      return window.subarray(offset - windowAt, offset - windowAt + length)
    },
    close
  }
}
