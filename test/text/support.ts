/** Shared helpers of the text tests: the rules loaded from rules/iscg, and a lint shortcut. */
import { join } from 'node:path';
import { lintPostText, loadRuleset } from '../../src/index.js';
import type { Report, Ruleset } from '../../src/core/types.js';

export const REPO = join(import.meta.dirname, '..', '..');
export const FICHES = join(REPO, 'test', 'corpus', 'fiches');

let ruleset: Ruleset | undefined;

/** The ISCG ruleset as written in rules/iscg (not the precompiled copy). */
export async function rules(): Promise<Ruleset> {
  ruleset ??= await loadRuleset(join(REPO, 'rules', 'iscg'));
  return ruleset;
}

/** Lints a text with the current rules. */
export async function lint(text: unknown): Promise<Report> {
  return lintPostText(text, { ruleset: await rules() });
}

/** `ruleId:severity` of the error, review and warning findings. */
export function keys(report: Report): string[] {
  return report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}:${f.severity}`).sort();
}
