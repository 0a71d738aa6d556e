/**
 * A small seeded pseudo-random generator (mulberry32): the bench builds the same documents on
 * every run and every machine, without test helpers.
 * @module
 */

/** Draws from a seeded sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** A subset of a list, each element kept with probability `p`, order preserved. */
  subset<T>(list: readonly T[], p?: number): T[];
}

/**
 * A seeded generator.
 * @example
 * const random = seeded(20061221);
 * random.pick(['a', 'b', 'c']); // the same letter on every run
 */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    chance: (p) => next() < p,
    int,
    pick: <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T,
    subset: <T>(list: readonly T[], p = 0.5): T[] => list.filter(() => next() < p),
  };
}

const MS_PER_DAY = 86_400_000;

/**
 * A `YYYY-MM-DD` date between two dates (inclusive).
 * @example
 * dateBetween(seeded(1), '2007-01-01', '2007-12-31'); // e.g. '2007-06-14'
 */
export function dateBetween(random: Random, from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`) / MS_PER_DAY;
  const b = Date.parse(`${to}T00:00:00Z`) / MS_PER_DAY;
  return dayToDate(random.int(a, b));
}

/**
 * The date `days` days before `date`.
 * @example
 * daysBefore('2024-03-01', 1); // '2024-02-29'
 */
export function daysBefore(date: string, days: number): string {
  return dayToDate(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY - days);
}

function dayToDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
