/**
 * Folding of a word to its comparison form: compatibility decomposition (NFKD),
 * accents and other combining marks removed, lower case, ligatures spelt out.
 * @module
 */

const COMBINING_MARKS = /\p{M}+/gu;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ĳ: 'ij' };
const LIGATURE_RE = /[œæßĳ]/g;

/**
 * A copy of a string that does not share the memory of the string it was sliced from.
 *
 * @example
 * ```ts
 * flatCopy('suivi'); // 'suivi'
 * ```
 */
export function flatCopy(s: string): string {
  return s.length === 0 ? s : s.split('').join('');
}

/** Folds of the non-ASCII words met so far (texts repeat their words). */
const foldCache = new Map<string, string>();
const MAX_CACHED_FOLDS = 50_000;

/**
 * Folds a word: `"Élément"` → `"element"`, `"ŒUVRE"` → `"oeuvre"`, `"ﬁche"` → `"fiche"`.
 * An ASCII word is only lower-cased (NFKD leaves it as it is); the others are cached.
 *
 * @example
 * ```ts
 * foldWord('PROCÈS'); // 'proces'
 * ```
 */
export function foldWord(word: string): string {
  let lower = true;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return foldNonAscii(word);
    if (code >= 65 && code <= 90) lower = false;
  }
  return lower ? word : word.toLowerCase();
}

function foldNonAscii(word: string): string {
  let out = foldCache.get(word);
  if (out === undefined) {
    out = word.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
    if (LIGATURE_RE.test(out)) out = out.replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
    LIGATURE_RE.lastIndex = 0;
    if (foldCache.size >= MAX_CACHED_FOLDS) foldCache.clear();
    // A copy of the key: the word may be a slice that keeps its whole text alive.
    foldCache.set(flatCopy(word), out);
  }
  return out;
}

/**
 * Whether a character (one UTF-16 code unit or a surrogate pair start) is part of a word:
 * a letter, a digit or a combining mark.
 *
 * @example
 * ```ts
 * isWordChar('é'); // true
 * isWordChar('-'); // false
 * ```
 */
export function isWordChar(ch: string): boolean {
  return isWordCode(ch.charCodeAt(0));
}

/** Per UTF-16 code unit: 0 not asked yet, 1 part of a word, 2 not (the Unicode test runs once per code). */
const WORD_CODES = new Uint8Array(0x10000);

/**
 * {@link isWordChar} for the code of a UTF-16 code unit (`NaN`, past the end of a text: false).
 *
 * @example
 * ```ts
 * isWordCode('é'.charCodeAt(0)); // true
 * isWordCode(0x2d);               // false ('-')
 * ```
 */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (!(code < 0x10000)) return false;
  let known = WORD_CODES[code] as number;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_CODES[code] = known;
  }
  return known === 1;
}
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/** Case of a UTF-16 code unit, in {@link CASE_CODES}. */
export const enum LetterCase {
  Unknown = 0,
  Upper = 1,
  Lower = 2,
  /** Has other cases but is neither the upper nor the lower one (title case: ǅ). */
  Other = 3,
  /** Has no case (digits, punctuation, most scripts). */
  None = 4,
}

/** Per UTF-16 code unit, its {@link LetterCase}: worked out with `toLowerCase`/`toUpperCase` once per code. */
const CASE_CODES = new Uint8Array(0x10000);

/**
 * The case of one UTF-16 code unit (`NaN`, past the end of a text: none).
 *
 * @example
 * ```ts
 * caseOf('É'.charCodeAt(0)) === LetterCase.Upper; // true
 * caseOf('-'.charCodeAt(0)) === LetterCase.None;  // true
 * ```
 */
export function caseOf(code: number): LetterCase {
  if (!(code >= 0 && code < 0x10000)) return LetterCase.None;
  let known = CASE_CODES[code] as LetterCase;
  if (known === LetterCase.Unknown) {
    const ch = String.fromCharCode(code);
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    known = lower === upper ? LetterCase.None : ch === upper ? LetterCase.Upper : ch === lower ? LetterCase.Lower : LetterCase.Other;
    CASE_CODES[code] = known;
  }
  return known;
}

/**
 * Whether a character (one UTF-16 code unit) is an upper-case letter (accented capitals included).
 *
 * @example
 * ```ts
 * isUpperLetter('É'); // true
 * ```
 */
export function isUpperLetter(ch: string): boolean {
  return caseOf(ch.charCodeAt(0)) === LetterCase.Upper;
}

/**
 * Whether a character (one UTF-16 code unit) is a lower-case letter.
 *
 * @example
 * ```ts
 * isLowerLetter('é'); // true
 * ```
 */
export function isLowerLetter(ch: string): boolean {
  return caseOf(ch.charCodeAt(0)) === LetterCase.Lower;
}
