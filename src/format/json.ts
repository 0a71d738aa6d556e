/**
 * The `json` format: `{ reportVersion: 1, results: [{ file, ...report }] }`, stable key order.
 * @module
 */
import type { Formatter } from './types.js';

/**
 * Formats results as the versioned JSON report.
 * @example
 * JSON.parse(formatJson(results, ctx)).results[0].outcome; // 'compliant'
 */
export const formatJson: Formatter = (results) => {
  const out = {
    reportVersion: 1,
    results: results.map((r) => ({ file: r.file, ...(r.document !== undefined ? { document: r.document } : {}), ...r.report })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};
