/**
 * A finding's stable identity across runs: what it is about (rule, file, document, place in the
 * document or quoted passage), never where it happens to be printed (lines move when a file is edited).
 * @module
 */
import type { Finding } from '../core/types.js';

/**
 * A hex digest of the rule id, the file, the document index, the JSON pointer and the evidence.
 * Line numbers are used only when the finding has neither pointer nor evidence.
 * @example
 * findingFingerprint('a.yaml', undefined, { ruleId: 'action/short-term', location: { pointer: '/followUp' } });
 * // '5d0c…' (32 hex digits, the same on every run)
 */
export function findingFingerprint(file: string, document: number | undefined, finding: Pick<Finding, 'ruleId' | 'location' | 'evidence'>): string {
  const { pointer, line, column } = finding.location;
  const where = pointer !== undefined || finding.evidence !== undefined ? `${pointer ?? ''}\u0000${finding.evidence ?? ''}` : `${line ?? ''}:${column ?? ''}`;
  const key = [finding.ruleId, file.replace(/\\/g, '/'), String(document ?? 1), where].join('\u0000');
  return hash128(key);
}

// Pure JS (no node:crypto): the formatters also run in a browser bundle. Four 32-bit FNV-1a lanes.
function hash128(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const seeds = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  return seeds
    .map((seed, lane) => {
      let h = (seed ^ lane) >>> 0;
      for (const b of bytes) h = Math.imul(h ^ b, 0x01000193 + lane * 2) >>> 0;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
      return ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, '0');
    })
    .join('');
}
