/**
 * Negation scopes. Markers (ne … pas/plus/jamais, aucun, ni, "en aucun cas", "interdit",
 * "exclu", "hors", "sans", "ne relève pas de"…) are found with token patterns; each then
 * covers the rest of its clause (forward), the rest of its phrase (up to a comma), or, for
 * predicates such as "… ne relève pas de ses missions" / "… est exclue", the start of its clause
 * (backward). A clause ends at `.`, `;`, `:`, a new block, "mais", "qui", or "et"/"," followed by a
 * new verb or subject — except in a denied completive ("il est exclu que A, B ou C") — and a
 * negation inside parentheses ends with them. Each token is visited a bounded number of times:
 * linear.
 * @module
 */
import { Boundary } from '../boundaries.js';
import { CLAUSE_ENDERS, COORDINATORS, COPULAS, DETERMINERS, isFiniteVerb, SUBJECT_HEADS, SUBJECT_PRONOUNS } from '../lexicon.js';
import { findMatches, type MatchInput, type TokenSpan } from '../pattern/match.js';
import { TokenKind, type TokenTable } from '../tokenize.js';
import { BASE_MARKER_WORDS, markerAutomata } from './markers.js';
import { zeroedBytes } from '../slab.js';

/** Kind of marker on a token (0: none). */
export const enum MarkerCode {
  None = 0,
  Clause = 1,
  Phrase = 2,
  Sans = 3,
  Backward = 4,
}

/** Result of the negation analysis. */
export interface NegationScopes {
  /** 1: in the scope of a clause, phrase or backward negation. */
  negated: Uint8Array;
  /** 1: in the scope of "sans" (flips the polarity). */
  sans: Uint8Array;
  /** Marker kind of each token. */
  marker: Uint8Array;
}

const NO_LIMIT = Number.MAX_SAFE_INTEGER;
/** Tokens looked back for the "(" of an aside that holds a negation. */
const MAX_ASIDE = 40;

/**
 * Whether the token at `j` starts a new clause: a subject pronoun, a determiner and a subject
 * noun ("l'intervenant"), or a conjugated verb.
 *
 * @example
 * ```ts
 * startsClause(tokenize('il participe'), 0); // true
 * ```
 */
export function startsClause(t: TokenTable, j: number): boolean {
  const form = t.form[j];
  if (form === undefined) return false;
  if (SUBJECT_PRONOUNS.has(form) || isFiniteVerb(form)) return true;
  // "c'est …", "ce sont …"; "tout repose sur …", "rien ne …"
  const next = t.form[j + 1] as string;
  if (form === 'ce' && COPULAS.has(next)) return true;
  if ((form === 'tout' || form === 'rien') && (isFiniteVerb(next) || COPULAS.has(next) || next === 'se' || next === 'ne')) return true;
  if (DETERMINERS.has(form)) {
    const head = t.stem[j + 1];
    if (head !== undefined && SUBJECT_HEADS.has(head)) return true;
    // Any noun followed by its verb: "l'intervention repose sur …", "la démarche est libre".
    const verb = t.form[j + 2] as string;
    return t.kind[j + 1] === TokenKind.Word && (isFiniteVerb(verb) || (COPULAS.has(verb) && verb !== 'a'));
  }
  return false;
}

/** End (exclusive) of the scope that starts at `from`. */
function scopeEnd(t: TokenTable, brk: Uint8Array, from: number, phrase: boolean): number {
  let k = from;
  // "Il est exclu que l'intervenant recueille une plainte, rédige un procès-verbal ou …": after a
  // "que" ending the marker or starting the scope, the verbs that follow are those of the denied
  // completive, and so is a second "… ou qu'il remette".
  let completive = t.form[from - 1] === 'que';
  // A negation inside parentheses ends with them: "hiérarchie = CD (pas la police), accord …". The
  // look back is bounded (an aside is short), so that the analysis stays linear.
  let inParens = false;
  for (let j = from - 1; j >= 0 && j >= from - MAX_ASIDE && (brk[j + 1] as number) < Boundary.Clause; j--) {
    const f = t.form[j];
    if (f === ')') break;
    if (f === '(') {
      inParens = true;
      break;
    }
  }
  while (k < t.count) {
    if (inParens && t.form[k] === ')') break;
    if (k - from < 4 && t.form[k] === 'que') completive = true;
    const b = brk[k] as number;
    if (k > from && (b >= Boundary.Clause || (phrase && b === Boundary.Comma))) break;
    if (k === from && b >= Boundary.Clause) break;
    const form = t.form[k] as string;
    if (t.kind[k] === TokenKind.Word && CLAUSE_ENDERS.has(form)) break;
    if (form === 'contre' && t.form[k - 1] === 'par') break;
    if (!completive && COORDINATORS.has(form) && startsClause(t, k + 1)) break;
    // "… n'est pas placée sous l'autorité des policiers et qu'elle est tenue au secret": a new completive.
    if (!completive && (form === 'et' || form === 'ou' || form === ',') && t.form[k + 1] === 'que') break;
    if (phrase && (form === 'et' || form === 'ou') && t.form[k + 1] !== 'sans') break;
    k++;
  }
  return k;
}

