/**
 * Merging a rule example into a subject's base document (docs/rule-language.md, "Exemples").
 * @module
 */
import { mergePatch } from '../../core/merge.js';

/**
 * Merges a patch into a base document (the core's `mergePatch`, typed for documents):
 * objects merge deeply, arrays replace, `null` deletes the key; a patch that is not a plain
 * object replaces the base (for a text subject, the example is the text); `undefined` keeps it.
 *
 * @example
 * mergeExample({ a: { b: 1, c: 2 }, d: [1, 2], e: true }, { a: { b: 3 }, d: [9], e: null });
 * // { a: { b: 3, c: 2 }, d: [9] }
 */
export function mergeExample(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown>;
export function mergeExample(base: Record<string, unknown>, patch: unknown): unknown;
export function mergeExample(base: Record<string, unknown>, patch: unknown): unknown {
  return mergePatch(base, patch);
}
