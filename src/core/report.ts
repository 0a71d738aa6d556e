/**
 * Builds reports: outcome from findings, deterministic order of findings and errors.
 * @module
 */
import { SEVERITIES, type Finding, type InputError, type Outcome, type Report, type Ruleset } from './types.js';

const RANK = new Map(SEVERITIES.map((s, i) => [s, i] as const));

/**
 * Sorts findings by severity (error, review, warning, info), then rule id, then location.
 * @example
 * sortFindings(findings)[0]?.severity; // 'error'
 */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (RANK.get(a.severity) as number) - (RANK.get(b.severity) as number) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.location.line ?? 0) - (b.location.line ?? 0) ||
      (a.location.column ?? 0) - (b.location.column ?? 0),
  );
}

/**
 * The outcome given by findings: an error makes it non-compliant, else a review needs review.
 * @example
 * outcomeOf([{ severity: 'warning' }]); // 'compliant'
 */
export function outcomeOf(findings: readonly Pick<Finding, 'severity'>[]): Outcome {
  if (findings.some((f) => f.severity === 'error')) return 'non-compliant';
  if (findings.some((f) => f.severity === 'review')) return 'needs-review';
  return 'compliant';
}

/** The `ruleset` block of a report. */
export function rulesetRef(ruleset: Ruleset, edition: string | null): Report['ruleset'] {
  return { name: ruleset.name, edition, version: ruleset.version, digest: ruleset.digest };
}

/**
 * A report for input that cannot be checked.
 * @example
 * invalidReport(ruleset, 'action', '2026-11-26', [{ pointer: '/type', message: '…' }]).outcome; // 'invalid-input'
 */
export function invalidReport(ruleset: Ruleset, subject: string, asOf: string, errors: InputError[], edition: string | null = null): Report {
  const inputErrors = [...errors].sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
  return { reportVersion: 1, ruleset: rulesetRef(ruleset, edition), subject, asOf, outcome: 'invalid-input', findings: [], inputErrors };
}
