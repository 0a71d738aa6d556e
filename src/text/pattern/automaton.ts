/**
 * Compilation of parsed patterns into one non-deterministic automaton over tokens (Thompson's
 * construction, built backwards from a continuation). Its size is linear in the size of the
 * patterns (a gap `~N` costs 2N states); first atoms are indexed by stem, form and punctuation so
 * that starting a match costs a few map look-ups per token.
 * @module
 */
import { MAX_STATES, type ParsedPattern, type PatternNode, type Polarity } from './ast.js';
import { PatternSyntaxError } from './parse.js';

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
}

/** A way to start a match: the atom state that consumes the first token, and its pattern's flags. */
export interface Seed {
  state: number;
  polarity: Polarity;
  anchored: boolean;
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
}

class Builder {
  kind: number[] = [];
  out1: number[] = [];
  out2: number[] = [];
  mode: number[] = [];
  value: string[] = [];

  add(kind: StateKind, out1: number, out2: number, mode: number, value: string): number {
    if (this.kind.length >= MAX_STATES) {
      throw new PatternSyntaxError(`motifs trop grands (plus de ${MAX_STATES} états) : découper la règle`);
    }
    this.kind.push(kind);
    this.out1.push(out1);
    this.out2.push(out2);
    this.mode.push(mode);
    this.value.push(value);
    return this.kind.length - 1;
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
        let s = this.compile(node.options[node.options.length - 1] as PatternNode, next);
        for (let i = node.options.length - 2; i >= 0; i--) {
          s = this.add(StateKind.Split, this.compile(node.options[i] as PatternNode, next), s, 0, '');
        }
        return s;
      }
      case 'opt':
        return this.add(StateKind.Split, this.compile(node.node, next), next, 0, '');
      case 'gap': {
        let s = next;
        for (let k = 0; k < node.max; k++) {
          const g = this.add(StateKind.Gap, s, -1, 0, '');
          s = this.add(StateKind.Split, g, next, 0, '');
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
  };
  for (const p of patterns) {
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
        const seed: Seed = { state: s, polarity: p.polarity, anchored: p.anchored };
        const value = b.value[s] as string;
        const mode = b.mode[s] as AtomMode;
        if (mode === AtomMode.Stem) pushSeed(automaton.seedsByStem, value, seed);
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
  return automaton;
}
