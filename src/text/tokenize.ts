/**
 * Tokenisation of French text into words and punctuation, with offsets into the text.
 * Elisions (l', d', qu', n', s', j', c'…) become their own token with the full form ("le",
 * "de", "que", "ne"…); inclusive writing (placé·e, intervenant(e)s, intervenant.e, salarié-e)
 * is folded into the masculine form; hyphens inside words split them; all caps and accents are
 * folded away (see {@link foldWord}). Linear in the text.
 * @module
 */
import { foldWord, isWordChar, isWordCode } from './fold.js';
import { punctLexeme, wordLexeme, type Lexeme } from './lexeme.js';
import { surfaceLexeme } from './surface.js';
import type { TokenIndex } from './pattern/token-index.js';
import { zeroedBytes, zeroedInts } from './slab.js';

export { TokenKind } from './lexeme.js';

/** Tokens as parallel arrays (compact for large texts). Offsets are UTF-16 indices into the text. */
export interface TokenTable {
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** Folded form (words) or the character itself (punctuation). */
  form: string[];
  /** Stem of the folded form (words) or the character (punctuation). */
  stem: string[];
  /** The lexeme of each token: its form and stem, shared with every other token that has them. */
  lexeme: Lexeme[];
  /**
   * What the matcher derives from the tokens, built on first use (see `tokenIndex`). Held here
   * rather than in a WeakMap keyed by the table: a WeakMap keeps its values alive through every
   * minor garbage collection, which made them the main cost of linting many fiches.
   */
  index?: TokenIndex;
}

const ELISIONS: Record<string, string> = {
  l: 'le', d: 'de', n: 'ne', s: 'se', j: 'je', c: 'ce', m: 'me', t: 'te', qu: 'que',
  lorsqu: 'lorsque', puisqu: 'puisque', jusqu: 'jusque', quoiqu: 'quoique', presqu: 'presque',
};
/** The apostrophes of an elision: ' ’ ʼ ‘ ´ ` */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x2018 || code === 0xb4 || code === 0x60;
}
const PUNCT = new Set([
  '.', ',', ';', ':', '!', '?', '…', '(', ')', '[', ']', '«', '»', '"', '“', '”', '„', '/',
  '–', '—', '•', '▪', '●', '◦', '‣', '·', '-', '|',
]);
const INCLUSIVE: Record<string, ReadonlySet<string>> = {
  '·': new Set(['fe', 'ffe', 'e', 'es', 's', 'ne', 'nes', 'le', 'les', 'te', 'tes', 'rice', 'rices', 'trice', 'trices', 'euse', 'euses', 'ere', 'eres', 'ive', 'ives', 'x']),
  '•': new Set(['fe', 'ffe', 'e', 'es', 's', 'ne', 'nes', 'le', 'les', 'rice', 'rices', 'euse', 'euses', 'ere', 'eres']),
  '.': new Set(['fe', 'ffe', 'e', 'es', 's', 'ne', 'nes', 'le', 'les', 'rice', 'rices', 'trice', 'trices', 'euse', 'euses', 'ere', 'eres', 'ive', 'ives']),
  '(': new Set(['fe', 'ffe', 'e', 'es', 's', 'ne', 'nes', 'le', 'les', 'rice', 'rices', 'trice', 'trices', 'euse', 'euses', 'ere', 'eres', 'ive', 'ives', 'x']),
  '-': new Set(['fe', 'ffe', 'e', 'es', 'ne', 'nes', 'rice', 'rices', 'euse', 'euses', 'ere', 'eres']),
  '/': new Set(['fe', 'ffe', 'e', 'es', 'ne', 'nes', 'rice', 'rices', 'euse', 'euses', 'ere', 'eres']),
};

/**
 * A dotted acronym at `i` ("D.E.A.S.S.", "O.P.J", "C.L.S.P.D."): two or more single capital
 * letters each followed by a dot (the last dot may be missing). Returns its letters and its end
 * (the last dot is left out when it ends a sentence: an upper-case word, a line break or the
 * end follows), or undefined.
 */
function dottedAcronym(text: string, i: number): { letters: string; end: number } | undefined {
  let j = i;
  let letters = '';
  for (;;) {
    const ch = text[j] ?? '';
    if (!(ch !== ch.toLowerCase() && ch === ch.toUpperCase()) || isWordChar(text[j + 1] ?? ' ')) break;
    letters += ch;
    if (text[j + 1] !== '.') {
      j += 1;
      break;
    }
    j += 2;
  }
  if (letters.length < 2 || text[i + 1] !== '.' || isWordChar(text[j] ?? ' ')) return undefined;
  if (text[j - 1] === '.') {
    let k = j;
    while (text[k] === ' ' || text[k] === '\t') k++;
    const next = text[k] ?? '';
    const endsSentence = next === '' || next === '\n' || next === '\r' || (next !== next.toLowerCase() && next === next.toUpperCase());
    if (endsSentence) j -= 1;
  }
  return { letters, end: j };
}

