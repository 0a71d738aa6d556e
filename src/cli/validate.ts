/**
 * `cadre validate FILE…`: checks structured documents (post, action, sharing) in YAML or JSON
 * files, or a JSON Lines stream (`--jsonl`).
 * @module
 */
import { loadFormatter } from '../format/load.js';
import type { FileResult } from '../format/types.js';
import { validateHelp } from './help.js';
import { emit, fail, useColor, type CommandResult } from './io.js';
import { parseCommon, type CommonOptions } from './options.js';
import { checkerFromOptions, exitCodeOf, placeInFile, unreadableReport } from './run-checks.js';
import { runJsonl } from './jsonl.js';
import { checkDocument } from './check-document.js';
import { toolVersion } from './version.js';

/**
 * Runs `cadre validate`.
 * @example
 * await run(['docs/examples/', '--format', 'json']);
 */
export async function run(argv: string[]): Promise<CommandResult> {
  const parsed = parseCommon(argv, { jsonl: { type: 'boolean' } });
  if (!parsed.ok) return { exitCode: fail(parsed.message) };
  const options = parsed.options;
  if (options.help) {
    process.stdout.write(validateHelp(options.lang));
    return { exitCode: 0 };
  }
  const jsonl = options.flags['jsonl'] === true;
  if (!jsonl && options.files.length === 0) {
    return { exitCode: fail(options.lang === 'en' ? 'no file to validate (see cadre validate --help)' : 'aucun fichier à valider (voir cadre validate --help)') };
  }
  if (jsonl) return runJsonl(options, () => checkerFromOptions(options));
  const checker = await checkerFromOptions(options);
  if (!checker) return { exitCode: 2 };
  // Loaded here, not with the module: it brings the YAML parser, which --jsonl does not need.
  const { expandInputs, readDocuments, STRUCTURED_EXTENSIONS } = await import('./read-documents.js');
  const { files, skipped } = await expandInputs(options.files, STRUCTURED_EXTENSIONS);
  for (const s of skipped) {
    process.stderr.write(options.lang === 'en' ? `cadre: skipped ${s}: not a YAML or JSON file (use cadre lint for text fiches)\n` : `cadre : ${s} ignoré : ce n'est pas un fichier YAML ou JSON (cadre lint vérifie les fiches en texte)\n`);
  }
  if (files.length === 0) return { exitCode: fail(options.lang === 'en' ? 'no YAML or JSON file to validate' : 'aucun fichier YAML ou JSON à valider') };
  const results: FileResult[] = [];
  for (const file of files) {
    for (const doc of await readDocuments(file, options.lang)) {
      const document = doc.count > 1 ? doc.index + 1 : undefined;
      const report = doc.ok ? placeInFile(checkDocument(checker, doc.value, options), doc.position) : unreadableReport(checker, doc.message, doc, options.lang);
      results.push({ file, ...(document !== undefined ? { document } : {}), report });
      if (!doc.ok && doc.message) process.stderr.write(`${file}${doc.line !== undefined ? `:${doc.line}:${doc.column ?? 1}` : ''}: ${doc.message}\n`);
    }
  }
  const text = (await loadFormatter(options.format))(results, { lang: options.lang, color: options.output === undefined && useColor(process.stdout), ruleset: checker.ruleset, toolVersion: toolVersion(), command: 'validate' });
  const writeError = emit(text, options.output, options.lang);
  if (writeError) return { exitCode: fail(writeError) };
  return { exitCode: exitCodeOf(results, options) };
}
