/**
 * Where the zod parser is found once loaded. zod only runs when the fast parser refuses a
 * document (to word its errors, "error parity"), and it is a heavy import: the public API loads
 * it with its module (synchronous checks), other code starts loading it in the background, and
 * the command line loads it only when a document is invalid, so that `cadre validate` of valid
 * documents starts without it.
 * @module
 */
import type { Lang, ParseResult } from '../../../core/types.js';

/** A structured subject of the ISCG model. */
export type StructuredName = 'post' | 'action' | 'sharing';

/** Parses a document of a subject with zod: the value, or the located errors in French or English. */
export type ZodParse = (subject: StructuredName, input: unknown, lang: Lang) => ParseResult<Record<string, unknown>>;

let provided: ZodParse | undefined;
let onDemand = false;

/**
 * Makes the zod parser available (called by `parse.ts` when it is loaded).
 *
 * @example
 * provideZodParse((subject, input, lang) => parseWithSchema(schemas[subject], input, lang));
 */
export function provideZodParse(parse: ZodParse): void {
  provided = parse;
}

/**
 * For the command line: load zod only when a document is invalid, not in the background.
 *
 * @example
 * loadZodOnDemand(); // first thing in `cadre`'s main
 */
export function loadZodOnDemand(): void {
  onDemand = true;
}

/**
 * For the command line: zod on demand where Node can load it synchronously when a document is
 * invalid (`require` of an ES module: `process.features.require_module`, Node ≥ 20.19); on an
 * older Node, loaded now.
 *
 * @example
 * await prepareZodForCommandLine(); // in `cadre`'s main, before a command loads the checker
 */
export async function prepareZodForCommandLine(): Promise<void> {
  const features = (globalThis as { process?: { features?: { require_module?: boolean } } }).process?.features;
  if (features?.require_module === true) loadZodOnDemand();
  else await import('./parse.js');
}

/**
 * Starts loading zod without waiting for it (unless the command line asked for it on demand):
 * it is there long before a check needs it.
 *
 * @example
 * preloadZod(); // when the subjects are defined
 */
export function preloadZod(): void {
  if (!onDemand && provided === undefined) import('./parse.js').catch(() => undefined);
}

/**
 * The zod parser, loading `parse.ts` (and zod) synchronously in Node if it is not there yet.
 *
 * @example
 * zodParse()('action', { type: 'polis' }, 'fr').ok; // false
 */
export function zodParse(): ZodParse {
  if (provided === undefined) loadSynchronously();
  if (provided === undefined) throw new Error("cadre : l'analyseur zod n'est pas chargé (importer domain/iscg/parse/parse.js)");
  return provided;
}

interface NodeProcess {
  getBuiltinModule?(id: 'node:module'): typeof import('node:module');
}

/** In Node (≥ 20.19: `require` of an ES module), loads `parse.js`, which provides itself. */
function loadSynchronously(): void {
  const process = (globalThis as { process?: NodeProcess }).process;
  const moduleApi = process?.getBuiltinModule?.('node:module');
  moduleApi?.createRequire(import.meta.url)('./parse.js');
}
