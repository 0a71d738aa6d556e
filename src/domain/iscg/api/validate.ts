/**
 * The public checks: synchronous, no I/O, never throw on bad input.
 * @module
 */
import { runCheck } from '../../../core/check.js';
import { invalidReport } from '../../../core/report.js';
import { isIsoDate, today } from '../../../core/dates.js';
import type { CheckOptions, Lang, Report } from '../../../core/types.js';
import { checkerFor } from './default-checker.js';
// The API is synchronous: zod, which words the errors of invalid documents, comes with it.
import '../parse/parse.js';

function run(subject: string, input: unknown, options: CheckOptions = {}): Report {
  // A bad ruleset passed in options throws (RuleError, CompileError): the caller's bug, not bad input.
  const checker = checkerFor(options.ruleset, options.params);
  return runCheck(checker, subject, input, { asOf: options.asOf, lang: options.lang === 'en' ? 'en' : 'fr', verbose: options.verbose === true });
}

/**
 * Checks a post definition (structured fiche de poste); its `description`, if any, is linted too.
 * @example
 * const report = validatePost({ id: 'p1', employer: { kind: 'gendarmerie' }, hierarchicalAuthority: { kind: 'gendarmerie' }, missions: [] });
 * report.outcome; // 'non-compliant'
 */
export function validatePost(input: unknown, options?: CheckOptions): Report {
  return run('post', input, options);
}

/**
 * Checks one act of the social worker.
 * @example
 * validateAction({ date: '2025-03-01', type: 'summons', person: { role: 'victim', minor: false }, consent: { status: 'not-asked' } }).findings[0]?.ruleId;
 * // 'action/consent-required' (then 'action/no-coercion')
 */
export function validateAction(input: unknown, options?: CheckOptions): Report {
  return run('action', input, options);
}

/**
 * Checks one disclosure of information about a person.
 * @example
 * validateSharing(sharing, { lang: 'en' }).outcome; // 'non-compliant' | 'needs-review' | 'compliant' | 'invalid-input'
 */
export function validateSharing(input: unknown, options?: CheckOptions): Report {
  return run('sharing', input, options);
}

/**
 * Lints the free text of a fiche de poste with the `post-text` rules.
 * @example
 * lintPostText("L'intervenant participe aux auditions.").findings.map((f) => f.ruleId);
 * // ['text/inquiry-tasks', …]
 */
export function lintPostText(text: unknown, options?: CheckOptions): Report {
  return run('post-text', text, options);
}

const SUBJECTS = ['post', 'action', 'sharing', 'post-text'] as const;

/**
 * Checks a document according to its `kind` (`post`, `action`, `sharing`).
 * @example
 * check({ kind: 'action', date: '2025-03-01', … }).subject; // 'action'
 */
export function check(document: unknown, options?: CheckOptions): Report {
  const lang: Lang = options?.lang === 'en' ? 'en' : 'fr';
  const kind = document !== null && typeof document === 'object' && !Array.isArray(document) ? (document as Record<string, unknown>)['kind'] : undefined;
  if (typeof kind === 'string' && (SUBJECTS as readonly string[]).includes(kind) && kind !== 'post-text') return run(kind, document, options);
  const checker = checkerFor(options?.ruleset);
  const message =
    document === null || typeof document !== 'object' || Array.isArray(document)
      ? lang === 'en'
        ? 'Expected a document (an object) with a "kind" field: post, action or sharing.'
        : 'Attendu un document (un objet) avec un champ « kind » : post, action ou sharing.'
      : kind === undefined
        ? lang === 'en'
          ? 'Missing "kind" field: post, action or sharing.'
          : 'Champ « kind » manquant : post, action ou sharing.'
        : lang === 'en'
          ? `Unknown kind "${String(kind)}": expected post, action or sharing.`
          : `Valeur inattendue de « kind » : « ${String(kind)} » (attendu post, action ou sharing).`;
  const asOf = options?.asOf !== undefined && isIsoDate(options.asOf) ? options.asOf : today();
  const isObject = document !== null && typeof document === 'object' && !Array.isArray(document);
  return invalidReport(checker.ruleset, 'unknown', asOf, [{ pointer: isObject ? '/kind' : '', message }]);
}
