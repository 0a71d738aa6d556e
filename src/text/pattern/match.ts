/**
 * Runs an {@link Automaton} over the tokens of a text, simulating all its states at once
 * (Thompson): each token is read at most once and each state is visited at most once per token, so
 * the time is O(tokens × states) — linear in the text for a given rule set. No backtracking.
 * Tokens where no match is in progress and none may start are skipped (see {@link seedPlan}).
 * @module
 */
import { Boundary } from '../boundaries.js';
import { TokenKind, type TokenTable } from '../tokenize.js';
import type { Lexeme } from '../lexeme.js';
import { AtomMode, SeedFlag, StateKind, lexemeInWordSet, type Automaton, type SeedAtom, type WordSet } from './automaton.js';
import { seedPlan, type SeedPlan } from './plans.js';

/** What the matcher reads of an analysed text. */
export interface MatchInput {
  tokens: TokenTable;
  brk: Uint8Array;
  /** 1 where the token is in a negated, excluded or prohibited passage. */
  negated: Uint8Array;
  /** 1 where the token is inside quotation marks. */
  quoted: Uint8Array;
  /** 1 where the token is a negation marker (gaps never skip one). */
  marker: Uint8Array;
}

/**
 * Which starts are allowed: `affirms` (not negated, not quoted; `!` patterns: negated, not
 * quoted), `present` (quotations count: `lacks`), `any` (scopes ignored).
 */
export type MatchMode = 'affirms' | 'present' | 'any';

/** A match: first and last token (inclusive). */
export interface TokenSpan {
  first: number;
  last: number;
}

const SOFT_PUNCT = new Set([',', '(', ')', '«', '»', '"', '/', '[', ']', '-']);

const CLAUSE_END_PUNCT = new Set(['.', '!', '?', ';', ':', '…', ',', '•', '-', ')', '|']);

/** Whether the token at `next` starts a new clause (or the text ends): the `$` anchor. */
function endsClause(input: MatchInput, next: number): boolean {
  if (next >= input.tokens.count) return true;
  if ((input.brk[next] as number) >= Boundary.Clause) return true;
  return input.tokens.kind[next] === TokenKind.Punct && CLAUSE_END_PUNCT.has(input.tokens.form[next] as string);
}

/**
 * The seeds to start at each token, as linked lists in arrays shared by all calls (matching never
 * re-enters): `head[p]` is the first entry of token `p` (0: none), `link[e]` the next entry,
 * `atom[e]` its seed atom. Filled from a plan, used, then cleared.
 */
const starts = { head: new Int32Array(1024), link: new Int32Array(64), atom: [] as SeedAtom[] };

function fillStarts(plan: SeedPlan, count: number): void {
  if (starts.head.length < count) starts.head = new Int32Array(Math.max(count, starts.head.length * 2));
  let entries = 0;
  for (let k = plan.from; k < plan.to; k++) entries += (plan.lists[k] as number[]).length;
  if (starts.link.length <= entries) starts.link = new Int32Array(Math.max(entries + 1, starts.link.length * 2));
  const { head, link, atom } = starts;
  let e = 0;
  for (let k = plan.from; k < plan.to; k++) {
    const seedAtom = plan.atoms[k] as SeedAtom;
    for (const p of plan.lists[k] as number[]) {
      e++;
      atom[e] = seedAtom;
      link[e] = head[p] as number;
      head[p] = e;
    }
  }
}

/** Working arrays of one automaton, reused from call to call (matching never re-enters), kept on it. */
export interface Scratch {
  /** Generation at which each state was last added; generations only grow, from `base`. */
  mark: Int32Array;
  base: number;
  cur: Int32Array;
  curStart: Int32Array;
  next: Int32Array;
  nextStart: Int32Array;
  stack: Int32Array;
  /** Threads added to `next` so far, and the first token of the leftmost match ending at the current token (-1: none). */
  nextCount: number;
  matchStart: number;
}

function scratchFor(a: Automaton, tokens: number): Scratch {
  let scratch = a.scratch;
  if (!scratch) {
    scratch = {
      mark: new Int32Array(a.size).fill(-1),
      base: 0,
      cur: new Int32Array(a.size),
      curStart: new Int32Array(a.size),
      next: new Int32Array(a.size),
      nextStart: new Int32Array(a.size),
      stack: new Int32Array(2 * a.size + 2),
      nextCount: 0,
      matchStart: -1,
    };
    a.scratch = scratch;
  }
  if (scratch.base + tokens + 1 >= 0x7fffffff) {
    scratch.mark.fill(-1);
    scratch.base = 0;
  }
  return scratch;
}

/**
 * Follows the empty transitions from state `from` for a thread started at `start`; the atoms and
 * gaps reached wait in `scratch.next` for the next token, a match reached sets `scratch.matchStart`.
 * A plain function rather than a closure: a search then allocates nothing but its result.
 */
function follow(a: Automaton, scratch: Scratch, input: MatchInput, from: number, start: number, gen: number, current: number): void {
  const { mark, stack, next, nextStart } = scratch;
  const { kind: stateKind, out1, out2 } = a;
  let nextCount = scratch.nextCount;
  let top = 0;
  stack[top++] = from;
  while (top > 0) {
    const s = stack[--top] as number;
    if (mark[s] === gen) continue;
    mark[s] = gen;
    const kind = stateKind[s];
    if (kind === StateKind.Split) {
      stack[top++] = out2[s] as number;
      stack[top++] = out1[s] as number;
    } else if (kind === StateKind.End) {
      if (endsClause(input, current + 1)) stack[top++] = out1[s] as number;
      else mark[s] = -1;
    } else if (kind === StateKind.Match) {
      const first = start >> 1;
      if (scratch.matchStart === -1 || first < scratch.matchStart) scratch.matchStart = first;
    } else {
      next[nextCount] = s;
      nextStart[nextCount] = start;
      nextCount++;
    }
  }
  scratch.nextCount = nextCount;
}

