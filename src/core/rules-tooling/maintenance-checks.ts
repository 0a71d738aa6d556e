/**
 * What `cadre rules check` adds to the loader's checks: what a maintained ruleset owes its
 * readers — every rule has sources, its texts in both languages, at least one firing and one
 * passing example (and a firing one per severity: coverage by rule, not by line), an id of the
 * form `subject/kebab-case`; the ruleset has a semver version.
 * @module
 */
import type { RuleProblemCode } from '../errors.js';
import { parseSemver } from '../semver.js';
import type { Origin, Rule, Ruleset } from '../types.js';
import type { RuleLocator } from './rule-locator.js';

/** Codes of the maintenance checks, besides the loader's. */
export type MaintenanceCode = 'missing-source' | 'missing-translation' | 'missing-example' | 'bad-id';

/** A problem found by `rules check`: the loader's or a maintenance one, at file:line:column. */
export interface CheckProblem {
  code: RuleProblemCode | MaintenanceCode;
  file: string;
  line: number;
  column: number;
  message: string;
  messageEn: string;
}

/** `subject/kebab-case`: lower-case words joined by hyphens, on both sides of one slash. */
export const RULE_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Whether an id's prefix names the rule's subject: the subject itself or one of its
 * hyphen-separated words (`text/…` for the subject `post-text`).
 * @example
 * idMatchesSubject('text/inquiry-tasks', 'post-text'); // true
 */
export function idMatchesSubject(id: string, subject: string): boolean {
  const prefix = id.split('/')[0] ?? '';
  return prefix === subject || subject.split('-').includes(prefix);
}

/**
 * The maintenance problems of a loaded ruleset.
 * @example
 * maintenanceProblems(ruleset, await locateRules(files)); // [] for a well-kept ruleset
 */
export function maintenanceProblems(ruleset: Ruleset, locator: RuleLocator): CheckProblem[] {
  const problems: CheckProblem[] = [];
  if (!parseSemver(ruleset.version)) {
    const at = locator.inRuleset('/version') ?? { file: 'ruleset.yaml', line: 1, column: 1 };
    problems.push({ code: 'bad-version', ...at, message: `version « ${ruleset.version} » invalide : attendu une version semver (ex. 1.2.0)`, messageEn: `invalid version "${ruleset.version}": expected semver (e.g. 1.2.0)` });
  }
  for (const rule of ruleset.rules) problems.push(...ruleProblems(rule, locator));
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

function ruleProblems(rule: Rule, locator: RuleLocator): CheckProblem[] {
  const out: CheckProblem[] = [];
  const place = (pointer: string, key = false): Origin => locator.at(rule.id, pointer, key) ?? rule.origin ?? { file: '?', line: 1, column: 1 };
  const add = (pointer: string, code: CheckProblem['code'], message: string, messageEn: string, key = false): void => {
    out.push({ code, ...place(pointer, key), message, messageEn });
  };
  if (!RULE_ID_PATTERN.test(rule.id)) {
    add('/id', 'bad-id', `identifiant « ${rule.id} » : attendu sujet/kebab-case (minuscules, chiffres et tirets, ex. ${rule.subject}/no-police-orders)`, `id "${rule.id}": expected subject/kebab-case (e.g. ${rule.subject}/no-police-orders)`);
  } else if (!idMatchesSubject(rule.id, rule.subject)) {
    add('/id', 'bad-id', `identifiant « ${rule.id} » : le préfixe doit nommer le sujet « ${rule.subject} »`, `id "${rule.id}": the prefix must name the subject "${rule.subject}"`);
  }
  if (rule.sources.length === 0) add('/sources', 'missing-source', `la règle ${rule.id} ne cite aucune source : chaque constatation doit dire sur quoi elle repose`, `rule ${rule.id} cites no source`, true);
  rule.sources.forEach((s, i) => {
    if (s.ref.trim() === '') add(`/sources/${i}/ref`, 'missing-source', `source n° ${i + 1} de ${rule.id} sans référence`, `source ${i + 1} of ${rule.id} has no reference`);
  });
  for (const lang of ['fr', 'en'] as const) {
    if (rule.title[lang].trim() === '') add(`/title/${lang}`, 'missing-translation', `titre ${lang} vide pour ${rule.id}`, `empty ${lang} title for ${rule.id}`);
    rule.cases.forEach((c, i) => {
      if (c.message[lang].trim() === '') add(rule.cases.length > 1 ? `/cases/${i}/message` : '/message', 'missing-translation', `message ${lang} vide pour ${rule.id}${rule.cases.length > 1 ? ` (cas ${i + 1})` : ''}`, `empty ${lang} message for ${rule.id}`);
    });
    for (const [name, p] of Object.entries(rule.params)) {
      if (p.description[lang].trim() === '') add(`/params/${name}/description`, 'missing-translation', `description ${lang} vide pour le paramètre ${name} de ${rule.id}`, `empty ${lang} description for parameter ${name} of ${rule.id}`);
    }
  }
  if (rule.rationale.trim() === '') add('/rationale', 'missing-translation', `justification vide pour ${rule.id}`, `empty rationale for ${rule.id}`);
  if (rule.examples.fires.length === 0) add('/examples', 'missing-example', `la règle ${rule.id} n'a aucun exemple qui la déclenche (examples.fires)`, `rule ${rule.id} has no firing example (examples.fires)`, true);
  if (rule.examples.passes.length === 0) add('/examples', 'missing-example', `la règle ${rule.id} n'a aucun exemple conforme (examples.passes)`, `rule ${rule.id} has no passing example (examples.passes)`, true);
  if (rule.examples.fires.length > 0) {
    const covered = new Set(rule.examples.fires.map((e) => e.severity ?? rule.cases[0]?.severity));
    for (const severity of new Set(rule.cases.map((c) => c.severity))) {
      if (!covered.has(severity)) add('/examples/fires', 'missing-example', `aucun exemple de ${rule.id} ne déclenche le cas de sévérité « ${severity} »`, `no example of ${rule.id} fires its "${severity}" case`);
    }
  }
  return out;
}
