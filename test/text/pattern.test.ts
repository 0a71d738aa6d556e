import { describe, expect, it } from 'vitest';
import { analyseText, compileTextValue, matchTextValue, parsePattern, PatternSyntaxError, textOperators } from '../../src/text/index.js';

function passages(value: unknown, text: string, mode: 'affirms' | 'present' | 'any' = 'affirms'): string[] {
  const at = analyseText(text);
  return matchTextValue(compileTextValue(value), at, mode, 10).map((s) => at.text.slice(at.tokens.start[s.first], at.tokens.end[s.last]));
}

describe('token patterns', () => {
  it('match inflections, accents and capitals through stems', () => {
    for (const text of ['Il participe aux auditions.', 'Il participera aux auditions.', 'La participation aux auditions.', 'PARTICIPER AUX AUDITIONS']) {
      expect(passages('participer ~4 auditions', text), text).toHaveLength(1);
    }
  });

  it('bound gaps by a number of words, and never cross a clause', () => {
    expect(passages('participer ~2 auditions', 'Il participe activement aux auditions')).toHaveLength(1);
    expect(passages('participer ~2 auditions', 'Il participe activement et souvent aux auditions')).toHaveLength(0);
    expect(passages('participer ~4 auditions', 'Il participe. Auditions')).toHaveLength(0);
  });

  it('count words only in a gap: punctuation and abbreviation dots are crossed for free', () => {
    // Seven words and six punctuation marks between "rapport" and "maire".
    const text = 'un rapport (nom, adresse, motif) des familles, adressé au maire';
    expect(passages('rapport ~7 maire', text)).toHaveLength(1);
    expect(passages('rapport ~6 maire', text)).toHaveLength(0);
    // "chaque mois à M le": five words; the dot of "M." is no limit and no word.
    expect(passages('transmis ~5 maire', 'transmis chaque mois à M. le Maire')).toHaveLength(1);
    expect(passages('transmis ~4 maire', 'transmis chaque mois à M. le Maire')).toHaveLength(0);
    expect(passages('conseil ~3 nord', 'Conseil départemental — Nord')).toHaveLength(1);
    // A period that ends a sentence is still a limit.
    expect(passages('transmis ~4 maire', 'Il est transmis. Le maire le lit')).toHaveLength(0);
  });

  it("read an elided word of a pattern as the full word, like the text (\"l'\" = \"le\")", () => {
    expect(passages("(aux | a l') (enqueteur | =opj)", "Il remet à l'OPJ une synthèse.")).toEqual(["à l'OPJ"]);
    expect(passages("demande (de l' | des) enqueteur", "à la demande de l'enquêteur")).toEqual(["demande de l'enquêteur"]);
    expect(passages("qu' il", "lorsqu'il faut, qu'il vienne")).toEqual(["qu'il"]);
    // The bare letter too, for text typed without the apostrophe.
    expect(passages("sous (le | la | l') autorite", 'sera sous l autorite du capitaine')).toEqual(['sous l autorite']);
  });

  it('support exact forms, prefixes, alternatives, optional words and punctuation', () => {
    expect(passages('=deass', 'Profil : DEASS')).toEqual(['DEASS']);
    expect(passages('confidenti*', 'entretiens confidentiels')).toEqual(['confidentiels']);
    expect(passages('(recueil | prise) (de | des) plainte', 'la prise de plainte')).toEqual(['prise de plainte']);
    expect(passages('employeur :? gendarmerie', 'Employeur : gendarmerie')).toEqual(['Employeur : gendarmerie']);
    expect(passages("sous l'autorite (du | de la)? commandant", "sous l'autorité commandant")).toHaveLength(1);
  });

  it('anchor with ^ (clause start) and $ (clause end)', () => {
    expect(passages('^ prise de plainte $', '- prise de plainte ;')).toHaveLength(1);
    expect(passages('^ prise de plainte $', 'La prise de plainte intervient après.')).toHaveLength(0);
  });

  it('skip negated, excluded and quoted passages; ! matches only denied ones', () => {
    expect(passages('participer ~4 auditions', "Il ne participe pas aux auditions.")).toHaveLength(0);
    expect(passages('! participer ~4 auditions', "Il ne participe pas aux auditions.")).toHaveLength(1);
    expect(passages('participer ~4 auditions', 'Il refuse « participer aux auditions ».')).toHaveLength(0);
    expect(passages('libre adhesion', 'le principe de « libre adhésion »', 'present')).toHaveLength(1);
  });

  it('ignore a match when an unless pattern is in the same sentence', () => {
    const value = { match: 'suivi ~3 long cours', unless: 'relais' };
    expect(passages(value, 'Il assure le suivi au long cours.')).toHaveLength(1);
    expect(passages(value, 'Il passe le relais aux services, qui assurent le suivi au long cours.')).toHaveLength(0);
  });

  it('reject malformed patterns with a French message', () => {
    for (const bad of ['', '(a | b', 'a )', '~3 a', 'a ~3', 'a ~99 b', '(a |) b', 'a?', 'ab*c', '=a*', 'a ^ b', '? a']) {
      expect(() => parsePattern(bad), bad).toThrow(PatternSyntaxError);
    }
    const affirms = textOperators.find((o) => o.name === 'affirms')!;
    expect(affirms.checkValue?.('(a | b')).toMatch(/parenthèse/);
    expect(affirms.checkValue?.(42)).toMatch(/motif/);
    expect(affirms.checkValue?.({ match: 'a', other: 1 })).toMatch(/clé inconnue/);
    expect(affirms.checkValue?.(['a ~2 b', 'c'])).toBeUndefined();
  });
});
