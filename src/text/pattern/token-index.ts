/**
 * Where each word and punctuation mark occurs in a text, built once per token table: the matcher
 * asks it for the tokens where an automaton may start, instead of looking every token up in every
 * automaton (a fiche is matched against some forty of them).
 * @module
 */
import { TokenKind, type TokenTable } from '../tokenize.js';
import type { Automaton } from './automaton.js';
import type { SeedPlan } from './plans.js';

/** The positions of every stem, word form and punctuation mark of a text, in text order. */
export interface TokenIndex {
  byStem: Map<string, number[]>;
  byForm: Map<string, number[]>;
  byPunct: Map<string, number[]>;
  /** The matcher's plans for this text, by automaton (see `seedPlan`), and the registry version they are for. */
  plans: Map<Automaton, SeedPlan>;
  plansVersion: number;
}

function push(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

/**
 * The index of a token table, built on first use and kept on the table.
 *
 * @example
 * ```ts
 * const index = tokenIndex(tokenize('Le suivi, puis le suivi.'));
 * index.byForm.get('suivi'); // [1, 5]
 * index.byPunct.get(',');    // [2]
 * ```
 */
export function tokenIndex(t: TokenTable): TokenIndex {
  let index = t.index;
  if (index) return index;
  index = { byStem: new Map(), byForm: new Map(), byPunct: new Map(), plans: new Map(), plansVersion: -1 };
  for (let i = 0; i < t.count; i++) push(t.kind[i] === TokenKind.Word ? index.byForm : index.byPunct, t.form[i] as string, i);
  // A word's stem depends on its form only: the stems are read once per distinct form.
  const merged = new Set<number[]>();
  for (const positions of index.byForm.values()) {
    const stem = t.stem[positions[0] as number] as string;
    const list = index.byStem.get(stem);
    if (!list) index.byStem.set(stem, positions);
    else if (merged.has(list)) list.push(...positions);
    else {
      const copy = [...list, ...positions];
      merged.add(copy);
      index.byStem.set(stem, copy);
    }
  }
  for (const list of merged) list.sort((x, y) => x - y);
  t.index = index;
  return index;
}
