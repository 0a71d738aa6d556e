/**
 * What `GET /v1/rules` and `GET /v1/rules/{id}` say of a ruleset's rules: what a client needs
 * to show a finding's rule or to list them (id, subject, severities, title, sources, page),
 * texts in one language. The files the rules came from (`origin`) are not shown.
 * @module
 */
import { SEVERITIES, type Condition, type Lang, type Rule, type Ruleset, type Severity, type Source } from '../core/types.js';

/** A rule in the list. */
export interface RuleSummary {
  id: string;
  subject: string;
  edition: string;
  /** The most serious severity the rule can give (a rule may have several cases). */
  severity: Severity;
  /** Every severity the rule can give, the most serious first. */
  severities: Severity[];
  title: string;
  sources: Source[];
  docUrl: string;
  since?: string;
  until?: string;
}

/** A rule in full: its cases (severity, message template, condition), parameters and examples. */
export interface RuleDetail extends RuleSummary {
  rationale: string;
  params: Record<string, { default: number | string | boolean; description: string; minimum?: number; maximum?: number }>;
  cases: { severity: Severity; message: string; when: Condition; locate?: string; since?: string; until?: string }[];
  examples: { fires: RuleExampleView[]; passes: RuleExampleView[] };
}

/** An example of a rule: a partial document merged into the subject's base example (a whole text for `post-text`). */
export interface RuleExampleView {
  input: unknown;
  severity?: Severity;
  note?: string;
}

/** The ruleset, as `GET /v1/rules` presents it. */
export interface RulesetView {
  name: string;
  version: string;
  digest: string;
  title: string;
  editions: { id: string; title: string; inForceFrom: string; inForceUntil?: string }[];
}

/**
 * The list of a ruleset's rules, with the ruleset's identity.
 * @example
 * rulesView(checker.ruleset, 'fr').rules[0]?.id; // 'post/employer-kind'
 */
export function rulesView(ruleset: Ruleset, lang: Lang): { ruleset: RulesetView; rules: RuleSummary[] } {
  return {
    ruleset: {
      name: ruleset.name,
      version: ruleset.version,
      digest: ruleset.digest,
      title: ruleset.title[lang],
      editions: ruleset.editions.map((e) => ({ id: e.id, title: e.title[lang], inForceFrom: e.inForceFrom, ...(e.inForceUntil !== undefined ? { inForceUntil: e.inForceUntil } : {}) })),
    },
    rules: ruleset.rules.map((r) => ruleSummary(r, ruleset, lang)),
  };
}

/**
 * One rule in the list.
 * @example
 * ruleSummary(rule, ruleset, 'en').severities; // ['error']
 */
export function ruleSummary(rule: Rule, ruleset: Ruleset, lang: Lang): RuleSummary {
  const severities = SEVERITIES.filter((s) => rule.cases.some((c) => c.severity === s));
  return {
    id: rule.id,
    subject: rule.subject,
    edition: rule.edition,
    severity: severities[0] ?? 'info',
    severities,
    title: rule.title[lang],
    sources: rule.sources.map((s) => ({ ...s })),
    docUrl: `${ruleset.docBaseUrl}${rule.id}.md`,
    ...(rule.since !== undefined ? { since: rule.since } : {}),
    ...(rule.until !== undefined ? { until: rule.until } : {}),
  };
}

/**
 * One rule in full.
 * @example
 * ruleDetail(rule, ruleset, 'fr').cases[0]?.message; // the message template, {{placeholders}} included
 */
export function ruleDetail(rule: Rule, ruleset: Ruleset, lang: Lang): RuleDetail {
  const example = (e: Rule['examples']['fires'][number]): RuleExampleView => ({
    input: e.input,
    ...(e.severity !== undefined ? { severity: e.severity } : {}),
    ...(e.note !== undefined ? { note: e.note } : {}),
  });
  return {
    ...ruleSummary(rule, ruleset, lang),
    rationale: lang === 'en' && rule.rationaleEn ? rule.rationaleEn : rule.rationale,
    params: Object.fromEntries(
      Object.entries(rule.params).map(([name, p]) => [
        name,
        { default: p.default, description: p.description[lang], ...(p.minimum !== undefined ? { minimum: p.minimum } : {}), ...(p.maximum !== undefined ? { maximum: p.maximum } : {}) },
      ]),
    ),
    cases: rule.cases.map((c) => ({
      severity: c.severity,
      message: c.message[lang],
      when: c.when,
      ...(c.locate !== undefined ? { locate: c.locate } : {}),
      ...(c.since !== undefined ? { since: c.since } : {}),
      ...(c.until !== undefined ? { until: c.until } : {}),
    })),
    examples: { fires: rule.examples.fires.map(example), passes: rule.examples.passes.map(example) },
  };
}
