/**
 * Merges a rule example into a subject's base document: objects merge deeply, arrays and
 * scalars replace, `null` deletes the key. Inputs are never modified.
 * @module
 */

/**
 * Returns `base` with `patch` applied: objects merge deeply, arrays and scalars replace, `null`
 * deletes the key; a patch that is not a plain object replaces the base, `undefined` keeps it.
 * The result is fresh plain data; keys such as `__proto__` are copied as plain keys and never
 * touch a prototype.
 * @example
 * mergePatch({ a: { b: 1, c: 2 }, d: [1] }, { a: { c: null }, d: [2] }); // { a: { b: 1 }, d: [2] }
 */
export function mergePatch(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return cloneData(base);
  if (!isPlainObject(patch) || !isPlainObject(base)) return cloneData(patch);
  return mergeObjects(base, patch);
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

function mergeObjects(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(base)) {
    if (!Object.prototype.hasOwnProperty.call(patch, key)) define(merged, key, cloneData(base[key]));
  }
  for (const key of Object.keys(patch)) {
    const change = patch[key];
    if (change === null) continue;
    const current = Object.prototype.hasOwnProperty.call(base, key) ? base[key] : undefined;
    const value = isPlainObject(change) && isPlainObject(current) ? mergeObjects(current, change) : cloneData(change);
    define(merged, key, value);
  }
  return merged;
}

/** A deep copy of plain data (objects, arrays, scalars), keys defined as own data properties. */
function cloneData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => cloneData(item));
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) define(copy, key, cloneData(value[key]));
  return copy;
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
