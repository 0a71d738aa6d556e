/**
 * The shipped ruleset holds every rule of the catalog under its stable id, with its severities,
 * French and English texts, and sourced provenance.
 */
import { describe, expect, it } from 'vitest';
import { compileRuleset } from '../../src/index.js';

const CATALOG: Record<string, string[]> = {
  'post/employer-kind': ['error'],
  'post/hierarchy-employer': ['error'],
  'post/functional-link': ['warning'],
  'post/missions-no-inquiry': ['error'],
  'post/missions-no-coercion': ['error'],
  'post/missions-core': ['warning'],
  'post/short-term': ['warning'],
  'post/beneficiaries-scope': ['warning'],
  'post/qualification': ['warning'],
  'post/libre-adhesion': ['warning'],
  'post/professional-secrecy': ['warning'],
  'post/confidential-office': ['warning'],
  'post/convention': ['warning'],
  'post/reporting': ['info'],
  'post/steering-committee': ['info'],
  'action/no-inquiry-role': ['error'],
  'action/hearing-accompaniment': ['error', 'warning'],
  'action/no-coercion': ['error'],
  'action/consent-required': ['error', 'review'],
  'action/no-police-orders': ['error'],
  'action/worker-employer': ['error'],
  'action/short-term': ['warning'],
  'action/child-protection-referral': ['error'],
  'sharing/no-basis': ['error'],
  'sharing/consent-valid': ['error'],
  'sharing/police-basis': ['error'],
  'sharing/police-interview-notes': ['warning'],
  'sharing/investigation-purpose': ['error'],
  'sharing/requisition': ['error', 'warning'],
  'sharing/basis-recipient': ['error', 'review'],
  'sharing/basis-subject': ['error'],
  'sharing/health-professional-basis': ['error'],
  'sharing/shared-secret': ['error'],
  'sharing/mayor-content': ['error', 'review'],
  'sharing/prefet-weapon': ['error'],
  'sharing/statistics-anonymous': ['error'],
  'sharing/art40-private-employer': ['error'],
  'sharing/art40-review': ['review'],
  'sharing/minimisation': ['warning'],
  'sharing/person-informed': ['warning'],
  'sharing/signalement-copy': ['warning'],
  'text/police-employer': ['error'],
  'text/police-hierarchy': ['error', 'warning'],
  'text/inquiry-tasks': ['error'],
  'text/coercion': ['error'],
  'text/nominative-reporting': ['error'],
  'text/long-term-follow-up': ['warning'],
  'text/narrow-beneficiaries': ['warning'],
  'text/missing-hierarchy': ['warning'],
  'text/missing-libre-adhesion': ['warning'],
  'text/missing-secrecy': ['warning'],
  'text/qualification': ['warning'],
};

describe('the shipped ISCG ruleset', () => {
  const ruleset = compileRuleset().ruleset;
  it('has exactly the rules of the catalog, with their severities', () => {
    const actual = Object.fromEntries(ruleset.rules.map((r) => [r.id, [...new Set(r.cases.map((c) => c.severity))].sort()]));
    expect(Object.keys(actual).sort()).toEqual(Object.keys(CATALOG).sort());
    for (const [id, severities] of Object.entries(CATALOG)) expect(actual[id], id).toEqual([...severities].sort());
  });

  it('gives every rule both languages, a rationale and sourced provenance', () => {
    for (const rule of ruleset.rules) {
      expect(rule.title.fr && rule.title.en, rule.id).toBeTruthy();
      expect(rule.rationale.length, rule.id).toBeGreaterThan(40);
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      for (const c of rule.cases) expect(c.message.fr && c.message.en, rule.id).toBeTruthy();
    }
  });

  it('is edition 2006, in force from 2006-12-21, with a semver version', () => {
    expect(ruleset.editions).toEqual([expect.objectContaining({ id: '2006', inForceFrom: '2006-12-21' })]);
    expect(ruleset.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
