/**
 * Merges a rule example into a subject's base document: objects merge deeply, arrays and
 * scalars replace, `null` deletes the key. Inputs are never modified.
 * @module
 */

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Returns `base` with `patch` applied.
 * @example
 * mergePatch({ a: { b: 1, c: 2 }, d: [1] }, { a: { c: null }, d: [2] }); // { a: { b: 1 }, d: [2] }
 */
export function mergePatch(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return structuredClone(patch);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(base)) out[k] = structuredClone(v);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else Object.defineProperty(out, k, { value: mergePatch(out[k], v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * The full document of a rule example: the example merged into the subject's base document
 * (for a text subject, the example's text itself).
 * @example
 * exampleDocument({ exampleBase: { a: 1 } }, { input: { b: 2 } }); // { a: 1, b: 2 }
 */
export function exampleDocument(subject: { exampleBase: unknown }, example: { input: unknown }): unknown {
  const base = subject.exampleBase;
  return base !== null && typeof base === 'object' ? mergePatch(base, example.input) : example.input;
}
