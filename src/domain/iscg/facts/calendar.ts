/**
 * Day numbers of `YYYY-MM-DD` dates by arithmetic: the answers of `dayNumber` (`../dates.ts`)
 * without a regular expression or a `Date` per call — derived facts and the fast parsers count
 * and check dates on every check.
 * @module
 */
import { asciiNumber as digits } from '../../../core/dates.js';

/**
 * Day number of a `YYYY-MM-DD` date (days since 1970-01-01, proleptic Gregorian calendar), or
 * `undefined` when the string is not a real calendar date.
 *
 * @example
 * calendarDay('1970-01-02'); // 1
 * calendarDay('2023-02-29'); // undefined
 */
export function calendarDay(date: string): number | undefined {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return undefined;
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1)) return undefined; // NaN (not digits) fails too
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const length = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > length) return undefined;
  // Days from the civil date (H. Hinnant's algorithm): years start in March, eras of 400 years.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Days from `from` to `to` (negative when `to` is earlier), or `undefined` when either is not a
 * calendar date: `daysBetween` of `../dates.ts`, by arithmetic.
 *
 * @example
 * calendarDaysBetween('2024-02-01', '2024-03-01'); // 29
 */
export function calendarDaysBetween(from: string, to: string): number | undefined {
  const start = calendarDay(from);
  const end = calendarDay(to);
  return start === undefined || end === undefined ? undefined : end - start;
}

