/**
 * The lexemes of word runs as they are written ("Intervenant", "activité", "CIAS"), looked up
 * straight from the characters of the text: a hash of the run, then a comparison with the run
 * seen before. A text's words are mostly ones already met; for them the tokeniser neither cuts
 * the run out of the text, nor folds it, nor hashes a new string in a map, which together cost
 * several times more than reading the characters once.
 * @module
 */
import { flatCopy, foldWord } from './fold.js';
import { wordLexeme, type Lexeme } from './lexeme.js';

/**
 * Slots of the open-addressing table: a power of two, doubled when half full (a small table stays
 * in the processor's caches, which is what makes it fast), and emptied once it is at its largest.
 */
const FIRST_SLOTS = 1 << 10;
const MAX_SLOTS = 1 << 16;

const table = {
  /** Per slot: the run as written (a flat copy), its hash, its lexeme. */
  keys: new Array<string | undefined>(FIRST_SLOTS).fill(undefined),
  hashes: new Int32Array(FIRST_SLOTS),
  lexemes: new Array<Lexeme | undefined>(FIRST_SLOTS).fill(undefined),
  mask: FIRST_SLOTS - 1,
  size: 0,
};

function store(slot: number, key: string, hash: number, lexeme: Lexeme): void {
  table.keys[slot] = key;
  table.hashes[slot] = hash;
  table.lexemes[slot] = lexeme;
  table.size++;
}

function freeSlot(hash: number): number {
  let slot = hash & table.mask;
  while (table.keys[slot] !== undefined) slot = (slot + 1) & table.mask;
  return slot;
}

/** Doubles the table (its entries moved to their new slots), or empties it at its largest. */
function makeRoom(): void {
  const slots = table.keys.length;
  const { keys, hashes, lexemes } = table;
  const bigger = slots < MAX_SLOTS ? slots * 2 : FIRST_SLOTS;
  table.keys = new Array<string | undefined>(bigger).fill(undefined);
  table.hashes = new Int32Array(bigger);
  table.lexemes = new Array<Lexeme | undefined>(bigger).fill(undefined);
  table.mask = bigger - 1;
  table.size = 0;
  if (bigger < slots) return;
  for (let k = 0; k < slots; k++) {
    const key = keys[k];
    if (key !== undefined) store(freeSlot(hashes[k] as number), key, hashes[k] as number, lexemes[k] as Lexeme);
  }
}

/** FNV-1a over the UTF-16 code units of `text[start…end)`. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

function sameRun(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * The lexeme of the word run `text[start…end)`: the same as `wordLexeme(foldWord(run))`.
 *
 * @example
 * ```ts
 * const text = 'Intervenant social';
 * surfaceLexeme(text, 0, 11).form; // 'intervenant'
 * surfaceLexeme(text, 0, 11) === wordLexeme('intervenant'); // true
 * ```
 */
export function surfaceLexeme(text: string, start: number, end: number): Lexeme {
  const hash = hashOf(text, start, end);
  const { keys, hashes, lexemes, mask } = table;
  let slot = hash & mask;
  for (;;) {
    const key = keys[slot];
    if (key === undefined) break;
    if (hashes[slot] === hash && sameRun(key, text, start, end)) return lexemes[slot] as Lexeme;
    slot = (slot + 1) & mask;
  }
  const run = text.slice(start, end);
  const lexeme = wordLexeme(foldWord(run));
  if (table.size * 2 >= keys.length) {
    makeRoom();
    slot = freeSlot(hash);
  }
  // A copy: the run is a slice that would keep its whole text alive.
  store(slot, flatCopy(run), hash, lexeme);
  return lexeme;
}
