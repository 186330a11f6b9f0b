// SHA-384 of many 4 KiB pages of an open file on every core. The pages are cut into batches; the
// main thread and the workers claim batches in order from one shared counter, read them with
// pread (each into its own buffer) and write the 48-byte digests into shared memory. Whoever
// needs digest k hashes unclaimed batches itself until its own is done, and only then waits: it
// never depends on a worker having started (a worker takes ~40 ms to boot).
import { availableParallelism, loadavg } from 'node:os'
import { Worker } from 'node:worker_threads'
import { readFileSync, readSync } from 'node:fs'
import { sha384Into } from './hash-sha384.js'
import { InputError } from './input.js'

const PAGE = 4096
const DIGEST = 48
/** Batch states. */
const DONE = 2
const FAILED = 3

/** What the main thread and the workers share (typed arrays over SharedArrayBuffers). */
interface Shared {
  fd: number
  batch: number
  count: number
  offsets: Float64Array
  digests: Buffer
  /** [0]: the next batch to claim. */
  next: Int32Array
  state: Int32Array
}

interface Deps {
  readSync: typeof readSync
  sha384Into: (d: Uint8Array, target: Buffer, at: number) => void
}

/**
 * Claims the next batch and hashes it; false when none is left. Runs in workers as source text,
 * so it uses nothing but its arguments and JavaScript's globals. A worker's failure only marks
 * the batch FAILED: the main thread then hashes it again itself, to report the error.
 */
function claimBatch(deps: Deps, s: Shared, buf: Uint8Array, rethrow: boolean): boolean {
  const b = Atomics.add(s.next, 0, 1)
  const batches = Math.ceil(s.count / s.batch)
  if (b >= batches) return false
  Atomics.store(s.state, b, 1) // claimed
  try {
    const end = Math.min((b + 1) * s.batch, s.count)
    for (let i = b * s.batch; i < end;) {
      let j = i + 1 // pages i..j-1 lie one after the other in the file: one read
      while (j < end && s.offsets[j] === s.offsets[j - 1]! + 4096) j++
      const n = (j - i) * 4096
      for (let got = 0; got < n;) {
        const r = deps.readSync(s.fd, buf, got, n - got, s.offsets[i]! + got)
        if (r === 0)
          throw new Error(`only ${got} of ${n} bytes at offset 0x${s.offsets[i]!.toString(16)} could be read`)
        got += r
      }
      for (let k = i; k < j; k++)
        deps.sha384Into(buf.subarray((k - i) * 4096, (k - i + 1) * 4096), s.digests, k * 48)
      i = j
    }
    Atomics.store(s.state, b, 2) // DONE
  } catch (e) {
    Atomics.store(s.state, b, 3) // FAILED
    if (rethrow) throw e
  } finally {
    Atomics.notify(s.state, b)
  }
  return true
}

/**
 * Each worker claims batches until none is left, then its thread ends. Its SHA-384 is
 * hash-sha384.ts's; the digests arrive as a plain Uint8Array and are made a Buffer again.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const crypto = require('node:crypto')
const sha384Into = crypto.hash
  ? (d, t, at) => void t.write(crypto.hash('sha384', d, 'latin1'), at, 'latin1')
  : (d, t, at) => void crypto.createHash('sha384').update(d).digest().copy(t, at)
const claimBatch = ${claimBatch.toString()}
const deps = { readSync: require('node:fs').readSync, sha384Into }
parentPort.once('message', job => {
  const s = { ...job, digests: Buffer.from(job.digests.buffer) }
  const buf = new Uint8Array(s.batch * 4096)
  while (claimBatch(deps, s, buf, false));
})
`

const DEPS: Deps = { readSync, sha384Into }

/**
 * Below this many pages the caller hashes alone: a worker costs ~30 ms of CPU to start, in which
 * one thread hashes about 16 MiB (measured here: bench/measure).
 */
export const MIN_PAGES_FOR_WORKERS = 4096

/**
 * How many other tasks are running right now: the kernel's count of runnable tasks (Linux's
 * /proc/loadavg, ourselves excluded), else the 1-minute load average. The average lags: right
 * after another process ended it still counts it, and a benchmark alternating with us reads ~1.
 */
