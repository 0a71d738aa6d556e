/**
 * Careful reading of a document for derived facts: own properties only, no assumption on
 * shapes, never throws. Facts run on schema-valid documents, but a fact must not crash on
 * anything else either.
 * @module
 */
import type { DerivedFact, FactEnv } from '../../../core/types.js';
import type { DiplomaCode } from '../schemas/common.js';
import { DIPLOMA_LABELS, type DiplomaInput } from '../diplomas.js';

/**
 * The value at a path of own properties, or `undefined`.
 *
 * @example
 * read({ a: { b: 1 } }, 'a', 'b'); // 1
 * read({ a: [] }, 'a', 'b');       // undefined
 */
export function read(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * The array at a path, or `undefined` when there is none.
 *
 * @example
 * readList({ missions: ['reception'] }, 'missions'); // ['reception']
 */
export function readList(value: unknown, ...keys: string[]): readonly unknown[] | undefined {
  const found = read(value, ...keys);
  return Array.isArray(found) ? found : undefined;
}

/**
 * Whether an employer kind is public (every kind but `association`); `undefined` when the kind
 * is not a string.
 *
 * @example
 * isPublicEmployerKind('ccas');        // true
 * isPublicEmployerKind('association'); // false
 */
export function isPublicEmployerKind(kind: unknown): boolean | undefined {
  return typeof kind === 'string' ? kind !== 'association' : undefined;
}

/**
 * The diplomas of a list that have the model's shape (a code, or an object with a code).
 *
 * @example
 * diplomasOf(['DEASS', { code: 'DEES' }, 42]); // ['DEASS', { code: 'DEES' }]
 */
export function diplomasOf(items: readonly unknown[]): DiplomaInput[] {
  const diplomas: DiplomaInput[] = [];
  for (const item of items) {
    if (typeof item === 'string' && isCode(item) && item !== 'OTHER') diplomas.push(item);
    else if (isCode(read(item, 'code'))) diplomas.push(item as DiplomaInput);
  }
  return diplomas;
}

// The labels table has every code (its type says so): no need for the zod schemas here.
function isCode(value: unknown): value is DiplomaCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(DIPLOMA_LABELS, value);
}

/**
 * A derived fact whose computation can never throw: on any failure its value is `undefined`.
 *
 * @example
 * const idOf = defineFact('Identifiant', (doc) => read(doc, 'id'));
 * idOf.compute({ id: 'p1' }, { asOf: '2024-01-01' }); // 'p1'
 */
export function defineFact(description: string, compute: (document: Record<string, unknown>, env: FactEnv) => unknown): DerivedFact {
  return {
    description,
    compute(document, env) {
      try {
        return compute(document, env);
      } catch {
        return undefined;
      }
    },
  };
}
