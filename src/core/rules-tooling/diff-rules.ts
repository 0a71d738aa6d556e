/**
 * Rule-level difference between two rulesets: rules added, removed and changed, with the fields
 * that changed (`params.maxFollowUpDays.default: 90 → 30`, `cases[0].when`, `title.fr`…), and the
 * changes of the ruleset itself (version, editions).
 * @module
 */
import type { Edition, Rule, Ruleset } from '../types.js';

/** One changed field: its path in the rule, and the values before and after (absent: undefined). */
export interface FieldChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

/** A rule's change. */
export interface RuleChange {
  id: string;
  status: 'added' | 'removed' | 'changed';
  subject: string;
  fields: FieldChange[];
}

/** The difference of two rulesets' definitions. */
export interface RulesetDiff {
  version: { before: string; after: string };
  rules: RuleChange[];
  editions: FieldChange[];
  /** Other ruleset fields (name, domain, title, docBaseUrl). */
  ruleset: FieldChange[];
}

// Compared as one value: a change anywhere inside is one change of the whole.
const WHOLE = new Set(['when', 'sources', 'fires', 'passes']);

/**
 * Compares two rulesets rule by rule.
 * @example
 * diffRulesets(base, head).rules.find((r) => r.id === 'action/short-term')?.fields[0]?.path; // 'params.maxFollowUpDays.default'
 */
export function diffRulesets(base: Ruleset, head: Ruleset): RulesetDiff {
  const before = new Map(base.rules.map((r) => [r.id, r]));
  const after = new Map(head.rules.map((r) => [r.id, r]));
  const rules: RuleChange[] = [];
  for (const [id, rule] of before) {
    const next = after.get(id);
    if (!next) rules.push({ id, status: 'removed', subject: rule.subject, fields: [] });
    else {
      const fields = diffValues(comparable(rule), comparable(next), '');
      if (fields.length > 0) rules.push({ id, status: 'changed', subject: next.subject, fields });
    }
  }
  for (const [id, rule] of after) if (!before.has(id)) rules.push({ id, status: 'added', subject: rule.subject, fields: [] });
  rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    version: { before: base.version, after: head.version },
    rules,
    editions: diffValues(editionMap(base.editions), editionMap(head.editions), 'editions'),
    ruleset: diffValues({ name: base.name, domain: base.domain, title: base.title, docBaseUrl: base.docBaseUrl }, { name: head.name, domain: head.domain, title: head.title, docBaseUrl: head.docBaseUrl }, ''),
  };
}

function comparable(rule: Rule): Record<string, unknown> {
  const strip = (e: { input: unknown; severity?: unknown; note?: unknown }): Record<string, unknown> => ({ input: e.input, severity: e.severity, note: e.note });
  return {
    subject: rule.subject,
    edition: rule.edition,
    title: rule.title,
    rationale: rule.rationale,
    rationaleEn: rule.rationaleEn,
    sources: rule.sources,
    params: rule.params,
    since: rule.since,
    until: rule.until,
    cases: rule.cases,
    examples: { fires: rule.examples.fires.map(strip), passes: rule.examples.passes.map(strip) },
  };
}

function editionMap(editions: readonly Edition[]): Record<string, Edition> {
  return Object.fromEntries(editions.map((e) => [e.id, e]));
}

/**
 * Field-level difference of two JSON values (objects recurse, arrays of cases by index, other arrays whole).
 * @example
 * diffValues({ a: { b: 1 } }, { a: { b: 2 } }, ''); // [{ path: 'a.b', before: 1, after: 2 }]
 */
export function diffValues(a: unknown, b: unknown, path: string): FieldChange[] {
  if (same(a, b)) return [];
  const key = path.split('.').pop()?.replace(/\[\d+\]$/, '') ?? '';
  if (isRecord(a) && isRecord(b) && !WHOLE.has(key)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => diffValues(a[k], b[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(a) && Array.isArray(b) && key === 'cases') {
    const n = Math.max(a.length, b.length);
    return Array.from({ length: n }, (_, i) => diffValues(a[i], b[i], `${path}[${i}]`)).flat();
  }
  const change: FieldChange = { path };
  if (a !== undefined) change.before = a;
  if (b !== undefined) change.after = b;
  return [change];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/**
 * JSON with sorted keys (undefined members dropped): equal values give equal text.
 * @example
 * canonical({ b: 1, a: [2] }); // '{"a":[2],"b":1}'
 */
export function canonical(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonical(x))).join(',')}]`;
  if (isRecord(v)) {
    return `{${Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}
