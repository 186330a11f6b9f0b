// The fuzz loop: input i of a run is rebuilt from (seed, i) alone: a fresh random file (a quarter
// of the time) or a base (a vector or a corpus file) mutated. Counts what was accepted, refused,
// and every crash with the input that made it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Crash, exercise, type Outcome } from './exercise.js'
import { randomHeader, randomIgvm } from './generate.js'
import { mutate } from './mutate.js'
import { iterationSeed, rng } from './rng.js'

export function fuzzInput(seed: number, i: number, bases: readonly Buffer[]): Buffer {
  const r = rng(iterationSeed(seed, i))
  if (bases.length === 0 || r.chance(0.25)) {
    const fresh = randomIgvm(r)
    return r.chance(0.3) ? fresh : mutate(fresh, r, randomHeader)
  }
  return mutate(r.pick(bases), r, randomHeader)
}

export interface Found {
  i: number
  stage: string
  error: string
  input: Buffer
}

export interface FuzzStats {
  seed: number
  iterations: number
  accepted: number
  refused: number
  streamed: number
  crashes: Found[]
  /** The slowest input (exercise time, ms) and its index. */
  slowest: { ms: number; i: number }
  elapsedMs: number
}

export interface FuzzOptions {
  seed: number
  /** Inputs [from, from + iterations). */
  from?: number
  iterations: number
  bases: readonly Buffer[]
  /** Every n-th input is also written to disk and measured streamed (0: never). */
  streamEvery?: number
  /** Called before each input (the long run's watchdog follows it). */
  onInput?: (i: number) => void
  /** Called after each input with its outcome, or what it crashed. */
  onResult?: (i: number, r: Outcome | Found, ms: number) => void
}

export function fuzz(o: FuzzOptions): FuzzStats {
  const from = o.from ?? 0
  const stats: FuzzStats = {
    seed: o.seed,
    iterations: 0,
    accepted: 0,
    refused: 0,
    streamed: 0,
    crashes: [],
    slowest: { ms: 0, i: -1 },
    elapsedMs: 0
  }
  const dir = o.streamEvery ? mkdtempSync(join(tmpdir(), 'igvm-fuzz-')) : undefined
  const t0 = performance.now()
  try {
    for (let i = from; i < from + o.iterations; i++) {
      o.onInput?.(i)
      const input = fuzzInput(o.seed, i, o.bases)
      const stream = dir !== undefined && i % o.streamEvery! === 0
      const t = performance.now()
      let result: Outcome | Found
      try {
        result = exercise(input, stream ? dir : undefined)
        stats[result]++
      } catch (e) {
        if (!(e instanceof Crash)) throw e
        result = { i, stage: e.stage, error: e.message, input }
        stats.crashes.push(result)
      }
      const ms = performance.now() - t
      o.onResult?.(i, result, ms)
      if (ms > stats.slowest.ms) stats.slowest = { ms, i }
      if (stream) stats.streamed++
      stats.iterations++
    }
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true })
  }
  stats.elapsedMs = performance.now() - t0
  return stats
}

/** Crashes grouped by stage and message shape (numbers blanked): one line per class. */
export function crashClasses(found: readonly Found[]): Map<string, number> {
  const classes = new Map<string, number>()
  for (const f of found) {
    const key = f.error.replace(/0x[0-9a-f]+|\d+/gi, 'N')
    classes.set(key, (classes.get(key) ?? 0) + 1)
  }
  return classes
}
