/**
 * Checks that a path in a condition exists in the subject's JSON Schema.
 * @module
 */
import type { PathStep } from '../json-path.js';

type Schema = Record<string, unknown>;

/**
 * Whether `steps` can be followed in `schema` (through properties, items, $ref, anyOf/oneOf/allOf).
 * A schema that says nothing of its properties accepts any path.
 * @example
 * pathExists(actionSchema, ['instructedBy'], ['kind']); // true
 */
export function pathExists(root: Schema, start: Schema | undefined, steps: readonly PathStep[]): boolean {
  if (!start) return false;
  return walk(root, start, steps, 0, 0);
}

function deref(root: Schema, schema: Schema): Schema {
  const ref = schema['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    let node: unknown = root;
    for (const seg of ref.slice(2).split('/')) node = (node as Record<string, unknown> | undefined)?.[seg];
    if (node && typeof node === 'object') return node as Schema;
  }
  return schema;
}

function walk(root: Schema, raw: Schema, steps: readonly PathStep[], i: number, depth: number): boolean {
  if (depth > 50) return false;
  const schema = deref(root, raw);
  if (i === steps.length) return true;
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const alts = schema[key];
    if (Array.isArray(alts) && alts.some((a) => walk(root, a as Schema, steps, i, depth + 1))) return true;
  }
  const step = steps[i] as PathStep;
  if (typeof step === 'number') {
    const items = schema['items'];
    if (items && typeof items === 'object') return walk(root, items as Schema, steps, i + 1, depth + 1);
    return schema['type'] === undefined;
  }
  const props = schema['properties'] as Record<string, Schema> | undefined;
  if (props && Object.prototype.hasOwnProperty.call(props, step)) return walk(root, props[step] as Schema, steps, i + 1, depth + 1);
  if (props || schema['additionalProperties'] === false) return false;
  return schema['type'] === undefined || schema['type'] === 'object';
}

/**
 * The schema of a top-level field of a subject's schema.
 * @example
 * fieldSchema(actionSchema, 'instructedBy')?.['type']; // 'object'
 */
export function fieldSchema(root: Schema, field: string): Schema | undefined {
  const base = deref(root, root);
  const props = base['properties'] as Record<string, Schema> | undefined;
  return props?.[field];
}
