/**
 * The tool's version, read once from package.json.
 * @module
 */
import { readFileSync } from 'node:fs';

let cached: string | undefined;

/**
 * Version of the installed `cadre` package.
 * @example
 * toolVersion(); // '0.1.0'
 */
export function toolVersion(): string {
  if (cached === undefined) {
    try {
      cached = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      cached = '0.0.0';
    }
  }
  return cached;
}
