/**
 * The words a match of a pattern cannot do without: for `participer ~4 (audition | enquete)`,
 * a stem `particip` and one of `audit`, `enquet`. A text that lacks one of them cannot match the
 * pattern, so the matcher does not start it there. Gaps and optional parts require nothing.
 * @module
 */
import type { PatternNode } from './ast.js';
import { stemFrench } from '../stem.js';
import { atomId, type AtomKind } from './atoms.js';

/** One atom of a requirement: how it is compared and with what (stem, form, prefix or mark). */
export interface RequiredAtom {
  mode: AtomKind;
  value: string;
}

/** At least one of these atoms must occur in the text. */
export type RequiredGroup = RequiredAtom[];

function smallest(groups: RequiredGroup[]): RequiredGroup {
  return groups.reduce((best, g) => (g.length < best.length ? g : best));
}

/**
 * The groups of a pattern: each must have one of its atoms in a text the pattern matches.
 *
 * @example
 * ```ts
 * requiredGroups(parsePattern('participer ~4 (auditions | enquete)').root);
 * // [[{ mode: 'stem', value: 'particip' }], [{ mode: 'stem', value: 'audit' }, { mode: 'stem', value: 'enquet' }]]
 * ```
 */
export function requiredGroups(node: PatternNode): RequiredGroup[] {
  switch (node.type) {
    case 'word':
      return [[{ mode: node.mode, value: node.value }]];
    case 'punct':
      return [[{ mode: 'punct', value: node.value }]];
    case 'seq':
      return node.items.flatMap(requiredGroups);
    case 'alt': {
      // One option matches: it brings one of its own groups; the union of one group per option
      // is required (the smallest, for the sharpest test).
      const union: RequiredGroup = [];
      for (const option of node.options) {
        const groups = requiredGroups(option);
        if (groups.length === 0) return [];
        union.push(...smallest(groups));
      }
      return [union];
    }
    case 'opt':
    case 'gap':
      return [];
    default: {
      const never: never = node;
      return never;
    }
  }
}

/**
 * Atoms nearly every fiche holds: a group with one of them filters nothing, yet would be counted
 * for every text. Such groups are left out (fewer requirements never lose a match).
 */
const EVERYWHERE = new Set([
  ...['le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'ou', 'a', 'au', 'aux', 'en', 'dans', 'par', 'pour', 'sur', 'avec', 'que', 'qui', 'il', 'elle', 'est', 'son', 'sa', 'ses', 'se', 'ne', 'pas'].map((w) => `stem:${stemFrench(w)}`),
  ...[',', '.', ':', ';', '-', '(', ')'].map((p) => `punct:${p}`),
]);

function filtersSomething(group: RequiredGroup): boolean {
  return !group.some((atom) => EVERYWHERE.has(`${atom.mode}:${atom.value}`));
}

/**
 * The groups with their atoms numbered (see {@link atomId}), those that filter something
 * (groups with a word nearly every fiche holds are left out), ready for the plans of a text.
 *
 * @example
 * ```ts
 * numberGroups([[{ mode: 'stem', value: 'audit' }]]); // [Int32Array [ <id of audit> ]]
 * ```
 */
export function numberGroups(groups: readonly RequiredGroup[]): Int32Array[] {
  return groups.filter(filtersSomething).map((group) => Int32Array.from(new Set(group.map((atom) => atomId(atom.mode, atom.value)))));
}
