/**
 * Syntax tree of a token pattern (see docs/text-patterns.md).
 * @module
 */

/** How a word of a pattern is compared with a token. */
export type WordMode = 'stem' | 'exact' | 'prefix';

/** A node of a pattern. */
export type PatternNode =
  | { type: 'word'; mode: WordMode; value: string }
  | { type: 'punct'; value: string }
  | { type: 'seq'; items: PatternNode[] }
  | { type: 'alt'; options: PatternNode[] }
  | { type: 'opt'; node: PatternNode }
  | { type: 'gap'; max: number };

/** Where a pattern may match, with respect to the scopes of the text. */
export type Polarity = 'affirmed' | 'denied';

/** A parsed pattern. */
export interface ParsedPattern {
  source: string;
  /** `^`: the match starts a clause (after a line break, a bullet, `.`, `;`, `:`…). */
  anchored: boolean;
  /** `$`: the match ends a clause (followed by punctuation, a line break or the end). */
  anchoredEnd: boolean;
  /** `!`: the match must lie in a negated or excluded passage (the text denies it). */
  polarity: Polarity;
  root: PatternNode;
}

/** Largest gap a pattern may use (`~12`). */
export const MAX_GAP = 12;
/** Largest number of automaton states of one pattern list. */
export const MAX_STATES = 4000;
