/** Day numbers by arithmetic answer exactly as `dayNumber` and `daysBetween` (dates.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, daysBetween } from '../../../src/domain/iscg/dates.js';
import { calendarDay, calendarDaysBetween } from '../../../src/domain/iscg/facts/calendar.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('calendarDay', () => {
  it('gives the day number of dayNumber on every day of sample years, and refuses the same strings', () => {
    for (const y of [0, 1, 4, 99, 100, 399, 400, 1600, 1899, 1900, 1969, 1970, 2000, 2023, 2024, 2100, 9999]) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const date = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(calendarDay(date), date).toBe(dayNumber(date));
        }
      }
    }
  });

  it('agrees with dayNumber and daysBetween on near-dates and any string', () => {
    const nearDate = fc
      .tuple(fc.stringMatching(/^[0-9]{0,5}$/), fc.constantFrom('-', '/', ''), fc.stringMatching(/^[0-9a]{1,3}$/), fc.constantFrom('-', ' '), fc.stringMatching(/^[0-9]{1,3}\n?$/))
      .map((parts) => parts.join(''));
    const day = fc.integer({ min: -719_528, max: 2_932_896 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.oneof(nearDate, fc.string(), day), fc.oneof(day, nearDate), (a, b) => {
        expect(calendarDay(a)).toBe(dayNumber(a));
        expect(calendarDaysBetween(a, b)).toBe(daysBetween(a, b));
      }),
      { numRuns: 20_000 },
    );
  });
});
