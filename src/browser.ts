/**
 * The part of the API that runs anywhere, browsers included: checks, compilation, export to
 * json-rules-engine. Bundlers pick it through the `browser` condition of the package's exports;
 * `loadRuleset` (which reads files) is only in the Node entry.
 * @module
 */
export { validatePost, validateAction, validateSharing, lintPostText, check } from './domain/iscg/api/validate.js';
export { compileRuleset, toJsonRulesEngine } from './domain/iscg/api/rulesets.js';
export { iscgDomain } from './domain/iscg/domain.js';
export { RuleError, formatProblem, type RuleProblem, type RuleProblemCode } from './core/errors.js';
export { registerJrePlugin } from './core/jre/plugin.js';
export { createJreEngine, runJreEngine, type JreFinding } from './core/jre/run.js';
export type { JreExport, JreRule, JreFindingEvent } from './core/jre/export.js';
export type { Checker, ParamOverrides } from './core/compile/compile-ruleset.js';
export type {
  CheckOptions,
  Condition,
  DomainDefinition,
  Edition,
  Finding,
  InputError,
  Lang,
  Localized,
  Location,
  Outcome,
  Report,
  Rule,
  RuleCase,
  Ruleset,
  Severity,
  Source,
  SourceStatus,
  SubjectDefinition,
} from './core/types.js';
