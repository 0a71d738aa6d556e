/** The date test of a check answers exactly as `isIsoDate`, on every kind of string. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCheckDate } from '../../src/core/check.js';
import { isIsoDate } from '../../src/core/dates.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('isCheckDate', () => {
  it('agrees with isIsoDate on every day of sample years, months 0 to 13 and days 0 to 32', () => {
    const years = [0, 1, 4, 99, 100, 101, 400, 1600, 1900, 1999, 2000, 2004, 2023, 2024, 2100, 2400, 9999];
    for (const y of years) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const date = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(isCheckDate(date), date).toBe(isIsoDate(date));
        }
      }
    }
  });

  it('agrees with isIsoDate on near-dates and any value', () => {
    const nearDate = fc
      .tuple(fc.stringMatching(/^[0-9]{0,5}$/), fc.constantFrom('-', '/', ''), fc.stringMatching(/^[0-9a]{1,3}$/), fc.constantFrom('-', ' '), fc.stringMatching(/^[0-9]{1,3}\n?$/))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(nearDate, fc.string(), fc.anything()), (value) => {
        expect(isCheckDate(value)).toBe(isIsoDate(value));
      }),
      { numRuns: 20_000 },
    );
  });
});
