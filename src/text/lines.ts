/**
 * Offsets ↔ 1-based line and column in a text.
 * @module
 */
import { zeroedInts } from './slab.js';

/** Start offsets of the lines of a text. */
export interface LineIndex {
  starts: Int32Array;
}

/**
 * Builds the line index of a text (lines end at `\n`; a `\r` before it belongs to the line).
 *
 * @example
 * ```ts
 * buildLineIndex('a\nbc').starts; // Int32Array [0, 2]
 * ```
 */
export function buildLineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  const table = zeroedInts(starts.length);
  table.set(starts);
  return { starts: table };
}

/**
 * Line (0-based index) containing an offset.
 *
 * @example
 * ```ts
 * lineOf(buildLineIndex('a\nbc'), 3); // 1
 * ```
 */
export function lineOf(index: LineIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((index.starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * 1-based line and column of an offset (columns count UTF-16 code units).
 *
 * @example
 * ```ts
 * positionOf(buildLineIndex('a\nbc'), 3); // { line: 2, column: 2 }
 * ```
 */
export function positionOf(index: LineIndex, offset: number): { line: number; column: number } {
  const line = lineOf(index, offset);
  return { line: line + 1, column: offset - (index.starts[line] as number) + 1 };
}