/** First parts of compounds that a line-end hyphen keeps as two words ("procès-/verbal", "rendez-/vous"). */
const COMPOUND_FIRST = new Set([
  'proces', 'socio', 'medico', 'psycho', 'sous', 'mis', 'non', 'vice', 'demi', 'semi', 'ex', 'anti', 'post', 'pre', 'inter', 'extra',
  'auto', 'co', 'bien', 'mal', 'mi', 'quasi', 'soi', 'grand', 'grande', 'rendez', 'garde', 'main', 'mains', 'vis', 'peut', 'est',
  'c', 'a', 'l', 'd', 'y', 'saint', 'sainte', 'chef', 'cheffe', 'aide', 'aides', 'haut', 'haute', 'bas', 'basse', 'nord', 'sud',
  'franco', 'euro', 'juridico', 'politico', 'servir', 'savoir', 'faire', 'temps', 'week', 'plein', 'mi', 'contre', 'pluri', 'multi',
]);
/** Second parts of compounds kept as two words ("mis-/en-cause", "peut-/être", "celle-/ci"). */
const COMPOUND_SECOND = new Set(['ci', 'la', 'vous', 'etre', 'en', 'cause', 'verbal', 'verbaux', 'il', 'elle', 'ils', 'elles', 'on', 'je', 'nous', 'ce', 't']);

/**
 * A word cut by a hyphen at the end of a line, as PDF text often is ("enquê-\nteurs"): where the
 * next line starts with a lower-case letter, returns the start of its second part and whether the
 * parts join into one word (a compound such as "procès-\nverbal" stays two words), or undefined.
 */
function lineEndHyphen(text: string, runStart: number, runEnd: number): { next: number; join: boolean } | undefined {
  if (text[runEnd] !== '-') return undefined;
  let k = runEnd + 1;
  while (text[k] === ' ' || text[k] === '\t' || text[k] === '\r') k++;
  if (text[k] !== '\n') return undefined;
  k++;
  while (text[k] === ' ' || text[k] === '\t') k++;
  const ch = text[k] ?? '';
  if (!(ch !== ch.toUpperCase() && ch === ch.toLowerCase())) return undefined;
  const first = foldWord(text.slice(runStart, runEnd));
  const second = foldWord(text.slice(k, wordEnd(text, k)));
  return { next: k, join: !COMPOUND_FIRST.has(first) && !COMPOUND_SECOND.has(second) };
}

/** Reads a run of word characters from `i`; returns its end. */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
  return j;
}

/** Copies a full typed array into a bigger one. */
function grown<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= 128) return false;
  return true;
}

/** Whether a code may separate a word from an inclusive-writing suffix: · • . ( - / */
function mayStartInclusive(code: number): boolean {
  return code === 0xb7 || code === 0x2022 || code === 0x2e || code === 0x28 || code === 0x2d || code === 0x2f;
}

/** Extends a word over inclusive-writing suffixes (·e, (e)s, .e.s, -e); returns the new end. */
function inclusiveEnd(text: string, end: number): number {
  if (!mayStartInclusive(text.charCodeAt(end))) return end;
  let e = end;
  for (let guard = 0; guard < 4; guard++) {
    const sep = text[e];
    if (sep === undefined) break;
    const allowed = INCLUSIVE[sep];
    if (!allowed) break;
    const k = wordEnd(text, e + 1);
    if (k === e + 1) break;
    // The longest suffix is six letters ("trices"); twice that allows for decomposed accents.
    if (k - e - 1 > 12) break;
    const raw = text.slice(e + 1, k);
    // Accents folded: "conseiller(ère)", "infirmier·ère" as well as "(ere)".
    const folded = isAscii(raw) ? raw : raw.normalize('NFD').replace(/\p{Mn}/gu, '');
    const ok = sep === '.' ? allowed.has(raw) || (/^\p{Ll}+$/u.test(raw) && allowed.has(folded)) : allowed.has(folded.toLowerCase());
    if (!ok) break;
    let next = k;
    if (sep === '(') {
      if (text[k] !== ')') break;
      next = k + 1;
      if (text[next] === 's' && !isWordChar(text[next + 1] ?? ' ')) next++;
    }
    if (sep === '.' && !/\p{Ll}/u.test(text[e - 1] ?? '')) break;
    if (next < text.length && isWordChar(text[next] as string)) break;
    e = next;
  }
  return e;
}

