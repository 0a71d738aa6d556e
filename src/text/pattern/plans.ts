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

/**
 * Where an automaton may start in a text, and which of its patterns may match there at all. The
 * plans of one text share their arrays (one allocation per text, not per automaton).
 */
export interface SeedPlan {
  /** Position lists (each increasing) of the words, prefixes and marks that start a match: this plan's are `lists[from]…lists[to - 1]`. */
  lists: number[][];
  /** The seed atom of each list: the seeds to start at its positions. */
  atoms: SeedAtom[];
  from: number;
  to: number;
  /** Smallest and largest position of the lists. */
  first: number;
  last: number;
  /**
   * Per pattern of every automaton (numbered from `patternBase` for this one), 1 when the text
   * has the words its matches need; undefined: all of this automaton's patterns have them.
   */
  possible: Uint8Array | undefined;
  patternBase: number;
}

/**
 * Patterns and groups are numbered across all automata; an automaton's patterns are consecutive.
 * Filled as automata are registered; `flat` holds the same as flat typed arrays, rebuilt on the
 * first text after a registration (walking them is what every text pays).
 */
const registry = {
  version: 0,
  /** The registered automata, by number (see `Automaton.number`). */
  automata: [] as Automaton[],
  /** Seed atoms of all automata ("uses"): the automaton's number and the atom. */
  useAutomaton: [] as number[],
  useAtom: [] as SeedAtom[],
  /** Per pattern: its seed atoms (numbers in the uses). */
  patternUses: [] as number[][],
  /** Per atom: the groups it satisfies. */
  groupUses: [] as Array<number[] | undefined>,
  /** Per group: its pattern. */
  groupPattern: [] as number[],
  /** Per pattern: its number of groups. */
  patternGroups: [] as number[],
  /** The patterns without groups: possible in every text. */
  alwaysPossible: [] as number[],
  /** First pattern number of each automaton, by automaton number. */
  patternBase: [] as number[],
};

/** The registry as flat arrays; lists are stored as `start[i]…start[i + 1]` ranges of one array. */
interface FlatRegistry {
  version: number;
  atomGroupStart: Int32Array;
  atomGroups: Int32Array;
  groupPattern: Int32Array;
  patternGroups: Int32Array;
  patternUseStart: Int32Array;
  patternUseList: Int32Array;
  /** Per use, its atom's number and its automaton's number. */
  useAtomId: Int32Array;
  useAutomaton: Int32Array;
}

let flat: FlatRegistry | undefined;

/** Lists of numbers as one array and the start of each list in it. */
function ranges(lists: ReadonlyArray<readonly number[] | undefined>): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  let total = 0;
  for (let i = 0; i < lists.length; i++) {
    start[i] = total;
    total += lists[i]?.length ?? 0;
  }
  start[lists.length] = total;
  const items = new Int32Array(total);
  for (let i = 0; i < lists.length; i++) items.set(lists[i] ?? [], start[i] as number);
  return { start, items };
}

function flatRegistry(): FlatRegistry {
  if (flat?.version === registry.version) return flat;
  const groups = ranges(registry.groupUses);
  const uses = ranges(registry.patternUses);
  flat = {
    version: registry.version,
    atomGroupStart: groups.start,
    atomGroups: groups.items,
    groupPattern: Int32Array.from(registry.groupPattern),
    patternGroups: Int32Array.from(registry.patternGroups),
    patternUseStart: uses.start,
    patternUseList: uses.items,
    useAtomId: Int32Array.from(registry.useAtom, (atom) => atom.id),
    useAutomaton: Int32Array.from(registry.useAutomaton),
  };
  return flat;
}

