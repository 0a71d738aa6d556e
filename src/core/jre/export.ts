/**
 * Exports a ruleset to json-rules-engine 7: one engine rule per rule case, with the
 * "first case that holds" order and the dates in force written as plain conditions.
 * The export runs in stock json-rules-engine with the plugin of `plugin.ts`.
 * @module
 */
import type { Condition, DomainDefinition, Edition, Rule, RuleCase, Ruleset, Severity } from '../types.js';
import type { ParamOverrides } from '../compile/compile-ruleset.js';

/** The event every exported rule emits. */
export interface JreFindingEvent {
  type: 'cadre.finding';
  params: { ruleId: string; severity: Severity; case: number };
}

/** A json-rules-engine rule, as JSON. */
export interface JreRule {
  name: string;
  priority: number;
  conditions: { all: unknown[] };
  event: JreFindingEvent;
}

/** What `exportToJre` (and `toJsonRulesEngine`) produce: rules per subject, and what the plugin needs. */
export interface JreExport {
  format: 'cadre/json-rules-engine@1';
  ruleset: { name: string; version: string; digest: string; domain: string };
  editions: Edition[];
  /** Runtime facts the caller passes to `engine.run()` besides the document's fields. */
  runtimeFacts: { document: '$document'; asOf: '$asOf' };
  subjects: Record<string, JreRule[]>;
}

/**
 * Exports the rules of the domain's exportable subjects.
 * @example
 * const exported = exportToJre(ruleset, iscgDomain);
 * exported.subjects.action?.[0]?.event.params.ruleId; // 'action/child-protection-referral'
 */
export function exportToJre(ruleset: Ruleset, domain: DomainDefinition, params: ParamOverrides = {}): JreExport {
  const exportable = new Set(domain.subjects.filter((s) => s.exportable).map((s) => s.name));
  const subjects: Record<string, JreRule[]> = {};
  for (const name of [...exportable].sort()) subjects[name] = [];
  for (const rule of ruleset.rules) {
    const list = subjects[rule.subject];
    if (!list) continue;
    const substituted = rule.cases.map((c) => ({ ...c, when: substituteParams(c.when, rule, params) }));
    substituted.forEach((c, i) => {
      const earlier = substituted.slice(0, i).map((p) => ({ not: caseCondition(p) }));
      list.push({
        name: `${rule.id}#${i + 1}`,
        priority: 1,
        conditions: {
          all: [
            { fact: '$edition', operator: 'equal', value: rule.edition },
            ...dateConditions(rule.since, rule.until),
            caseCondition(c),
            ...earlier,
          ],
        },
        event: { type: 'cadre.finding', params: { ruleId: rule.id, severity: c.severity, case: i + 1 } },
      });
    });
  }
  return {
    format: 'cadre/json-rules-engine@1',
    ruleset: { name: ruleset.name, version: ruleset.version, digest: ruleset.digest, domain: ruleset.domain },
    editions: ruleset.editions,
    runtimeFacts: { document: '$document', asOf: '$asOf' },
    subjects,
  };
}

function caseCondition(c: RuleCase): Condition {
  const dates = dateConditions(c.since, c.until);
  return dates.length === 0 ? c.when : { all: [...dates, c.when] };
}

function dateConditions(since: string | undefined, until: string | undefined): Condition[] {
  const out: Condition[] = [];
  if (since !== undefined) out.push({ fact: '$asOf', operator: 'dateOnOrAfter', value: since });
  if (until !== undefined) out.push({ fact: '$asOf', operator: 'dateBefore', value: until });
  return out;
}

function substituteParams(condition: Condition, rule: Rule, params: ParamOverrides): Condition {
  if ('all' in condition) return { all: condition.all.map((c) => substituteParams(c, rule, params)) };
  if ('any' in condition) return { any: condition.any.map((c) => substituteParams(c, rule, params)) };
  if ('not' in condition) return { not: substituteParams(condition.not, rule, params) };
  const v = condition.value;
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as Record<string, unknown>)['param'] === 'string') {
    const name = (v as Record<string, string>)['param'] as string;
    return { ...condition, value: params[rule.id]?.[name] ?? rule.params[name]?.default };
  }
  return { ...condition };
}
