/**
 * Where each automaton may start in a text, computed for all automata at once from the atoms the
 * text holds. Every compiled automaton is registered here: each atom knows the automata it starts
 * and the requirement groups (see {@link requiredGroups}) it satisfies. A fiche holds a few
 * hundred atoms; walking their uses costs far less than asking each of forty automata about each
 * of its words, and most automata turn out to have nowhere to start.
 * @module
 */
import type { TokenTable } from '../tokenize.js';
import type { Automaton, SeedAtom } from './automaton.js';
import { atomPositions, type AtomPositions } from './atoms.js';
import { tokenIndex } from './token-index.js';

/** Where an automaton may start in a text, and which of its patterns may match there at all. */
export interface SeedPlan {
  /** Position lists (each increasing) of the words, prefixes and marks that start a match. */
  lists: number[][];
  /** The seed atom of each list: the seeds to start at its positions. */
  atoms: SeedAtom[];
  /** Smallest and largest position of the lists. */
  first: number;
  last: number;
  /** Per pattern of the automaton, 1 when the text has the words its matches need; undefined: all have them. */
  possible: number[] | undefined;
}

/** A seed atom of an automaton. */
interface SeedUse {
  automaton: Automaton;
  atom: SeedAtom;
}

/** Patterns and groups are numbered across all automata; an automaton's patterns are consecutive. */
const registry = {
  version: 0,
  /** Seed atoms of all automata. */
  uses: [] as SeedUse[],
  /** Per pattern: its seed atoms (numbers in `uses`), and their atom numbers, side by side. */
  patternUses: [] as Int32Array[],
  patternAtoms: [] as Int32Array[],
  /** Per atom: the groups it satisfies. */
  groupUses: [] as Array<number[] | undefined>,
  /** Per group: its pattern. */
  groupPattern: [] as number[],
  /** Per pattern: its number of groups. */
  patternGroups: [] as number[],
  /** The patterns without groups: possible in every text. */
  alwaysPossible: [] as number[],
  /** First pattern number of each automaton. */
  patternBase: new Map<Automaton, number>(),
};

/** Per-text counters, reused from text to text (stamped with a generation). */
const counters: {
  generation: number;
  groupStamp: Int32Array;
  patternStamp: Int32Array;
  satisfied: Int32Array;
  useStamp: Int32Array;
  /** The patterns whose groups are all satisfied in the current text. */
  possible: number[];
} = {
  generation: 0,
  groupStamp: new Int32Array(0),
  patternStamp: new Int32Array(0),
  satisfied: new Int32Array(0),
  useStamp: new Int32Array(0),
  possible: [],
};

