/**
 * Exclusion lists. A lead-in that ends with ":" and contains a negation ("Ne relèvent pas de ses
 * missions :", "Sont exclus :", "Il n'appartient pas à l'intervenant de :", "L'intervenant ne :")
 * governs what follows it on the same line (text extracted from PDF or Word often loses its line
 * breaks) up to the end of that sentence, and the lines under it: list items, and lines that go on
 * the enumeration, until a heading, a new lead-in or a new paragraph. A heading that contains a
 * negation ("## Ce qui ne relève pas de ses missions") governs its whole section. Linear.
 * @module
 */
import type { LineInfo } from '../blocks.js';
import { Boundary } from '../boundaries.js';
import { isUpperLetter } from '../fold.js';
import { TokenKind, type TokenTable } from '../tokenize.js';
import { MarkerCode, startsClause } from './negation.js';
import { zeroedBytes, zeroedInts } from '../slab.js';

/** What the exclusion analysis reads. */
export interface ExclusionInput {
  text: string;
  tokens: TokenTable;
  brk: Uint8Array;
  tokenLine: Int32Array;
  lines: LineInfo[];
  marker: Uint8Array;
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);
/** A line numbered like a title or a list item: "3. ", "4) ", "b) ", "IV. ". */
const NUMBERED = /^\s*(\d{1,2}|[a-zA-Z]|[IVX]{1,4})[.)]\s/;

/** Most words between the last negation of a lead-in and its ':'. */
const MAX_LEAD_IN_GAP = 12;
/** Words of a negative answer right after a question ("Non, jamais :"), which lists nothing. */
const MAX_ANSWER_WORDS = 3;

/** First token of each line (`firstToken[l]` … `firstToken[l + 1]` are the tokens of line l). */
function lineTokenRanges(tokenLine: Int32Array, lineCount: number, tokenCount: number): Int32Array {
  const first = zeroedInts(lineCount + 1).fill(tokenCount);
  for (let i = tokenCount - 1; i >= 0; i--) first[tokenLine[i] as number] = i;
  for (let l = lineCount - 1; l >= 0; l--) if ((first[l] as number) > (first[l + 1] as number)) first[l] = first[l + 1] as number;
  return first;
}

function isNegationMarker(code: number): boolean {
  return code === MarkerCode.Clause || code === MarkerCode.Phrase || code === MarkerCode.Backward;
}

/**
 * Marks the tokens governed by exclusion lead-ins and negated headings.
 *
 * @example
 * ```ts
 * // "Ne relèvent pas de ses missions :\n- la prise de plainte" → the tokens of the item are excluded.
 * ```
 */
