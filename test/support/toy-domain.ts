/**
 * A small domain that knows nothing of ISCG, to test the core on its own (the core must
 * work for any cadre de référence).
 */
import type { DomainDefinition, ParseResult, SubjectDefinition } from '../../src/core/types.js';
import { isIsoDate } from '../../src/core/dates.js';

const FIELDS = ['kind', 'date', 'qty', 'tags', 'owner', 'note'] as const;

function parseOrder(input: unknown): ParseResult<Record<string, unknown>> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { ok: false, errors: [{ pointer: '', message: 'Attendu un objet' }] };
  const o = input as Record<string, unknown>;
  const errors = [];
  for (const k of Object.keys(o)) if (!(FIELDS as readonly string[]).includes(k)) errors.push({ pointer: `/${k}`, message: `Clé inconnue « ${k} »` });
  if (!isIsoDate(o['date'])) errors.push({ pointer: '/date', message: 'Date invalide' });
  if (o['qty'] !== undefined && typeof o['qty'] !== 'number') errors.push({ pointer: '/qty', message: 'Nombre attendu' });
  if (o['tags'] !== undefined && !Array.isArray(o['tags'])) errors.push({ pointer: '/tags', message: 'Liste attendue' });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: structuredClone(o) };
}

/** The toy `order` subject. */
export const orderSubject: SubjectDefinition = {
  name: 'order',
  parse: parseOrder,
  dateField: 'date',
  fields: FIELDS,
  facts: {
    qtyDouble: { description: 'qty × 2', compute: (d) => (typeof d['qty'] === 'number' ? d['qty'] * 2 : undefined) },
    isRecent: { description: 'date ≥ 2020', compute: (_d, env) => env.asOf >= '2020-01-01' },
  },
  jsonSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      kind: { const: 'order' },
      date: { type: 'string' },
      qty: { type: 'number' },
      tags: { type: 'array', items: { type: 'string' } },
      owner: { type: 'object', additionalProperties: false, properties: { name: { type: 'string' }, role: { type: 'string' } } },
      note: { type: 'string' },
    },
  },
  exampleBase: { kind: 'order', date: '2021-06-01', qty: 1, tags: ['a'] },
  exportable: true,
};

/** The toy domain. */
export const toyDomain: DomainDefinition = { name: 'toy', subjects: [orderSubject], operators: [] };
