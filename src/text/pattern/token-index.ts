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

/** Per token, the slot of its lexeme; per slot, a count: reused from text to text. */
const scratch = { slotOf: new Int32Array(1024), counts: new Int32Array(1024) };

/**
 * The index of a token table, built on first use and kept on the table. A lexeme is given its
 * slot through its own scratch fields: no look-up by string. Two passes (count, then file) give
 * each position list its exact size.
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
  if (scratch.slotOf.length < t.count) {
    const size = Math.max(t.count, scratch.slotOf.length * 2);
    scratch.slotOf = new Int32Array(size);
    scratch.counts = new Int32Array(size);
  }
  const { slotOf, counts } = scratch;
  const lexemes: Lexeme[] = [];
  for (let i = 0; i < t.count; i++) {
    const lexeme = t.lexeme[i] as Lexeme;
    if (lexeme.seen !== gen) {
      lexeme.seen = gen;
      lexeme.slot = lexemes.length;
      counts[lexemes.length] = 0;
      lexemes.push(lexeme);
    }
    slotOf[i] = lexeme.slot;
    counts[lexeme.slot] = (counts[lexeme.slot] as number) + 1;
  }
  const positions = new Array<number[]>(lexemes.length);
  for (let k = 0; k < lexemes.length; k++) {
    positions[k] = new Array<number>(counts[k] as number);
    counts[k] = 0;
  }
  for (let i = 0; i < t.count; i++) {
    const k = slotOf[i] as number;
    const n = counts[k] as number;
    (positions[k] as number[])[n] = i;
    counts[k] = n + 1;
  }
  index = { lexemes, positions, plans: [], plansVersion: -1 };
  t.index = index;
  return index;
}