function grow(array: Int32Array, size: number): Int32Array {
  if (array.length >= size) return array;
  const bigger = new Int32Array(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

function use<T>(list: Array<T[] | undefined>, id: number, item: T): void {
  // Filled up to `id`: assigning far past the end would turn the array into a dictionary.
  while (list.length <= id) list.push(undefined);
  const uses = list[id];
  if (uses) uses.push(item);
  else list[id] = [item];
}

/**
 * Registers a compiled automaton: its seed atoms and its requirement groups. Called once per
 * automaton, by `compileAutomaton`.
 *
 * @example
 * ```ts
 * registerAutomaton(automaton); // its plans are then computed with every text's plans
 * ```
 */
export function registerAutomaton(a: Automaton): void {
  if (registry.patternBase.has(a)) return;
  const base = registry.patternGroups.length;
  registry.patternBase.set(a, base);
  const uses: number[][] = a.requirements.map(() => []);
  for (const atom of a.seedAtoms) {
    const u = registry.uses.length;
    registry.uses.push({ automaton: a, atom });
    for (const p of atom.patterns) (uses[p] as number[]).push(u);
  }
  for (const [p, groups] of a.requirements.entries()) {
    registry.patternGroups.push(groups.length);
    registry.patternUses.push(Int32Array.from(uses[p] as number[]));
    registry.patternAtoms.push(Int32Array.from(uses[p] as number[], (u) => (registry.uses[u] as SeedUse).atom.id));
    if (groups.length === 0) registry.alwaysPossible.push(base + p);
    for (const group of groups) {
      const g = registry.groupPattern.length;
      registry.groupPattern.push(base + p);
      for (const id of group) use(registry.groupUses, id, g);
    }
  }
  registry.version++;
}

/** Counts the groups each atom of the text satisfies; lists the patterns with all theirs. */
function findPossiblePatterns(present: AtomPositions): void {
  const generation = ++counters.generation;
  counters.groupStamp = grow(counters.groupStamp, registry.groupPattern.length);
  counters.patternStamp = grow(counters.patternStamp, registry.patternGroups.length);
  counters.satisfied = grow(counters.satisfied, registry.patternGroups.length);
  counters.useStamp = grow(counters.useStamp, registry.uses.length);
  const { groupStamp, patternStamp, satisfied, possible } = counters;
  possible.length = 0;
  for (const p of registry.alwaysPossible) {
    patternStamp[p] = generation;
    possible.push(p);
  }
  for (const id of present.ids) {
    const groups = registry.groupUses[id];
    if (!groups) continue;
    for (const g of groups) {
      if (groupStamp[g] === generation) continue;
      groupStamp[g] = generation;
      const p = registry.groupPattern[g] as number;
      if (patternStamp[p] !== generation) {
        patternStamp[p] = generation;
        satisfied[p] = 0;
      }
      const count = (satisfied[p] as number) + 1;
      satisfied[p] = count;
      if (count === registry.patternGroups[p]) possible.push(p);
    }
  }
}

/** Whether pattern `p` (global number) has all its groups satisfied in the current text. */
function possibleNow(p: number): boolean {
  const groups = registry.patternGroups[p] as number;
  return counters.patternStamp[p] === counters.generation && (groups === 0 || counters.satisfied[p] === groups);
}

function addLists(plan: SeedPlan, present: AtomPositions, atom: SeedAtom): void {
  const id = atom.id;
  const add = (list: number[]): void => {
    plan.lists.push(list);
    plan.atoms.push(atom);
    if ((list[0] as number) < plan.first) plan.first = list[0] as number;
    if ((list[list.length - 1] as number) > plan.last) plan.last = list[list.length - 1] as number;
  };
  add(present.first[id] as number[]);
  const more = present.more[id];
  if (more) for (const list of more) add(list);
}

/**
 * The plans of every registered automaton that may start somewhere in the text: the seed atoms
 * of the possible patterns, when the text holds them.
 */
function planText(tokens: TokenTable): Map<Automaton, SeedPlan> {
  const present = atomPositions(tokenIndex(tokens));
  findPossiblePatterns(present);
  const { generation, useStamp } = counters;
  const plans = new Map<Automaton, SeedPlan>();
  const { stamp } = present;
  for (const p of counters.possible) {
    const uses = registry.patternUses[p] as Int32Array;
    const atoms = registry.patternAtoms[p] as Int32Array;
    for (let k = 0; k < uses.length; k++) {
      if (stamp[atoms[k] as number] !== present.generation) continue;
      const u = uses[k] as number;
      if (useStamp[u] === generation) continue;
      useStamp[u] = generation;
      const { automaton, atom } = registry.uses[u] as SeedUse;
      let plan = plans.get(automaton);
      if (!plan) {
        plan = { lists: [], atoms: [], first: tokens.count, last: -1, possible: undefined };
        plans.set(automaton, plan);
      }
      addLists(plan, present, atom);
    }
  }
  plans.forEach((plan, automaton) => {
    const base = registry.patternBase.get(automaton) as number;
    const count = automaton.requirements.length;
    for (let p = 0; p < count; p++) {
      if (possibleNow(base + p)) continue;
      plan.possible ??= new Array<number>(count).fill(1);
      plan.possible[p] = 0;
    }
  });
  return plans;
}

const NOWHERE: SeedPlan = { lists: [], atoms: [], first: 0, last: -1, possible: undefined };

/**
 * The plan of an automaton in a text (computed with those of all automata, once per text).
 *
 * @example
 * ```ts
 * const a = compileAutomaton([parsePattern('participer ~4 auditions')]);
 * seedPlan(a, tokenize('Il participe aux auditions.')).lists; // [[1]]
 * ```
 */
export function seedPlan(a: Automaton, tokens: TokenTable): SeedPlan {
  const index = tokenIndex(tokens);
  if (index.plansVersion !== registry.version) {
    index.plans = planText(tokens);
    index.plansVersion = registry.version;
  }
  return index.plans.get(a) ?? NOWHERE;
}

/**
 * The tokens of a text where a seed of the automaton may start a match, in increasing order:
 * the positions of its first words, forms, prefixes and punctuation marks, for the patterns whose
 * required words (see {@link requiredGroups}) all occur in the text.
 *
 * @example
 * ```ts
 * const at = analyseText('Il participe aux auditions et participe encore.');
 * seedPositions(compileAutomaton([parsePattern('participer ~4 auditions')]), at.tokens); // [1, 5]
 * seedPositions(compileAutomaton([parsePattern('participer ~4 enquetes')]), at.tokens);  // []
 * ```
 */
export function seedPositions(a: Automaton, tokens: TokenTable): number[] {
  return [...new Set(seedPlan(a, tokens).lists.flat())].sort((x, y) => x - y);
}
