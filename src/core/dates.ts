/**
 * Calendar dates as `YYYY-MM-DD` strings: validation, today, day arithmetic (UTC).
 * ISO strings compare correctly as strings, which the engine relies on.
 * @module
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD`.
 * @example
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * Today's date (UTC), `YYYY-MM-DD`.
 * @example
 * today(); // '2026-11-26'
 */
export function today(): string {
  const now = Date.now();
  if (now < todayCache.from || now >= todayCache.until) {
    const day = Math.floor(now / 86_400_000);
    todayCache.from = day * 86_400_000;
    todayCache.until = todayCache.from + 86_400_000;
    todayCache.value = new Date(todayCache.from).toISOString().slice(0, 10);
  }
  return todayCache.value;
}

/** The day `today()` last gave, and the instants it holds for (checks run by the thousand). */
const todayCache = { from: 0, until: 0, value: '' };

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @example
 * daysBetween('2024-02-28', '2024-03-01'); // 2
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Whether `date` lies in `[since, until)`; missing bounds are open.
 * @example
 * inForce('2007-03-07', '2007-03-07', undefined); // true
 */
export function inForce(date: string, since: string | undefined, until: string | undefined): boolean {
  return (since === undefined || date >= since) && (until === undefined || date < until);
}

/**
 * The number written by the ASCII digits of `text` in [from, to), or NaN (fast date parsing on
 * hot paths, without a regular expression or an allocation).
 * @example
 * asciiNumber('2024-02-29', 5, 7); // 2
 */
export function asciiNumber(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}
