/**
 * Compiles a resolved {@link Ruleset} for a {@link DomainDefinition} into a checker:
 * per subject and edition, the rules as closures, ready for synchronous checks.
 * @module
 */
import type { DerivedFact, DomainDefinition, Edition, Lang, OperatorDefinition, Rule, RuleCase, Ruleset, Severity, Source, SubjectDefinition } from '../types.js';
import { compileCondition, type CompileEnv, type CompiledCondition } from './compile-condition.js';
import { compileEvaluator, type Evaluator, type EvaluatorRule } from './compile-evaluator.js';
import { compileMessage, type CompiledMessage } from './compile-message.js';
import { builtinCustomOperators } from '../operators/dates.js';

/** A rule case, compiled. */
export interface CompiledCase {
  severity: Severity;
  test: CompiledCondition;
  source: RuleCase;
  since: string | undefined;
  until: string | undefined;
  /** The finding's message, by language. */
  message: Record<Lang, CompiledMessage>;
  /** Where the finding points (`locate`), `''` when the case does not say. */
  pointer: string;
}

/** A rule, compiled. */
export interface CompiledRule {
  rule: Rule;
  cases: CompiledCase[];
  /** The rule's documentation page. */
  docUrl: string;
  /** Fresh copies of the rule's sources, for one finding. */
  sources(): Source[];
  /** The rule's sources, frozen (array and objects), shared by findings when asked (`shareSources`). */
  sharedSources: readonly Source[];
}

/** A subject, compiled: its definition, its derived facts in a fixed order, its rules per edition. */
export interface CompiledSubject {
  definition: SubjectDefinition;
  derived: DerivedFact[];
  derivedIndex: Map<string, number>;
  /** The rules of each edition (compiled on first use when the checker is lazy). */
  readonly rulesByEdition: Map<string, CompiledRule[]>;
  /** Each edition's rules as one generated function; none where code generation is not allowed. */
  readonly evaluators: Map<string, Evaluator | undefined>;
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

/** How to compile. */
export interface CompileOptions {
  /**
   * Compile each subject's rules when the subject is first checked, not now: a check of an action
   * then never compiles the text rules. For rulesets known to compile (the shipped one, tested);
   * otherwise a `CompileError` would surface at the first check instead of here.
   */
  lazy?: boolean;
  /**
   * Generate JavaScript for the conditions (default, where the environment allows it), or keep
   * the closures: same results, slower; what runs under a Content Security Policy without eval.
   */
  generateCode?: boolean;
}

/**
 * Compiles a ruleset for a domain. Throws `CompileError` on a rule the loader should have refused.
 * @example
 * const checker = compileRulesetFor(ruleset, iscgDomain);
 * checker.subjects.get('action')?.rulesByEdition.get('2006')?.length; // 8
 */
export function compileRulesetFor(ruleset: Ruleset, domain: DomainDefinition, params: ParamOverrides = {}, options: CompileOptions = {}): Checker {
  const operators = [...builtinCustomOperators, ...domain.operators];
  const subjects = new Map<string, CompiledSubject>();
  for (const definition of domain.subjects) {
    const names = Object.keys(definition.facts).sort();
    const derivedIndex = new Map(names.map((n, i) => [n, i] as const));
    const rules = ruleset.rules.filter((rule) => rule.subject === definition.name);
    const derived = names.map((n) => definition.facts[n] as DerivedFact);
    const subject = new SubjectRules(definition, derived, derivedIndex, () => compileSubjectRules(rules, { ruleset, operators, params, derivedIndex, generate: options.generateCode !== false }));
    if (!options.lazy) void subject.rulesByEdition; // compile now: a bad rule throws here
    subjects.set(definition.name, subject);
  }
  const editions = [...ruleset.editions].sort((a, b) => (a.inForceFrom < b.inForceFrom ? -1 : 1));
  return { kind: 'cadre/checker', ruleset, domain, subjects, editions, params };
}

/** A compiled subject whose rules are compiled on first use (a class: its getters inline). */
class SubjectRules implements CompiledSubject {
  #compiled: Pick<CompiledSubject, 'rulesByEdition' | 'evaluators'> | undefined;

  constructor(
    readonly definition: SubjectDefinition,
    readonly derived: DerivedFact[],
    readonly derivedIndex: Map<string, number>,
    private readonly compileRules: () => Pick<CompiledSubject, 'rulesByEdition' | 'evaluators'>,
  ) {}

  get rulesByEdition(): Map<string, CompiledRule[]> {
    return (this.#compiled ??= this.compileRules()).rulesByEdition;
  }

  get evaluators(): Map<string, Evaluator | undefined> {
    return (this.#compiled ??= this.compileRules()).evaluators;
  }
}

interface SubjectContext {
  ruleset: Ruleset;
  operators: OperatorDefinition[];
  params: ParamOverrides;
  derivedIndex: Map<string, number>;
  /** Generate code (else closures only). */
  generate: boolean;
}

/** The rules of one subject, compiled per edition, with one evaluator per edition. */
function compileSubjectRules(rules: readonly Rule[], context: SubjectContext): Pick<CompiledSubject, 'rulesByEdition' | 'evaluators'> {
  const { ruleset, operators, params, derivedIndex, generate } = context;
  const rulesByEdition = new Map<string, CompiledRule[]>();
  const sources = new Map<string, EvaluatorRule[]>();
  for (const rule of rules) {
    const env: CompileEnv = {
      derivedIndex: (name) => derivedIndex.get(name),
      operators,
      param: (name) => params[rule.id]?.[name] ?? rule.params[name]?.default,
    };
    const compiled: CompiledRule = {
      rule,
      cases: rule.cases.map((c) => ({
        severity: c.severity,
        // The closures: what runs where code cannot be generated (the evaluator runs otherwise).
        test: compileCondition(c.when, env),
        source: c,
        since: c.since,
        until: c.until,
        message: { fr: compileMessage(c.message.fr, env, 'fr'), en: compileMessage(c.message.en, env, 'en') },
        pointer: c.locate ?? '',
      })),
      docUrl: `${ruleset.docBaseUrl}${rule.id}.md`,
      sources: sourceCopier(rule.sources),
      sharedSources: Object.freeze(sourceCopier(rule.sources)().map((source) => Object.freeze(source))),
    };
    rulesByEdition.set(rule.edition, [...(rulesByEdition.get(rule.edition) ?? []), compiled]);
    sources.set(rule.edition, [...(sources.get(rule.edition) ?? []), { since: rule.since, until: rule.until, cases: rule.cases, env }]);
  }
  const evaluators = new Map([...sources].map(([edition, list]) => [edition, generate ? compileEvaluator(list) : undefined] as const));
  return { rulesByEdition, evaluators };
}

/** Copies of sources, made with the keys each source has (a finding's sources are its own objects). */
function sourceCopier(sources: readonly Source[]): () => Source[] {
  return () => sources.map((s) => ({ ...s }));
}
