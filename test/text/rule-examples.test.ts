/** The examples of every post-text rule do what they say (with the rules as written in rules/iscg). */
import { describe, expect, it } from 'vitest';
import { lint, rules } from './support.js';

describe('post-text rule examples', () => {
  it('every text/ rule of the catalogue is there, with examples that fire and pass as stated', async () => {
    const textRules = (await rules()).rules.filter((r) => r.subject === 'post-text');
    expect(textRules.map((r) => r.id).sort()).toEqual([
      'text/coercion', 'text/inquiry-tasks', 'text/long-term-follow-up', 'text/missing-hierarchy', 'text/missing-libre-adhesion',
      'text/missing-secrecy', 'text/narrow-beneficiaries', 'text/nominative-reporting', 'text/police-employer', 'text/police-hierarchy', 'text/qualification',
    ]);
    for (const rule of textRules) {
      expect(rule.examples.fires.length, rule.id).toBeGreaterThan(1);
      for (const ex of rule.examples.fires) {
        const finding = (await lint(ex.input)).findings.find((f) => f.ruleId === rule.id);
        expect(finding, `${rule.id} should fire on ${String(ex.input)}`).toBeDefined();
        expect(finding?.severity).toBe(ex.severity ?? rule.cases[0]?.severity);
        expect(finding?.message).not.toMatch(/\{\{/);
        expect(finding?.location.line).toBeGreaterThanOrEqual(1);
      }
      for (const ex of rule.examples.passes) {
        const ids = (await lint(ex.input)).findings.map((f) => f.ruleId);
        expect(ids, `${rule.id} should not fire on ${String(ex.input)}`).not.toContain(rule.id);
      }
    }
  });

  it('findings of a text rule carry the passage and its span', async () => {
    const report = await lint("Profil : DEASS.\nL'intervenant participe aux auditions.");
    const finding = report.findings.find((f) => f.ruleId === 'text/inquiry-tasks');
    expect(finding?.location).toEqual({ line: 2, column: 15, endLine: 2, endColumn: 38 });
    expect(finding?.evidence).toBe('participe aux auditions');
    expect(finding?.message).toContain('« participe aux auditions »');
  });
});
