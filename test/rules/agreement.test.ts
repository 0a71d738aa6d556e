/**
 * The two evaluators agree: the compiled checker and the exported rules in stock
 * json-rules-engine give the same rule ids and severities on 10,000 generated documents per
 * subject (valid by the zod schemas, biased to reach every rule).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleset, toJsonRulesEngine, iscgDomain } from '../../src/index.js';
import { runCheck } from '../../src/core/check.js';
import { createJreEngine, runJreEngine } from '../../src/core/jre/run.js';
import { actionArb, postArb, sharingArb } from '../support/iscg-arbitraries.js';

const RUNS = Number(process.env['CADRE_AGREEMENT_RUNS'] ?? 10_000);
const checker = compileRuleset();
const exported = toJsonRulesEngine();

const cases = [
  ['post', postArb, 'effectiveDate'],
  ['action', actionArb, 'date'],
  ['sharing', sharingArb, 'date'],
] as const;

describe('compiled checker ≡ json-rules-engine', () => {
  for (const [subject, arb, dateField] of cases) {
    it(`agrees on ${RUNS} generated ${subject} documents, and every rule fires at least once`, async () => {
      const engine = createJreEngine(exported, iscgDomain, subject);
      const fired = new Set<string>();
      await fc.assert(
        fc.asyncProperty(arb, async (doc) => {
          const report = runCheck(checker, subject, doc, { verbose: true });
          expect(report.inputErrors).toEqual([]);
          // A post's description is linted by the text rules, which json-rules-engine does not run.
          const ours = report.findings.filter((f) => !f.ruleId.startsWith('text/')).map((f) => ({ ruleId: f.ruleId, severity: f.severity })).sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1));
          const parsed = iscgDomain.subjects.find((s) => s.name === subject)!.parse(doc, 'fr');
          if (!parsed.ok) throw new Error('generated document is invalid');
          const asOf = (doc as Record<string, unknown>)[dateField] as string | undefined;
          const theirs = await runJreEngine(engine, parsed.value, report.asOf ?? asOf);
          expect(theirs).toEqual(ours);
          for (const f of ours) fired.add(`${f.ruleId}:${f.severity}`);
        }),
        { numRuns: RUNS, seed: 20061221 },
      );
      const rules = checker.ruleset.rules.filter((r) => r.subject === subject);
      const missing = rules.flatMap((r) => [...new Set(r.cases.map((c) => c.severity))].map((s) => `${r.id}:${s}`)).filter((k) => !fired.has(k));
      expect(missing, 'rule cases never reached by the generator').toEqual([]);
    });
  }
});
