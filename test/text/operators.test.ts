import { describe, expect, it } from 'vitest';
import type { Hit } from '../../src/core/types.js';
import { analyseText, postTextSubject, showText, textOperators } from '../../src/text/index.js';

const op = (name: string) => textOperators.find((o) => o.name === name)!;

describe('affirms / lacks', () => {
  it('affirms records the 1-based span and the passage', () => {
    const hits: Hit[] = [];
    const at = analyseText('Missions :\n- accueil ;\n- participer aux auditions.');
    expect(op('affirms').compile('participer ~4 auditions')(at, hits)).toBe(true);
    expect(hits[0]).toEqual({ location: { line: 3, column: 3, endLine: 3, endColumn: 27 }, evidence: 'participer aux auditions' });
    expect(op('affirms').jre).toBe(false);
  });

  it('lacks is true without an affirmed match and points at the start (the message says what was looked for)', () => {
    const hits: Hit[] = [];
    const lacks = op('lacks').compile(['secret professionnel', 'confidenti*']);
    expect(lacks(analyseText("Il n'est pas soumis au secret professionnel."), hits)).toBe(true);
    expect(hits[0]?.location).toEqual({ line: 1, column: 1 });
    expect(hits[0]?.evidence).toBeUndefined();
    expect(lacks(analyseText('Entretiens confidentiels.'), undefined)).toBe(false);
  });

  it('except drops a match that shares a word with an except match; unless blocks the whole sentence', () => {
    const value = { match: 'assistant* social*', except: 'assistant* social* (de | du) secteur' };
    const lacks = op('lacks').compile(value);
    expect(lacks(analyseText("Il oriente vers l'assistante sociale de secteur."), undefined)).toBe(true);
    expect(lacks(analyseText("Profil : assistante sociale. Lien avec l'assistante sociale de secteur."), undefined)).toBe(false);
    const affirms = op('affirms').compile({ match: 'convoqu* ~2 personnes', except: 'convoqu* ~4 par la justice', unless: 'tribunal' });
    expect(affirms(analyseText('Il convoque les personnes.'), undefined)).toBe(true);
    expect(affirms(analyseText('Il accompagne les personnes convoquées par la justice.'), undefined)).toBe(false);
    expect(op('affirms').checkValue?.({ match: 'a', exclude: 'b' })).toMatch(/clé inconnue « exclude »/);
    expect(op('affirms').checkValue?.({ match: 'a', except: '~2' })).toMatch(/aucun mot/);
  });

  it('are false on anything that is not an analysed text', () => {
    expect(op('affirms').compile('a')('a', undefined)).toBe(false);
    expect(op('lacks').compile('a')(undefined, undefined)).toBe(false);
  });
});

describe('post-text subject and showText', () => {
  it('parses a string and refuses anything else at ""', () => {
    const ok = postTextSubject.parse('Employeur : CIAS', 'fr');
    expect(ok.ok).toBe(true);
    const bad = postTextSubject.parse(42, 'en');
    expect(bad).toEqual({ ok: false, errors: [{ pointer: '', message: 'The text of the fiche must be a string.' }] });
    expect(postTextSubject.parse(null, 'fr').ok).toBe(false);
    expect(postTextSubject.fields).toEqual(['text']);
  });

  it('shows the text with aligned line numbers', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `ligne ${i + 1}`).join('\n');
    const shown = showText(lines).split('\n');
    expect(shown[0]).toBe(' 1 | ligne 1');
    expect(shown[9]).toBe('10 | ligne 10');
  });
});
