/**
 * Runs test cases with a compiled checker and tells, for each, whether the report matches what
 * was expected; computes coverage by rule (a rule is covered when some case made it fire and
 * some case of its subject left it silent, as Vale's rule tests).
 * @module
 */
import { runCheck } from '../check.js';
import type { Checker } from '../compile/compile-ruleset.js';
import type { Lang, Report } from '../types.js';
import type { TestCase } from './test-cases.js';

/** The result of one case. */
export interface CaseResult {
  case: TestCase;
  ok: boolean;
  /** Why it failed, one line each. */
  failures: string[];
  report: Report;
}

/**
 * Runs one case (with `verbose`, so that `info` findings count).
 * @example
 * runCase(checker, cases[0], 'fr').ok; // true
 */
export function runCase(checker: Checker, c: TestCase, lang: Lang): CaseResult {
  const report = runCheck(checker, c.subject, c.document, { ...(c.asOf ? { asOf: c.asOf } : {}), verbose: true, lang });
  const en = lang === 'en';
  const failures: string[] = [];
  const found = new Map(report.findings.map((f) => [f.ruleId, f.severity] as const));
  const list = (): string => [...found].map(([id, s]) => `${id} (${s})`).join(', ') || (en ? 'none' : 'aucune');
  if (report.outcome === 'invalid-input' && c.expect.outcome !== 'invalid-input') {
    for (const e of report.inputErrors) failures.push(en ? `invalid document: ${e.pointer || '/'}: ${e.message}` : `document invalide : ${e.pointer || '/'} : ${e.message}`);
  }
  if (c.expect.outcome !== undefined && report.outcome !== c.expect.outcome) {
    failures.push(en ? `expected outcome ${c.expect.outcome}, got ${report.outcome}` : `issue attendue ${c.expect.outcome}, obtenue ${report.outcome}`);
  }
  for (const f of c.expect.fires ?? []) {
    const got = found.get(f.ruleId);
    if (got === undefined) failures.push(en ? `expected ${f.ruleId} to fire; findings: ${list()}` : `${f.ruleId} devait se déclencher ; constatations : ${list()}`);
    else if (f.severity !== undefined && got !== f.severity) failures.push(en ? `${f.ruleId}: expected severity ${f.severity}, got ${got}` : `${f.ruleId} : sévérité attendue ${f.severity}, obtenue ${got}`);
  }
  for (const id of c.expect.passes ?? []) {
    if (found.has(id)) failures.push(en ? `${id} should not fire: ${report.findings.find((f) => f.ruleId === id)?.message ?? ''}` : `${id} ne devait pas se déclencher : ${report.findings.find((f) => f.ruleId === id)?.message ?? ''}`);
  }
  if (c.expect.findings !== undefined) {
    const want = new Map(c.expect.findings.map((f) => [f.ruleId, f.severity] as const));
    const missing = [...want.keys()].filter((id) => !found.has(id));
    const extra = [...found.keys()].filter((id) => !want.has(id));
    const wrong = [...want].filter(([id, s]) => s !== undefined && found.has(id) && found.get(id) !== s);
    if (missing.length > 0) failures.push(en ? `missing findings: ${missing.join(', ')}` : `constatations manquantes : ${missing.join(', ')}`);
    if (extra.length > 0) failures.push(en ? `unexpected findings: ${extra.join(', ')}` : `constatations inattendues : ${extra.join(', ')}`);
    for (const [id, s] of wrong) failures.push(en ? `${id}: expected severity ${s}, got ${found.get(id)}` : `${id} : sévérité attendue ${s}, obtenue ${found.get(id)}`);
  }
  return { case: c, ok: failures.length === 0, failures, report };
}

/** Coverage of one rule by the cases run. */
export interface RuleCoverage {
  ruleId: string;
  subject: string;
  /** Cases in which the rule fired / stayed silent. */
  fired: number;
  silent: number;
  /** Of which cases from test files (not examples). */
  firedInTests: number;
  covered: boolean;
}

/**
 * Coverage by rule of a run.
 * @example
 * coverage(checker.ruleset.rules, results).filter((r) => !r.covered); // rules never seen firing, or never silent
 */
export function coverage(rules: readonly { id: string; subject: string }[], results: readonly CaseResult[]): RuleCoverage[] {
  return rules.map((rule) => {
    // A post's description fires text rules: a rule counts as fired wherever its finding appears.
    const firing = results.filter((r) => r.report.findings.some((f) => f.ruleId === rule.id));
    const fired = firing.length;
    const silent = results.filter((r) => r.report.subject === rule.subject && r.report.outcome !== 'invalid-input' && !firing.includes(r)).length;
    const firedInTests = firing.filter((r) => r.case.kind === 'test').length;
    return { ruleId: rule.id, subject: rule.subject, fired, silent, firedInTests, covered: fired > 0 && silent > 0 };
  });
}