/** Per-text counters, reused from text to text (stamped with a generation). */
const counters: {
  generation: number;
  groupStamp: Int32Array;
  patternStamp: Int32Array;
  satisfied: Int32Array;
  useStamp: Int32Array;
  /** The patterns whose groups are all satisfied in the current text. */
  possible: number[];
  /** The seed atoms (uses) present in the current text, in the order found. */
  used: Int32Array;
  /** Per automaton: the number of its lists in the current text, valid where `planStamp` is the generation. */
  listCount: Int32Array;
  planStamp: Int32Array;
} = {
  generation: 0,
  groupStamp: new Int32Array(0),
  patternStamp: new Int32Array(0),
  satisfied: new Int32Array(0),
  useStamp: new Int32Array(0),
  possible: [],
  used: new Int32Array(0),
  listCount: new Int32Array(0),
  planStamp: new Int32Array(0),
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
 * Registers a compiled automaton: gives it its number, and records its seed atoms and its
 * requirement groups. Called once per automaton, by `compileAutomaton`.
 *
 * @example
 * ```ts
 * registerAutomaton(automaton); // its plans are then computed with every text's plans
 * ```
 */
export function registerAutomaton(a: Automaton): void {
  if (a.number >= 0) return;
  const number = registry.automata.length;
  a.number = number;
  registry.automata.push(a);
  const base = registry.patternGroups.length;
  registry.patternBase.push(base);
  const uses: number[][] = a.requirements.map(() => []);
  for (const atom of a.seedAtoms) {
    const u = registry.useAtom.length;
    registry.useAutomaton.push(number);
    registry.useAtom.push(atom);
    for (const p of atom.patterns) (uses[p] as number[]).push(u);
  }
  for (const [p, groups] of a.requirements.entries()) {
    registry.patternGroups.push(groups.length);
    registry.patternUses.push(uses[p] as number[]);
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
function findPossiblePatterns(present: AtomPositions, r: FlatRegistry): void {
  const generation = ++counters.generation;
  counters.groupStamp = grow(counters.groupStamp, r.groupPattern.length);
  counters.patternStamp = grow(counters.patternStamp, r.patternGroups.length);
  counters.satisfied = grow(counters.satisfied, r.patternGroups.length);
  counters.useStamp = grow(counters.useStamp, r.useAtomId.length);
  const { groupStamp, patternStamp, satisfied, possible } = counters;
  const { atomGroupStart, atomGroups, groupPattern, patternGroups } = r;
  const atomsWithGroups = atomGroupStart.length - 1;
  possible.length = 0;
  for (const p of registry.alwaysPossible) {
    patternStamp[p] = generation;
    possible.push(p);
  }
  const ids = present.ids;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    if (id >= atomsWithGroups) continue;
    const end = atomGroupStart[id + 1] as number;
    for (let j = atomGroupStart[id] as number; j < end; j++) {
      const g = atomGroups[j] as number;
      if (groupStamp[g] === generation) continue;
      groupStamp[g] = generation;
      const p = groupPattern[g] as number;
      if (patternStamp[p] !== generation) {
        patternStamp[p] = generation;
        satisfied[p] = 0;
      }
      const count = (satisfied[p] as number) + 1;
      satisfied[p] = count;
      if (count === patternGroups[p]) possible.push(p);
    }
  }
}

/**
 * The plans of every registered automaton that may start somewhere in the text, by automaton
 * number: the seed atoms of the possible patterns, when the text holds them. Two passes over the
 * seed atoms present: the first counts each automaton's lists, the second files them, so that
 * the text's plans take one array of lists for all.
 */
function planText(tokens: TokenTable): Array<SeedPlan | undefined> {
  const present = atomPositions(tokenIndex(tokens));
  const r = flatRegistry();
  findPossiblePatterns(present, r);
  const automata = registry.automata.length;
  counters.used = grow(counters.used, r.useAtomId.length);
  counters.listCount = grow(counters.listCount, automata);
  counters.planStamp = grow(counters.planStamp, automata);
  const { generation, useStamp, possible, patternStamp, satisfied, used, listCount, planStamp } = counters;
  const { patternUseStart, patternUseList, useAtomId, useAutomaton, patternGroups } = r;
  const { stamp, first: firstList, more: moreLists } = present;
  const presentGeneration = present.generation;
  const made: number[] = [];
  let usedCount = 0;
  let total = 0;
  for (let k = 0; k < possible.length; k++) {
    const p = possible[k] as number;
    const end = patternUseStart[p + 1] as number;
    for (let j = patternUseStart[p] as number; j < end; j++) {
      const u = patternUseList[j] as number;
      const id = useAtomId[u] as number;
      if (stamp[id] !== presentGeneration || useStamp[u] === generation) continue;
      useStamp[u] = generation;
      used[usedCount++] = u;
      const n = useAutomaton[u] as number;
      if (planStamp[n] !== generation) {
        planStamp[n] = generation;
        listCount[n] = 0;
        made.push(n);
      }
      const lists = 1 + (moreLists[id]?.length ?? 0);
      listCount[n] = (listCount[n] as number) + lists;
      total += lists;
    }
  }
  const plans = new Array<SeedPlan | undefined>(automata).fill(undefined);
  const lists = new Array<number[]>(total);
  const atoms = new Array<SeedAtom>(total);
  let offset = 0;
  for (const n of made) {
    plans[n] = { lists, atoms, from: offset, to: offset, first: tokens.count, last: -1, possible: undefined, patternBase: registry.patternBase[n] as number };
    offset += listCount[n] as number;
  }
  for (let k = 0; k < usedCount; k++) {
    const u = used[k] as number;
    const plan = plans[useAutomaton[u] as number] as SeedPlan;
    const atom = registry.useAtom[u] as SeedAtom;
    const more = moreLists[atom.id];
    const count = more ? more.length + 1 : 1;
    for (let m = 0; m < count; m++) {
      const list = m === 0 ? (firstList[atom.id] as number[]) : ((more as number[][])[m - 1] as number[]);
      lists[plan.to] = list;
      atoms[plan.to] = atom;
      plan.to++;
      const low = list[0] as number;
      const high = list[list.length - 1] as number;
      if (low < plan.first) plan.first = low;
      if (high > plan.last) plan.last = high;
    }
  }
  // The patterns of a planned automaton that may not match: some group of theirs is absent.
  let possibleNow: Uint8Array | undefined;
  for (const n of made) {
    const plan = plans[n] as SeedPlan;
    const base = plan.patternBase;
    const count = (registry.automata[n] as Automaton).requirements.length;
    for (let p = base; p < base + count; p++) {
      const groups = patternGroups[p] as number;
      if (groups === 0 || (patternStamp[p] === generation && satisfied[p] === groups)) continue;
      possibleNow ??= new Uint8Array(patternGroups.length).fill(1);
      possibleNow[p] = 0;
      plan.possible = possibleNow;
    }
  }
  return plans;
}

const NOWHERE: SeedPlan = { lists: [], atoms: [], from: 0, to: 0, first: 0, last: -1, possible: undefined, patternBase: 0 };

/**
 * The plan of an automaton in a text (computed with those of all automata, once per text).
 *
 * @example
 * ```ts
 * const a = compileAutomaton([parsePattern('participer ~4 auditions')]);
 * const plan = seedPlan(a, tokenize('Il participe aux auditions.'));
 * plan.lists.slice(plan.from, plan.to); // [[1]]
 * ```
 */
export function seedPlan(a: Automaton, tokens: TokenTable): SeedPlan {
  const index = tokenIndex(tokens);
  if (index.plansVersion !== registry.version) {
    index.plans = planText(tokens);
    index.plansVersion = registry.version;
  }
  return (a.number >= 0 ? index.plans[a.number] : undefined) ?? NOWHERE;
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
  const plan = seedPlan(a, tokens);
  return [...new Set(plan.lists.slice(plan.from, plan.to).flat())].sort((x, y) => x - y);
}
