/**
 * Block structure of a text, line by line: headings (Markdown `#`, or short lines in capitals in
 * a text that is not itself in capitals), list items (bullets, numbers, letters), paragraph text
 * and blank lines. Markdown needs no separate parser: its structure is read here.
 * @module
 */
import { caseOf, LetterCase } from './fold.js';
import type { LineIndex } from './lines.js';

/** Kind of a line. */
export type LineKind = 'blank' | 'heading' | 'item' | 'text';

/** One line of the text and what it is. */
export interface LineInfo {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character (before `\r\n` / `\n`). */
  end: number;
  kind: LineKind;
  /** Width of the leading white space (list nesting). */
  indent: number;
  /** Offset where the content starts (after `#`, a bullet or a number). */
  contentStart: number;
  /** Last non-space character of the line ('' for a blank line). */
  lastChar: string;
}

const MD_HEADING = /^ {0,3}#{1,6}(?=\s|$)\s*/;
const BULLET = /^[ \t]*(?:[-*+•▪●◦‣–—·>]|\(?\d{1,3}[.)°]|\(?[a-z][.)]|[A-Z]\))(?=\s)\s*/;
const MAX_HEADING_WORDS = 12;

/** Share of upper-case letters in a text, on a bounded sample (for the capitals heuristic). */
function upperRatio(text: string): number {
  let upper = 0;
  let letters = 0;
  const limit = Math.min(text.length, 200_000);
  for (let i = 0; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      // ASCII: letters are A-Z and a-z; no string is built.
      if (code >= 97 && code <= 122) letters++;
      else if (code >= 65 && code <= 90) {
        letters++;
        upper++;
      }
      continue;
    }
    const letterCase = caseOf(code);
    if (letterCase === LetterCase.None) continue;
    letters++;
    if (letterCase === LetterCase.Upper) upper++;
  }
  return letters === 0 ? 0 : upper / letters;
}

function isCapitalsHeading(content: string): boolean {
  if (content.length > 120) return false;
  const last = content.trimEnd().slice(-1);
  if (last === ':' || last === '.' || last === ';' || last === ',') return false;
  let letters = 0;
  for (const ch of content) {
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    if (ch !== ch.toUpperCase()) return false;
    letters++;
  }
  return letters >= 4 && content.trim().split(/\s+/).length <= MAX_HEADING_WORDS;
}

/**
 * Classifies every line of a text.
 *
 * @example
 * ```ts
 * const text = '# Missions\n- accueil\n\nTexte';
 * classifyLines(text, buildLineIndex(text)).map((l) => l.kind); // ['heading', 'item', 'blank', 'text']
 * ```
 */
export function classifyLines(text: string, index: LineIndex): LineInfo[] {
  const capsDocument = upperRatio(text) > 0.6;
  const out: LineInfo[] = [];
  const count = index.starts.length;
  for (let l = 0; l < count; l++) {
    const start = index.starts[l] as number;
    let end = l + 1 < count ? (index.starts[l + 1] as number) - 1 : text.length;
    if (end > start && text[end - 1] === '\r') end--;
    const line = text.slice(start, end);
    let indent = 0;
    while (indent < line.length && (line[indent] === ' ' || line[indent] === '\t')) indent++;
    const trimmed = line.trimEnd();
    const lastChar = trimmed.slice(-1);
    if (trimmed.length === indent) {
      out.push({ start, end, kind: 'blank', indent, contentStart: end, lastChar: '' });
      continue;
    }
    const md = MD_HEADING.exec(line);
    if (md) {
      out.push({ start, end, kind: 'heading', indent, contentStart: start + md[0].length, lastChar });
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      out.push({ start, end, kind: 'item', indent, contentStart: start + bullet[0].length, lastChar });
      continue;
    }
    const kind = !capsDocument && isCapitalsHeading(line) ? 'heading' : 'text';
    out.push({ start, end, kind, indent, contentStart: start + indent, lastChar });
  }
  return out;
}