export function computeExclusions(input: ExclusionInput): Uint8Array {
  const { text, tokens: t, brk, tokenLine, lines, marker } = input;
  const excluded = zeroedBytes(t.count);
  const firstToken = lineTokenRanges(tokenLine, lines.length, t.count);
  const markLine = (l: number): void => {
    for (let k = firstToken[l] as number; k < (firstToken[l + 1] as number); k++) excluded[k] = 1;
  };
  let coveredLine = -1;

  // Negated headings govern their section.
  for (let l = 0; l < lines.length; l++) {
    const info = lines[l] as LineInfo;
    if (info.kind !== 'heading' || l <= coveredLine) continue;
    let depth = 0;
    let negatedHeading = false;
    let question = false;
    for (let k = firstToken[l] as number; k < (firstToken[l + 1] as number); k++) {
      const f = t.form[k];
      if (f === '(') depth++;
      else if (f === ')') depth = Math.max(0, depth - 1);
      else if (f === '?') question = true;
      else if (depth === 0 && isNegationMarker(marker[k] as number)) negatedHeading = true;
    }
    // A question ("Pourquoi ne peut-il pas tout vous dire ?") announces an answer, not a list of exclusions.
    if (!negatedHeading || question) continue;
    let m = l + 1;
    while (m < lines.length && (lines[m] as LineInfo).kind !== 'heading') markLine(m++);
    coveredLine = m - 1;
  }

  // Lead-ins ending with ':'. The negation must be near the ':' (a lead-in is short): in text whose
  // punctuation was lost ("… N'A PAS VOCATION À RECUEILLIR DES PLAINTES INTERVENTION … PROFIL :"),
  // a negation far back does not turn a later label into a lead-in.
  let lastNegation = -1;
  let depth = 0;
  let scanFrom = -1;
  let words = 0;
  let clauseStart = 0;
  let clauseWords = 0;
  for (let i = 0; i < t.count; i++) {
    if ((brk[i] as number) >= Boundary.Clause) {
      lastNegation = -1;
      depth = 0;
      clauseStart = i;
      clauseWords = words;
    }
    const form = t.form[i] as string;
    if (t.kind[i] === TokenKind.Punct) {
      if (form === '(') depth++;
      else if (form === ')') depth = Math.max(0, depth - 1);
      // "**Activités exclues.** Réception de plaintes ; rédaction …": a short negated label ended by a
      // period, with the list on the same line, is a lead-in too.
      const labelDot = form === '.' && lastNegation > clauseWords && words - clauseWords <= 3 && tokenLine[i + 1] === tokenLine[i];
      if ((form !== ':' && !labelDot) || lastNegation < 0 || words - lastNegation > MAX_LEAD_IN_GAP || i < scanFrom) continue;
      // "Sont-elles obligées de la voir ? Jamais : tout repose sur leur accord." answers the
      // question; a short answer before ':' is no lead-in.
      if (clauseStart > 0 && t.form[clauseStart - 1] === '?' && words - clauseWords <= MAX_ANSWER_WORDS) continue;
      scanFrom = governLeadIn(i) + 1;
      continue;
    }
    words++;
    if (depth === 0 && isNegationMarker(marker[i] as number)) lastNegation = words;
  }
  // Lead-ins without ':' — "Sont exclus", "3. Ce que vous ne pouvez pas lui demander", "4) Ce qui ne
  // relève pas du poste": a short negated line with no final punctuation, followed by list items,
  // or numbered like a title, governs what follows as a ':' would.
  for (let l = 0; l + 1 < lines.length; l++) {
    const info = lines[l] as LineInfo;
    const from = firstToken[l] as number;
    const to = firstToken[l + 1] as number;
    if ((info.kind !== 'text' && info.kind !== 'item') || to <= from || to - from > 12 || excluded[to - 1] === 1) continue;
    if (t.kind[to - 1] !== TokenKind.Word) continue;
    let negated = false;
    for (let k = from; k < to; k++) if (isNegationMarker(marker[k] as number)) negated = true;
    if (!negated) continue;
    let next = l + 1;
    while (next < lines.length && (lines[next] as LineInfo).kind === 'blank') next++;
    if (next >= lines.length) continue;
    const numberedLine = (m: number): boolean => NUMBERED.test(text.slice((lines[m] as LineInfo).start, (lines[m] as LineInfo).end));
    const numbered = numberedLine(l);
    // A numbered title ("3. Ce que …") over a list of another kind; an unnumbered line over items.
    if (info.kind === 'item' ? !numbered || numberedLine(next) : (lines[next] as LineInfo).kind !== 'item' && !numbered) continue;
    // Under a title, a sentence ("Il ne prend pas les plaintes, …") is no list: it negates itself.
    if ((lines[next] as LineInfo).kind !== 'item' && startsClause(t, firstToken[next] as number)) continue;
    governLeadIn(to - 1);
  }
  return excluded;

  /** Marks what the lead-in whose ':' is token `c` governs; returns the last token marked. */
  function governLeadIn(c: number): number {
    const leadLine = tokenLine[c] as number;
    // "… n'est pas employé par la gendarmerie : il est salarié de …" explains; it lists nothing.
    if (tokenLine[c + 1] === leadLine && startsClause(t, c + 1)) return c;
    const endsLine = c === (firstToken[leadLine + 1] as number) - 1;
    let curLine = leadLine;
    let first = true;
    let segStart = c + 1;
    let k = c + 1;
    for (; k < t.count; k++) {
      const l = tokenLine[k] as number;
      if (l !== curLine) {
        let blankSeen = false;
        for (let m = curLine + 1; m < l; m++) if ((lines[m] as LineInfo).kind === 'blank') blankSeen = true;
        const info = lines[l] as LineInfo;
        const prevLast = (lines[curLine] as LineInfo).lastChar;
        if (info.kind === 'heading') break;
        if (info.kind === 'text') {
          if (info.lastChar === ':' && !first) break;
          const startsLower = /\p{Ll}/u.test(text[info.contentStart] ?? '');
          // After list items, a plain line goes on the list only if it starts in lower case.
          const afterItem = (lines[curLine] as LineInfo).kind === 'item' && curLine !== leadLine;
          const continues = startsLower || (!afterItem && !SENTENCE_END.has(prevLast));
          if (first ? !endsLine && !continues : blankSeen || !continues) break;
        } else if (first && !endsLine && SENTENCE_END.has(prevLast)) {
          break;
        }
        curLine = l;
        first = false;
        segStart = k;
      } else if (k > c + 1 && (brk[k] as number) >= Boundary.Clause) {
        const prev = t.form[k - 1] as string;
        const upper = isUpperLetter(text[t.start[k] as number] ?? '');
        const isItem = (lines[l] as LineInfo).kind === 'item';
        if (!isItem && SENTENCE_END.has(prev) && upper && t.kind[k] === TokenKind.Word) break;
        segStart = k;
      }
      if (t.form[k] === ':' && k > segStart) {
        // A new "Heading :" ends the list unless it is itself negated.
        let negatedSegment = false;
        for (let j = segStart; j < k; j++) if (isNegationMarker(marker[j] as number)) negatedSegment = true;
        if (!negatedSegment && k - segStart <= 5) {
          for (let j = segStart; j < k; j++) excluded[j] = 0;
          k = segStart;
          break;
        }
      }
      excluded[k] = 1;
    }
    return k - 1;
  }
}
