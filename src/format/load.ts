/**
 * One formatter, loaded when asked: the command line writes one format per run, and the others
 * (with what they import) need not be loaded at its start.
 * @module
 */
import type { FormatName } from './names.js';
import type { Formatter } from './types.js';

/**
 * The formatter of a format name, its module loaded on demand.
 * @example
 * const format = await loadFormatter('sarif');
 * format(results, ctx);
 */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).formatStylish;
    case 'json':
      return (await import('./json.js')).formatJson;
    case 'sarif':
      return (await import('./sarif.js')).formatSarif;
    case 'junit':
      return (await import('./junit.js')).formatJunit;
    case 'github':
      return (await import('./github.js')).formatGithub;
    case 'markdown':
      return (await import('./markdown.js')).formatMarkdown;
    default: {
      const never: never = name;
      throw new Error(`format inconnu ${String(never)}`);
    }
  }
}
