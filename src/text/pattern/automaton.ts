/**
 * Compilation of parsed patterns into one non-deterministic automaton over tokens (Thompson's
 * construction, built backwards from a continuation). Its size is linear in the size of the
 * patterns (a gap `~N` costs 2N states); first atoms are indexed by stem, form and punctuation so
 * that starting a match costs a few map look-ups per token.
 * @module
 */
import { MAX_STATES, type ParsedPattern, type PatternNode, type Polarity } from './ast.js';
import { PatternSyntaxError } from './parse.js';
import { atomId, atomsOf, type AtomKind } from './atoms.js';
import type { Lexeme } from '../lexeme.js';
import type { Scratch } from './match.js';
import { registerAutomaton } from './plans.js';
import { numberGroups, requiredGroups } from './requirements.js';

/** Kind of an automaton state. */
export const enum StateKind {
  Atom = 0,
  Split = 1,
  Match = 2,
  Gap = 3,
  /** Zero-width: the token just read ends a clause. */
  End = 4,
}

/** How an atom compares with a token. */
export const enum AtomMode {
  Stem = 0,
  Exact = 1,
  Prefix = 2,
  Punct = 3,
  /** One of several words: an alternation of single words, looked up in sets. */
  Set = 4,
}

/** The words of an {@link AtomMode.Set} state. */
export interface WordSet {
  stems: Set<string>;
  forms: Set<string>;
  prefixes: string[];
  /** The same words as atoms (see {@link atomId}): bit `id` is set for each. */
  atoms: Uint32Array;
}

/**
 * Whether a word token is one of a set's words.
 * @example
 * inWordSet(wordSet([{ type: 'word', mode: 'stem', value: 'audit' }]), 'auditions', 'audit'); // true
 */
export function inWordSet(set: WordSet, form: string, stem: string): boolean {
  if (set.stems.has(stem) || set.forms.has(form)) return true;
  for (const p of set.prefixes) if (form.startsWith(p)) return true;
  return false;
}

/**
 * Whether a word lexeme is one of a set's words: one of the atoms it holds (its stem, its form,
 * the prefixes it starts with; see {@link atomsOf}) is in the set. The same answer as
 * {@link inWordSet}, with no string look-up.
 * @example
 * const set = wordSet([{ type: 'word', mode: 'prefix', value: 'audit' }]);
 * lexemeInWordSet(set, wordLexeme('auditions')); // true
 */
export function lexemeInWordSet(set: WordSet, lexeme: Lexeme): boolean {
  const atoms = atomsOf(lexeme);
  const bits = set.atoms;
  for (let k = 0; k < atoms.length; k++) {
    const id = atoms[k] as number;
    const word = id >>> 5;
    if (word < bits.length && ((bits[word] as number) & (1 << (id & 31))) !== 0) return true;
  }
  return false;
}

/**
 * The set of some single words, with their atoms numbered.
 * @example
 * wordSet([{ type: 'word', mode: 'stem', value: 'audit' }]).stems.has('audit'); // true
 */
export function wordSet(words: ReadonlyArray<Extract<PatternNode, { type: 'word' }>>): WordSet {
  const set: WordSet = { stems: new Set(), forms: new Set(), prefixes: [], atoms: new Uint32Array(0) };
  const ids: number[] = [];
  for (const w of words) {
    if (w.mode === 'stem') set.stems.add(w.value);
    else if (w.mode === 'exact') set.forms.add(w.value);
    else set.prefixes.push(w.value);
    ids.push(atomId(w.mode, w.value));
  }
  set.atoms = new Uint32Array((Math.max(0, ...ids) >>> 5) + 1);
  for (const id of ids) set.atoms[id >>> 5] = (set.atoms[id >>> 5] as number) | (1 << (id & 31));
  return set;
}

const isSingleWord = (node: PatternNode): node is Extract<PatternNode, { type: 'word' }> => node.type === 'word';

/** A way to start a match: the atom state that consumes the first token, and its pattern's flags. */
export interface Seed {
  state: number;
  /** Index of its pattern in the list compiled. */
  pattern: number;
  polarity: Polarity;
  anchored: boolean;
}

/**
 * A word, prefix or mark that starts a match, and the seeds it starts, as the matcher reads them:
 * side by side in typed arrays (state, pattern, {@link seedFlags}).
 */
