/**
 * `cadre validate --jsonl`: one JSON document per line in (files or stdin), one JSON report per
 * line out, in constant memory (a line is read, checked, written, forgotten).
 * @module
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Checker } from '../core/compile/compile-ruleset.js';
import type { Report } from '../core/types.js';
import type { CommandResult } from './io.js';
import type { CommonOptions } from './options.js';
import { unreadableReport } from './run-checks.js';
import { checkDocument } from './check-document.js';

/**
 * Streams JSON Lines through the checker.
 * @example
 * await runJsonl(checker, options); // reads stdin when no file is given
 */
export async function runJsonl(checker: Checker, options: CommonOptions): Promise<CommandResult> {
  const sources = options.files.length === 0 ? ['-'] : options.files;
  const levels = options.failOn === 'error' ? ['error'] : options.failOn === 'review' ? ['error', 'review'] : ['error', 'review', 'warning'];
  let exit = 0;
  let warnings = 0;
  const out = process.stdout;
  for (const source of sources) {
    const input = source === '-' ? process.stdin : createReadStream(source, { encoding: 'utf8' });
    const opened = await new Promise<string | undefined>((resolve) => {
      if (source === '-') return resolve(undefined);
      input.once('open', () => resolve(undefined));
      input.once('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ENOENT' ? (options.lang === 'en' ? 'file not found' : 'fichier introuvable') : (e.code ?? 'erreur')));
    });
    if (opened) {
      process.stderr.write(`cadre : ${source} : ${opened}\n`);
      exit = 2;
      continue;
    }
    const lines = createInterface({ input, crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      let report: Report;
      try {
        report = checkDocument(checker, JSON.parse(line), options);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        report = unreadableReport(checker, options.lang === 'en' ? `invalid JSON: ${detail}` : `JSON invalide : ${detail}`, { line: n, column: 1 }, options.lang);
      }
      if (report.outcome === 'invalid-input') exit = 2;
      else if (exit === 0 && report.findings.some((f) => levels.includes(f.severity))) exit = 1;
      for (const f of report.findings) if (f.severity === 'warning') warnings++;
      const text = `${JSON.stringify({ file: source === '-' ? '<stdin>' : source, line: n, ...report })}\n`;
      if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  }
  if (exit === 0 && options.maxWarnings !== undefined && warnings > options.maxWarnings) exit = 1;
  return { exitCode: exit };
}
