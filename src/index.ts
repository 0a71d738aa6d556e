/**
 * `cadre`: a rules engine for a cadre de référence, shipped with the framework of the social
 * workers placed in French police stations and gendarmerie units (ISCG, 2006).
 *
 * ```ts
 * import { validateAction } from 'cadre';
 * const report = validateAction({ kind: 'action', date: '2025-05-12', type: 'hearing-participation', … });
 * report.outcome; // 'non-compliant'
 * ```
 * @module
 */
export { validatePost, validateAction, validateSharing, lintPostText, check } from './domain/iscg/api/validate.js';
export { loadRuleset, compileRuleset, toJsonRulesEngine } from './domain/iscg/api/rulesets.js';
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
