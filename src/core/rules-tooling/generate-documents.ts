/**
 * Generates documents of a subject from its JSON Schema, with a fixed seed, for `cadre rules diff`:
 * each document is the subject's base example with a random part of its fields redrawn from the
 * schema (enums, booleans, numbers in bounds, dates near the document's own date, optional fields
 * dropped), kept only when the subject's parser accepts it. Generic: knows nothing of any domain.
 * @module
 */
import type { SubjectDefinition } from '../types.js';
import { seededRandom, type Random } from './random.js';

type Schema = Record<string, unknown>;

/** What {@link generateDocuments} produced. */
export interface GeneratedDocuments {
  subject: string;
  documents: Record<string, unknown>[];
  /** Drafts rejected by the subject's parser (the schema cannot express every constraint). */
  rejected: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const DAY = 86_400_000;
const FROM = Date.UTC(2007, 0, 1);
const TO = Date.UTC(2026, 11, 31);

/**
 * `count` valid documents of a structured subject (none for a subject whose schema is not an object).
 * @example
 * generateDocuments(orderSubject, 100, 1).documents.length; // 100
 */
export function generateDocuments(subject: SubjectDefinition, count: number, seed: number): GeneratedDocuments {
  const out: GeneratedDocuments = { subject: subject.name, documents: [], rejected: 0 };
  const schema = subject.jsonSchema;
  const base = subject.exampleBase;
  if (schema['type'] !== 'object' || !isObject(base)) return out;
  const rng = seededRandom(seed ^ hashName(subject.name));
  const budget = count * 20;
  for (let attempt = 0; out.documents.length < count && attempt < budget; attempt++) {
    const anchor = rng.int(FROM / DAY, TO / DAY) * DAY;
    const ctx: DrawContext = { rng, anchor, dateField: subject.dateField };
    const draft = redrawObject(base, schema, ctx, 0, true);
    if (subject.parse(draft, 'fr').ok) out.documents.push(draft);
    else out.rejected++;
  }
  return out;
}

interface DrawContext {
  rng: Random;
  /** The document's own date (ms): other dates are drawn up to 400 days before it. */
  anchor: number;
  dateField: string | undefined;
}

function redrawObject(base: Record<string, unknown>, schema: Schema, ctx: DrawContext, depth: number, top: boolean): Record<string, unknown> {
  const props = properties(schema);
  const required = new Set(requiredOf(schema));
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(props)) {
    const has = Object.prototype.hasOwnProperty.call(base, key);
    const optional = !required.has(key);
    const roll = ctx.rng.next();
    let v: unknown;
    if (top && key === ctx.dateField) v = isoDate(ctx.anchor);
    else if (!has) v = optional && roll < 0.5 ? undefined : draw(sub, ctx, depth + 1);
    else if (roll < 0.4) v = structuredClone(base[key]);
    else if (roll < 0.7 && isObject(base[key])) v = redrawObject(base[key] as Record<string, unknown>, sub, ctx, depth + 1, false);
    else if (roll < 0.85 && optional) v = undefined;
    else v = draw(sub, ctx, depth + 1) ?? structuredClone(base[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function draw(schema: Schema, ctx: DrawContext, depth: number): unknown {
  const { rng } = ctx;
  if ('const' in schema) return structuredClone(schema['const']);
  if (Array.isArray(schema['enum'])) return structuredClone(rng.pick(schema['enum'] as unknown[]));
  const choices = (schema['anyOf'] ?? schema['oneOf']) as Schema[] | undefined;
  if (Array.isArray(choices) && choices.length > 0) return draw(rng.pick(choices), ctx, depth);
  const type = Array.isArray(schema['type']) ? rng.pick(schema['type'] as string[]) : schema['type'];
  switch (type) {
    case 'boolean':
      return rng.chance(0.5);
    case 'integer':
    case 'number': {
      const min = typeof schema['minimum'] === 'number' ? schema['minimum'] : typeof schema['exclusiveMinimum'] === 'number' ? schema['exclusiveMinimum'] + 1 : 0;
      const max = typeof schema['maximum'] === 'number' ? schema['maximum'] : min + 400;
      return rng.int(Math.ceil(min), Math.floor(max));
    }
    case 'string':
      if (schema['format'] === 'date') return isoDate(ctx.anchor - rng.int(0, 400) * DAY);
      if (typeof schema['pattern'] === 'string') return undefined; // cannot invert a pattern: keep the base value
      return rng.pick(['Nom', 'Service', 'Dupont', 'Association Aide', 'Observation']);
    case 'array': {
      const items = isObject(schema['items']) ? (schema['items'] as Schema) : undefined;
      if (!items || depth > 6) return [];
      const min = typeof schema['minItems'] === 'number' ? schema['minItems'] : 0;
      const n = rng.int(min, Math.max(min, 3));
      const list: unknown[] = [];
      for (let i = 0; i < n; i++) {
        const v = draw(items, ctx, depth + 1);
        if (v !== undefined) list.push(v);
      }
      return schema['uniqueItems'] === true ? unique(list) : list;
    }
    case 'object':
      return depth > 8 ? {} : redrawObject({}, schema, ctx, depth, false);
    case 'null':
      return null;
    default:
      return undefined;
  }
}

function properties(schema: Schema): Record<string, Schema> {
  const own = isObject(schema['properties']) ? (schema['properties'] as Record<string, Schema>) : {};
  const merged: Record<string, Schema> = { ...own };
  for (const part of (schema['allOf'] as Schema[] | undefined) ?? []) {
    if (isObject(part['properties'])) for (const [k, v] of Object.entries(part['properties'] as Record<string, Schema>)) merged[k] ??= v;
  }
  return merged;
}

function requiredOf(schema: Schema): string[] {
  return Array.isArray(schema['required']) ? (schema['required'] as string[]) : [];
}

function unique(list: unknown[]): unknown[] {
  const seen = new Set<string>();
  return list.filter((v) => {
    const key = JSON.stringify(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
