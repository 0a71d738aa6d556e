/**
 * Checks one structured document according to its `kind` (post, action, sharing).
 * @module
 */
import type { Checker } from '../core/compile/compile-ruleset.js';
import type { Report } from '../core/types.js';
import { checkByKind } from '../domain/iscg/api/check-by-kind.js';
import type { CommonOptions } from './options.js';

/**
 * Checks one parsed document according to its `kind`, with the command's options.
 * @example
 * checkDocument(checker, { kind: 'action', … }, options);
 */
export function checkDocument(checker: Checker, value: unknown, options: Pick<CommonOptions, 'asOf' | 'lang' | 'verbose'>): Report {
  return checkByKind(checker, value, { ...(options.asOf !== undefined ? { asOf: options.asOf } : {}), lang: options.lang, verbose: options.verbose });
}
