import { describe, expect, it } from 'vitest';
import { BASE_ACTION, mergeExample } from '../../../src/domain/iscg/index.js';

describe('mergeExample', () => {
  it('fusionne les objets en profondeur, remplace les tableaux, supprime avec null', () => {
    const merged = mergeExample(BASE_ACTION, {
      person: { minor: true },
      worker: { diplomas: [{ code: 'DEES' }] },
      requestedBy: null,
      situation: { imminentDanger: true },
    });
    expect(merged).toEqual({
      kind: 'action',
      date: '2024-03-01',
      type: 'listening',
      person: { role: 'victim', minor: true },
      consent: { status: 'given' },
      worker: { employer: { kind: 'departement' }, diplomas: [{ code: 'DEES' }] },
      initiatedBy: 'police',
      situation: { imminentDanger: true },
    });
  });

  it('rend un objet neuf et ne change ni la base ni le correctif', () => {
    const patch = { person: { minor: true } };
    const merged = mergeExample(BASE_ACTION, patch);
    expect(merged).not.toBe(BASE_ACTION);
    expect(merged['consent']).not.toBe(BASE_ACTION.consent);
    expect(merged['person']).not.toBe(patch.person);
    expect(BASE_ACTION.person.minor).toBe(false);
    expect(Object.isFrozen(BASE_ACTION)).toBe(true);
    expect(Object.isFrozen(merged)).toBe(false);
  });

  it('une clé __proto__ reste une clé et ne touche aucun prototype', () => {
    const patch = JSON.parse('{"__proto__":{"polluted":true},"person":{"__proto__":{"x":1}}}') as Record<string, unknown>;
    const merged = mergeExample(BASE_ACTION, patch);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toContain('__proto__');
    expect(Object.keys(merged['person'] as object)).toEqual(['role', 'minor', '__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('un correctif qui n’est pas un objet remplace la base ; undefined la garde', () => {
    expect(mergeExample(BASE_ACTION, 'un texte')).toBe('un texte');
    expect(mergeExample(BASE_ACTION, undefined)).toEqual(BASE_ACTION);
  });
});
