import { describe, expect, it } from 'vitest';
import {
  BASE_ACTION, BASE_POST, BASE_SHARING, mergeExample, parseAction, parsePost, parseSharing,
} from '../../../src/domain/iscg/index.js';
import type { ParseResult } from '../../../src/core/types.js';

function errorsOf(result: ParseResult<Record<string, unknown>>): { pointer: string; message: string }[] {
  if (result.ok) throw new Error(`attendu des erreurs, reçu ${JSON.stringify(result.value)}`);
  return result.errors;
}

describe('documents valides', () => {
  it('les trois documents de base sont valides et rendus tels quels', () => {
    for (const [parse, base] of [[parsePost, BASE_POST], [parseAction, BASE_ACTION], [parseSharing, BASE_SHARING]] as const) {
      const result = parse(base, 'fr');
      expect(result).toEqual({ ok: true, value: base });
    }
  });

  it('rend un objet neuf et simple, jamais l’entrée elle-même', () => {
    const input = mergeExample(BASE_ACTION, {});
    const result = parseAction(input);
    if (!result.ok) throw new Error('invalide');
    expect(result.value).not.toBe(input);
    expect(result.value['person']).not.toBe(input['person']);
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });

  it('accepte un diplôme OTHER complet, un niveau CNCP en chiffre, le 29 février d’une année bissextile', () => {
    const post = mergeExample(BASE_POST, {
      effectiveDate: '2024-02-29',
      qualifications: { required: ['DEASS', { code: 'OTHER', label: 'DU victimologie', level: { scale: 'cncp-2019', value: '6' } }] },
      holder: { diplomas: [{ code: 'OTHER', label: 'Licence', level: { scale: '1969', value: 'II' } }] },
    });
    expect(parsePost(post).ok).toBe(true);
  });
});

