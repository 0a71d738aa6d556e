/**
 * The generated fast parsers accept exactly what zod accepts and give the same document, so that
 * zod only has to run for invalid input ("error parity"); the subjects' parsers give the same
 * results as zod alone, errors and messages included. The one difference, by design: every object
 * of a fast parser's document has all the fields of its schema, in the schema's order, `undefined`
 * where the input has none (zod leaves them out) — one shape per object of the model, which the
 * generated code then reads without ever meeting a new one. Compared here with `toEqual` (which
 * takes an `undefined` field for a missing one), with `JSON.stringify`, and with that shape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { actionSchema, parseAction, parsePost, parseSharing, parseWithSchema, postSchema, sharingSchema } from '../../../src/domain/iscg/index.js';
import { dateSchema } from '../../../src/domain/iscg/schemas/common.js';
import { FAST_PARSERS } from '../../../src/domain/iscg/parse/generated/fast-parsers.js';
import { isIsoDateString } from '../../../src/domain/iscg/parse/refinements.js';
import { fastParse as fastParseWith } from '../../../src/domain/iscg/parse/structured.js';
import { actionArb, arbitraryJsonArb, postArb, sharingArb } from '../../support/iscg-arbitraries.js';

type Doc = Record<string, unknown>;
const fastParse = (subject: keyof typeof FAST_PARSERS, input: unknown): Doc | undefined => fastParseWith(FAST_PARSERS[subject], input);
const subjects = [
  { name: 'post', schema: postSchema, parse: parsePost, arb: postArb },
  { name: 'action', schema: actionSchema, parse: parseAction, arb: actionArb },
  { name: 'sharing', schema: sharingSchema, parse: parseSharing, arb: sharingArb },
] as const;

/** Values that sit on the edges of the model: wrong types, near-miss enums and dates, levels. */
const EDGE_VALUES: unknown[] = [
  undefined, null, '', ' ', 'x', 0, -1, 1.5, 6, 9, '6', '9', 'III', 'VI', Number.NaN, true, false, [], {}, [null], ['DEASS'],
  'OTHER', 'DEASS', '2024-02-29', '2023-02-29', '2024-13-01', '2024-1-01', '2024-01-01T00:00:00Z', 'police', 'victim', 'given',
  { code: 'OTHER' }, { code: 'OTHER', label: 'x', level: { scale: '1969', value: 'III' } }, { scale: 'cncp-2019', value: 8 },
  { kind: 'police' }, { kind: 'departement', extra: 1 },
];

/** A valid document changed at one place: a value replaced, a key removed, or an unknown key added. */
const mutatedArb = fc
  .tuple(fc.oneof(postArb, actionArb, sharingArb), fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom(...EDGE_VALUES), fc.constantFrom('replace', 'delete', 'add'))
  .map(([doc, route, value, how]) => {
    const copy = structuredClone(doc);
    let holder: Doc | unknown[] = copy;
    for (const step of route) {
      const keys = Object.keys(holder);
      const next = keys.length === 0 ? undefined : (holder as Doc)[keys[step % keys.length] as string];
      if (typeof next !== 'object' || next === null || step % 5 === 4) break;
      holder = next as Doc;
    }
    const keys = Object.keys(holder);
    const key = how === 'add' || keys.length === 0 ? 'extra' : (keys[(route[0] ?? 0) % keys.length] as string);
    if (how === 'delete') delete (holder as Doc)[key];
    else (holder as Doc)[key] = structuredClone(value);
    return copy as unknown;
  });

