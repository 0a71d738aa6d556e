/**
 * The lexemes met so far: one shared record per folded word form (and per punctuation mark), with
 * its stem and, once the matcher has asked, the numbers of the atoms it holds. A text repeats its
 * words and fiches share most of theirs: the tokeniser looks each form up once, and everything
 * after it (the index of a text, the atoms it holds) reads the record instead of looking strings
 * up in maps again.
 * @module
 */
import { flatCopy } from './fold.js';
import { stemFrench } from './stem.js';

/** Kind of a token. */
export const enum TokenKind {
  Word = 0,
  Punct = 1,
}

/** A word form or a punctuation mark, shared by every token that has it. */
export interface Lexeme {
  readonly kind: TokenKind;
  /** Folded form (words) or the mark itself (punctuation); a flat string of its own. */
  readonly form: string;
  /** Stem of the folded form (words) or the mark. */
  readonly stem: string;
  /** Numbers of the atoms this lexeme holds, valid while the number of atoms is `atomsAt` (see `atomsOf`). */
  atoms: readonly number[];
  atomsAt: number;
  /** Scratch of the index of one text (see `tokenIndex`): the generation it was last seen in, and its slot there. */
  seen: number;
  slot: number;
}

const words = new Map<string, Lexeme>();
const marks = new Map<string, Lexeme>();
const MAX_WORDS = 200_000;
const NO_ATOMS: readonly number[] = [];

function create(kind: TokenKind, form: string, stem: string): Lexeme {
  return { kind, form, stem, atoms: NO_ATOMS, atomsAt: -1, seen: 0, slot: 0 };
}

/**
 * The lexeme of a folded word form (stemmed on first sight).
 *
 * @example
 * ```ts
 * wordLexeme('participation').stem;                      // 'particip'
 * wordLexeme('suivi') === wordLexeme('suivi');           // true
 * ```
 */
export function wordLexeme(folded: string): Lexeme {
  let lexeme = words.get(folded);
  if (lexeme === undefined) {
    // A table that would only grow on endless distinct words starts again: lexemes already
    // handed out stay valid, they are only no longer shared.
    if (words.size >= MAX_WORDS) words.clear();
    // A copy: the form may be a slice that keeps its whole text alive.
    const form = flatCopy(folded);
    lexeme = create(TokenKind.Word, form, stemFrench(form));
    words.set(form, lexeme);
  }
  return lexeme;
}

/**
 * The lexeme of a punctuation mark (its stem is the mark itself).
 *
 * @example
 * ```ts
 * punctLexeme(':').kind === TokenKind.Punct; // true
 * ```
 */
export function punctLexeme(mark: string): Lexeme {
  let lexeme = marks.get(mark);
  if (lexeme === undefined) {
    const form = flatCopy(mark);
    lexeme = create(TokenKind.Punct, form, form);
    marks.set(form, lexeme);
  }
  return lexeme;
}
