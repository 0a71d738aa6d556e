/**
 * The negation markers of {@link MARKERS}, compiled once into automata (module load).
 * @module
 */
import { MARKERS, type MarkerKind } from '../lexicon.js';
import { compileAutomaton, type Automaton } from '../pattern/automaton.js';
import { parsePattern } from '../pattern/parse.js';

/** Marker kinds in the order the scopes are applied. */
export const MARKER_KINDS: readonly MarkerKind[] = ['veto', 'cancel', 'clause', 'phrase', 'sans', 'backward'];

let compiled: Record<MarkerKind, Automaton> | undefined;

/**
 * The marker automata (compiled on first use).
 *
 * @example
 * ```ts
 * markerAutomata().clause.size > 0; // true
 * ```
 */
export function markerAutomata(): Record<MarkerKind, Automaton> {
  if (!compiled) {
    const build = (kind: MarkerKind): Automaton => compileAutomaton(MARKERS[kind].map((p) => parsePattern(p)));
    compiled = {
      veto: build('veto'),
      cancel: build('cancel'),
      clause: build('clause'),
      phrase: build('phrase'),
      sans: build('sans'),
      backward: build('backward'),
    };
  }
  return compiled;
}

/** Single words that are always negation markers (used before the marker patterns run). */
export const BASE_MARKER_WORDS = new Set(['ne', 'pas', 'jamais', 'aucun', 'aucune', 'rien', 'ni', 'nul', 'nulle', 'sans', 'nullement', 'guere']);
