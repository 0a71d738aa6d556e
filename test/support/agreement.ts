/**
 * The agreement property between the two evaluators, for one subject: the compiled checker and
 * the exported rules in stock json-rules-engine give the same rule ids and severities on
 * generated documents (valid by the zod schemas, biased to reach every rule).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { compileRuleset, toJsonRulesEngine, iscgDomain } from '../../src/index.js';
import { runCheck } from '../../src/core/check.js';
import { createJreEngine, runJreEngine } from '../../src/core/jre/run.js';

/** Documents per subject: at least 10,000 in CI (CADRE_AGREEMENT_RUNS lowers it for quick local runs). */
export const AGREEMENT_RUNS = Number(process.env['CADRE_AGREEMENT_RUNS'] ?? 10_000);

/**
 * Runs the property and returns the `ruleId:severity` pairs never reached by the generator.
 * @example
 * expect(await checkAgreement('action', actionArb)).toEqual([]);
 */
export async function checkAgreement(subject: string, arb: fc.Arbitrary<Record<string, unknown>>): Promise<string[]> {
  const checker = compileRuleset();
  const engine = createJreEngine(toJsonRulesEngine(), iscgDomain, subject);
  const definition = iscgDomain.subjects.find((s) => s.name === subject)!;
  const fired = new Set<string>();
  await fc.assert(
    fc.asyncProperty(arb, async (doc) => {
      const report = runCheck(checker, subject, doc, { verbose: true });
      expect(report.inputErrors).toEqual([]);
      // A post's description is linted by the text rules, which json-rules-engine does not run.
      const ours = report.findings
        .filter((f) => !f.ruleId.startsWith('text/'))
        .map((f) => ({ ruleId: f.ruleId, severity: f.severity }))
        .sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1));
      const parsed = definition.parse(doc, 'fr');
      if (!parsed.ok) throw new Error('generated document is invalid');
      expect(await runJreEngine(engine, parsed.value, report.asOf)).toEqual(ours);
      for (const f of ours) fired.add(`${f.ruleId}:${f.severity}`);
    }),
    { numRuns: AGREEMENT_RUNS, seed: 20061221 },
  );
  const rules = checker.ruleset.rules.filter((r) => r.subject === subject);
  return rules.flatMap((r) => [...new Set(r.cases.map((c) => c.severity))].map((s) => `${r.id}:${s}`)).filter((k) => !fired.has(k));
}
