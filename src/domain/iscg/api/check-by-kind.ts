/**
 * Dispatching a document on its `kind` (post, action, sharing): shared by `check()` and the
 * CLI. It does not load zod itself (the CLI loads it only when a document is invalid).
 * @module
 */
import { runCheck, type RunOptions } from '../../../core/check.js';
import { invalidReport } from '../../../core/report.js';
import { isIsoDate, today } from '../../../core/dates.js';
import type { Checker } from '../../../core/compile/compile-ruleset.js';
import type { Report } from '../../../core/types.js';

const KINDS: ReadonlySet<string> = new Set(['post', 'action', 'sharing']);

/**
 * Checks a document according to its `kind`; without a known kind, `invalid-input` at `/kind`.
 * @example
 * checkByKind(checker, { kind: 'action', date: '2025-03-01', … }, { lang: 'fr' }).subject; // 'action'
 */
export function checkByKind(checker: Checker, document: unknown, options: RunOptions): Report {
  const isObject = document !== null && typeof document === 'object' && !Array.isArray(document);
  const kind = isObject ? (document as Record<string, unknown>)['kind'] : undefined;
  if (typeof kind === 'string' && KINDS.has(kind)) return runCheck(checker, kind, document, options);
  const en = options.lang === 'en';
  const message = !isObject
    ? en
      ? 'Expected a document (an object) with a "kind" field: post, action or sharing.'
      : 'Attendu un document (un objet) avec un champ « kind » : post, action ou sharing.'
    : kind === undefined
      ? en
        ? 'Missing "kind" field: post, action or sharing.'
        : 'Champ « kind » manquant : post, action ou sharing.'
      : en
        ? `Unknown kind "${String(kind)}": expected post, action or sharing.`
        : `Valeur inattendue de « kind » : « ${String(kind)} » (attendu post, action ou sharing).`;
  const asOf = options.asOf !== undefined && isIsoDate(options.asOf) ? options.asOf : today();
  return invalidReport(checker.ruleset, 'unknown', asOf, [{ pointer: isObject ? '/kind' : '', message }]);
}
