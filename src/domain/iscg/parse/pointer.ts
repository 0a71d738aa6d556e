/**
 * JSON pointers (RFC 6901) built from paths, and their deterministic order.
 * @module
 */

/**
 * The JSON pointer of a path: `~` is written `~0`, `/` is written `~1`; the root is `""`.
 *
 * @example
 * toPointer(['person', 'role']); // '/person/role'
 * toPointer(['a/b', 'c~d']);     // '/a~1b/c~0d'
 * toPointer([]);                 // ''
 */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((segment) => `/${escapeSegment(String(segment))}`).join('');
}

function escapeSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * Orders pointers segment by segment, array indexes numerically (`/a/2` before `/a/10`), a parent
 * before its children.
 *
 * @example
 * ['/b', '/a/10', '/a/2', ''].sort(comparePointers); // ['', '/a/2', '/a/10', '/b']
 */
export function comparePointers(left: string, right: string): number {
  const a = left.split('/');
  const b = right.split('/');
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const order = compareSegments(a[i] ?? '', b[i] ?? '');
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

const INDEX = /^(0|[1-9][0-9]*)$/;

function compareSegments(a: string, b: string): number {
  if (INDEX.test(a) && INDEX.test(b)) return Number(a) - Number(b);
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
