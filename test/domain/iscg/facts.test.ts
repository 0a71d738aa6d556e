import { describe, expect, it } from 'vitest';
import {
  BASE_ACTION, BASE_POST, BASE_SHARING, actionFacts, mergeExample, postFacts, sharingFacts,
} from '../../../src/domain/iscg/index.js';
import type { DerivedFact } from '../../../src/core/types.js';

function factsOf(facts: Record<string, DerivedFact>, document: Record<string, unknown>, asOf: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(facts).map(([name, fact]) => [name, fact.compute(document, { asOf })]));
}

describe('faits dérivés d’une fiche de poste', () => {
  it('sur la fiche de base', () => {
    expect(factsOf(postFacts, BASE_POST, '2024-01-01')).toEqual({
      employerIsPublic: true,
      qualificationStated: true,
      requiredLevelOk: true,
      holderLevelOk: undefined,
      requiredSocialWorkDE: true,
      holderSocialWorkDE: undefined,
      requiredDiplomaLabels:
        'DEASS (assistant de service social), DEES (éducateur spécialisé), DECESF (conseiller en économie sociale familiale)',
      holderDiplomaLabels: undefined,
      levelScale: 'cncp-2019',
    });
  });

  it('une association, aucun diplôme exigé ni titulaire', () => {
    const post = mergeExample(BASE_POST, { employer: { kind: 'association' }, qualifications: null });
    expect(factsOf(postFacts, post, '2010-01-01')).toMatchObject({
      employerIsPublic: false,
      qualificationStated: false,
      requiredLevelOk: undefined,
      requiredSocialWorkDE: undefined,
      requiredDiplomaLabels: undefined,
      levelScale: '1969',
    });
    const empty = mergeExample(post, { qualifications: { required: [] } });
    expect(postFacts['qualificationStated']?.compute(empty, { asOf: '2010-01-01' })).toBe(false);
    expect(postFacts['requiredLevelOk']?.compute(empty, { asOf: '2010-01-01' })).toBeUndefined();
  });

  it('un titulaire moniteur-éducateur en 2010 : sous le seuil, pas un DE du travail social', () => {
    const post = mergeExample(BASE_POST, { qualifications: { required: ['DEME'] }, holder: { diplomas: [{ code: 'DEME' }] } });
    expect(factsOf(postFacts, post, '2010-01-01')).toMatchObject({
      requiredLevelOk: false,
      holderLevelOk: false,
      requiredSocialWorkDE: false,
      holderSocialWorkDE: false,
      holderDiplomaLabels: 'DEME (moniteur-éducateur)',
    });
  });

  it('un titulaire sans diplôme : faux, et pas d’intitulé', () => {
    const post = mergeExample(BASE_POST, { qualifications: null, holder: { diplomas: [] } });
    expect(factsOf(postFacts, post, '2024-01-01')).toMatchObject({
      qualificationStated: true,
      holderLevelOk: false,
      holderSocialWorkDE: false,
      holderDiplomaLabels: undefined,
    });
  });

  it('un master de psychologie : niveau suffisant, mais pas un DE ; OTHER cité par son intitulé', () => {
    const post = mergeExample(BASE_POST, {
      qualifications: { required: ['MASTER-PSYCHOLOGIE', { code: 'OTHER', label: 'DU victimologie', level: { scale: 'cncp-2019', value: 6 } }] },
    });
    expect(factsOf(postFacts, post, '2024-01-01')).toMatchObject({
      requiredLevelOk: true,
      requiredSocialWorkDE: false,
      requiredDiplomaLabels: 'master de psychologie, DU victimologie',
    });
  });
});