export function busyElsewhere(): number {
  try {
    const running = Number(readFileSync('/proc/loadavg', 'latin1').split(' ')[3]?.split('/')[0])
    if (Number.isInteger(running) && running >= 1) return running - 1
  } catch {
    // not Linux
  }
  return loadavg()[0]!
}

/**
 * Workers worth starting: one per core nothing else is running on, less the caller's. A worker
 * on a busy core only adds its start-up: on this 2-core machine shared by eight jobs the pool
 * made `measure` slower than hashing alone (bench/measure).
 */
export function defaultWorkers(cores = availableParallelism(), busy = busyElsewhere()): number {
  return Math.max(0, Math.min(cores - 1, Math.ceil(cores - busy) - 1))
}

/**
 * Starts `n` workers now, to boot while the caller does something else (parses the headers);
 * each waits for the one job `hashPages` gives it. unref: the process may end while one boots.
 */
export function startHashers(n: number): Worker[] {
  return Array.from({ length: Math.max(n, 0) }, () => {
    const w = new Worker(WORKER_SOURCE, { eval: true })
    w.unref()
    // One that cannot start claims nothing: the caller hashes its share, the digests are the same.
    w.on('error', () => {})
    return w
  })
}

interface HashOptions {
  /** Worker threads besides the caller's (default: one per core but the caller's, none for few pages). */
  workers?: number
  /** Workers from `startHashers`, used instead of starting `workers` (ended by `close`). */
  started?: Worker[]
  /** Pages per batch (default 256: 1 MiB reads). */
  batch?: number
  /** The file's name, for errors. */
  name?: string
}

interface PageHashes {
  /** How many worker threads were started (0: the caller hashes alone). */
  readonly workers: number
  /** How many batches the caller has hashed itself so far. */
  readonly hashedHere: number
  /** SHA-384 of page k, waiting for (or doing) its batch. */
  get(k: number): Uint8Array
  /** Ends the workers (after all `get`s, they have nothing left to do). */
  close(): void
}

const shared = <T>(make: new (b: SharedArrayBuffer) => T, bytes: number) =>
  new make(new SharedArrayBuffer(bytes))

/** Hashes the 4 KiB pages at `offsets` in the open file `fd`. */
export function hashPages(fd: number, offsets: ArrayLike<number>, o: HashOptions = {}): PageHashes {
  const batch = o.batch ?? 256
  const count = offsets.length
  const batches = Math.ceil(count / batch)
  const s: Shared = {
    fd,
    batch,
    count,
    offsets: shared(Float64Array, count * 8),
    digests: Buffer.from(new SharedArrayBuffer(count * DIGEST)),
    next: shared(Int32Array, 4),
    state: shared(Int32Array, batches * 4)
  }
  s.offsets.set(offsets)
  const pool =
    o.started ??
    startHashers(Math.min(o.workers ?? (count < MIN_PAGES_FOR_WORKERS ? 0 : defaultWorkers()), batches - 1))
  for (const w of pool) w.postMessage(s)
  const buf = new Uint8Array(batch * PAGE)
  /** Hashes a batch here: the next one, or `again`, one that failed in a worker (to say why). */
  let hashedHere = 0
  const here = (again?: number) => {
    hashedHere++
    try {
      return claimBatch(DEPS, again === undefined ? s : { ...s, next: new Int32Array([again]) }, buf, true)
    } catch (e) {
      const why = (e as Error).message
      throw new InputError(`${o.name ?? 'IGVM file'}: ${why} (did the file change while it was measured?)`)
    }
  }
  return {
    workers: pool.length,
    get hashedHere() {
      return hashedHere
    },
    get(k) {
      if (!(k >= 0 && k < count)) throw new RangeError(`page ${k} is not among the ${count} pages hashed`)
      const b = Math.floor(k / batch)
      for (;;) {
        const st = Atomics.load(s.state, b)
        if (st === DONE) break
        if (st === FAILED) here(b)
        // While any batch is unclaimed, hash one here rather than wait (a worker has b, or soon will).
        else if (Atomics.load(s.next, 0) < batches) here()
        else Atomics.wait(s.state, b, st)
      }
      return s.digests.subarray(k * DIGEST, (k + 1) * DIGEST)
    },
    close() {
      Atomics.store(s.next, 0, batches)
      for (const w of pool) void w.terminate()
    }
  }
}
