/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same documents
 * on every machine, so that `cadre rules diff` is reproducible.
 * @module
 */

/** A seeded source of randomness. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A subset of a list, each element kept with probability `p` (default 0.5), order preserved. */
  subset<T>(items: readonly T[], p?: number): T[];
}

/**
 * A generator seeded with a 32-bit integer.
 * @example
 * const rng = seededRandom(1);
 * rng.int(1, 6); // the same number on every run
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p) => next() < p,
    subset: <T>(items: readonly T[], p = 0.5): T[] => items.filter(() => next() < p),
  };
}
