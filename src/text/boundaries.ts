/**
 * Boundaries between tokens: how strongly token `i` is separated from token `i - 1`
 * (a new block, a new clause, a comma, nothing), and the sentence each token belongs to.
 * Patterns use them: a gap never crosses a clause boundary.
 * @module
 */
import type { LineInfo } from './blocks.js';
import { TokenKind, type TokenTable } from './tokenize.js';

/** Strength of the separation before a token. */
export const enum Boundary {
  None = 0,
  Comma = 1,
  Clause = 2,
  Block = 3,
}

/** Boundaries, sentence numbers and lines of the tokens. */
export interface TokenBoundaries {
  /** `Boundary` before each token. */
  brk: Uint8Array;
  /** Sentence number of each token (increasing). */
  sentence: Int32Array;
  /** 0-based line of each token. */
  line: Int32Array;
}

/** Punctuation that closes a clause. */
export const HARD_PUNCT = new Set(['.', '!', '?', ';', ':', '…', '•', '▪', '●', '◦', '‣', '·', '|', '-']);
const ABBREVIATIONS = new Set(['art', 'cf', 'al', 'mme', 'mlle', 'dr', 'pr', 'st', 'ste', 'av', 'bd', 'tel', 'no', 'vol', 'chap', 'env', 'ex', 'min', 'max', 'hab', 'dept', 'nb']);

/** Whether a '.' token at index `i` ends a clause (not an abbreviation, a decimal, a reference). */
function periodIsHard(text: string, t: TokenTable, i: number): boolean {
  const after = text[(t.end[i] as number)] ?? ' ';
  if (/[\p{Ll}\p{N}]/u.test(after)) return false;
  if (i === 0 || t.kind[i - 1] !== TokenKind.Word || t.end[i - 1] !== t.start[i]) return true;
  const prev = t.form[i - 1] as string;
  return !(prev.length === 1 || ABBREVIATIONS.has(prev));
}

/**
 * Computes the boundaries of a token table over classified lines.
 *
 * @example
 * ```ts
 * const text = 'Il accueille. Il oriente';
 * const idx = buildLineIndex(text);
 * const b = computeBoundaries(text, tokenize(text), classifyLines(text, idx));
 * b.brk[3]; // Boundary.Clause (after the period)
 * ```
 */
export function computeBoundaries(text: string, t: TokenTable, lines: LineInfo[]): TokenBoundaries {
  const brk = new Uint8Array(t.count);
  const sentence = new Int32Array(t.count);
  const lineOfToken = new Int32Array(t.count);
  let l = 0;
  let sent = 0;
  let prevLine = -1;
  let prevHard = false;
  let prevForm = '';
  for (let i = 0; i < t.count; i++) {
    const start = t.start[i] as number;
    while (l + 1 < lines.length && (lines[l + 1] as LineInfo).start <= start) l++;
    lineOfToken[i] = l;
    const info = lines[l] as LineInfo;
    let b: Boundary = Boundary.None;
    if (l !== prevLine) {
      let blankBetween = false;
      let previous: LineInfo | undefined;
      for (let k = l - 1; k > prevLine && k >= 0; k--) {
        const li = lines[k] as LineInfo;
        if (li.kind === 'blank') blankBetween = true;
      }
      if (prevLine >= 0) previous = lines[prevLine];
      if (prevLine < 0 || info.kind === 'heading' || info.kind === 'item' || blankBetween || previous?.kind === 'heading') {
        b = Boundary.Block;
      } else if (prevHard || /[\p{Lu}\p{N}]/u.test(text[start] ?? '')) {
        b = Boundary.Clause;
      }
      prevLine = l;
    } else if (start < info.contentStart) {
      b = Boundary.Block;
    } else if (prevHard) {
      b = Boundary.Clause;
    } else if (prevForm === ',') {
      b = Boundary.Comma;
    }
    if (b === Boundary.Clause && prevHard && i > 0 && prevForm !== ':') sent++;
    else if (b === Boundary.Block || (b === Boundary.Clause && !prevHard)) sent++;
    brk[i] = b;
    sentence[i] = sent;
    const form = t.form[i] as string;
    prevHard = t.kind[i] === TokenKind.Punct && HARD_PUNCT.has(form) && (form !== '.' || periodIsHard(text, t, i));
    prevForm = form;
  }
  return { brk, sentence, line: lineOfToken };
}
