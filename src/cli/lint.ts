/**
 * `cadre lint FILE…`: lints fiches de poste (text, Markdown, Word, PDF) with the `post-text`
 * rules, and YAML/JSON posts with a description with both rule families.
 * @module
 */
import { extname } from 'node:path';
import { runCheck } from '../core/check.js';
import { loadFormatter } from '../format/load.js';
import type { FileResult } from '../format/types.js';
import { checkDocument } from './check-document.js';
import { lintHelp } from './help.js';
import { emit, fail, useColor, type CommandResult } from './io.js';
import { parseCommon } from './options.js';
import { createProgress } from './progress.js';
import { expandInputs, readDocuments } from './read-documents.js';
import { checkerFromOptions, exitCodeOf, placeInFile, unreadableReport } from './run-checks.js';
import { toolVersion } from './version.js';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.docx', '.pdf']);
const STRUCTURED = new Set(['.yaml', '.yml', '.json']);
const LINTABLE: ReadonlySet<string> = new Set([...TEXT_EXTENSIONS, ...STRUCTURED]);

/**
 * Runs `cadre lint`.
 * @example
 * await run(['fiche.docx', '--format', 'json']);
 */
export async function run(argv: string[]): Promise<CommandResult> {
  const parsed = parseCommon(argv, { 'show-text': { type: 'boolean' } });
  if (!parsed.ok) return { exitCode: fail(parsed.message) };
  const options = parsed.options;
  if (options.help) {
    process.stdout.write(lintHelp(options.lang));
    return { exitCode: 0 };
  }
  if (options.files.length === 0) return { exitCode: fail(options.lang === 'en' ? 'no file to lint (see cadre lint --help)' : 'aucun fichier à relire (voir cadre lint --help)') };
  const { files, skipped } = await expandInputs(options.files, LINTABLE);
  for (const s of skipped) process.stderr.write(options.lang === 'en' ? `cadre: skipped ${s}: unsupported file type\n` : `cadre : ${s} ignoré : type de fichier non pris en charge (.txt, .md, .docx, .pdf, .yaml, .json)\n`);
  if (files.length === 0) return { exitCode: fail(options.lang === 'en' ? 'no file to lint' : 'aucun fichier à relire') };
  const { extractText, showText } = await import('../text/index.js');
  if (options.flags['show-text'] === true) {
    let exit = 0;
    for (const file of files) {
      const extracted = await extractText(file);
      if (!extracted.ok) {
        process.stderr.write(`${file}: ${options.lang === 'en' ? extracted.error.messageEn : extracted.error.message}\n`);
        exit = 2;
        continue;
      }
      process.stdout.write(`${files.length > 1 ? `== ${file}\n` : ''}${showText(extracted.text)}\n`);
    }
    return { exitCode: exit };
  }
  const checker = await checkerFromOptions(options);
  if (!checker) return { exitCode: 2 };
  const run = { ...(options.asOf !== undefined ? { asOf: options.asOf } : {}), lang: options.lang, verbose: options.verbose };
  const results: FileResult[] = [];
  const progress = createProgress(files.length);
  for (const file of files) {
    if (STRUCTURED.has(extname(file).toLowerCase())) {
      for (const doc of await readDocuments(file, options.lang)) {
        const document = doc.count > 1 ? doc.index + 1 : undefined;
        if (doc.ok && !isPostWithDescription(doc.value)) continue;
        const report = doc.ok ? placeInFile(checkDocument(checker, doc.value, options), doc.position) : unreadableReport(checker, doc.message, doc, options.lang);
        results.push({ file, ...(document !== undefined ? { document } : {}), report });
      }
    } else {
      const extracted = await extractText(file);
      if (!extracted.ok) {
        const message = options.lang === 'en' ? extracted.error.messageEn : extracted.error.message;
        process.stderr.write(`${file}: ${message}\n`);
        results.push({ file, report: unreadableReport(checker, message, {}, options.lang, 'post-text') });
      } else {
        results.push({ file, report: runCheck(checker, 'post-text', extracted.text, run) });
      }
    }
    progress.tick(file);
  }
  progress.done();
  const text = (await loadFormatter(options.format))(results, { lang: options.lang, color: options.output === undefined && useColor(process.stdout), ruleset: checker.ruleset, toolVersion: toolVersion(), command: 'lint' });
  const writeError = emit(text, options.output, options.lang);
  if (writeError) return { exitCode: fail(writeError) };
  return { exitCode: exitCodeOf(results, options) };
}

function isPostWithDescription(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return v['kind'] === 'post' && typeof v['description'] === 'string';
}