/**
 * Garbage for the many-run properties: any JSON value, JSON objects with hostile keys, mutated
 * documents. (`arbitraryJsonArb` can throw while generating — a `length` key on an array — so it
 * runs below with as few runs as the other tests give it.)
 */
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'kind', 'date', 'person', 'length'];
const hostileArb = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 6 })), fc.jsonValue({ maxDepth: 2 })), { maxLength: 5 })
  .map((entries) => JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`) as unknown);
const garbageArb = fc.oneof(mutatedArb, fc.jsonValue(), hostileArb);

/** The fields of the objects a schema describes, by walking it as the generator does. */
interface ZodWalk {
  _zod: { def: { type: string; shape?: Record<string, ZodWalk>; innerType?: ZodWalk; element?: ZodWalk; options?: ZodWalk[] } };
}

/** Checks that every object of `value` has exactly the fields of its schema, in order. */
function expectFullShape(value: unknown, schema: ZodWalk): void {
  const def = schema._zod.def;
  if (def.type === 'optional') return expectFullShape(value, def.innerType as ZodWalk);
  if (value === undefined || value === null || typeof value !== 'object') return;
  if (def.type === 'array') {
    for (const item of value as unknown[]) expectFullShape(item, def.element as ZodWalk);
  } else if (def.type === 'union') {
    const objects = (def.options ?? []).filter((o) => o._zod.def.type === 'object');
    if (objects.length === 1) expectFullShape(value, objects[0] as ZodWalk);
  } else if (def.type === 'object') {
    const shape = def.shape ?? {};
    expect(Object.keys(value)).toEqual(Object.keys(shape));
    for (const [key, field] of Object.entries(shape)) expectFullShape((value as Doc)[key], field);
  }
}

/** The same document, or both refused: `undefined` fields are missing ones. */
function expectSameDocument(fast: Doc | undefined, zod: Doc | undefined): void {
  expect(fast === undefined).toBe(zod === undefined);
  expect(fast).toEqual(zod);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
}

function zodValue(schema: z.ZodType, input: unknown): Doc | undefined {
  const result = parseWithSchema(schema, input, 'fr');
  return result.ok ? result.value : undefined;
}

describe.each(subjects)('analyseur rapide du sujet $name', ({ name, schema, parse, arb }) => {
  it('rend le document de zod sur les documents valides, avec tous les champs du schéma, dans son ordre', () => {
    fc.assert(
      fc.property(arb, (doc) => {
        const fast = fastParse(name, doc);
        expect(fast).toBeDefined();
        expectSameDocument(fast, zodValue(schema, doc));
        expectFullShape(fast, schema as unknown as ZodWalk);
        expect(fast).not.toBe(doc);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepte exactement ce que zod accepte, sur des documents abîmés et du JSON quelconque', () => {
    fc.assert(
      fc.property(garbageArb, (input) => {
        expectSameDocument(fastParse(name, input), zodValue(schema, input));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(arbitraryJsonArb, (input) => {
        expectSameDocument(fastParse(name, input), zodValue(schema, input));
      }),
      { numRuns: 300 },
    );
  });

  it('ne diffère de zod seul en rien (les champs absents mis à part), erreurs et messages compris, en français et en anglais', () => {
    fc.assert(
      fc.property(fc.oneof(arb, garbageArb), fc.constantFrom('fr', 'en'), (input, lang) => {
        const ours = parse(input, lang);
        const zod = parseWithSchema(schema, input, lang);
        expect(ours.ok).toBe(zod.ok);
        if (ours.ok && zod.ok) expectSameDocument(ours.value, zod.value);
        else expect(ours).toStrictEqual(zod);
      }),
      { numRuns: 3000 },
    );
  });

  it("n'accepte jamais une valeur JavaScript que zod refuse, et rend alors le même document", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true }), (input) => {
        const fast = fastParse(name, input);
        if (fast !== undefined) expectSameDocument(fast, zodValue(schema, input));
        const ours = parse(input, 'fr');
        const zod = parseWithSchema(schema, input, 'fr');
        if (ours.ok && zod.ok) expectSameDocument(ours.value, zod.value);
        else expect(ours).toStrictEqual(zod);
      }),
      { numRuns: 500 },
    );
  });
});

describe('isIsoDateString', () => {
  const pattern = (dateSchema as unknown as { _zod: { def: { pattern: RegExp } } })._zod.def.pattern;
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');

  it('answers as the ISO date pattern of zod on every day of sample years', () => {
    for (const y of [0, 1, 4, 99, 100, 400, 1600, 1900, 2000, 2023, 2024, 2100, 9996, 9999]) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const date = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(isIsoDateString(date), date).toBe(pattern.test(date));
        }
      }
    }
  });

  it('answers as the ISO date pattern of zod on near-dates and any string', () => {
    const nearDate = fc
      .tuple(fc.stringMatching(/^[0-9]{0,5}$/), fc.constantFrom('-', '/', ''), fc.stringMatching(/^[0-9a]{1,3}$/), fc.constantFrom('-', ' '), fc.stringMatching(/^[0-9]{1,3}\n?$/))
      .map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(nearDate, fc.string()), (value) => {
      expect(isIsoDateString(value)).toBe(pattern.test(value));
    }), { numRuns: 20_000 });
  });
});