describe('erreurs de saisie', () => {
  it('valeur inattendue dans une énumération, avec une suggestion', () => {
    const errors = errorsOf(parseAction(mergeExample(BASE_ACTION, { worker: { employer: { kind: 'polis' } } })));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.pointer).toBe('/worker/employer/kind');
    expect(errors[0]?.message).toMatch(/^Valeur inattendue « polis » : attendu l'une de departement, commune, .*police, gendarmerie/);
    expect(errors[0]?.message).toContain('Vouliez-vous dire « police » ?');
  });

  it('champ obligatoire manquant', () => {
    const errors = errorsOf(parseSharing(mergeExample(BASE_SHARING, { legalBasis: null, content: { strictlyNecessary: null } })));
    expect(errors).toEqual([
      { pointer: '/content/strictlyNecessary', message: 'Champ obligatoire manquant' },
      { pointer: '/legalBasis', message: 'Champ obligatoire manquant' },
    ]);
  });

  it('clé inconnue : le pointeur nomme la clé', () => {
    const errors = errorsOf(parseAction(mergeExample(BASE_ACTION, { person: { foo: 1 } })));
    expect(errors).toEqual([{ pointer: '/person/foo', message: "Clé inconnue « foo » : ce champ n'existe pas dans le modèle" }]);
  });

  it('clés __proto__, constructor, prototype venues de JSON.parse : erreurs, sans pollution', () => {
    const text = JSON.stringify(BASE_POST).replace(/^\{/, '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},');
    const input: unknown = JSON.parse(text);
    const errors = errorsOf(parsePost(input));
    expect(errors.map((e) => e.pointer)).toEqual(['/__proto__', '/constructor']);
    expect(errors[0]?.message).toBe("Clé inconnue « __proto__ » : ce champ n'existe pas dans le modèle");
    const nested: unknown = JSON.parse('{"employer":{"kind":"commune","prototype":1,"__proto__":{"x":1}}}');
    const nestedErrors = errorsOf(parsePost(nested)).filter((e) => e.pointer.startsWith('/employer/'));
    expect(nestedErrors.map((e) => e.pointer)).toEqual(['/employer/__proto__', '/employer/prototype']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('type inattendu', () => {
    expect(errorsOf(parseAction(mergeExample(BASE_ACTION, { consent: [] })))).toEqual([
      { pointer: '/consent', message: 'Attendu un objet, reçu un tableau' },
    ]);
    expect(errorsOf(parseAction(mergeExample(BASE_ACTION, { person: { minor: 'no' } })))).toEqual([
      { pointer: '/person/minor', message: 'Attendu un booléen (true ou false), reçu une chaîne de caractères (« no »)' },
    ]);
  });

  it('entrée qui n’est pas un objet : une seule erreur à la racine', () => {
    const cases: [unknown, string][] = [
      [null, 'Attendu un objet, reçu null'],
      [[], 'Attendu un objet, reçu un tableau'],
      ['post', 'Attendu un objet, reçu une chaîne de caractères (« post »)'],
      [42, 'Attendu un objet, reçu un nombre (42)'],
      [undefined, 'Attendu un objet, reçu rien'],
      [new Date(0), 'Attendu un objet, reçu un objet'],
    ];
    for (const [input, message] of cases) {
      expect(parsePost(input)).toEqual({ ok: false, errors: [{ pointer: '', message }] });
    }
  });

  it('date impossible ou mal écrite', () => {
    for (const date of ['2024-02-30', '2023-02-29', '2024-13-01', '1/3/2024', '2024-3-1']) {
      expect(errorsOf(parseAction(mergeExample(BASE_ACTION, { date })))).toEqual([
        { pointer: '/date', message: `Date invalide « ${date} » (attendu AAAA-MM-JJ)` },
      ]);
    }
  });

  it('code OTHER nu, ou diplôme OTHER sans label ni level', () => {
    const errors = errorsOf(parsePost(mergeExample(BASE_POST, { qualifications: { required: ['DEASS', 'OTHER', { code: 'OTHER' }] } })));
    expect(errors).toEqual([
      { pointer: '/qualifications/required/1', message: 'Le code OTHER seul ne suffit pas : écrire un diplôme { code: OTHER, label, level }' },
      { pointer: '/qualifications/required/2/label', message: 'Champ obligatoire manquant : un diplôme OTHER doit préciser « label »' },
      { pointer: '/qualifications/required/2/level', message: 'Champ obligatoire manquant : un diplôme OTHER doit préciser « level »' },
    ]);
  });

  it('niveau hors de son échelle', () => {
    const diplomas = [
      { code: 'OTHER', label: 'a', level: { scale: 'cncp-2019', value: 9 } },
      { code: 'OTHER', label: 'b', level: { scale: '1969', value: 'VI' } },
      { code: 'OTHER', label: 'c', level: { scale: '1969', value: 3 } },
      { code: 'OTHER', label: 'd', level: { scale: 'cncp-2019', value: 5.5 } },
    ];
    const errors = errorsOf(parseAction(mergeExample(BASE_ACTION, { worker: { diplomas } })));
    expect(errors.map((e) => e.pointer)).toEqual([0, 1, 2, 3].map((i) => `/worker/diplomas/${i}/level/value`));
    expect(errors[0]?.message).toBe("Niveau « 9 » hors de l'échelle cncp-2019 (attendu un entier de 1 à 8)");
    expect(errors[1]?.message).toBe("Niveau « VI » hors de l'échelle de 1969 (attendu I, II, III, IV ou V)");
  });

  it('un élément de qualifications.required d’un type impossible', () => {
    const errors = errorsOf(parsePost(mergeExample(BASE_POST, { qualifications: { required: [5, { code: 'FOO' }] } })));
    expect(errors).toEqual([
      { pointer: '/qualifications/required/0', message: 'Attendu une chaîne de caractères ou un objet, reçu un nombre (5)' },
      { pointer: '/qualifications/required/1/code', message: expect.stringMatching(/^Valeur inattendue « FOO » : attendu l'une de DEASS,/) as unknown as string },
    ]);
  });

  it('kind d’un autre sujet', () => {
    expect(errorsOf(parseAction(mergeExample(BASE_ACTION, { kind: 'post' })))).toEqual([
      { pointer: '/kind', message: 'Valeur inattendue « post » : attendu « action »' },
    ]);
  });

  it('échappe ~ et / dans les pointeurs (RFC 6901)', () => {
    const input: unknown = JSON.parse(JSON.stringify(BASE_ACTION).replace(/^\{/, '{"a/b~c":1,'));
    expect(errorsOf(parseAction(input))[0]?.pointer).toBe('/a~1b~0c');
  });

  it('erreurs triées par pointeur (indices dans l’ordre numérique) et déterministes', () => {
    const missions = Array.from({ length: 12 }, (_, i) => (i === 2 || i === 10 ? 'x' : 'reception'));
    const input = mergeExample(BASE_POST, { zzz: 1, missions, employer: null, aaa: 2 });
    const first = errorsOf(parsePost(input));
    expect(first.map((e) => e.pointer)).toEqual(['/aaa', '/employer', '/missions/2', '/missions/10', '/zzz']);
    expect(errorsOf(parsePost(input))).toEqual(first);
  });

  it('une entrée dont la lecture lève une exception ne fait pas lever le parseur', () => {
    const input = { ...BASE_ACTION };
    Object.defineProperty(input, 'type', { enumerable: true, get: () => { throw new Error('boum'); } });
    expect(parseAction(input)).toEqual({ ok: false, errors: [{ pointer: '', message: 'Document illisible : sa lecture a échoué' }] });
  });
});

describe('messages en anglais', () => {
  it('les mêmes erreurs, en anglais avec lang en', () => {
    const input: unknown = JSON.parse(
      '{"__proto__":1,"date":"2024-02-30","type":"polis","person":{"role":"victim"},"consent":[],"worker":{"employer":{"kind":"commune"},"diplomas":["OTHER"]}}',
    );
    expect(errorsOf(parseAction(input, 'en'))).toEqual([
      { pointer: '/__proto__', message: 'Unknown key "__proto__": this field does not exist in the model' },
      { pointer: '/consent', message: 'Expected an object, received an array' },
      { pointer: '/date', message: 'Invalid date "2024-02-30" (expected YYYY-MM-DD)' },
      { pointer: '/person/minor', message: 'Missing required field' },
      { pointer: '/type', message: expect.stringMatching(/^Unexpected value "polis": expected one of reception, listening,/) as unknown as string },
      { pointer: '/worker/diplomas/0', message: 'Expected an object, received a string ("OTHER")' },
    ]);
    expect(errorsOf(parsePost(mergeExample(BASE_POST, { qualifications: { required: ['OTHER'] } }), 'en'))).toEqual([
      { pointer: '/qualifications/required/0', message: 'A bare OTHER code is not enough: write a diploma { code: OTHER, label, level }' },
    ]);
    expect(parseSharing(null, 'en')).toEqual({ ok: false, errors: [{ pointer: '', message: 'Expected an object, received null' }] });
  });
});
