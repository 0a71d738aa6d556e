/**
 * Parsing a structured document (post, action, sharing): the generated fast parser first, zod
 * only when the fast parser refuses the document, to word its errors ("error parity") — or to
 * accept what only zod's reading accepts. Never throws.
 * @module
 */
import type { Lang, ParseResult } from '../../../core/types.js';
import { FAST_PARSERS } from './generated/fast-parsers.js';
import { zodParse, type StructuredName } from './zod-parser.js';

/**
 * A subject's parser: a fresh plain copy of a valid document, or its located errors. The fast
 * parser's copy has every field of the schema (`undefined` where absent), zod's only the given
 * ones: the rules read both alike (an absent field is `undefined` to them).
 */
export type StructuredParser = (input: unknown, lang: Lang) => ParseResult<Record<string, unknown>>;

/**
 * The parser of a structured subject.
 *
 * @example
 * structuredParser('action')({ date: '2024-03-01', type: 'polis' }, 'fr').ok; // false
 */
export function structuredParser(subject: StructuredName): StructuredParser {
  const fast = FAST_PARSERS[subject];
  return (input, lang) => {
    const value = fastParse(fast, input);
    return value !== undefined ? { ok: true, value } : zodParse()(subject, input, lang);
  };
}

/**
 * The fast parser's copy of a valid document, or `undefined` (zod then decides).
 *
 * @example
 * fastParse(FAST_PARSERS.action, null); // undefined
 */
export function fastParse(parser: (input: unknown) => Record<string, unknown> | undefined, input: unknown): Record<string, unknown> | undefined {
  try {
    return parser(input); // refuses anything but a plain object, as parseWithSchema does
  } catch {
    return undefined; // a getter or a proxy threw: zod's reading reports it
  }
}
