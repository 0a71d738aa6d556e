/**
 * Loading a ruleset directory (Node only: it reads files). Kept apart from the rest of the API,
 * which runs in a browser too.
 * @module
 */
import { loadRulesetDir } from '../../../core/loader/load-ruleset.js';
import type { Ruleset } from '../../../core/types.js';
import { iscgDomain } from '../domain.js';

/**
 * Loads a ruleset directory (`ruleset.yaml` and its rule files). Throws a `RuleError`
 * listing every problem with its file, line and column.
 * @example
 * const ruleset = await loadRuleset('rules/iscg');
 * validateAction(action, { ruleset });
 */
export async function loadRuleset(dir: string): Promise<Ruleset> {
  return loadRulesetDir(dir, [iscgDomain]);
}

