/**
 * The built package, as users run it: the bench measures `dist/`, not the TypeScript sources
 * (types come from the sources, code from the build).
 * @module
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The built command. */
export const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

/** The public API of the built package. */
export type Cadre = typeof import('../src/index.js');
/** The text extraction of the built package (to read .docx/.pdf fiches before timing the linter). */
export type TextModule = typeof import('../src/text/index.js');

async function load<T>(path: string): Promise<T> {
  const file = fileURLToPath(new URL(`../dist/${path}`, import.meta.url));
  if (!existsSync(file)) throw new Error(`${file} manque : lancer npm run build`);
  return (await import(pathToFileURL(file).href)) as T;
}

/**
 * Loads the built public API.
 * @example
 * const cadre = await loadCadre();
 * cadre.validateAction(document).outcome;
 */
export function loadCadre(): Promise<Cadre> {
  return load<Cadre>('index.js');
}

/**
 * Loads the built text module.
 * @example
 * const text = await loadTextModule();
 * await text.extractText('fiche.docx');
 */
export function loadTextModule(): Promise<TextModule> {
  return load<TextModule>('text/index.js');
}
