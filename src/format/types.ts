/**
 * What formatters receive: the reports of a run, one per document.
 * @module
 */
import type { Lang, Report, Ruleset } from '../core/types.js';

/** The report of one document of one file. */
export interface FileResult {
  file: string;
  /** 1-based index of the document in the file, when the file holds several. */
  document?: number;
  report: Report;
}

/** Context of a run, for formatters that describe the tool and its rules (SARIF…). */
export interface FormatContext {
  lang: Lang;
  color: boolean;
  ruleset: Ruleset;
  toolVersion: string;
  /** `validate` or `lint`. */
  command: string;
}

/** A formatter: results in, text out. */
export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;
