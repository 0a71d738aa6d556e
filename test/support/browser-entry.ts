/** Entry of the browser bundle test: what a web page would do with cadre. */
import { validateAction } from '../../src/browser.js';

/** Validates an action as a browser app would. */
export function run(): { outcome: string; rules: string[] } {
  const report = validateAction({ kind: 'action', date: '2025-05-12', type: 'hearing-accompaniment', person: { role: 'victim', minor: false }, consent: { status: 'given' }, requestedBy: 'police' });
  return { outcome: report.outcome, rules: report.findings.map((f) => f.ruleId) };
}
