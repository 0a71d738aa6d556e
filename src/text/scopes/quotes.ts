/**
 * Quotation scopes: tokens between « and », “ and ” or a pair of straight quotes, within one
 * block. A quotation that is not closed in its block, or is longer than {@link MAX_QUOTE} tokens,
 * is not a quotation. Questions are marked the same way: "Peut-il assister aux auditions ? Non."
 * does not affirm what it asks (but, like a quotation, it states it for `lacks`). Linear.
 * @module
 */
import { Boundary } from '../boundaries.js';
import { TokenKind, type TokenTable } from '../tokenize.js';
import { zeroedBytes } from '../slab.js';

/** Longest quotation, in tokens. */
export const MAX_QUOTE = 60;

/**
 * Marks the tokens inside quotation marks.
 *
 * @example
 * ```ts
 * const t = tokenize('Il refuse « participer aux auditions »');
 * computeQuotes(t, new Uint8Array(t.count))[3]; // 1
 * ```
 */
export function computeQuotes(t: TokenTable, brk: Uint8Array): Uint8Array {
  const quoted = zeroedBytes(t.count);
  let open = -1;
  let openChar = '';
  for (let i = 0; i < t.count; i++) {
    if ((brk[i] as number) >= Boundary.Block) open = -1;
    if (t.kind[i] !== TokenKind.Punct) continue;
    const form = t.form[i] as string;
    if (open === -1) {
      if (form === '«' || form === '"') {
        open = i;
        openChar = form;
      }
      continue;
    }
    const closes = (openChar === '«' && form === '»') || (openChar === '"' && form === '"');
    if (!closes) continue;
    if (i - open - 1 <= MAX_QUOTE) for (let k = open + 1; k < i; k++) quoted[k] = 1;
    open = -1;
  }
  return quoted;
}

/** Stems of the verbs that introduce an indirect question with "si" (demander, s'interroger, savoir). */
const INDIRECT_QUESTION = new Set(['demand', 'interrog', 'savo']);

/**
 * Marks the tokens of the questions (sentences ending with '?'), in place.
 *
 * @example
 * ```ts
 * // "Prend-il les plaintes ? Non." → "prend", "il", "les", "plaintes" are marked.
 * ```
 */
export function markQuestions(t: TokenTable, sentence: Int32Array, quoted: Uint8Array): void {
  let sentenceStart = 0;
  for (let i = 0; i < t.count; i++) {
    if (i > 0 && sentence[i] !== sentence[i - 1]) sentenceStart = i;
    if (t.kind[i] === TokenKind.Punct && t.form[i] === '?') {
      for (let k = sentenceStart; k < i; k++) quoted[k] = 1;
      sentenceStart = i + 1;
    } else if (t.form[i] === 'si' && INDIRECT_QUESTION.has(t.stem[i - 1] as string)) {
      // An indirect question ("Vous m'avez demandé si elle pourrait assister aux auditions"),
      // to the end of its sentence.
      for (let k = i + 1; k < t.count && sentence[k] === sentence[i]; k++) quoted[k] = 1;
    }
  }
}
