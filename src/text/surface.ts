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

/** Slots of the open-addressing table (a power of two); it starts again when half full. */
const SLOTS = 1 << 15;
const MASK = SLOTS - 1;

const table = {
  /** Per slot: the run as written (a flat copy), its hash, its lexeme. */
  keys: new Array<string | undefined>(SLOTS).fill(undefined),
  hashes: new Int32Array(SLOTS),
  lexemes: new Array<Lexeme | undefined>(SLOTS).fill(undefined),
  size: 0,
};

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
  const { keys, hashes, lexemes } = table;
  let slot = hash & MASK;
  for (;;) {
    const key = keys[slot];
    if (key === undefined) break;
    if (hashes[slot] === hash && sameRun(key, text, start, end)) return lexemes[slot] as Lexeme;
    slot = (slot + 1) & MASK;
  }
  const run = text.slice(start, end);
  const lexeme = wordLexeme(foldWord(run));
  if (table.size >= SLOTS >> 1) {
    keys.fill(undefined);
    lexemes.fill(undefined);
    table.size = 0;
    slot = hash & MASK;
  }
  // A copy: the run is a slice that would keep its whole text alive.
  keys[slot] = flatCopy(run);
  hashes[slot] = hash;
  lexemes[slot] = lexeme;
  table.size++;
  return lexeme;
}
