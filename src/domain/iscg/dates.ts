/**
 * Calendar dates `YYYY-MM-DD` (ISO 8601, proleptic Gregorian), counted in UTC days.
 * @module
 */

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Day number of a `YYYY-MM-DD` date (days since 1970-01-01, UTC), or `undefined` when the
 * string is not a real calendar date (`2024-02-30`, `2023-02-29`, `2024-13-01`…).
 *
 * @example
 * dayNumber('1970-01-02'); // 1
 * dayNumber('2024-02-30'); // undefined
 */
export function dayNumber(date: string): number | undefined {
  const match = DATE_SHAPE.exec(date);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const utc = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  utc.setUTCFullYear(year, month - 1, day);
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) {
    return undefined;
  }
  return Math.round(utc.getTime() / MS_PER_DAY);
}

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * isCalendarDate('2024-02-29'); // true (leap year)
 * isCalendarDate('2023-02-29'); // false
 */
export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && dayNumber(value) !== undefined;
}

/**
 * Number of calendar days from `from` to `to` (negative when `to` is earlier), or `undefined`
 * when either is not a calendar date.
 *
 * @example
 * daysBetween('2024-02-01', '2024-03-01'); // 29 (2024 is a leap year)
 */
export function daysBetween(from: string, to: string): number | undefined {
  const start = dayNumber(from);
  const end = dayNumber(to);
  return start === undefined || end === undefined ? undefined : end - start;
}
