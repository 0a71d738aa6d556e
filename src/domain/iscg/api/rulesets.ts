/**
 * Loading, compiling and exporting ISCG rulesets (the shipped one or a directory of rules).
 * @module
 */
import type { Checker, ParamOverrides } from '../../../core/compile/compile-ruleset.js';
import { exportToJre, type JreExport } from '../../../core/jre/export.js';
import type { Ruleset } from '../../../core/types.js';
import { iscgDomain } from '../domain.js';
import { checkerFor, shippedRuleset } from './default-checker.js';

/**
 * Compiles a ruleset (default: the shipped one) into a reusable checker, optionally with
 * parameter overrides.
 * @example
 * const strict = compileRuleset(undefined, { params: { 'action/short-term': { maxFollowUpDays: 30 } } });
 * validateAction(action, { ruleset: strict });
 */
export function compileRuleset(ruleset?: Ruleset, options: { params?: ParamOverrides } = {}): Checker {
  return checkerFor(ruleset, options.params);
}

/**
 * Exports a ruleset (default: the shipped one) to json-rules-engine rules; run them with
 * the plugin (`registerJrePlugin`) in stock json-rules-engine.
 * @example
 * const exported = toJsonRulesEngine();
 * const engine = new Engine(exported.subjects.action, { allowUndefinedFacts: true });
 */
export function toJsonRulesEngine(ruleset?: Ruleset, options: { params?: ParamOverrides } = {}): JreExport {
  return exportToJre(ruleset ?? shippedRuleset(), iscgDomain, options.params);
}
