/**
 * The sparse matcher (it starts only at the tokens where a seed may start, and jumps over the
 * tokens where no match is in progress) finds exactly what the dense reference finds, which reads
 * every token: on the fiches of the corpus, and on texts made of the rules' own words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyseText, compileTextValue, matchTextValue } from '../../src/text/index.js';
import type { Automaton } from '../../src/text/pattern/automaton.js';
import { findMatches, type MatchMode } from '../../src/text/pattern/match.js';
import { seedPositions } from '../../src/text/pattern/plans.js';
import { markerAutomata } from '../../src/text/scopes/markers.js';
import { findMatchesDense } from './reference/dense-matcher.js';
import { FICHES, REPO } from './support.js';

/** Every `affirms`/`lacks` value of the shipped text rules. */
function ruleValues(): unknown[] {
  const values: unknown[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      if ((record.operator === 'affirms' || record.operator === 'lacks') && 'value' in record) values.push(record.value);
      else Object.values(record).forEach(walk);
    }
  };
  walk(parse(readFileSync(join(REPO, 'rules/iscg/2006/post-text.yaml'), 'utf8'), { merge: true }));
  return values;
}

const automata: Automaton[] = [
  ...ruleValues().flatMap((value) => {
    const compiled = compileTextValue(value);
    return [compiled.automaton, ...(compiled.unless ? [compiled.unless] : []), ...(compiled.except ? [compiled.except] : [])];
  }),
  ...Object.values(markerAutomata()),
];
const modes: MatchMode[] = ['affirms', 'present', 'any'];

/** Compares the two matchers on a text; returns how many matches they found. */
function expectSame(text: string): number {
  const at = analyseText(text);
  let found = 0;
  for (const a of automata) {
    for (const mode of modes) {
      for (const limit of [1, 3, Number.MAX_SAFE_INTEGER]) {
        const sparse = findMatches(a, at, mode, limit);
        expect(sparse).toEqual(findMatchesDense(a, at, mode, limit));
        found += sparse.length;
      }
    }
  }
  return found;
}

/** The words of the shipped patterns, with the syntax stripped: texts made of them match often. */
function patternWords(): string[] {
  const words = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node === 'string') for (const w of node.split(/[^\p{L}]+/u)) if (w.length > 1) words.add(w);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) Object.values(node).forEach(walk);
  };
  ruleValues().forEach(walk);
  return [...words];
}

describe('sparse matcher', () => {
  it('has rule and marker automata to compare', () => {
    expect(automata.length).toBeGreaterThan(20);
  });

  it('finds what the dense matcher finds on every fiche of the corpus', () => {
    const files = readdirSync(FICHES, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(txt|md)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    let found = 0;
    for (const file of files) found += expectSame(readFileSync(join(FICHES, file), 'utf8'));
    expect(found).toBeGreaterThan(1000);
  });

  it('finds what the dense matcher finds on texts made of the rules’ words, negations and punctuation', () => {
    const vocabulary = [...patternWords(), 'ne', 'pas', 'jamais', 'sans', 'aucun', 'ni', 'non', 'il', 'le', 'la', 'des', 'de', 'et', 'ou', 'est', 'sont'];
    const token = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...vocabulary) },
      { weight: 2, arbitrary: fc.constantFrom(',', '.', ';', ':', '«', '»', '(', ')', '?', '\n', '\n\n', '\n- ', '\n# ', ' : ') },
    );
    let found = 0;
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        found += expectSame(tokens.join(' '));
      }),
      { numRuns: 150 },
    );
    // The texts must exercise the matchers, not only their empty case.
    expect(found).toBeGreaterThan(500);
  });

  it('drops exactly the matches that share a token with an except match', () => {
    const value = compileTextValue({ match: ['assistant* social*', 'service ~2 social*'], except: ['social* (de | du) secteur', 'assistant* social* ~1 police'] });
    const words = fc.constantFrom('assistante sociale', 'assistant social', 'sociale', 'de secteur', 'du secteur', 'police', 'service', 'le', ',', '.', 'et');
    let dropped = 0;
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), (tokens) => {
        const at = analyseText(tokens.join(' '));
        const all = findMatches(value.automaton, at, 'any', Number.MAX_SAFE_INTEGER);
        const excepted = findMatches(value.except!, at, 'any', Number.MAX_SAFE_INTEGER);
        const expected = all.filter((s) => !excepted.some((e) => e.first <= s.last && e.last >= s.first));
        dropped += all.length - expected.length;
        expect(matchTextValue(value, at, 'any', Number.MAX_SAFE_INTEGER)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
    expect(dropped).toBeGreaterThan(20);
  });

  it('starts only where a first word of the patterns occurs', () => {
    const a = compileTextValue('participer ~4 auditions').automaton;
    const at = analyseText('Il participe aux auditions, puis il participe encore et participera.');
    expect(seedPositions(a, at.tokens)).toEqual([1, 7, 10]);
    expect(seedPositions(a, analyseText('Rien à voir.').tokens)).toEqual([]);
  });
});
