/**
 * Small fast-check builders for documents: objects with optional members, dates around pivot
 * dates, enum picks, scenario patches. Used by `iscg-arbitraries.ts`.
 * @module
 */
import fc from 'fast-check';
import { mergeExample } from '../../src/domain/iscg/index.js';

/** A generated document or part of one. */
export type Doc = Record<string, unknown>;
/** Arbitraries of an object's members. */
export type Shape = Record<string, fc.Arbitrary<unknown>>;

const MS_PER_DAY = 86_400_000;
/**
 * Day number (UTC) of a date.
 *
 * @example
 * dayOf('1970-01-02'); // 1
 */
export const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
/**
 * Date of a day number (UTC).
 *
 * @example
 * dateOf(1); // '1970-01-02'
 */
export const dateOf = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** Dates where rules change: edition 2006, lois 2007, CNCP, CP 226-14 3°, first reformed DE. */
export const PIVOT_DATES = ['2006-12-21', '2007-03-07', '2019-01-09', '2020-08-01', '2021-01-01'] as const;
/** First and last days generated for documents. */
export const FIRST_DAY = dayOf('2006-12-21');
export const LAST_DAY = dayOf('2026-12-31');

/**
 * A day number in [min, max], often within three days of a pivot.
 *
 * @example
 * fc.sample(dayIn(dayOf('2019-01-01'), dayOf('2019-12-31')).map(dateOf), 3); // e.g. ['2019-01-10', …]
 */
export function dayIn(min: number, max: number): fc.Arbitrary<number> {
  const nearPivot = fc
    .constantFrom(...PIVOT_DATES.map(dayOf))
    .chain((pivot) => fc.integer({ min: Math.max(min, pivot - 3), max: Math.min(max, pivot + 3) }));
  return fc.oneof({ weight: 3, arbitrary: fc.integer({ min, max }) }, { weight: 2, arbitrary: nearPivot });
}

/** Dates from 2006-12-21 to 2026-12-31, often near a pivot date. */
export const dateArb: fc.Arbitrary<string> = dayIn(FIRST_DAY, LAST_DAY).map(dateOf);
/** Dates a diploma was obtained: 1990–2026, often near 2021-01-01. */
export const obtainedArb = dayIn(dayOf('1990-01-01'), LAST_DAY).map(dateOf);

/**
 * An object with its required members, each optional member present with probability 1 − 1/absentFreq.
 *
 * @example
 * fc.sample(obj({ status: oneOf(['given', 'refused']) }, { recordedOn: dateArb }), 2);
 * // e.g. [{ status: 'given' }, { status: 'refused', recordedOn: '2019-01-08' }]
 */
export function obj(required: Shape, optional: Shape = {}, absentFreq = 2): fc.Arbitrary<Doc> {
  const maybe: Shape = {};
  for (const [key, arb] of Object.entries(optional)) maybe[key] = fc.option(arb, { freq: absentFreq, nil: undefined });
  return fc.record({ ...required, ...maybe }).map((record) => {
    const out: Doc = {};
    for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
    return out;
  });
}

/**
 * Documents on which, sometimes, a scenario patch (merged) makes rare rule conditions likely.
 *
 * @example
 * const steered = withScenarios(actionArb, [fc.constant({ type: 'summons' })]);
 */
export function withScenarios(arb: fc.Arbitrary<Doc>, scenarios: fc.Arbitrary<Doc>[], plainWeight = 2): fc.Arbitrary<Doc> {
  const patch = fc.oneof({ weight: plainWeight, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.oneof(...scenarios) });
  return fc.tuple(arb, patch).map(([doc, change]) => mergeExample(doc, change));
}

/**
 * One of the values, uniformly.
 *
 * @example
 * oneOf(['police', 'gendarmerie']);
 */
export const oneOf = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);
/**
 * Any subset of the values (possibly empty), in their order.
 *
 * @example
 * subset(['identity', 'health']);
 */
export const subset = <T>(values: readonly T[]): fc.Arbitrary<T[]> => fc.subarray([...values]);
/** true or false. */
export const bool = fc.boolean();
/**
 * A non-empty subset of the values.
 *
 * @example
 * someOf(['identity', 'need-for-coordination']);
 */
export const someOf = <T>(values: readonly T[]): fc.Arbitrary<T[]> => fc.subarray([...values], { minLength: 1 });
