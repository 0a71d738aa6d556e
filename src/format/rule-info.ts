/**
 * What the machine formats (SARIF, JUnit, Markdown) say about a rule: its name, its most serious
 * severity, its documentation URL, and the pseudo rule under which unusable input is reported.
 * @module
 */
import { SEVERITIES, type Lang, type Rule, type Ruleset, type Severity } from '../core/types.js';

/** Pseudo rule id of `invalid-input` reports (a document that does not follow the model, an unreadable file). */
export const INVALID_INPUT_RULE_ID = 'input/invalid';

/**
 * PascalCase name of a rule id (SARIF `reportingDescriptor.name`).
 * @example
 * ruleName('action/no-police-orders'); // 'ActionNoPoliceOrders'
 */
export function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p !== '')
    .map((p) => (p[0] ?? '').toUpperCase() + p.slice(1))
    .join('');
}

/**
 * The most serious severity among a rule's cases (its default level).
 * @example
 * topSeverity({ cases: [{ severity: 'warning' }, { severity: 'error' }] }); // 'error'
 */
export function topSeverity(rule: Pick<Rule, 'cases'>): Severity {
  for (const s of SEVERITIES) if (rule.cases.some((c) => c.severity === s)) return s;
  return 'info';
}

/**
 * URL of a rule's documentation page.
 * @example
 * ruleDocUrl(ruleset, 'action/short-term'); // 'https://…/docs/rules/action/short-term.md'
 */
export function ruleDocUrl(ruleset: Pick<Ruleset, 'docBaseUrl'>, id: string): string {
  return `${ruleset.docBaseUrl}${id}.md`;
}

/**
 * A rule's rationale in the language asked for (French when no English one is written).
 * @example
 * rationaleIn(rule, 'en');
 */
export function rationaleIn(rule: Pick<Rule, 'rationale' | 'rationaleEn'>, lang: Lang): string {
  return lang === 'en' && rule.rationaleEn ? rule.rationaleEn : rule.rationale;
}

/**
 * Title of the pseudo rule of unusable input.
 * @example
 * invalidInputTitle('fr'); // 'Entrée invalide : le document ne suit pas le modèle ou le fichier est illisible'
 */
export function invalidInputTitle(lang: Lang): string {
  return lang === 'en'
    ? 'Invalid input: the document does not follow the model or the file cannot be read'
    : 'Entrée invalide : le document ne suit pas le modèle ou le fichier est illisible';
}
