import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNfcSafe } from '../../src/text/analyse.js';
import { foldWord, stemFrench, tokenize } from '../../src/text/index.js';

const forms = (s: string): string[] => tokenize(s).form;

describe('normalisation and tokens', () => {
  it('folds case, accents, ligatures and compatibility forms', () => {
    expect(foldWord('ÉLÉMENTS')).toBe('elements');
    expect(foldWord('Œuvre')).toBe('oeuvre');
    expect(foldWord('ﬁche')).toBe('fiche');
  });

  it('folds ASCII words by lower-casing only, and other words the same way every time', () => {
    expect(foldWord('Participe')).toBe('participe');
    expect(foldWord('OPJ')).toBe('opj');
    expect(foldWord('enquête')).toBe('enquete');
    expect(foldWord('enquête')).toBe('enquete');
    expect(foldWord('ENQUÊTE')).toBe('enquete');
  });

  it('gives an elided word the stem of its full form, as if it were written in full', () => {
    const elided = tokenize("lorsqu'il");
    const full = tokenize('lorsque il');
    expect(elided.form[0]).toBe('lorsque');
    expect(elided.stem[0]).toBe(full.stem[0]);
    expect(elided.stem[0]).toBe(stemFrench('lorsque'));
  });

  it('splits elisions with typographic or straight apostrophes into full forms', () => {
    expect(forms("l'intervenant n’assiste qu'aux d’entretiens")).toEqual(['le', 'intervenant', 'ne', 'assiste', 'que', 'aux', 'de', 'entretiens']);
    expect(forms("jusqu'au lorsqu’il")).toEqual(['jusque', 'au', 'lorsque', 'il']);
  });

  it('folds inclusive writing into one token', () => {
    expect(forms('placé·e intervenant(e)s salarié.e.s intervenante-s éducateur·rice')).toEqual(['place', 'intervenant', 'salarie', 'intervenante', 's', 'educateur']);
    expect(forms('conseiller(ère) infirmier·ère conseiller·ères')).toEqual(['conseiller', 'infirmier', 'conseiller']);
    expect(forms('intervenant-e')).toEqual(['intervenant']);
    expect(forms('chef.fe chef·fe chef(fe)')).toEqual(['chef', 'chef', 'chef']);
    expect(forms('du·de la commandant·e')).toEqual(['du', 'de', 'la', 'commandant']);
    expect(forms('| Employeur | CIAS |')).toEqual([':', 'employeur', ':', 'cias', ':']);
    expect(forms('fin de phrase. Elle')).toEqual(['fin', 'de', 'phrase', '.', 'elle']);
  });

  it('splits hyphenated words and keeps offsets into the text', () => {
    const text = 'procès-verbaux, mis-en-cause';
    const t = tokenize(text);
    expect(t.form).toEqual(['proces', 'verbaux', ',', 'mis', 'en', 'cause']);
    expect(text.slice(t.start[0], t.end[1])).toBe('procès-verbaux');
  });

  it('gives one stem to the inflections of a verb and its noun', () => {
    const stems = ['participe', 'participera', 'participation', 'participer', 'participent', 'participé'].map((w) => stemFrench(foldWord(w)));
    expect(new Set(stems)).toEqual(new Set(['particip']));
    expect(stemFrench('auditions')).toBe(stemFrench('auditionner'));
    expect(stemFrench('verbaux')).toBe(stemFrench('verbal'));
    expect(stemFrench('hierarchiquement')).toBe(stemFrench('hierarchique'));
    expect(stemFrench('parent')).not.toBe('par');
  });

  it('reads dotted acronyms as one word, and keeps a sentence-ending dot', () => {
    expect(forms('Titulaire du D.E.A.S.S. ou du D.E.E.S')).toEqual(['titulaire', 'du', 'deass', 'ou', 'du', 'dees']);
    expect(forms("L'O.P.J. rédige. Puis")).toEqual(['le', 'opj', 'redige', '.', 'puis']);
    expect(forms('le C.L.S.P.D. Il')).toEqual(['le', 'clspd', '.', 'il']);
    expect(forms('M. Dupont, art. L.121-6-2')).toEqual(['m', '.', 'dupont', ',', 'art', '.', 'l', '.', '121', '6', '2']);
    const text = 'un D.E.A.S.S. exigé';
    const t = tokenize(text);
    expect(text.slice(t.start[1], t.end[1])).toBe('D.E.A.S.S.');
  });

  it('joins a word hyphenated at a line end, and keeps a compound cut there as two words', () => {
    const text = 'enquê-\nteurs, autorité hiérar-\n  chique ; procès-\nverbal ; rendez-\nvous ; Missions -\nAccueil';
    const t = tokenize(text);
    expect(t.form).toEqual(['enqueteurs', ',', 'autorite', 'hierarchique', ';', 'proces', 'verbal', ';', 'rendez', 'vous', ';', 'missions', '-', 'accueil']);
    expect(text.slice(t.start[0], t.end[0])).toBe('enquê-\nteurs');
  });

  it('reads all capitals like lower case', () => {
    expect(tokenize('PARTICIPE AUX AUDITIONS').stem).toEqual(tokenize('participe aux auditions').stem);
  });
});

describe('NFC fast path', () => {
  it('says a text is NFC-safe only when normalising it changes nothing', () => {
    const chars = fc.oneof(
      fc.constantFrom('e', 'é', 'œ', '’', '«', '»', '…', '–', '\u0301', '\u2000', '\u2001', '\u212b', 'Å', '\u00a0', '\u202f', '€', '\n'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        if (isNfcSafe(text)) expect(text.normalize('NFC')).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the fast path for usual French typography, not for a combining accent', () => {
    expect(isNfcSafe('L’intervenant « reçoit » les œuvres… – 10 €')).toBe(true);
    expect(isNfcSafe('Re\u0301ception')).toBe(false);
    expect(isNfcSafe('\u2000')).toBe(false);
  });
  it('reads dot leaders as a label separator, like a colon', () => {
    const t = tokenize('Employeur ........ Groupement de gendarmerie');
    expect(t.form).toEqual(['employeur', ':', 'groupement', 'de', 'gendarmerie']);
    expect(tokenize('et puis...').form).toContain('…');
  });
});
