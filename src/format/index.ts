/**
 * The report formats, by name.
 * @module
 */
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

/** Names of the formats. */
export const FORMATS = ['stylish', 'json'] as const;
/** A format name. */
export type FormatName = (typeof FORMATS)[number];

/**
 * The formatter of a format name.
 * @example
 * formatterFor('json')(results, ctx);
 */
export function formatterFor(name: FormatName): Formatter {
  switch (name) {
    case 'stylish':
      return formatStylish;
    case 'json':
      return formatJson;
    default: {
      const never: never = name;
      throw new Error(`format inconnu ${String(never)}`);
    }
  }
}
export type { FileResult, FormatContext, Formatter } from './types.js';