/**
 * Finds the non-overlapping matches of an automaton, from left to right, up to `limit`.
 * The simulation starts at the first token where a seed may start, and jumps to the next such
 * token whenever no match is in progress: the tokens in between cannot change the result.
 *
 * @example
 * ```ts
 * const at = analyseText('Il participe aux auditions.');
 * findMatches(compileAutomaton([parsePattern('participer ~4 auditions')]), at, 'affirms', 5);
 * // [{ first: 1, last: 3 }]
 * ```
 */
export function findMatches(a: Automaton, input: MatchInput, mode: MatchMode, limit: number): TokenSpan[] {
  const found: TokenSpan[] = [];
  const t: TokenTable = input.tokens;
  const plan = seedPlan(a, t);
  const { possible, patternBase } = plan;
  if (plan.last < 0 || limit <= 0) return found;
  const scratch = scratchFor(a, t.count);
  const base = scratch.base;
  scratch.base += t.count + 1;
  scratch.nextCount = 0;
  scratch.matchStart = -1;
  const { kind: stateKind, out1, out2, mode: atomMode, value: atomValue } = a;
  const { brk: breaks, negated, quoted, marker } = input;
  const tokenKind = t.kind;
  const forms = t.form;
  const stems = t.stem;
  const lexemes = t.lexeme;
  const count = t.count;
  const anyScope = mode === 'any';
  const affirms = mode === 'affirms';
  let curCount = 0;

  fillStarts(plan, t.count);
  const { head, link, atom: startAtom } = starts;
  const lastStart = plan.last;
  let i = plan.first;
  while (i < count) {
    const gen = base + i;
    const cur = scratch.cur;
    const curStart = scratch.curStart;
    const brk = breaks[i] as number;
    const isWord = tokenKind[i] === TokenKind.Word;
    const form = forms[i] as string;
    for (let k = 0; k < curCount; k++) {
      const s = cur[k] as number;
      const start = curStart[k] as number;
      if (stateKind[s] === StateKind.Gap) {
        // In a denied (`!`) match, gaps may skip the negation itself ("n'intervient pas auprès des").
        // A '.' that ends no clause ("M. le Maire", "art. 226-13") is skipped like a comma.
        const skippable = isWord ? marker[i] !== 1 || (start & 1) === 1 : SOFT_PUNCT.has(form) || (form === '.' && i + 1 < count && (breaks[i + 1] as number) < Boundary.Clause);
        // A gap stays in its clause; after a ':' the match consumed explicitly, it may go on. A
        // word takes one of its slots; punctuation takes none (the thread stays at its slot's entry).
        if (skippable && (brk < Boundary.Clause || (brk === Boundary.Clause && forms[i - 1] === ':'))) follow(a, scratch, input, (isWord ? out1[s] : out2[s]) as number, start, gen, i);
        continue;
      }
      if (brk >= Boundary.Block) continue;
      const m = atomMode[s];
      const v = atomValue[s] as string;
      const ok =
        m === AtomMode.Stem ? isWord && stems[i] === v
          : m === AtomMode.Exact ? isWord && form === v
            : m === AtomMode.Prefix ? isWord && form.startsWith(v)
              : m === AtomMode.Set ? isWord && lexemeInWordSet(a.sets[s] as WordSet, lexemes[i] as Lexeme)
                : !isWord && form === v;
      if (ok) follow(a, scratch, input, out1[s] as number, start, gen, i);
    }
    let entry = head[i] as number;
    if (entry !== 0) {
      // Which seeds may start here: an anchored one only where a clause starts; in `affirms` mode
      // not in a quotation; a denied one only where the text denies, the others where it does not.
      const startsClause = i === 0 || brk >= Boundary.Clause;
      const scoped = !anyScope;
      const blocked = affirms && quoted[i] === 1;
      const negatedHere = negated[i] === 1;
      for (; entry !== 0; entry = link[entry] as number) {
        const { seedState, seedPattern, seedFlags } = startAtom[entry] as SeedAtom;
        for (let k = 0; k < seedState.length; k++) {
          if (possible && possible[patternBase + (seedPattern[k] as number)] !== 1) continue;
          const flags = seedFlags[k] as number;
          if ((flags & SeedFlag.Anchored) !== 0 && !startsClause) continue;
          const denied = (flags & SeedFlag.Denied) !== 0;
          if (scoped && (blocked || denied !== negatedHere)) continue;
          // A thread carries its first token and, in the low bit, whether it started as a denied match.
          follow(a, scratch, input, out1[seedState[k] as number] as number, i * 2 + (denied ? 1 : 0), gen, i);
        }
      }
    }
    if (scratch.matchStart !== -1) {
      found.push({ first: scratch.matchStart, last: i });
      scratch.matchStart = -1;
      scratch.nextCount = 0;
      if (found.length >= limit) break;
    }
    // The threads waiting for the next token become the current ones.
    scratch.cur = scratch.next;
    scratch.curStart = scratch.nextStart;
    scratch.next = cur;
    scratch.nextStart = curStart;
    curCount = scratch.nextCount;
    scratch.nextCount = 0;
    i++;
    if (curCount === 0) {
      while (i <= lastStart && head[i] === 0) i++;
      if (i > lastStart) break;
    }
  }
  head.fill(0, plan.first, lastStart + 1);
  return found;
}
