/**
 * Every word, prefix and punctuation mark the compiled patterns look for, numbered once for the
 * whole process, and which of them a text contains: computed once per text from its distinct
 * lexemes, each of which keeps the atoms it holds (see {@link atomsOf}), instead of once per rule.
 * @module
 */
import { TokenKind, type Lexeme } from '../lexeme.js';
import type { TokenIndex } from './token-index.js';

/** How an atom is compared with a token. */
export type AtomKind = 'stem' | 'exact' | 'prefix' | 'punct';

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Id of the prefix ending here, or -1. */
  id: number;
}

const ids: Record<AtomKind, Map<string, number>> = { stem: new Map(), exact: new Map(), prefix: new Map(), punct: new Map() };
const prefixTrie: TrieNode = { next: new Map(), id: -1 };
let count = 0;

/**
 * The numbers of the prefix atoms a word form starts with: a walk down the prefix trie (the
 * result is kept on the form's lexeme, see {@link atomsOf}).
 *
 * @example
 * ```ts
 * const id = atomId('prefix', 'enquet');
 * prefixIdsOf('enqueteurs').includes(id); // true
 * ```
 */
export function prefixIdsOf(form: string): number[] {
  const found: number[] = [];
  let node: TrieNode | undefined = prefixTrie;
  for (let k = 0; k < form.length && node; k++) {
    node = node.next.get(form.charCodeAt(k));
    if (node && node.id >= 0) found.push(node.id);
  }
  return found;
}

/**
 * The number of an atom, the same for every automaton that uses it.
 *
 * @example
 * ```ts
 * atomId('stem', 'audit') === atomId('stem', 'audit'); // true
 * atomId('stem', 'audit') === atomId('exact', 'audit'); // false
 * ```
 */
export function atomId(kind: AtomKind, value: string): number {
  const map = ids[kind];
  let id = map.get(value);
  if (id !== undefined) return id;
  id = count++;
  map.set(value, id);
  if (kind === 'prefix') {
    let node = prefixTrie;
    for (let k = 0; k < value.length; k++) {
      const code = value.charCodeAt(k);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), id: -1 };
        node.next.set(code, child);
      }
      node = child;
    }
    node.id = id;
  }
  return id;
}

/**
 * Where the atoms occur in one text: when `stamp[id] === generation`, atom `id` occurs at the
 * positions `first[id]`, and, for a prefix that starts several forms, also at those of `more[id]`;
 * other atoms are absent.
 */
export interface AtomPositions {
  stamp: Int32Array;
  generation: number;
  first: number[][];
  more: Array<number[][] | undefined>;
  /** The numbers of the atoms present, each once. */
  ids: number[];
}

/** The positions of the last text asked for: the arrays are reused from text to text. */
const last: AtomPositions & { index: TokenIndex | undefined; atoms: number } = {
  stamp: new Int32Array(0),
  generation: 0,
  first: [],
  more: [],
  ids: [],
  index: undefined,
  atoms: 0,
};

const NO_POSITIONS: number[] = [];

function set(id: number, positions: number[]): void {
  if (last.stamp[id] !== last.generation) {
    last.stamp[id] = last.generation;
    last.first[id] = positions;
    last.more[id] = undefined;
    last.ids.push(id);
  } else {
    const more = last.more[id];
    if (more) more.push(positions);
    else last.more[id] = [positions];
  }
}

/**
 * The atoms a lexeme holds: its form and stem (words) or its mark, and every prefix its form
 * starts with. Kept on the lexeme until new atoms are numbered.
 *
 * @example
 * ```ts
 * atomsOf(wordLexeme('enqueteurs')).includes(atomId('prefix', 'enquet')); // true
 * ```
 */
export function atomsOf(lexeme: Lexeme): readonly number[] {
  if (lexeme.atomsAt === count) return lexeme.atoms;
  const found: number[] = [];
  if (lexeme.kind === TokenKind.Punct) {
    const id = ids.punct.get(lexeme.form);
    if (id !== undefined) found.push(id);
  } else {
    const stem = ids.stem.get(lexeme.stem);
    if (stem !== undefined) found.push(stem);
    const exact = ids.exact.get(lexeme.form);
    if (exact !== undefined) found.push(exact);
    if (ids.prefix.size > 0) found.push(...prefixIdsOf(lexeme.form));
  }
  lexeme.atoms = found;
  lexeme.atomsAt = count;
  return found;
}

/**
 * Where the atoms occur in a text: its stems, forms and marks, and every prefix of one of its
 * forms (one position list per form). Computed once for the last text asked for; the result is
 * valid until it is asked for another text.
 *
 * @example
 * ```ts
 * const id = atomId('prefix', 'enquet');
 * const where = atomPositions(tokenIndex(tokenize('Les enquêteurs, une enquête.')));
 * where.stamp[id] === where.generation; // true
 * [where.first[id], ...(where.more[id] ?? [])]; // [[1], [4]]
 * ```
 */
export function atomPositions(index: TokenIndex): AtomPositions {
  if (last.index === index && last.atoms === count) return last;
  if (last.stamp.length < count) {
    const size = Math.max(count, last.stamp.length * 2);
    const stamp = new Int32Array(size);
    stamp.set(last.stamp);
    last.stamp = stamp;
    // Arrays filled up to their size: assigning far past the end would make them dictionaries.
    last.first = new Array<number[]>(size).fill(NO_POSITIONS);
    last.more = new Array<number[][] | undefined>(size).fill(undefined);
    last.generation++;
  }
  last.generation++;
  last.index = index;
  last.atoms = count;
  last.ids.length = 0;
  const { lexemes, positions } = index;
  for (let k = 0; k < lexemes.length; k++) {
    const atoms = atomsOf(lexemes[k] as Lexeme);
    for (let j = 0; j < atoms.length; j++) set(atoms[j] as number, positions[k] as number[]);
  }
  return last;
}