function applyForward(t: TokenTable, brk: Uint8Array, spans: TokenSpan[], phrase: boolean, out: Uint8Array): void {
  let covered = 0;
  for (const span of spans) {
    const from = span.last + 1;
    if (from < covered) continue;
    const end = scopeEnd(t, brk, from, phrase);
    for (let k = from; k < end; k++) out[k] = 1;
    covered = end;
  }
}

function applyBackward(t: TokenTable, brk: Uint8Array, spans: TokenSpan[], out: Uint8Array): void {
  let floor = -1;
  for (const span of spans) {
    for (let j = span.first - 1; j > floor; j--) {
      const form = t.form[j] as string;
      const word = t.kind[j] === TokenKind.Word;
      if (word && CLAUSE_ENDERS.has(form)) break;
      // "… et ne relève pas": the left part is another predicate.
      if ((form === 'et' || form === 'ou') && j === span.first - 1) break;
      if (word && isFiniteVerb(form) && !COPULAS.has(form)) break;
      // "… reste soumise à l'adhésion de la personne et qu'aucun rendez-vous ne peut être imposé":
      // the negated completive starts at its "que".
      if (form === 'que' && (t.form[j - 1] === 'et' || t.form[j - 1] === 'ou' || t.form[j - 1] === ',')) {
        out[j] = 1;
        break;
      }
      if (!word && form !== ',' && form !== '(' && form !== ')' && form !== '«' && form !== '»' && form !== '"') {
        if (!(form === ':' && j === span.first - 1)) break;
      }
      out[j] = 1;
      if ((brk[j] as number) >= Boundary.Clause) break;
    }
    floor = span.last;
  }
}

/**
 * Computes the negation scopes of tokens.
 *
 * @example
 * ```ts
 * const text = "Il ne participe pas aux auditions.";
 * const t = tokenize(text);
 * const b = computeBoundaries(text, t, classifyLines(text, buildLineIndex(text)));
 * computeNegation(t, b.brk).negated[2]; // 1 ("participe")
 * ```
 */
export function computeNegation(t: TokenTable, brk: Uint8Array): NegationScopes {
  const n = t.count;
  const baseMarker = zeroedBytes(n);
  for (let i = 0; i < n; i++) if (BASE_MARKER_WORDS.has(t.form[i] as string)) baseMarker[i] = 1;
  const zero = zeroedBytes(n);
  const input: MatchInput = { tokens: t, brk, negated: zero, quoted: zero, marker: baseMarker };
  const automata = markerAutomata();

  const vetoed = zeroedBytes(n);
  for (const span of findMatches(automata.veto, input, 'any', NO_LIMIT)) {
    for (let k = span.first; k <= span.last; k++) vetoed[k] = 1;
  }
  const cancelled = zeroedBytes(n);
  for (const span of findMatches(automata.cancel, input, 'any', NO_LIMIT)) {
    let veto = false;
    for (let k = span.first; k <= span.last && !veto; k++) veto = vetoed[k] === 1;
    if (veto) continue;
    for (let k = span.first; k <= span.last; k++) cancelled[k] = 1;
  }
  const marker = zeroedBytes(n);
  const keep = (spans: TokenSpan[], code: MarkerCode): TokenSpan[] => {
    const kept = spans.filter((s) => cancelled[s.first] !== 1);
    for (const s of kept) for (let k = s.first; k <= s.last; k++) if (marker[k] === 0) marker[k] = code;
    return kept;
  };
  const sansSpans = keep(findMatches(automata.sans, input, 'any', NO_LIMIT), MarkerCode.Sans);
  const sans = zeroedBytes(n);
  applyForward(t, brk, sansSpans, true, sans);
  // A negation word inside the scope of "sans" only reinforces it ("sans jamais l'imposer",
  // "sans aucune contrainte ni obligation", "sans que la personne ne le sache"): it negates
  // nothing more, or the two would cancel out.
  // They stay markers (a gap of a pattern does not cross them).
  const outsideSans = (spans: TokenSpan[]): TokenSpan[] => spans.filter((s) => sans[s.first] !== 1);
  const clause = outsideSans(keep(findMatches(automata.clause, input, 'any', NO_LIMIT), MarkerCode.Clause));
  const phrase = outsideSans(keep(findMatches(automata.phrase, input, 'any', NO_LIMIT), MarkerCode.Phrase));
  const backward = keep(findMatches(automata.backward, input, 'any', NO_LIMIT), MarkerCode.Backward);

  const negated = zeroedBytes(n);
  applyForward(t, brk, clause, false, negated);
  applyForward(t, brk, phrase, true, negated);
  applyBackward(t, brk, backward, negated);
  return { negated, sans, marker };
}
