/**
 * Compiles a resolved {@link Ruleset} for a {@link DomainDefinition} into a checker:
 * per subject and edition, the rules as closures, ready for synchronous checks.
 * @module
 */
import type { DerivedFact, DomainDefinition, Edition, Rule, RuleCase, Ruleset, Severity, SubjectDefinition } from '../types.js';
import { compileCondition, type CompileEnv, type CompiledCondition } from './compile-condition.js';
import { builtinCustomOperators } from '../operators/dates.js';

/** A rule case, compiled. */
export interface CompiledCase {
  severity: Severity;
  test: CompiledCondition;
  source: RuleCase;
  since: string | undefined;
  until: string | undefined;
}

/** A rule, compiled. */
export interface CompiledRule {
  rule: Rule;
  cases: CompiledCase[];
}

/** A subject, compiled: its definition, its derived facts in a fixed order, its rules per edition. */
export interface CompiledSubject {
  definition: SubjectDefinition;
  derived: DerivedFact[];
  derivedIndex: Map<string, number>;
  rulesByEdition: Map<string, CompiledRule[]>;
}

/** Parameter overrides: rule id → parameter → value. */
export type ParamOverrides = Record<string, Record<string, number | string | boolean>>;

/** A compiled ruleset: what `validate*()` runs. */
export interface Checker {
  readonly kind: 'cadre/checker';
  ruleset: Ruleset;
  domain: DomainDefinition;
  subjects: Map<string, CompiledSubject>;
  /** Editions sorted by start date. */
  editions: Edition[];
  params: ParamOverrides;
}

/**
 * Compiles a ruleset for a domain. Throws `CompileError` on a rule the loader should have refused.
 * @example
 * const checker = compileRulesetFor(ruleset, iscgDomain);
 * checker.subjects.get('action')?.rulesByEdition.get('2006')?.length; // 8
 */
export function compileRulesetFor(ruleset: Ruleset, domain: DomainDefinition, params: ParamOverrides = {}): Checker {
  const operators = [...builtinCustomOperators, ...domain.operators];
  const subjects = new Map<string, CompiledSubject>();
  for (const definition of domain.subjects) {
    const names = Object.keys(definition.facts).sort();
    const derivedIndex = new Map(names.map((n, i) => [n, i] as const));
    subjects.set(definition.name, {
      definition,
      derived: names.map((n) => definition.facts[n] as DerivedFact),
      derivedIndex,
      rulesByEdition: new Map(),
    });
  }
  for (const rule of ruleset.rules) {
    const subject = subjects.get(rule.subject);
    if (!subject) continue;
    const env: CompileEnv = {
      derivedIndex: (name) => subject.derivedIndex.get(name),
      operators,
      param: (name) => params[rule.id]?.[name] ?? rule.params[name]?.default,
    };
    const compiled: CompiledRule = {
      rule,
      cases: rule.cases.map((c) => ({
        severity: c.severity,
        test: compileCondition(c.when, env),
        source: c,
        since: c.since,
        until: c.until,
      })),
    };
    const list = subject.rulesByEdition.get(rule.edition) ?? [];
    list.push(compiled);
    subject.rulesByEdition.set(rule.edition, list);
  }
  const editions = [...ruleset.editions].sort((a, b) => (a.inForceFrom < b.inForceFrom ? -1 : 1));
  return { kind: 'cadre/checker', ruleset, domain, subjects, editions, params };
}
