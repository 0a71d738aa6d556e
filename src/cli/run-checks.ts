/**
 * Shared by `validate`, `lint` and `serve`: loading the ruleset asked for, placing report locations in
 * the file (line:column from JSON pointers), the exit code of a run.
 * @module
 */
import type { Checker } from '../core/compile/compile-ruleset.js';
import type { Lang, Report } from '../core/types.js';
import type { FileResult } from '../format/types.js';
import type { CommonOptions } from './options.js';

/**
 * Loads and compiles `--ruleset DIR`, or returns the shipped checker (no YAML, no I/O).
 * On bad rules, prints every problem (file:line:column) and returns undefined.
 * @example
 * const checker = await checkerFromOptions(options);
 */
export async function checkerFromOptions(options: Pick<CommonOptions, 'ruleset' | 'lang'>): Promise<Checker | undefined> {
  const { checkerFor } = await import('../domain/iscg/api/default-checker.js');
  if (options.ruleset === undefined) return checkerFor();
  const { collectRuleset } = await import('../core/loader/load-ruleset.js');
  const { iscgDomain } = await import('../domain/iscg/domain.js');
  const { formatProblem } = await import('../core/errors.js');
  const result = await collectRuleset(options.ruleset, [iscgDomain]);
  if (!result.ruleset || result.problems.length > 0) {
    for (const p of result.problems) process.stderr.write(`${formatProblem(p, options.lang)}\n`);
    const n = result.problems.length;
    process.stderr.write(options.lang === 'en' ? `cadre: ${n} problem(s) in the rules of ${options.ruleset}\n` : `cadre : ${n} problème(s) dans les règles de ${options.ruleset}\n`);
    return undefined;
  }
  return checkerFor(result.ruleset);
}

/**
 * Adds line and column (from the file) to the input errors and findings that only have a pointer.
 * @example
 * placeInFile(report, (pointer) => ({ line: 3, column: 1 }));
 */
export function placeInFile(report: Report, position: (pointer: string, key?: boolean) => { line: number; column: number }): Report {
  for (const e of report.inputErrors) {
    if (e.line === undefined) Object.assign(e, position(e.pointer, true));
  }
  for (const f of report.findings) {
    if (f.location.line === undefined && f.location.pointer !== undefined) {
      const { line, column } = position(f.location.pointer, true);
      f.location = { pointer: f.location.pointer, line, column };
    }
  }
  return report;
}

/**
 * Exit code of a run: 2 when a document is unusable, 1 when findings reach `--fail-on`
 * or warnings exceed `--max-warnings`, else 0.
 * @example
 * exitCodeOf(results, { failOn: 'error' }); // 1
 */
export function exitCodeOf(results: readonly FileResult[], options: Pick<CommonOptions, 'failOn' | 'maxWarnings'>): number {
  if (results.some((r) => r.report.outcome === 'invalid-input')) return 2;
  const levels = options.failOn === 'error' ? ['error'] : options.failOn === 'review' ? ['error', 'review'] : ['error', 'review', 'warning'];
  const findings = results.flatMap((r) => r.report.findings);
  if (findings.some((f) => levels.includes(f.severity))) return 1;
  if (options.maxWarnings !== undefined && findings.filter((f) => f.severity === 'warning').length > options.maxWarnings) return 1;
  return 0;
}

/**
 * A report for a file that could not be read or parsed (outcome `invalid-input`).
 * @example
 * unreadableReport(checker, 'fichier introuvable', 'fr');
 */
export function unreadableReport(checker: Checker, message: string, place: { line?: number; column?: number }, lang: Lang, subject = 'unknown'): Report {
  void lang;
  return {
    reportVersion: 1,
    ruleset: { name: checker.ruleset.name, edition: null, version: checker.ruleset.version, digest: checker.ruleset.digest },
    subject,
    asOf: new Date().toISOString().slice(0, 10),
    outcome: 'invalid-input',
    findings: [],
    inputErrors: [{ pointer: '', message, ...(place.line !== undefined ? { line: place.line, column: place.column ?? 1 } : {}) }],
  };
}
