/**
 * The public checks: synchronous, no I/O, never throw on bad input.
 * @module
 */
import { runCheck } from '../../../core/check.js';
import type { CheckOptions, Report } from '../../../core/types.js';
import { checkerFor } from './default-checker.js';
import { checkByKind } from './check-by-kind.js';
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

/**
 * Checks a document according to its `kind` (`post`, `action`, `sharing`).
 * @example
 * check({ kind: 'action', date: '2025-03-01', … }).subject; // 'action'
 */
export function check(document: unknown, options: CheckOptions = {}): Report {
  return checkByKind(checkerFor(options.ruleset, options.params), document, {
    asOf: options.asOf,
    lang: options.lang === 'en' ? 'en' : 'fr',
    verbose: options.verbose === true,
  });
}
