/**
 * The straightforward matcher the sparse one replaced: it reads every token of the text and looks
 * every word up in the seed maps. Kept as the reference of test/text/sparse-matcher.test.ts: the
 * sparse matcher (which skips the tokens where nothing can start) must give the same matches.
 * @module
 */
import { Boundary } from '../../../src/text/boundaries.js';
import { TokenKind, type TokenTable } from '../../../src/text/tokenize.js';
import { AtomMode, StateKind, inWordSet, type Automaton, type Seed, type WordSet } from '../../../src/text/pattern/automaton.js';
// The same inputs and outputs as the sparse matcher; the scanning below is the reference's own.
import type { MatchInput, MatchMode, TokenSpan } from '../../../src/text/pattern/match.js';

const SOFT_PUNCT = new Set([',', '(', ')', '«', '»', '"', '/', '[', ']', '-']);

const CLAUSE_END_PUNCT = new Set(['.', '!', '?', ';', ':', '…', ',', '•', '-', ')', '|']);

/** Whether the token at `next` starts a new clause (or the text ends): the `$` anchor. */
function endsClause(input: MatchInput, next: number): boolean {
  if (next >= input.tokens.count) return true;
  if ((input.brk[next] as number) >= Boundary.Clause) return true;
  return input.tokens.kind[next] === TokenKind.Punct && CLAUSE_END_PUNCT.has(input.tokens.form[next] as string);
}

/** Prefix seeds by their first letter, per automaton: a token tries only the prefixes it may start. */
const prefixIndex = new WeakMap<Automaton, Map<string, Array<{ prefix: string; seed: Seed }>>>();

function prefixesByFirst(a: Automaton): Map<string, Array<{ prefix: string; seed: Seed }>> {
  let index = prefixIndex.get(a);
  if (!index) {
    index = new Map();
    for (const p of a.seedsByPrefix) {
      const first = p.prefix.charAt(0);
      const list = index.get(first);
      if (list) list.push(p);
      else index.set(first, [p]);
    }
    prefixIndex.set(a, index);
  }
  return index;
}

function seedAllowed(seed: Seed, input: MatchInput, i: number, mode: MatchMode): boolean {
  if (seed.anchored && i > 0 && (input.brk[i] as number) < Boundary.Clause) return false;
  if (mode === 'any') return true;
  const negated = input.negated[i] === 1;
  if (mode === 'affirms' && input.quoted[i] === 1) return false;
  return seed.polarity === 'denied' ? negated : !negated;
}

/**
 * Finds the non-overlapping matches of an automaton, from left to right, up to `limit`.
 *
 * @example
 * ```ts
 * const at = analyseText('Il participe aux auditions.');
 * findMatches(compileAutomaton([parsePattern('participer ~4 auditions')]), at, 'affirms', 5);
 * // [{ first: 1, last: 3 }]
 * ```
 */
export function findMatchesDense(a: Automaton, input: MatchInput, mode: MatchMode, limit: number): TokenSpan[] {
  const t: TokenTable = input.tokens;
  const found: TokenSpan[] = [];
  const byFirst = prefixesByFirst(a);
  const mark = new Int32Array(a.size).fill(-1);
  let cur: number[] = [];
  let curStart: number[] = [];
  let next: number[] = [];
  let nextStart: number[] = [];
  let matchStart = -1;
  let current = 0;
  const stack: number[] = [];

  const add = (state: number, start: number, gen: number): void => {
    stack.push(state);
    while (stack.length > 0) {
      const s = stack.pop() as number;
      if (mark[s] === gen) continue;
      mark[s] = gen;
      const kind = a.kind[s];
      if (kind === StateKind.Split) {
        stack.push(a.out2[s] as number, a.out1[s] as number);
      } else if (kind === StateKind.End) {
        if (endsClause(input, current + 1)) stack.push(a.out1[s] as number);
        else mark[s] = -1;
      } else if (kind === StateKind.Match) {
        const first = start >> 1;
        if (matchStart === -1 || first < matchStart) matchStart = first;
      } else {
        next.push(s);
        nextStart.push(start);
      }
    }
  };

  const seedAt = (seeds: Seed[] | undefined, i: number, gen: number): void => {
    if (!seeds) return;
    // A thread carries its first token and, in the low bit, whether it started as a denied match.
    for (const seed of seeds) if (seedAllowed(seed, input, i, mode)) add(a.out1[seed.state] as number, i * 2 + (seed.polarity === 'denied' ? 1 : 0), gen);
  };

  for (let i = 0; i < t.count; i++) {
    const gen = i;
    current = i;
    const brk = input.brk[i] as number;
    const isWord = t.kind[i] === TokenKind.Word;
    const form = t.form[i] as string;
    const stem = t.stem[i] as string;
    for (let k = 0; k < cur.length; k++) {
      const s = cur[k] as number;
      const start = curStart[k] as number;
      if (a.kind[s] === StateKind.Gap) {
        // In a denied (`!`) match, gaps may skip the negation itself ("n'intervient pas auprès des").
        // A '.' that ends no clause ("M. le Maire", "art. 226-13") is skipped like a comma.
        const skippable = isWord ? input.marker[i] !== 1 || (start & 1) === 1 : SOFT_PUNCT.has(form) || (form === '.' && i + 1 < t.count && (input.brk[i + 1] as number) < Boundary.Clause);
        // A gap stays in its clause; after a ':' the match consumed explicitly, it may go on.
        // A word takes one of the gap's slots; punctuation takes none (back to the slot's entry).
        if (skippable && (brk < Boundary.Clause || (brk === Boundary.Clause && t.form[i - 1] === ':'))) add((isWord ? a.out1[s] : a.out2[s]) as number, start, gen);
        continue;
      }
      if (brk >= Boundary.Block) continue;
      const m = a.mode[s];
      const v = a.value[s] as string;
      const ok =
        m === AtomMode.Stem ? isWord && stem === v
          : m === AtomMode.Exact ? isWord && form === v
            : m === AtomMode.Prefix ? isWord && form.startsWith(v)
              : m === AtomMode.Set ? isWord && inWordSet(a.sets[s] as WordSet, form, stem)
                : !isWord && form === v;
      if (ok) add(a.out1[s] as number, start, gen);
    }
    if (isWord) {
      seedAt(a.seedsByStem.get(stem), i, gen);
      seedAt(a.seedsByForm.get(form), i, gen);
      const candidates = byFirst.get(form.charAt(0));
      if (candidates) for (const p of candidates) if (form.startsWith(p.prefix)) seedAt([p.seed], i, gen);
    } else {
      seedAt(a.seedsByPunct.get(form), i, gen);
    }
    if (matchStart !== -1) {
      found.push({ first: matchStart, last: i });
      matchStart = -1;
      next.length = 0;
      nextStart.length = 0;
      if (found.length >= limit) break;
    }
    const swap = cur;
    cur = next;
    next = swap;
    const swapStart = curStart;
    curStart = nextStart;
    nextStart = swapStart;
    next.length = 0;
    nextStart.length = 0;
  }
  return found;
}
