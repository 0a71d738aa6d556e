/**
 * JSON pointers (RFC 6901).
 * @module
 */

/**
 * Builds a pointer from path segments.
 * @example
 * toPointer(['rules', 0, 'a/b']); // '/rules/0/a~1b'
 */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * Splits a pointer into segments.
 * @example
 * fromPointer('/rules/0/a~1b'); // ['rules', '0', 'a/b']
 */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