export interface SeedAtom {
  id: number;
  kind: AtomKind;
  key: string;
  /** The distinct patterns of its seeds. */
  patterns: Int32Array;
  seedState: Int32Array;
  seedPattern: Int32Array;
  seedFlags: Uint8Array;
}

/** Flags of a seed in `SeedAtom.seedFlags`. */
export const enum SeedFlag {
  /** A `!` pattern: it matches where the text denies. */
  Denied = 1,
  /** A `^` pattern: it starts where a clause starts. */
  Anchored = 2,
}

/**
 * The flags of a seed (see {@link SeedFlag}).
 * @example
 * seedFlags({ state: 3, pattern: 0, polarity: 'denied', anchored: true }); // 3
 */
export function seedFlags(seed: Seed): number {
  return (seed.polarity === 'denied' ? SeedFlag.Denied : 0) | (seed.anchored ? SeedFlag.Anchored : 0);
}

/** A compiled list of patterns. */
export interface Automaton {
  size: number;
  kind: Uint8Array;
  out1: Int32Array;
  out2: Int32Array;
  mode: Uint8Array;
  value: string[];
  seedsByStem: Map<string, Seed[]>;
  seedsByForm: Map<string, Seed[]>;
  seedsByPunct: Map<string, Seed[]>;
  seedsByPrefix: Array<{ prefix: string; seed: Seed }>;
  /** Every key of the seed maps, numbered (see {@link atomId}), with its seeds. */
  seedAtoms: SeedAtom[];
  /** Per pattern: the words a match needs (see {@link requiredGroups}), numbered. */
  requirements: Int32Array[][];
  /** Word sets of the Set atoms, by state. */
  sets: (WordSet | undefined)[];
  /** Its number among the automata whose plans are computed for every text (see `registerAutomaton`); -1 before. */
  number: number;
  /** The matcher's working arrays for it, made on its first search (see `findMatches`). */
  scratch: Scratch | undefined;
}

class Builder {
  kind: number[] = [];
  out1: number[] = [];
  out2: number[] = [];
  mode: number[] = [];
  value: string[] = [];
  sets: (WordSet | undefined)[] = [];

  add(kind: StateKind, out1: number, out2: number, mode: number, value: string): number {
    if (this.kind.length >= MAX_STATES) {
      throw new PatternSyntaxError(`motifs trop grands (plus de ${MAX_STATES} états) : découper la règle`);
    }
    this.kind.push(kind);
    this.out1.push(out1);
    this.out2.push(out2);
    this.mode.push(mode);
    this.value.push(value);
    this.sets.push(undefined);
    return this.kind.length - 1;
  }

  /** One state for an alternation of single words: a set look-up instead of one branch per word. */
  addSet(words: Extract<PatternNode, { type: 'word' }>[], next: number): number {
    const state = this.add(StateKind.Atom, next, -1, AtomMode.Set, '');
    this.sets[state] = wordSet(words);
    return state;
  }

  /** Entry state matching `node` then continuing at `next`. */
  compile(node: PatternNode, next: number): number {
    switch (node.type) {
      case 'word': {
        const mode = node.mode === 'stem' ? AtomMode.Stem : node.mode === 'exact' ? AtomMode.Exact : AtomMode.Prefix;
        return this.add(StateKind.Atom, next, -1, mode, node.value);
      }
      case 'punct':
        return this.add(StateKind.Atom, next, -1, AtomMode.Punct, node.value);
      case 'seq': {
        let s = next;
        for (let i = node.items.length - 1; i >= 0; i--) s = this.compile(node.items[i] as PatternNode, s);
        return s;
      }
      case 'alt': {
        // The single words of an alternation become one set state: same matches, and a token
        // costs one look-up instead of one state per word (alternations of a hundred words are common).
        const singles = node.options.filter(isSingleWord);
        const grouped = singles.length >= 2;
        const entries = (grouped ? node.options.filter((o) => !isSingleWord(o)) : node.options).map((o) => this.compile(o, next));
        if (grouped) entries.unshift(this.addSet(singles, next));
        let s = entries[entries.length - 1] as number;
        for (let i = entries.length - 2; i >= 0; i--) s = this.add(StateKind.Split, entries[i] as number, s, 0, '');
        return s;
      }
      case 'opt':
        return this.add(StateKind.Split, this.compile(node.node, next), next, 0, '');
      case 'gap': {
        // Slot by slot, each entered by a split (one more word, or the rest of the pattern); a gap
        // state keeps its slot's entry in `out2`: punctuation that a gap skips is not a word, and
        // leaves the thread at the same slot (see `findMatches`).
        let s = next;
        for (let k = 0; k < node.max; k++) {
          const g = this.add(StateKind.Gap, s, -1, 0, '');
          s = this.add(StateKind.Split, g, next, 0, '');
          this.out2[g] = s;
        }
        return s;
      }
      default: {
        const never: never = node;
        return never;
      }
    }
  }
}