describe('faits dérivés d’un acte', () => {
  it('durée du suivi en jours, y compris au travers d’une année bissextile', () => {
    const across = mergeExample(BASE_ACTION, { date: '2024-03-01', followUp: { startedOn: '2023-12-01', handOffPlanned: false } });
    expect(actionFacts['followUpDays']?.compute(across, { asOf: '2024-03-01' })).toBe(91); // 31 + 31 + 29
    const common = mergeExample(BASE_ACTION, { date: '2023-03-01', followUp: { startedOn: '2022-12-01', handOffPlanned: false } });
    expect(actionFacts['followUpDays']?.compute(common, { asOf: '2023-03-01' })).toBe(90);
    const year = mergeExample(BASE_ACTION, { date: '2024-12-31', followUp: { startedOn: '2024-01-01', handOffPlanned: true } });
    expect(actionFacts['followUpDays']?.compute(year, { asOf: '2025-01-01' })).toBe(365);
    expect(actionFacts['followUpDays']?.compute(BASE_ACTION, { asOf: '2024-03-01' })).toBeUndefined();
  });

  it('employeur public de l’intervenant, absent sans intervenant', () => {
    expect(actionFacts['workerEmployerIsPublic']?.compute(BASE_ACTION, { asOf: '2024-03-01' })).toBe(true);
    const association = mergeExample(BASE_ACTION, { worker: { employer: { kind: 'association' } } });
    expect(actionFacts['workerEmployerIsPublic']?.compute(association, { asOf: '2024-03-01' })).toBe(false);
    const noWorker = mergeExample(BASE_ACTION, { worker: null });
    expect(actionFacts['workerEmployerIsPublic']?.compute(noWorker, { asOf: '2024-03-01' })).toBeUndefined();
  });
});

describe('faits dérivés d’une transmission', () => {
  const secretOf = (patch: Record<string, unknown>): unknown =>
    sharingFacts['secretStatus']?.compute(mergeExample(BASE_SHARING, patch), { asOf: '2024-03-01' });

  it('secret : déclaré, sinon profession pour un DEASS, sinon none', () => {
    expect(secretOf({})).toBe('profession');
    expect(secretOf({ from: { secretBound: 'mission', diplomas: [{ code: 'DEES' }] } })).toBe('mission');
    expect(secretOf({ from: { secretBound: 'none' } })).toBe('none');
    expect(secretOf({ from: { diplomas: [{ code: 'DEES' }, { code: 'DEASS', obtained: '2022-01-01' }] } })).toBe('profession');
    expect(secretOf({ from: { diplomas: [{ code: 'DEES' }] } })).toBe('none');
    expect(secretOf({ from: { diplomas: null } })).toBe('none');
  });

  it('employeur public de l’émetteur', () => {
    expect(sharingFacts['senderEmployerIsPublic']?.compute(BASE_SHARING, { asOf: '2024-03-01' })).toBe(true);
    const association = mergeExample(BASE_SHARING, { from: { employer: { kind: 'association' } } });
    expect(sharingFacts['senderEmployerIsPublic']?.compute(association, { asOf: '2024-03-01' })).toBe(false);
  });
});

describe('les faits ne lèvent jamais', () => {
  it('même sur des documents qui ne sont pas valides', () => {
    const junk: Record<string, unknown>[] = [
      {}, { employer: 'x', qualifications: { required: 'DEASS' }, holder: [] }, { followUp: { startedOn: 3 }, date: '2024-02-30' },
      { from: { diplomas: [null, 1, { code: {} }] } }, JSON.parse('{"__proto__":{"employer":{"kind":"police"}}}') as Record<string, unknown>,
    ];
    const hostile = {};
    Object.defineProperty(hostile, 'employer', { enumerable: true, get: () => { throw new Error('boum'); } });
    junk.push(hostile);
    for (const facts of [postFacts, actionFacts, sharingFacts]) {
      for (const document of junk) expect(() => factsOf(facts, document, '2024-01-01')).not.toThrow();
    }
    expect(postFacts['employerIsPublic']?.compute(hostile, { asOf: '2024-01-01' })).toBeUndefined();
  });
});
