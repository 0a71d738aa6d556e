/**
 * Deep copies of JSON-like data into fresh plain objects and arrays, immune to prototype tricks.
 * @module
 */

/**
 * A fresh copy of JSON-like data: plain objects (with `Object.prototype`), arrays and scalars.
 * Keys are defined as own data properties, so a key `__proto__` stays a key and never changes
 * a prototype; `undefined` members are dropped, as in JSON.
 *
 * @example
 * const copy = toPlainData(JSON.parse('{"__proto__": {"x": 1}}')) as Record<string, unknown>;
 * Object.getPrototypeOf(copy) === Object.prototype; // true
 * Object.keys(copy); // ['__proto__']
 */
export function toPlainData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => toPlainData(item));
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const member: unknown = (value as Record<string, unknown>)[key];
    if (member === undefined) continue;
    Object.defineProperty(copy, key, { value: toPlainData(member), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}
