// Where an IGVM file's bytes come from: a buffer already in memory, or an open file read piece by
// piece (its headers once, file data in windows), so a 1 GiB file never sits in memory whole.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

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

/** A file that could be opened but not read through (it shrank, or the disk failed, meanwhile). */
export class InputError extends Error {
  override name = 'InputError'
}

/** Fills `buf[at..at+n)` from `position`; a short read means the file shrank since it was checked. */
export function readFully(fd: number, buf: Uint8Array, at: number, n: number, position: number): void {
  let done = 0
  while (done < n) {
    const got = readSync(fd, buf, at + done, n - done, position + done)
    if (got === 0)
      throw new InputError(`only ${done} of ${n} bytes at offset 0x${position.toString(16)} could be read`)
    done += got
  }
}

/**
 * Opens `path` and reads its headers: the fixed header says where the variable headers end. Every
 * error here is an errno error, which igvmmeasure reports as "Failed to open firmware file".
 */
export function fileInput(path: string): IgvmInput {
  const fd = openSync(path, 'r')
  try {
    const st = fstatSync(fd)
    if (st.isDirectory()) throw errno('EISDIR', 21, path)
    const size = st.size
    const fixed = new Uint8Array(Math.min(size, 0x20))
    readFully(fd, fixed, 0, fixed.length, 0)
    const v = new DataView(fixed.buffer)
    const end = fixed.length >= 0x10 ? v.getUint32(8, true) + v.getUint32(0xc, true) : 0
    // Headers said to reach the end of the file or past it fail on the fixed header alone.
    const head = new Uint8Array(Math.max(fixed.length, end < size ? end : 0))
    head.set(fixed)
    readFully(fd, head, fixed.length, head.length - fixed.length, fixed.length)
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
            throw new InputError(
              `${path}: ${(e as Error).message} (did the file change while it was measured?)`
            )
          }
        }
        return window.subarray(offset - windowAt, offset - windowAt + length)
      },
      close: () => closeSync(fd)
    }
  } catch (e) {
    closeSync(fd)
    throw e
  }
}
