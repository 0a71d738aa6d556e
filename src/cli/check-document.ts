/**
 * Checks one structured document according to its `kind` (post, action, sharing).
 * @module
 */
import { runCheck } from '../core/check.js';
import { invalidReport } from '../core/report.js';
import { today } from '../core/dates.js';
import type { Checker } from '../core/compile/compile-ruleset.js';
import type { Report } from '../core/types.js';
import type { CommonOptions } from './options.js';

const KINDS = new Set(['post', 'action', 'sharing']);

/**
 * Checks one parsed document according to its `kind`.
 * @example
 * checkDocument(checker, { kind: 'action', … }, options);
 */
export function checkDocument(checker: Checker, value: unknown, options: Pick<CommonOptions, 'asOf' | 'lang' | 'verbose'>): Report {
  const kind = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)['kind'] : undefined;
  const run = { ...(options.asOf !== undefined ? { asOf: options.asOf } : {}), lang: options.lang, verbose: options.verbose };
  if (typeof kind === 'string' && KINDS.has(kind)) return runCheck(checker, kind, value, run);
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  const fr = !isObject ? 'Attendu un document (un objet) avec un champ « kind » : post, action ou sharing.' : kind === undefined ? 'Champ « kind » manquant : post, action ou sharing.' : `Valeur inattendue de « kind » : « ${String(kind)} » (attendu post, action ou sharing).`;
  const en = !isObject ? 'Expected a document (an object) with a "kind" field: post, action or sharing.' : kind === undefined ? 'Missing "kind" field: post, action or sharing.' : `Unexpected "kind": "${String(kind)}" (expected post, action or sharing).`;
  return invalidReport(checker.ruleset, 'unknown', options.asOf ?? today(), [{ pointer: isObject ? '/kind' : '', message: options.lang === 'en' ? en : fr }]);
}
