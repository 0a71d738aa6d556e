/** The words a pattern needs, and the numbered atoms a text holds: what lets the matcher skip a pattern. */
import { describe, expect, it } from 'vitest';
import { analyseText, compileTextValue, matchTextValue, parsePattern, tokenize } from '../../src/text/index.js';
import { atomId, atomPositions } from '../../src/text/pattern/atoms.js';
import { seedPositions } from '../../src/text/pattern/plans.js';
import { numberGroups, requiredGroups } from '../../src/text/pattern/requirements.js';
import { tokenIndex } from '../../src/text/pattern/token-index.js';

const groupsOf = (pattern: string): string[][] =>
  requiredGroups(parsePattern(pattern).root).map((g) => g.map((a) => `${a.mode}:${a.value}`));

describe('required words of a pattern', () => {
  it('requires every word of a sequence, one word of an alternation, nothing of a gap or an optional part', () => {
    expect(groupsOf('participer ~4 auditions')).toEqual([['stem:particip'], ['stem:audition']]);
    expect(groupsOf('(audition | enquete*) penale?')).toEqual([['stem:audition', 'prefix:enquete']]);
    expect(groupsOf('^ sous ~2 autorite : ,')).toEqual([['stem:sous'], ['stem:autor'], ['punct::'], ['punct:,']]);
    expect(groupsOf('=opj | officier ~2 police')).toEqual([['exact:opj', 'stem:offic']]);
  });

  it('leaves out, when numbering, the groups a word of every fiche satisfies', () => {
    const groups = requiredGroups(parsePattern('responsable (de | du) service').root);
    expect(groups).toHaveLength(3);
    expect(numberGroups(groups)).toHaveLength(2);
  });

  it('requires nothing of an alternation with an optional option', () => {
    expect(groupsOf('(audition | enquete?) suivi')).toEqual([['stem:suiv']]);
  });

  it('starts a pattern only in a text that has all its words', () => {
    const a = compileTextValue('participer ~4 (auditions | enquete*)').automaton;
    expect(seedPositions(a, tokenize('Il participe aux enquêtes.'))).toEqual([1]);
    expect(seedPositions(a, tokenize('Il participe aux réunions.'))).toEqual([]);
    expect(seedPositions(a, tokenize('Les auditions ont lieu le matin.'))).toEqual([]);
  });

  it('starts only the patterns of a list that may match', () => {
    const a = compileTextValue(['participer ~4 auditions', 'accompagner ~2 victimes']).automaton;
    // "participe" starts the first pattern, which needs "auditions": absent.
    expect(seedPositions(a, tokenize('Il participe et accompagne les victimes.'))).toEqual([3]);
  });
});

describe('atoms of a text', () => {
  it('finds a prefix in every form it starts, and nowhere else', () => {
    const id = atomId('prefix', 'enquet');
    const where = atomPositions(tokenIndex(tokenize('Les enquêteurs mènent une enquête, pas une quête.')));
    expect(where.stamp[id]).toBe(where.generation);
    expect([where.first[id], ...(where.more[id] ?? [])]).toEqual([[1], [4]]);
    expect(where.ids).toContain(id);
  });

  it('sees atoms numbered after the text was analysed', () => {
    const at = analyseText('Le dispositif zygomatique est prévu.');
    // A pattern compiled after the text's atoms were computed: its words are new atoms.
    const value = compileTextValue('dispositif zygomatique');
    expect(matchTextValue(value, at, 'affirms', 5)).toEqual([{ first: 1, last: 2 }]);
  });

  it('keeps each text apart when texts are matched in turn', () => {
    const value = compileTextValue('participer ~4 auditions');
    const one = analyseText('Il participe aux auditions.');
    const two = analyseText('Il participe aux réunions.');
    expect(matchTextValue(value, two, 'affirms', 5)).toEqual([]);
    expect(matchTextValue(value, one, 'affirms', 5)).toEqual([{ first: 1, last: 3 }]);
    expect(matchTextValue(compileTextValue('participer ~4 reunions'), two, 'affirms', 5)).toEqual([{ first: 1, last: 3 }]);
  });
});
