// A small seeded PRNG (mulberry32): every fuzz input is a function of (seed, iteration) alone, so
// a run can be repeated, resumed after a hang, or one input rebuilt from its two numbers.
export interface Rng {
  /** A 32-bit unsigned integer. */
  u32(): number
  /** An integer in [0, n). */
  below(n: number): number
  /** true with probability p. */
  chance(p: number): boolean
  pick<T>(xs: readonly T[]): T
}

export function rng(seed: number): Rng {
  let s = seed >>> 0
  const u32 = () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
  const below = (n: number) => (n <= 1 ? 0 : Math.floor((u32() / 0x1_0000_0000) * n))
  return {
    u32,
    below,
    chance: p => u32() / 0x1_0000_0000 < p,
    pick: xs => xs[below(xs.length)]!
  }
}

/** The seed of one iteration: runs with different seeds do not share inputs. */
export const iterationSeed = (seed: number, i: number) => (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + i) >>> 0
