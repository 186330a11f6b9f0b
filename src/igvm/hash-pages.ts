// SHA-384 of many 4 KiB pages of an open file on every core. The pages are cut into batches; the
// main thread and the workers claim batches in order from one shared counter, read them with
// pread (each into its own buffer) and write the 48-byte digests into shared memory. Whoever
// needs digest k hashes unclaimed batches itself until its own is done, and only then waits: it
// never depends on a worker having started (a worker takes ~40 ms to boot).
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import * as crypto from 'node:crypto'
import { readSync } from 'node:fs'
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
  digests: Uint8Array
  /** [0]: the next batch to claim. */
  next: Int32Array
  state: Int32Array
}

interface Deps {
  readSync: typeof readSync
  sha384: (d: Uint8Array) => Uint8Array
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
        s.digests.set(deps.sha384(buf.subarray((k - i) * 4096, (k - i + 1) * 4096)), k * 48)
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

/** Each worker claims batches until none is left, then its thread ends. */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads')
const crypto = require('node:crypto')
const sha384 = crypto.hash
  ? d => crypto.hash('sha384', d, 'buffer')
  : d => crypto.createHash('sha384').update(d).digest()
const claimBatch = ${claimBatch.toString()}
const deps = { readSync: require('node:fs').readSync, sha384 }
const buf = new Uint8Array(workerData.batch * 4096)
while (claimBatch(deps, workerData, buf, false));
`

// One-shot hashing (Node 20.12+) avoids a Hash object per page.
const oneShot = (crypto as unknown as { hash?: (alg: string, data: Uint8Array, enc: 'buffer') => Buffer })
  .hash
const DEPS: Deps = {
  readSync,
  sha384: oneShot ? d => oneShot('sha384', d, 'buffer') : d => crypto.createHash('sha384').update(d).digest()
}

/**
 * Below this many pages the caller hashes alone: a worker costs ~40 ms of start-up, in which one
 * thread hashes about 32 MiB (measured: bench/measure).
 */
export const MIN_PAGES_FOR_WORKERS = 4096

export interface HashOptions {
  /** Worker threads besides the caller's (default: one per core but the caller's, none for few pages). */
  workers?: number
  /** Pages per batch (default 256: 1 MiB reads). */
  batch?: number
  /** The file's name, for errors. */
  name?: string
}

export interface PageHashes {
  /** How many worker threads were started (0: the caller hashes alone). */
  readonly workers: number
  /** How many batches the caller has hashed itself so far. */
  readonly hashedHere: number
  /** SHA-384 of page k, waiting for (or doing) its batch. */
  get(k: number): Uint8Array
  /** Lets workers stop after their current batch. */
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
    digests: shared(Uint8Array, count * DIGEST),
    next: shared(Int32Array, 4),
    state: shared(Int32Array, batches * 4)
  }
  s.offsets.set(offsets)
  const wanted = o.workers ?? (count < MIN_PAGES_FOR_WORKERS ? 0 : availableParallelism() - 1)
  const workers = Math.min(wanted, batches - 1)
  for (let i = 0; i < workers; i++) {
    // unref: the process may end while a late worker is still booting.
    new Worker(WORKER_SOURCE, { eval: true, workerData: s }).unref()
  }
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
    workers: Math.max(workers, 0),
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
    }
  }
}
