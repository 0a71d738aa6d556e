/**
 * The names of the report formats, apart from the formatters: what the command line needs to read
 * its options, without loading every formatter (each one is loaded when asked, `load.ts`).
 * @module
 */

/** Names of the formats. */
export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'] as const;
/** A format name. */
export type FormatName = (typeof FORMATS)[number];
