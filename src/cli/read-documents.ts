/**
 * Reads the documents of `cadre validate`: YAML files (several documents separated by `---`)
 * and JSON files, with a map from JSON pointers back to line and column; folders are expanded.
 * @module
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { LineCounter, parseAllDocuments, parseDocument } from 'yaml';
import { positionMapper } from '../core/loader/yaml-source.js';
import type { Lang } from '../core/types.js';
import { describeIoError } from '../core/io-error.js';

/** One document read from a file, or why it could not be read. */
export type ReadDocument =
  | { ok: true; file: string; index: number; count: number; value: unknown; position(pointer: string, key?: boolean): { line: number; column: number } }
  | { ok: false; file: string; index: number; count: number; message: string; line?: number; column?: number; fatal: boolean };

const STRUCTURED = new Set(['.yaml', '.yml', '.json']);

/**
 * Expands folders into the YAML and JSON files they contain (sorted), keeps files as given.
 * Returns the files and the paths skipped (not YAML/JSON).
 * @example
 * await expandInputs(['docs/examples'], STRUCTURED_EXTENSIONS);
 */
export async function expandInputs(paths: string[], extensions: ReadonlySet<string>): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      files.push(p); // reported as unreadable when read
      continue;
    }
    if (isDir) {
      const entries = (await readdir(p, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile() && extensions.has(extname(e.name).toLowerCase()))
        .map((e) => join(e.parentPath ?? p, e.name))
        .sort();
      files.push(...entries);
    } else if (extensions.has(extname(p).toLowerCase())) {
      files.push(p);
    } else {
      skipped.push(p);
    }
  }
  return { files, skipped };
}

/** Extensions of structured documents. */
export const STRUCTURED_EXTENSIONS: ReadonlySet<string> = STRUCTURED;

/**
 * Reads every document of a YAML or JSON file. Never throws.
 * @example
 * for (const doc of await readDocuments('docs/examples/action.yaml', 'fr')) if (doc.ok) check(doc.value);
 */
export async function readDocuments(file: string, lang: Lang): Promise<ReadDocument[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return [{ ok: false, file, index: 0, count: 1, message: describeIoError(error)[lang], fatal: true }];
  }
  if (text.includes('\u0000')) {
    return [{ ok: false, file, index: 0, count: 1, message: lang === 'en' ? 'binary file, not a YAML or JSON document' : "fichier binaire : ce n'est pas un document YAML ou JSON", fatal: true }];
  }
  if (text.trim() === '') {
    return [{ ok: false, file, index: 0, count: 1, message: lang === 'en' ? 'empty file: no document to check' : 'fichier vide : aucun document à vérifier', line: 1, column: 1, fatal: true }];
  }
  return extname(file).toLowerCase() === '.json' ? readJson(file, text, lang) : readYaml(file, text, lang);
}

function readJson(file: string, text: string, lang: Lang): ReadDocument[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    const { line, column } = pos ? lineColumn(text, Number(pos[1])) : { line: 1, column: 1 };
    return [{ ok: false, file, index: 0, count: 1, message: lang === 'en' ? `invalid JSON: ${message}` : `JSON invalide : ${message}`, line, column, fatal: true }];
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return [{ ok: true, file, index: 0, count: 1, value, position: positionMapper(doc, lineCounter) }];
}

function readYaml(file: string, text: string, lang: Lang): ReadDocument[] {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const list = Array.isArray(docs) ? docs : [];
  if (!Array.isArray(docs)) {
    return [{ ok: false, file, index: 0, count: 1, message: lang === 'en' ? 'invalid YAML' : 'YAML invalide', line: 1, column: 1, fatal: true }];
  }
  const nonEmpty = list.filter((d) => d.contents !== null);
  if (nonEmpty.length === 0) {
    return [{ ok: false, file, index: 0, count: 1, message: lang === 'en' ? 'empty file: no document to check' : 'fichier vide : aucun document à vérifier', line: 1, column: 1, fatal: true }];
  }
  return nonEmpty.map((doc, index): ReadDocument => {
    const error = doc.errors[0];
    if (error) {
      const pos = error.linePos?.[0];
      const detail = error.message.split('\n')[0] ?? error.message;
      return { ok: false, file, index, count: nonEmpty.length, message: lang === 'en' ? `invalid YAML: ${detail}` : `YAML invalide : ${detail}`, line: pos?.line ?? 1, column: pos?.col ?? 1, fatal: true };
    }
    try {
      const value = doc.toJS({ maxAliasCount: 100 });
      return { ok: true, file, index, count: nonEmpty.length, value, position: positionMapper(doc, lineCounter) };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return { ok: false, file, index, count: nonEmpty.length, message: lang === 'en' ? `invalid YAML: ${detail}` : `YAML invalide : ${detail}`, line: 1, column: 1, fatal: true };
    }
  });
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}
