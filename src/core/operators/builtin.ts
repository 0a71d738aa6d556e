/**
 * json-rules-engine's stock operators, with their exact semantics (including how each one
 * treats an absent fact): the compiled checker must agree with json-rules-engine on every input.
 * @module
 */

/** A base operator: a comparison and an optional guard on the fact value. */
export interface BaseOperator {
  name: string;
  test(factValue: unknown, jsonValue: unknown): boolean;
  /** When present and false, the operator is false (json-rules-engine's `factValueValidator`). */
  guard?(factValue: unknown): boolean;
}

const isArray = (v: unknown): boolean => Array.isArray(v);
// json-rules-engine's numberValidator: Number.parseFloat(x).toString() !== 'NaN'.
const isNumberLike = (v: unknown): boolean => Number.parseFloat(v as string).toString() !== 'NaN';
const indexOf = (haystack: unknown, needle: unknown): number =>
  (haystack as { indexOf(x: unknown): number }).indexOf(needle);

/** The ten operators of json-rules-engine 7. */
export const BUILTIN_OPERATORS: readonly BaseOperator[] = [
  { name: 'equal', test: (a, b) => a === b },
  { name: 'notEqual', test: (a, b) => a !== b },
  { name: 'in', test: (a, b) => indexOf(b, a) > -1 },
  { name: 'notIn', test: (a, b) => indexOf(b, a) === -1 },
  { name: 'contains', test: (a, b) => indexOf(a, b) > -1, guard: isArray },
  { name: 'doesNotContain', test: (a, b) => indexOf(a, b) === -1, guard: isArray },
  { name: 'lessThan', test: (a, b) => (a as number) < (b as number), guard: isNumberLike },
  { name: 'lessThanInclusive', test: (a, b) => (a as number) <= (b as number), guard: isNumberLike },
  { name: 'greaterThan', test: (a, b) => (a as number) > (b as number), guard: isNumberLike },
  { name: 'greaterThanInclusive', test: (a, b) => (a as number) >= (b as number), guard: isNumberLike },
];

/** Operators whose right-hand side must be an array (checked when rules are loaded). */
export const ARRAY_VALUE_OPERATORS: ReadonlySet<string> = new Set(['in', 'notIn']);

/** A decorator wraps an operator: `someFact:in`, `not:contains`… */
export interface OperatorDecorator {
  name: string;
  wrap(next: (f: unknown, j: unknown) => boolean): (factValue: unknown, jsonValue: unknown) => boolean;
  guard?(factValue: unknown): boolean;
}

/** The six decorators of json-rules-engine 7. */
export const BUILTIN_DECORATORS: readonly OperatorDecorator[] = [
  { name: 'someFact', wrap: (next) => (f, j) => (f as unknown[]).some((x) => next(x, j)), guard: isArray },
  { name: 'everyFact', wrap: (next) => (f, j) => (f as unknown[]).every((x) => next(x, j)), guard: isArray },
  { name: 'someValue', wrap: (next) => (f, j) => (j as unknown[]).some((x) => next(f, x)) },
  { name: 'everyValue', wrap: (next) => (f, j) => (j as unknown[]).every((x) => next(f, x)) },
  { name: 'swap', wrap: (next) => (f, j) => next(j, f) },
  { name: 'not', wrap: (next) => (f, j) => !next(f, j) },
];

/** Decorators that iterate over the right-hand side, which must then be an array. */
export const ARRAY_VALUE_DECORATORS: ReadonlySet<string> = new Set(['someValue', 'everyValue']);
