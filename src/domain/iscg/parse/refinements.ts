/**
 * What the generated fast parsers (`generated/fast-parsers.ts`) call besides type tests: the two
 * refinements of the input model that a type cannot say, answering exactly as the `superRefine`
 * of `levelSchema` and `diplomaSchema` in `schemas/common.ts`, and zod's ISO date test without
 * its regular expression. Property tests (`test/domain/iscg/fast-parsers.test.ts`) check that
 * they and zod agree.
 * @module
 */
import { calendarDay } from '../facts/calendar.js';
import { normalizeLevel } from '../levels.js';

/**
 * Whether a level's value fits its scale (1969: I..V; CNCP: 1..8, number or digit).
 *
 * @example
 * levelIsInScale({ scale: '1969', value: 'III' });    // true
 * levelIsInScale({ scale: 'cncp-2019', value: 'III' }); // false
 */
export function levelIsInScale(level: Record<string, unknown>): boolean {
  return normalizeLevel(level as { scale: string; value: unknown }) !== undefined;
}

/**
 * Whether a diploma is complete: an `OTHER` diploma gives its `label` and its `level`.
 *
 * @example
 * diplomaIsComplete({ code: 'OTHER', label: 'DU de victimologie' }); // false (no level)
 * diplomaIsComplete({ code: 'DEASS' });                                // true
 */
export function diplomaIsComplete(diploma: Record<string, unknown>): boolean {
  return diploma['code'] !== 'OTHER' || (diploma['label'] !== undefined && diploma['level'] !== undefined);
}

/**
 * Whether a string is a real calendar date `YYYY-MM-DD` (Gregorian, years 0000 to 9999): the
 * answer of zod's `z.iso.date()` pattern, computed from the digits.
 *
 * @example
 * isIsoDateString('2024-02-29'); // true
 * isIsoDateString('2023-02-29'); // false
 */
export function isIsoDateString(value: string): boolean {
  return calendarDay(value) !== undefined;
}
