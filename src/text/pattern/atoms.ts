/**
 * Every word, prefix and punctuation mark the compiled patterns look for, numbered once for the
 * whole process, and which of them a text contains: computed once per text from its distinct
 * words (a look-up each, and a walk down a trie of the prefixes), instead of once per rule.
 * @module
 */
import { flatCopy } from '../fold.js';
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

/** The prefix atoms each form starts with, memoised (cleared when a prefix is added). */
const prefixIdsByForm = new Map<string, readonly number[]>();
const MAX_CACHED_FORMS = 50_000;
const NO_IDS: readonly number[] = [];

/**
 * The numbers of the prefix atoms a word form starts with (a walk down the prefix trie, memoised).
 *
 * @example
 * ```ts
 * const id = atomId('prefix', 'enquet');
 * prefixIdsOf('enqueteurs').includes(id); // true
 * ```
 */
export function prefixIdsOf(form: string): readonly number[] {
  let found = prefixIdsByForm.get(form);
  if (found) return found;
  let list: number[] | undefined;
  let node: TrieNode | undefined = prefixTrie;
  for (let k = 0; k < form.length && node; k++) {
    node = node.next.get(form.charCodeAt(k));
    if (node && node.id >= 0) (list ??= []).push(node.id);
  }
  found = list ?? NO_IDS;
  if (prefixIdsByForm.size >= MAX_CACHED_FORMS) prefixIdsByForm.clear();
  // A copy: the form may be a slice that keeps its whole text alive.
  prefixIdsByForm.set(flatCopy(form), found);
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
    prefixIdsByForm.clear();
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

function collect(map: Map<string, number>, byKey: Map<string, number[]>): void {
  // forEach rather than for…of: no [key, value] pair allocated per entry.
  byKey.forEach((positions, key) => {
    const id = map.get(key);
    if (id !== undefined) set(id, positions);
  });
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
  collect(ids.stem, index.byStem);
  collect(ids.exact, index.byForm);
  collect(ids.punct, index.byPunct);
  if (ids.prefix.size > 0) {
    index.byForm.forEach((positions, form) => {
      const found = prefixIdsOf(form);
      for (let k = 0; k < found.length; k++) set(found[k] as number, positions);
    });
  }
  return last;
}
