/**
 * The engine's data model: rules, rulesets, conditions, domains, reports.
 * `core` knows nothing of any profession; a domain plugs its subjects,
 * derived facts and operators in through {@link DomainDefinition}.
 * @module
 */

/** Severities, from the most to the least serious (also the sort order of findings). */
export const SEVERITIES = ['error', 'review', 'warning', 'info'] as const;
/** How serious a finding is. `review`: legally disputed, a person must decide. */
export type Severity = (typeof SEVERITIES)[number];

/** Languages of messages. French is the default everywhere. */
export type Lang = 'fr' | 'en';

/** A text in both languages of the project. */
export interface Localized {
  fr: string;
  en: string;
}

/** How sure a source is (tags of the domain digest: [V], [S], [K], [I], [U]). */
export type SourceStatus = 'verified' | 'secondary' | 'legal-knowledge' | 'inference' | 'unverified';

/** A document or article a rule rests on. */
export interface Source {
  ref: string;
  url?: string;
  status: SourceStatus;
}

/** A place in a rule file (1-based line and column). */
export interface Origin {
  file: string;
  line: number;
  column: number;
}

/** A value a rule can be tuned with (`options.params`). */
export interface ParamSpec {
  default: number | string | boolean;
  description: Localized;
  minimum?: number;
  maximum?: number;
}

/** A condition: json-rules-engine's shape (`all`/`any`/`not`, `fact`/`path`/`operator`/`value`). */
export type Condition = AllCondition | AnyCondition | NotCondition | FactCondition;
/** Every sub-condition holds. */
export interface AllCondition {
  all: Condition[];
}
/** At least one sub-condition holds. */
export interface AnyCondition {
  any: Condition[];
}
/** The sub-condition does not hold. */
export interface NotCondition {
  not: Condition;
}
/**
 * Compares a fact (optionally a path in it) with a value. `value` is a literal,
 * `{ fact, path? }` (another fact, as in json-rules-engine) or `{ param }` (a rule parameter).
 */
export interface FactCondition {
  fact: string;
  path?: string;
  operator: string;
  value: unknown;
}

/** One way a rule fires, with its severity. A rule's cases are tried in order: the first that holds gives the one finding. */
export interface RuleCase {
  severity: Severity;
  when: Condition;
  message: Localized;
  /** JSON pointer of the place the finding points at. */
  locate?: string;
  since?: string;
  until?: string;
}

/** A document that illustrates a rule: merged into the subject's base example. */
export interface RuleExample {
  input: unknown;
  /** For `fires` examples: the expected severity (default: the first case's). */
  severity?: Severity;
  note?: string;
  origin?: Origin;
}

/** A rule, resolved: every field filled, cases in order. */
export interface Rule {
  id: string;
  subject: string;
  edition: string;
  title: Localized;
  rationale: string;
  rationaleEn?: string;
  sources: Source[];
  params: Record<string, ParamSpec>;
  since?: string;
  until?: string;
  cases: RuleCase[];
  examples: { fires: RuleExample[]; passes: RuleExample[] };
  origin?: Origin;
}

/** An edition of a framework, with the dates it is in force. */
export interface Edition {
  id: string;
  title: Localized;
  inForceFrom: string;
  inForceUntil?: string;
}

/** A ruleset: named, versioned, with editions and their rules. */
export interface Ruleset {
  name: string;
  version: string;
  domain: string;
  title: Localized;
  editions: Edition[];
  rules: Rule[];
  /** sha256 of the canonical JSON of everything above. */
  digest: string;
  /** Base URL of the rule documentation pages; a rule's page is `${docBaseUrl}${id}.md`. */
  docBaseUrl: string;
}

/** An input error, named by JSON pointer (and line/column when the input came from a file). */
export interface InputError {
  pointer: string;
  message: string;
  line?: number;
  column?: number;
}

/** Result of parsing an input: the typed subject, or the errors. Never thrown. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: InputError[] };

/** What derived facts may use besides the document. */
export interface FactEnv {
  /** The check date, `YYYY-MM-DD`. */
  asOf: string;
}

/** A fact computed from the document (e.g. follow-up duration in days). Pure, shared by both evaluators. */
export interface DerivedFact {
  description: string;
  compute(document: Record<string, unknown>, env: FactEnv): unknown;
}

/** A place in a document or a text. */
export interface Location {
  pointer?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** What an operator records when it matched somewhere precise (text operators do). */
export interface Hit {
  location: Location;
  evidence?: string;
}

/** A compiled predicate: fact value in, boolean out; may record where it matched. */
export type CompiledPredicate = (factValue: unknown, hits: Hit[] | undefined) => boolean;

/**
 * An operator usable in `when:`. Stock json-rules-engine operators are built in;
 * a domain or the text module adds its own here.
 */
export interface OperatorDefinition {
  name: string;
  /** Compiles the right-hand side once. */
  compile(value: unknown): CompiledPredicate;
  /** Checks the right-hand side when a rule file is loaded: an error message (French) or undefined. */
  checkValue?(value: unknown): string | undefined;
  /**
   * json-rules-engine form of the operator (used by the exported plugin), or `false`
   * when the operator cannot run there (text operators).
   */
  jre: false | { evaluate(factValue: unknown, jsonValue: unknown): boolean; factValueValidator?(factValue: unknown): boolean };
}

/** A subject a domain can check: its parser, its facts, its base example. */
export interface SubjectDefinition {
  name: string;
  /** Parses raw input (never throws). The result is the document the rules see. */
  parse(input: unknown, lang: Lang): ParseResult<Record<string, unknown>>;
  /** Field holding the document's own date (`date`, `effectiveDate`), if any. */
  dateField?: string;
  /** Top-level fields: each one is a fact. */
  fields: readonly string[];
  /** Derived facts, by name. */
  facts: Record<string, DerivedFact>;
  /** JSON Schema of the subject (paths in conditions are checked against it). */
  jsonSchema: Record<string, unknown>;
  /** Document on which rule examples are merged. */
  exampleBase: Record<string, unknown>;
  /** Whether the subject is checked by json-rules-engine too (structured subjects). */
  exportable: boolean;
  /** A free-text field checked with the rules of another subject too (a post's `description`). */
  linkedText?: { field: string; subject: string };
}

/** What a domain plugs into the engine. */
export interface DomainDefinition {
  name: string;
  subjects: SubjectDefinition[];
  operators: OperatorDefinition[];
}

/** Outcome of a check. */
export type Outcome = 'compliant' | 'non-compliant' | 'needs-review' | 'invalid-input';

/** One finding of a report. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location: Location;
  sources: Source[];
  docUrl: string;
  evidence?: string;
}

/** A check's report (JSON, versioned; fields are only ever added). */
export interface Report {
  reportVersion: 1;
  ruleset: { name: string; edition: string | null; version: string; digest: string };
  subject: string;
  asOf: string;
  outcome: Outcome;
  findings: Finding[];
  inputErrors: InputError[];
}

/** Options of every check. */
export interface CheckOptions {
  /** Check date `YYYY-MM-DD`; default: the document's date, else today. */
  asOf?: string;
  /** Compiled ruleset to use; default: the shipped ISCG ruleset. */
  ruleset?: unknown;
  lang?: Lang;
  /** Parameter overrides, by rule id then parameter name. */
  params?: Record<string, Record<string, number | string | boolean>>;
  /** Include `info` findings. */
  verbose?: boolean;
}
