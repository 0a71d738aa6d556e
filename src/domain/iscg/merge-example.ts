/**
 * Merging a rule example into a subject's base document (docs/rule-language.md, "Exemples").
 * @module
 */

/**
 * Merges a patch into a base document: objects merge deeply, arrays replace, `null` deletes the
 * key. Returns a fresh object (neither argument is changed); keys such as `__proto__` are
 * copied as plain keys and never touch a prototype. A patch that is not a plain object
 * replaces the base (for a text subject, the example is the text); `undefined` keeps the base.
 *
 * @example
 * mergeExample({ a: { b: 1, c: 2 }, d: [1, 2], e: true }, { a: { b: 3 }, d: [9], e: null });
 * // { a: { b: 3, c: 2 }, d: [9] }
 */
export function mergeExample(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown>;
export function mergeExample(base: Record<string, unknown>, patch: unknown): unknown;
export function mergeExample(base: Record<string, unknown>, patch: unknown): unknown {
  if (patch === undefined) return cloneData(base);
  if (!isPlainObject(patch)) return cloneData(patch);
  return mergeObjects(base, patch);
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