function pushSeed<K>(map: Map<K, Seed[]>, key: K, seed: Seed): void {
  const list = map.get(key);
  if (list) list.push(seed);
  else map.set(key, [seed]);
}

/**
 * Compiles parsed patterns (alternatives of one condition) into one automaton.
 *
 * @example
 * ```ts
 * const a = compileAutomaton([parsePattern('participer ~4 auditions')]);
 * a.seedsByStem.has('particip'); // true
 * ```
 */
export function compileAutomaton(patterns: ParsedPattern[]): Automaton {
  const b = new Builder();
  const match = b.add(StateKind.Match, -1, -1, 0, '');
  const automaton: Automaton = {
    size: 0,
    kind: new Uint8Array(0),
    out1: new Int32Array(0),
    out2: new Int32Array(0),
    mode: new Uint8Array(0),
    value: [],
    seedsByStem: new Map(),
    seedsByForm: new Map(),
    seedsByPunct: new Map(),
    seedsByPrefix: [],
    seedAtoms: [],
    requirements: patterns.map((p) => numberGroups(requiredGroups(p.root))),
    sets: [],
    number: -1,
    scratch: undefined,
  };
  for (const [index, p] of patterns.entries()) {
    const last = p.anchoredEnd ? b.add(StateKind.End, match, -1, 0, '') : match;
    const entry = b.compile(p.root, last);
    const stack = [entry];
    const seen = new Set<number>();
    while (stack.length > 0) {
      const s = stack.pop() as number;
      if (seen.has(s)) continue;
      seen.add(s);
      const kind = b.kind[s];
      if (kind === StateKind.Split) {
        stack.push(b.out1[s] as number, b.out2[s] as number);
      } else if (kind === StateKind.Atom) {
        const seed: Seed = { state: s, pattern: index, polarity: p.polarity, anchored: p.anchored };
        const value = b.value[s] as string;
        const mode = b.mode[s] as AtomMode;
        const set = b.sets[s];
        if (mode === AtomMode.Set && set) {
          for (const stem of set.stems) pushSeed(automaton.seedsByStem, stem, seed);
          for (const form of set.forms) pushSeed(automaton.seedsByForm, form, seed);
          for (const prefix of set.prefixes) automaton.seedsByPrefix.push({ prefix, seed });
        } else if (mode === AtomMode.Stem) pushSeed(automaton.seedsByStem, value, seed);
        else if (mode === AtomMode.Exact) pushSeed(automaton.seedsByForm, value, seed);
        else if (mode === AtomMode.Punct) pushSeed(automaton.seedsByPunct, value, seed);
        else automaton.seedsByPrefix.push({ prefix: value, seed });
      }
    }
  }
  automaton.size = b.kind.length;
  automaton.kind = Uint8Array.from(b.kind);
  automaton.out1 = Int32Array.from(b.out1);
  automaton.out2 = Int32Array.from(b.out2);
  automaton.mode = Uint8Array.from(b.mode);
  automaton.value = b.value;
  automaton.sets = b.sets;
  const byPrefix = new Map<string, Seed[]>();
  for (const { prefix, seed } of automaton.seedsByPrefix) pushSeed(byPrefix, prefix, seed);
  const kinds: Array<[AtomKind, Map<string, Seed[]>]> = [
    ['stem', automaton.seedsByStem],
    ['exact', automaton.seedsByForm],
    ['punct', automaton.seedsByPunct],
    ['prefix', byPrefix],
  ];
  for (const [kind, map] of kinds) {
    for (const [key, seeds] of map) {
      automaton.seedAtoms.push({
        id: atomId(kind, key),
        kind,
        key,
        patterns: Int32Array.from(new Set(seeds.map((seed) => seed.pattern))),
        seedState: Int32Array.from(seeds, (seed) => seed.state),
        seedPattern: Int32Array.from(seeds, (seed) => seed.pattern),
        seedFlags: Uint8Array.from(seeds, seedFlags),
      });
    }
  }
  registerAutomaton(automaton);
  return automaton;
}
