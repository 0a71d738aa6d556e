/**
 * The report formats, by name.
 * @module
 */
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FormatName } from './names.js';
import type { Formatter } from './types.js';

export { FORMATS, type FormatName } from './names.js';

/**
 * The formatter of a format name.
 * @example
 * formatterFor('sarif')(results, ctx);
 */
export function formatterFor(name: FormatName): Formatter {
  switch (name) {
    case 'stylish':
      return formatStylish;
    case 'json':
      return formatJson;
    case 'sarif':
      return formatSarif;
    case 'junit':
      return formatJunit;
    case 'github':
      return formatGithub;
    case 'markdown':
      return formatMarkdown;
    default: {
      const never: never = name;
      throw new Error(`format inconnu ${String(never)}`);
    }
  }
}
export type { FileResult, FormatContext, Formatter } from './types.js';
