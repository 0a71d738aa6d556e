import { describe, expect, it } from 'vitest';
import { actionSubject, postSubject, sharingSubject } from '../../../src/domain/iscg/index.js';

describe('sujets structurés', () => {
  it('déclarent leur nom, leur champ date, leurs champs et leurs faits', () => {
    expect(postSubject).toMatchObject({ name: 'post', dateField: 'effectiveDate', exportable: true });
    expect(actionSubject).toMatchObject({ name: 'action', dateField: 'date', exportable: true });
    expect(sharingSubject).toMatchObject({ name: 'sharing', dateField: 'date', exportable: true });
    expect(postSubject.fields).toEqual([
      'kind', 'id', 'title', 'effectiveDate', 'employer', 'hierarchicalAuthority', 'functionalAuthority', 'placement',
      'missions', 'beneficiaries', 'referralSources', 'qualifications', 'holder', 'convention', 'steeringCommittee',
      'reporting', 'principles', 'description',
    ]);
    expect(actionSubject.fields).toEqual([
      'kind', 'date', 'type', 'worker', 'person', 'consent', 'initiatedBy', 'requestedBy', 'instructedBy', 'coercion',
      'procedure', 'followUp', 'situation', 'childProtection',
    ]);
    expect(sharingSubject.fields).toEqual([
      'kind', 'date', 'from', 'to', 'purpose', 'legalBasis', 'person', 'consent', 'content', 'personInformed',
      'requisition', 'copyToPcd',
    ]);
    expect(Object.keys(postSubject.facts).sort()).toEqual([
      'employerIsPublic', 'holderDiplomaLabels', 'holderLevelOk', 'holderSocialWorkDE', 'levelScale', 'qualificationStated',
      'requiredDiplomaLabels', 'requiredLevelOk', 'requiredSocialWorkDE',
    ]);
    expect(Object.keys(actionSubject.facts).sort()).toEqual(['followUpDays', 'workerEmployerIsPublic']);
    expect(Object.keys(sharingSubject.facts).sort()).toEqual(['secretStatus', 'senderEmployerIsPublic']);
  });

  it('ont chacun un document de base valide, et des faits décrits en français', () => {
    for (const subject of [postSubject, actionSubject, sharingSubject]) {
      expect(subject.parse(subject.exampleBase, 'fr').ok).toBe(true);
      for (const fact of Object.values(subject.facts)) expect(fact.description.length).toBeGreaterThan(10);
      expect(Object.keys(subject.jsonSchema['properties'] as object)).toEqual([...subject.fields]);
    }
  });
});
