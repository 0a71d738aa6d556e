/**
 * `analyseText`: everything the text operators need, computed once per text.
 * @module
 */
import { classifyLines, type LineInfo } from './blocks.js';
import { computeBoundaries } from './boundaries.js';
import { buildLineIndex, type LineIndex } from './lines.js';
import { computeExclusions } from './scopes/exclusion.js';
import { computeNegation } from './scopes/negation.js';
import { computeQuotes, markQuestions } from './scopes/quotes.js';
import type { TokenSpan } from './pattern/match.js';
import { tokenize, type TokenTable } from './tokenize.js';
import { zeroedBytes } from './slab.js';

/** A text ready for the text operators. All arrays are indexed by token. */
export interface AnalysedText {
  /** The text the offsets, lines and columns refer to (NFC form of the input). */
  text: string;
  tokens: TokenTable;
  lineIndex: LineIndex;
  /** Kind of every line: heading, list item, paragraph text, blank. */
  lines: LineInfo[];
  /** Boundary before each token (`Boundary`). */
  brk: Uint8Array;
  /** Sentence number of each token. */
  sentence: Int32Array;
  /** 0-based line of each token. */
  tokenLine: Int32Array;
  /** 1: the token is in a passage the text does not affirm (negation, exclusion list, prohibition). */
  negated: Uint8Array;
  /** 1: the token is inside quotation marks or a question. */
  quoted: Uint8Array;
  /** Negation marker kind of each token (`MarkerCode`). */
  marker: Uint8Array;
  /** 1: the token is governed by an exclusion lead-in or a negated heading. */
  excluded: Uint8Array;
  /** Matches already found in this text, by compiled value then by mode and limit (see `matchTextValue`). */
  matches: Map<object, KnownMatches>;
}

/** The matches of one query (mode and limit, as a number) of a value in a text, and the value's other queries. */
export interface KnownMatches {
  key: number;
  spans: TokenSpan[];
  next: KnownMatches | undefined;
}

/**
 * Whether NFC leaves a text as it is because it holds only characters that never take part in a
 * composition or decomposition: below U+0300 (Latin, with its precomposed accents), and the
 * general punctuation of U+2002–U+206F (’ « » … – — •) and the euro sign. Most French texts do;
 * the others go through `normalize`.
 *
 * @example
 * ```ts
 * isNfcSafe('L’intervenant « reçoit » …'); // true
 * isNfcSafe('Re\u0301ception');          // false (combining accent)
 * ```
 */
export function isNfcSafe(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x300 || (code >= 0x2002 && code <= 0x206f) || code === 0x20ac) continue;
    return false;
  }
  return true;
}

/**
 * Analyses a French text: normalisation, tokens with offsets, lines, blocks, and the negation,
 * exclusion and quotation scopes. Linear in the length of the text.
 *
 * @example
 * ```ts
 * const at = analyseText("L'intervenant ne participe pas aux auditions.");
 * at.tokens.form[3]; // 'participe'
 * at.negated[3];     // 1
 * ```
 */
export function analyseText(input: string): AnalysedText {
  const text = isNfcSafe(input) ? input : input.normalize('NFC');
  const tokens = tokenize(text);
  const lineIndex = buildLineIndex(text);
  const lines = classifyLines(text, lineIndex);
  const { brk, sentence, line: tokenLine } = computeBoundaries(text, tokens, lines);
  const negation = computeNegation(tokens, brk);
  const excluded = computeExclusions({ text, tokens, brk, tokenLine, lines, marker: negation.marker });
  const quoted = computeQuotes(tokens, brk);
  markQuestions(tokens, sentence, quoted);
  const negated = zeroedBytes(tokens.count);
  for (let i = 0; i < tokens.count; i++) {
    const base = negation.negated[i] === 1 || excluded[i] === 1 ? 1 : 0;
    negated[i] = base ^ (negation.sans[i] as number);
  }
  return { text, tokens, lineIndex, lines, brk, sentence, tokenLine, negated, quoted, marker: negation.marker, excluded, matches: new Map() };
}
