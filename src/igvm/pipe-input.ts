// A pipe (stdin, a FIFO, a socket) read into memory, bounded three ways: by the size its fixed
// header declares (the stream is not read past it), by a cap on that size, and by how long it may
// stay silent. A FIFO is opened without waiting for a writer, so nothing here blocks forever.
import { readSync } from 'node:fs'
import { IgvmError } from './errors.js'
import { IGVM_MAGIC } from './format.js'
import { InputError } from './input-error.js'

export interface PipeOptions {
  /** How long the pipe may stay silent before it is given up on (default 30 s). */
  idleMs?: number
  /** The largest file read from a pipe (default 1 GiB; total_file_size may say up to 4 GiB). */
  maxBytes?: number
}

const PIPE_MAX_BYTES = 1 << 30
const IDLE_MS = 30_000
const FIXED_V2 = 0x20

const sleeper = new Int32Array(new SharedArrayBuffer(4))
/** Waits `ms` without spinning (the read is synchronous, like the rest of the reader). */
const pause = (ms: number) => void Atomics.wait(sleeper, 0, 0, ms)

/**
 * The file on the pipe `fd` (opened non-blocking). Ends at end of stream; refuses a stream that
 * carries more than its fixed header declares, declares more than `maxBytes`, or stays silent.
 * A stream that is not an IGVM file is cut after its first 32 bytes (the parser names the fault).
 */
export function readPipe(fd: number, path: string, o: PipeOptions = {}): Buffer {
  const idleMs = o.idleMs ?? IDLE_MS
  const maxBytes = o.maxBytes ?? PIPE_MAX_BYTES
  const chunks: Buffer[] = []
  let total = 0
  let lastData = Date.now()
  const chunk = Buffer.allocUnsafe(1 << 20)
  /** Reads until `limit` bytes are in or the stream ends; false at end of stream. */
  const fill = (limit: number): boolean => {
    while (total < limit) {
      let n: number
      try {
        n = readSync(fd, chunk, 0, Math.min(chunk.length, limit - total), null)
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e
        if (Date.now() - lastData >= idleMs)
          throw new InputError(`${path}: nothing came through the pipe for ${idleMs / 1000} s`)
        pause(Math.min(20, idleMs))
        continue
      }
      if (n === 0) return false
      chunks.push(Buffer.from(chunk.subarray(0, n)))
      total += n
      lastData = Date.now()
    }
    return true
  }
  const bytes = () => Buffer.concat(chunks, total)
  if (!fill(FIXED_V2)) {
    if (total === 0) throw new InputError(`${path}: the pipe ended before anything was written to it`)
    return bytes()
  }
  const head = bytes()
  const version = head.readUInt32LE(4)
  if (head.readUInt32LE(0) !== IGVM_MAGIC || (version !== 1 && version !== 2)) return head
  const declared = head.readUInt32LE(0x10)
  if (declared > maxBytes)
    throw new InputError(
      `${path}: the fixed header declares ${declared} bytes; a pipe is read into memory, up to ${maxBytes} bytes: save the file to disk and give its path`
    )
  if (fill(declared + 1))
    throw new IgvmError(
      0x10,
      `total_file_size says ${declared} bytes, the pipe carries more`,
      'InvalidFixedHeader',
      path
    )
  return bytes()
}
