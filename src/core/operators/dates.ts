/**
 * Date operators of the core, available in every domain and in the json-rules-engine plugin:
 * `dateOnOrAfter` and `dateBefore` compare `YYYY-MM-DD` strings (false when the fact is not a date).
 * @module
 */
import { isIsoDate } from '../dates.js';
import type { OperatorDefinition } from '../types.js';

const onOrAfter = (fact: unknown, value: unknown): boolean => isIsoDate(fact) && fact >= (value as string);
const before = (fact: unknown, value: unknown): boolean => isIsoDate(fact) && fact < (value as string);

const checkDate = (value: unknown): string | undefined =>
  isIsoDate(value) ? undefined : `date AAAA-MM-JJ attendue, reçu ${JSON.stringify(value)}`;

/** `dateOnOrAfter` and `dateBefore`. */
export const builtinCustomOperators: readonly OperatorDefinition[] = [
  {
    name: 'dateOnOrAfter',
    compile: (value) => (fact) => onOrAfter(fact, value),
    checkValue: checkDate,
    jre: { evaluate: onOrAfter },
  },
  {
    name: 'dateBefore',
    compile: (value) => (fact) => before(fact, value),
    checkValue: checkDate,
    jre: { evaluate: before },
  },
];
