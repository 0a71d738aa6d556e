/**
 * Checks one structured document according to its `kind` (post, action, sharing).
 * @module
 */
import type { Checker } from '../core/compile/compile-ruleset.js';
import type { RunOptions } from '../core/check.js';
import type { Report } from '../core/types.js';
import { checkByKind } from '../domain/iscg/api/check-by-kind.js';
import type { CommonOptions } from './options.js';

type DocumentOptions = Pick<CommonOptions, 'asOf' | 'lang' | 'verbose'>;

/**
 * Checks one parsed document according to its `kind`, with the command's options.
 * @example
 * checkDocument(checker, { kind: 'action', … }, options);
 */
export function checkDocument(checker: Checker, value: unknown, options: DocumentOptions): Report {
  return checkByKind(checker, value, runOptions(options));
}

/**
 * The same check for many documents (a stream): the options are read once, and the reports'
 * findings share their rules' sources (frozen): each report is to be written out, not kept.
 * @example
 * const check = documentChecker(checker, options);
 * for (const line of lines) check(JSON.parse(line));
 */
export function documentChecker(checker: Checker, options: DocumentOptions): (value: unknown) => Report {
  // The reports are written out at once: their findings may share their rules' frozen sources.
  const run: RunOptions = { ...runOptions(options), shareSources: true };
  return (value) => checkByKind(checker, value, run);
}

function runOptions(options: DocumentOptions): RunOptions {
  return { ...(options.asOf !== undefined ? { asOf: options.asOf } : {}), lang: options.lang, verbose: options.verbose };
}
