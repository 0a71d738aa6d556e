/**
 * Checking a batch of JSON lines: each line parsed, checked and written as one JSON report
 * line, as `cadre validate --jsonl` writes them. The same code runs in the main thread and in the
 * worker threads of a large stream.
 * @module
 */
import type { Checker } from '../core/compile/compile-ruleset.js';
import type { Lang, Report, Severity } from '../core/types.js';
import { checkDocument } from './check-document.js';
import type { ReportSerializer } from './jsonl-report-json.js';
import { unreadableReport } from './run-checks.js';

/** Consecutive lines of one source. */
export interface LineBatch {
  /** `{"file":"…","line":` — the start of each report line of this source. */
  head: string;
  /** Number of the first line (1-based). */
  firstLine: number;
  lines: string[];
}

/** The report lines of a batch and what the exit code needs to know of them. */
export interface BatchResult {
  /** The report lines (as bytes when they come from a worker thread: no copy on the way). */
  text: string | Uint8Array;
  /** A document could not be checked (invalid input or JSON). */
  invalid: boolean;
  /** A report has a finding at the failure threshold. */
  failing: boolean;
  warnings: number;
}

/** The check options of a stream. */
export interface BatchOptions {
  asOf?: string;
  lang: Lang;
  verbose: boolean;
  /** Severities at the failure threshold (`--fail-on`). */
  levels: readonly Severity[];
}

/**
 * Checks the lines of a batch; blank lines are skipped (and counted).
 * @example
 * checkBatch(checker, options, { head: '{"file":"a.jsonl","line":', firstLine: 1, lines }, serializer).text;
 */
export function checkBatch(checker: Checker, options: BatchOptions, batch: LineBatch, serializer: ReportSerializer): BatchResult {
  const result = { text: '', invalid: false, failing: false, warnings: 0 };
  for (let i = 0; i < batch.lines.length; i++) {
    const line = batch.lines[i] as string;
    if (line.trim() === '') continue;
    const n = batch.firstLine + i;
    let report: Report;
    try {
      report = checkDocument(checker, JSON.parse(line), options);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      report = unreadableReport(checker, options.lang === 'en' ? `invalid JSON: ${detail}` : `JSON invalide : ${detail}`, { line: n, column: 1 }, options.lang);
    }
    if (report.outcome === 'invalid-input') result.invalid = true;
    else if (report.findings.some((f) => options.levels.includes(f.severity))) result.failing = true;
    for (const f of report.findings) if (f.severity === 'warning') result.warnings++;
    // What JSON.stringify({ file, line, ...report }) writes, without building that object.
    result.text += `${batch.head}${n},${serializer.members(report)}\n`;
  }
  return result;
}
