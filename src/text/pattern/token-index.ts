/**
 * Where each lexeme (word form or punctuation mark) occurs in a text, built once per token table:
 * the matcher asks it for the tokens where an automaton may start, instead of looking every token
 * up in every automaton (a fiche is matched against some forty of them).
 * @module
 */
import type { Lexeme } from '../lexeme.js';
import type { TokenTable } from '../tokenize.js';
import type { SeedPlan } from './plans.js';

/** The distinct lexemes of a text, in order of first occurrence, and the positions of each. */
export interface TokenIndex {
  lexemes: Lexeme[];
  /** `positions[k]`: the tokens (increasing) whose lexeme is `lexemes[k]`. */
  positions: number[][];
  /** The matcher's plans for this text, by automaton number (see `seedPlan`), and the registry version they are for. */
  plans: Array<SeedPlan | undefined>;
  plansVersion: number;
}

/** Generation of the index being built: a lexeme seen in it carries it (see `Lexeme.seen`). */
let generation = 0;

/**
 * The index of a token table, built on first use and kept on the table. A lexeme is given its
 * slot through its own scratch fields: no look-up by string.
 *
 * @example
 * ```ts
 * const index = tokenIndex(tokenize('Le suivi, puis le suivi.'));
 * index.lexemes.map((l) => l.form); // ['le', 'suivi', ',', 'puis', '.']
 * index.positions[1];               // [1, 5]
 * ```
 */
export function tokenIndex(t: TokenTable): TokenIndex {
  let index = t.index;
  if (index) return index;
  const gen = ++generation;
  const lexemes: Lexeme[] = [];
  const positions: number[][] = [];
  for (let i = 0; i < t.count; i++) {
    const lexeme = t.lexeme[i] as Lexeme;
    if (lexeme.seen === gen) (positions[lexeme.slot] as number[]).push(i);
    else {
      lexeme.seen = gen;
      lexeme.slot = lexemes.length;
      lexemes.push(lexeme);
      positions.push([i]);
    }
  }
  index = { lexemes, positions, plans: [], plansVersion: -1 };
  t.index = index;
  return index;
}