/**
 * Splits a text into tokens.
 *
 * @example
 * ```ts
 * const t = tokenize("L'intervenant·e ne participe pas");
 * t.form; // ['le', 'intervenant', 'ne', 'participe', 'pas']
 * t.stem[3]; // 'particip'
 * ```
 */
export function tokenize(text: string): TokenTable {
  // Typed arrays written in place (a token is about six characters), doubled when full.
  let capacity = (text.length >> 2) + 16;
  let starts = zeroedInts(capacity);
  let ends = zeroedInts(capacity);
  let kinds = zeroedBytes(capacity);
  let count = 0;
  // Sized like the typed arrays (growing by push would allocate about twice as much), trimmed at the end.
  const forms = new Array<string>(capacity);
  const stems = new Array<string>(capacity);
  const lexemes = new Array<Lexeme>(capacity);
  const push = (s: number, e: number, lexeme: Lexeme): void => {
    if (count === capacity) {
      capacity *= 2;
      starts = grown(starts, zeroedInts(capacity));
      ends = grown(ends, zeroedInts(capacity));
      kinds = grown(kinds, zeroedBytes(capacity));
    }
    starts[count] = s;
    ends[count] = e;
    kinds[count] = lexeme.kind;
    forms[count] = lexeme.form;
    stems[count] = lexeme.stem;
    lexemes[count] = lexeme;
    count++;
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    // Spaces and line breaks, the commonest characters, separate tokens and are nothing else.
    if (code === 32 || code === 10 || code === 13 || code === 9) {
      i++;
      continue;
    }
    if (isWordCode(code)) {
      if (text.charCodeAt(i + 1) === 0x2e) {
        const acronym = dottedAcronym(text, i);
        if (acronym) {
          const folded = foldWord(acronym.letters);
          push(i, acronym.end, wordLexeme(folded));
          i = acronym.end;
          continue;
        }
      }
      const runEnd = wordEnd(text, i);
      const cut = lineEndHyphen(text, i, runEnd);
      if (cut?.join) {
        // One word across the line break; its offsets span the break.
        const secondEnd = wordEnd(text, cut.next);
        const joined = foldWord(text.slice(i, runEnd) + text.slice(cut.next, secondEnd));
        const end = inclusiveEnd(text, secondEnd);
        push(i, end, wordLexeme(joined));
        i = end;
        continue;
      }
      if (cut) {
        // A compound: two words, the hyphen dropped like a hyphen inside a word.
        push(i, runEnd, wordLexeme(foldWord(text.slice(i, runEnd))));
        i = cut.next;
        continue;
      }
      const lexeme = surfaceLexeme(text, i, runEnd);
      const folded = lexeme.form;
      if (isApostrophe(text.charCodeAt(runEnd)) && isWordCode(text.charCodeAt(runEnd + 1))) {
        const full = ELISIONS[folded];
        if (full !== undefined) {
          push(i, runEnd + 1, wordLexeme(full));
          i = runEnd + 1;
          continue;
        }
      }
      const end = inclusiveEnd(text, runEnd);
      push(i, end, lexeme);
      i = end;
      continue;
    }
    const ch = text[i] as string;
    if (PUNCT.has(ch)) {
      const between = i > 0 && isWordChar(text[i - 1] as string) && isWordChar(text[i + 1] ?? ' ');
      // A hyphen inside a word, and a middle dot of inclusive writing between two words
      // ("du·de la", "chacun·e"), separate words without being punctuation.
      const isHyphen = (ch === '-' || ch === '·') && between;
      if (!isHyphen) {
        if (ch === '.' && text[i + 1] === '.' && text[i + 2] === '.') {
          // Dot leaders ("Employeur ........ Groupement …") separate a label from its value, like ':'.
          let j = i + 3;
          while (text[j] === '.') j++;
          push(i, j, punctLexeme(j - i >= 4 ? ':' : '…'));
          i = j;
          continue;
        }
        // A table cell separator ("| Employeur | CIAS |") separates a label from its value, like ':'.
        const form = ch === '“' || ch === '”' || ch === '„' ? '"' : ch === '–' || ch === '—' ? '-' : ch === '|' ? ':' : ch;
        push(i, i + 1, punctLexeme(form));
      }
    }
    i++;
  }
  forms.length = count;
  stems.length = count;
  lexemes.length = count;
  return {
    count,
    start: starts.subarray(0, count),
    end: ends.subarray(0, count),
    kind: kinds.subarray(0, count),
    form: forms,
    stem: stems,
    lexeme: lexemes,
  };
}
