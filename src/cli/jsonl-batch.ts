/**
 * Checking a block of JSON lines: each line parsed, checked and written as one JSON report line,
 * as `cadre validate --jsonl` writes them, in UTF-8. The same code runs in the main thread and in
 * the worker threads of a long stream.
 * @module
 */
import type { Checker } from '../core/compile/compile-ruleset.js';
import type { Lang, Report, Severity } from '../core/types.js';
import { documentChecker } from './check-document.js';
import { ByteWriter, utf8 } from './jsonl-bytes.js';
import { forEachLine } from './jsonl-lines.js';
import { ReportSerializer } from './jsonl-report-json.js';
import { unreadableReport } from './run-checks.js';

/** Consecutive whole lines of one source. */
export interface LineBatch {
  /** `{"file":"…","line":` — the start of each report line of this source. */
  head: string;
  /** Number of the first line (1-based). */
  firstLine: number;
  /** The lines, in UTF-8, each with its line break (the last line of a source may have none). */
  bytes: Uint8Array;
}

/** The report lines of a batch and what the exit code needs to know of them. */
export interface BatchResult {
  /** The report lines, in UTF-8. */
  bytes: Uint8Array;
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

/** Checks batches of lines with one checker and one set of options (one per thread). */
export class BatchChecker {
  private readonly check: (document: unknown) => Report;
  private readonly serializer = new ReportSerializer();
  private readonly out = new ByteWriter();
  private readonly failing: ReadonlySet<string>;
  private head: { text: string; bytes: Uint8Array } = { text: '', bytes: new Uint8Array(0) };

  /**
   * @example
   * const batches = new BatchChecker(checker, { lang: 'fr', verbose: false, levels: ['error'] });
   */
  constructor(
    private readonly checker: Checker,
    private readonly options: BatchOptions,
  ) {
    this.check = documentChecker(checker, options);
    this.failing = new Set(options.levels);
  }

  /**
   * Checks the lines of a batch; blank lines are skipped (and counted).
   * @example
   * batches.run({ head: '{"file":"a.jsonl","line":', firstLine: 1, bytes }).bytes;
   */
  run(batch: LineBatch): BatchResult {
    const result: BatchResult = { bytes: new Uint8Array(0), invalid: false, failing: false, warnings: 0 };
    if (batch.head !== this.head.text) this.head = { text: batch.head, bytes: utf8(batch.head) };
    const head = this.head.bytes;
    const text = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.length).toString('utf8');
    forEachLine(text, (line, index) => {
      // `{` first: not blank (the usual case, without trimming the line).
      if (line.charCodeAt(0) !== 123 && line.trim() === '') return;
      const n = batch.firstLine + index;
      let report: Report;
      try {
        report = this.check(JSON.parse(line));
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        const lang = this.options.lang;
        report = unreadableReport(this.checker, lang === 'en' ? `invalid JSON: ${detail}` : `JSON invalide : ${detail}`, { line: n, column: 1 }, lang);
      }
      const invalid = report.outcome === 'invalid-input';
      if (invalid) result.invalid = true;
      for (const f of report.findings) {
        if (!invalid && this.failing.has(f.severity)) result.failing = true;
        if (f.severity === 'warning') result.warnings++;
      }
      this.serializer.writeLine(this.out, head, n, report);
    });
    result.bytes = this.out.take();
    return result;
  }
}
