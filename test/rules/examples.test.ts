/**
 * Every rule of the shipped ruleset carries examples that fire and that pass, and they do what
 * they say (coverage by rule, as Vale's rule tests).
 */
import { describe, expect, it } from 'vitest';
import { compileRuleset } from '../../src/index.js';
import { runCheck } from '../../src/core/check.js';
import { exampleDocument } from '../../src/core/merge.js';

const checker = compileRuleset();
const rules = checker.ruleset.rules;

describe('rule examples', () => {
  it('every rule has at least one firing and one passing example, and one firing per severity', () => {
    for (const rule of rules) {
      expect(rule.examples.fires.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.passes.length, rule.id).toBeGreaterThan(0);
      const severities = new Set(rule.cases.map((c) => c.severity));
      const covered = new Set(rule.examples.fires.map((e) => e.severity ?? rule.cases[0]?.severity));
      expect([...severities].filter((s) => !covered.has(s)), `${rule.id}: severities without a firing example`).toEqual([]);
    }
  });

  for (const rule of rules) {
    it(`${rule.id}: examples fire and pass as stated`, () => {
      const subject = checker.subjects.get(rule.subject)!;
      for (const ex of rule.examples.fires) {
        const report = runCheck(checker, rule.subject, exampleDocument(subject.definition, ex), { verbose: true });
        const finding = report.findings.find((f) => f.ruleId === rule.id);
        expect(finding, `${rule.id} should fire on ${JSON.stringify(ex.input)}`).toBeDefined();
        expect(finding?.severity).toBe(ex.severity ?? rule.cases[0]?.severity);
        expect(finding?.message).not.toMatch(/\{\{/);
      }
      for (const ex of rule.examples.passes) {
        const report = runCheck(checker, rule.subject, exampleDocument(subject.definition, ex), { verbose: true });
        expect(report.inputErrors).toEqual([]);
        expect(report.findings.map((f) => f.ruleId), `${rule.id} should not fire on ${JSON.stringify(ex.input)}`).not.toContain(rule.id);
      }
    });
  }
});
