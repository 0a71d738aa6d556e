/**
 * The effect of a rule change on verdicts: the same documents checked by both rulesets, and
 * the documents whose findings change (rule ids gained and lost, severities changed).
 * @module
 */
import { runCheck } from '../check.js';
import type { Checker } from '../compile/compile-ruleset.js';
import type { Outcome, Severity } from '../types.js';
import { canonical } from './diff-rules.js';

/** A document to check on both sides. */
export interface DiffDocument {
  /** Where it comes from: `example action/short-term › fires 1`, `test tests/action.yaml › …`, `generated action #12`. */
  label: string;
  origin: 'example' | 'test' | 'generated';
  subject: string;
  document: unknown;
  asOf?: string;
}

/** A document whose verdict changed. */
export interface VerdictChange {
  doc: DiffDocument;
  before: { outcome: Outcome; findings: string[] };
  after: { outcome: Outcome; findings: string[] };
  gained: string[];
  lost: string[];
  severityChanged: { ruleId: string; from: Severity; to: Severity }[];
}

/** The effect on verdicts. */
export interface VerdictDiff {
  checked: number;
  byOrigin: Record<DiffDocument['origin'], number>;
  changes: VerdictChange[];
  /** Per rule: in how many documents it was gained, lost, or changed severity. */
  byRule: { ruleId: string; gained: number; lost: number; severityChanged: number }[];
}

/**
 * Removes duplicates (same subject, date and document), keeping the first label.
 * @example
 * dedupeDocuments([a, a]).length; // 1
 */
export function dedupeDocuments(docs: readonly DiffDocument[]): DiffDocument[] {
  const seen = new Set<string>();
  return docs.filter((d) => {
    const key = `${d.subject}|${d.asOf ?? ''}|${canonical(d.document)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Checks every document with both checkers (verbose: `info` counts) and lists the changes.
 * @example
 * diffVerdicts(baseChecker, headChecker, docs).changes.map((c) => c.doc.label);
 */
export function diffVerdicts(base: Checker, head: Checker, docs: readonly DiffDocument[]): VerdictDiff {
  const changes: VerdictChange[] = [];
  const byOrigin = { example: 0, test: 0, generated: 0 };
  const perRule = new Map<string, { gained: number; lost: number; severityChanged: number }>();
  const bump = (id: string, k: 'gained' | 'lost' | 'severityChanged'): void => {
    const e = perRule.get(id) ?? { gained: 0, lost: 0, severityChanged: 0 };
    e[k]++;
    perRule.set(id, e);
  };
  for (const doc of docs) {
    byOrigin[doc.origin]++;
    const opts = { ...(doc.asOf ? { asOf: doc.asOf } : {}), verbose: true };
    const a = runCheck(base, doc.subject, doc.document, opts);
    const b = runCheck(head, doc.subject, doc.document, opts);
    const fa = new Map(a.findings.map((f) => [f.ruleId, f.severity] as const));
    const fb = new Map(b.findings.map((f) => [f.ruleId, f.severity] as const));
    const gained = [...fb.keys()].filter((id) => !fa.has(id)).sort();
    const lost = [...fa.keys()].filter((id) => !fb.has(id)).sort();
    const severityChanged = [...fa]
      .filter(([id, s]) => fb.has(id) && fb.get(id) !== s)
      .map(([ruleId, from]) => ({ ruleId, from, to: fb.get(ruleId) as Severity }));
    if (gained.length === 0 && lost.length === 0 && severityChanged.length === 0 && a.outcome === b.outcome) continue;
    gained.forEach((id) => bump(id, 'gained'));
    lost.forEach((id) => bump(id, 'lost'));
    severityChanged.forEach((c) => bump(c.ruleId, 'severityChanged'));
    const list = (m: Map<string, Severity>): string[] => [...m].map(([id, s]) => `${id}:${s}`).sort();
    changes.push({ doc, before: { outcome: a.outcome, findings: list(fa) }, after: { outcome: b.outcome, findings: list(fb) }, gained, lost, severityChanged });
  }
  const byRule = [...perRule].map(([ruleId, n]) => ({ ruleId, ...n })).sort((x, y) => (x.ruleId < y.ruleId ? -1 : 1));
  return { checked: docs.length, byOrigin, changes, byRule };
}
