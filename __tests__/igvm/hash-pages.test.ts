// The page-hashing pool: digests in the caller's order whoever hashed them, any page count and
// batch size, pages scattered or repeated in the file, read errors reported, no workers for few pages.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { closeSync, openSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Worker } from 'node:worker_threads'
import {
  busyElsewhere,
  defaultWorkers,
  hashPages,
  MIN_PAGES_FOR_WORKERS,
  startHashers
} from '../../src/igvm/hash-pages.js'
import { InputError } from '../../src/igvm/input.js'
import { tempDir } from '../helpers/temp.js'

const PAGE = 4096
let dir: string
let fd: number
/** 300 random pages after a 7-byte prefix, so no page is 4 KiB aligned in the file. */
const PAGES = 300
const content = randomBytes(7 + PAGES * PAGE)
const at = (i: number) => 7 + i * PAGE
const expected = (offset: number) =>
  createHash('sha384')
    .update(content.subarray(offset, offset + PAGE))
    .digest()

beforeAll(() => {
  dir = tempDir('hash-pages-')
  writeFileSync(join(dir, 'f'), content)
  fd = openSync(join(dir, 'f'), 'r')
})
afterAll(() => {
  closeSync(fd)
})

/**
 * `n` hashing workers and a promise that they have all ended: a worker's thread ends once no batch
 * is left to claim, so then every batch is done or failed. Fails after `ms` without that.
 */
function pool(n: number, ms = 60_000): { started: Worker[]; ended: Promise<void> } {
  const started = startHashers(n)
  const ended = new Promise<void>((resolve, reject) => {
    let left = n
    if (left === 0) return resolve()
    const timer = setTimeout(
      () => reject(new Error(`the ${n} hashing workers had not ended after ${ms} ms`)),
      ms
    )
    for (const w of started)
      w.once('exit', () => {
        if (--left > 0) return
        clearTimeout(timer)
        resolve()
      })
  })
  return { started, ended }
}

/** Every digest, asked for in `order`, compared with node:crypto's own of that page. */
function check(offsets: number[], o: { workers: number; batch: number }, order = offsets.map((_, k) => k)) {
  const h = hashPages(fd, offsets, o)
  try {
    for (const k of order) expect(Buffer.from(h.get(k)).equals(expected(offsets[k]!))).toBe(true)
  } finally {
    h.close()
  }
}

describe('hashPages', () => {
  const contiguous = Array.from({ length: PAGES }, (_, i) => at(i))
  it.each([
    [0, 1],
    [0, 7],
    [1, 7],
    [2, 16],
    [2, 256],
    [3, 1]
  ])('gives each page its own digest with %i workers, batches of %i pages', (workers, batch) => {
    check(contiguous, { workers, batch })
  })

  it.each([1, 2, 7, 17, 299])('handles %i pages (a last batch cut short)', n => {
    check(contiguous.slice(0, n), { workers: 2, batch: 4 })
  })

  it('handles pages out of file order, repeated, and at unaligned offsets', () => {
    const scattered = [at(5), at(3), at(4), 1, at(4), at(299), 123, at(0), at(1), at(2), at(1)]
    check(scattered, { workers: 2, batch: 3 })
  })

  it('takes the digests the workers made when they ran ahead', async () => {
    const workers = pool(2)
    const h = hashPages(fd, contiguous, { started: workers.started, batch: 4 })
    await workers.ended
    for (let k = 0; k < PAGES; k++) expect(Buffer.from(h.get(k)).equals(expected(contiguous[k]!))).toBe(true)
    expect(h.hashedHere).toBeLessThan(PAGES / 4)
    expect(h.hashedHere).toBe(0)
    h.close()
  })

  it('answers in any order of asking', () => {
    const order = Array.from({ length: PAGES }, (_, k) => PAGES - 1 - k)
    check(contiguous, { workers: 2, batch: 8 }, order)
  })

  it('is empty for no pages and refuses an index it was not given', () => {
    const none = hashPages(fd, [])
    expect(none.workers).toBe(0)
    expect(() => none.get(0)).toThrow(RangeError)
    const one = hashPages(fd, [at(0)], { workers: 0 })
    expect(() => one.get(1)).toThrow('page 1 is not among the 1 pages hashed')
  })

  it.each([0, 2])('reports a page past the end of the file (%i workers) as an InputError', async workers => {
    const offsets = [...contiguous.slice(0, 20), content.length - 100]
    const p = pool(workers)
    const h = hashPages(fd, offsets, { started: p.started, batch: 4, name: 'f.igvm' })
    await p.ended // with workers, one meets the error; the caller reads the batch again to say why
    expect(h.workers).toBe(workers)
    for (let k = 0; k < 20; k++) expect(Buffer.from(h.get(k)).equals(expected(offsets[k]!))).toBe(true)
    let thrown: unknown
    try {
      h.get(20)
    } catch (e) {
      thrown = e
    }
    expect(thrown).toBeInstanceOf(InputError)
    expect((thrown as Error).message).toBe(
      `f.igvm: only 100 of 4096 bytes at offset 0x${(content.length - 100).toString(16)} could be read (did the file change while it was measured?)`
    )
    h.close()
  })

  it('reads how much else runs now: never a negative count', () => {
    expect(busyElsewhere()).toBeGreaterThanOrEqual(0)
  })

  it('starts a worker per core nothing else runs on, less the caller', () => {
    expect(defaultWorkers(2, 0.05)).toBe(1)
    expect(defaultWorkers(2, 0.6)).toBe(1)
    expect(defaultWorkers(2, 1)).toBe(0)
    expect(defaultWorkers(2, 17.5)).toBe(0)
    expect(defaultWorkers(8, 2.5)).toBe(5)
    expect(defaultWorkers(8, 0)).toBe(7)
    expect(defaultWorkers(1, 0)).toBe(0)
  })

  it('starts no worker below the threshold, and the default number above it', () => {
    const few = hashPages(fd, contiguous)
    expect(few.workers).toBe(0)
    few.close()
    const many = Array.from({ length: MIN_PAGES_FOR_WORKERS }, (_, i) => at(i % PAGES))
    const before = defaultWorkers() // the load average may move while hashPages reads it
    const h = hashPages(fd, many)
    expect([before, defaultWorkers()]).toContain(h.workers)
    for (const k of [0, MIN_PAGES_FOR_WORKERS - 1])
      expect(Buffer.from(h.get(k)).equals(expected(many[k]!))).toBe(true)
    h.close()
  })
})
