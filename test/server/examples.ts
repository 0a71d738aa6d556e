/**
 * Realistic documents for the HTTP tests: the examples shipped in docs/examples/ (YAML, several
 * documents per file for the lot), and the Markdown fiches as `post-text` documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

const DIR = 'docs/examples';

/** One example: its file (and rank in the file) and the document to send. */
export interface Example {
  name: string;
  document: Record<string, unknown>;
}

/**
 * Every structured example (post, action, sharing) of docs/examples/.
 * @example
 * structuredExamples().map((e) => e.document.kind); // ['action', …]
 */
export function structuredExamples(): Example[] {
  const out: Example[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort()) {
    const docs = parseAllDocuments(readFileSync(join(DIR, file), 'utf8'));
    docs.forEach((doc, i) => out.push({ name: docs.length > 1 ? `${file}#${i + 1}` : file, document: doc.toJSON() as Record<string, unknown> }));
  }
  return out;
}

/**
 * The Markdown fiches of docs/examples/, as `{ kind: 'post-text', text }`.
 * @example
 * ficheExamples()[0]?.document.kind; // 'post-text'
 */
export function ficheExamples(): Example[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ name: f, document: { kind: 'post-text', text: readFileSync(join(DIR, f), 'utf8') } }));
}

/**
 * One example by file name.
 * @example
 * example('action-audition-demandee-par-opj.yaml').document.requestedBy; // 'police'
 */
export function example(name: string): Example {
  const found = [...structuredExamples(), ...ficheExamples()].find((e) => e.name === name);
  if (!found) throw new Error(`no example ${name}`);
  return found;
}
