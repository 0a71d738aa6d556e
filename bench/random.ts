/**
 * The bench's seeded generator: the core's (mulberry32), so that the bench builds the same
 * documents on every run and every machine; and seeded dates.
 * @module
 */
import type { Random } from '../src/core/rules-tooling/random.js';

export { seededRandom as seeded, type Random } from '../src/core/rules-tooling/random.js';

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
