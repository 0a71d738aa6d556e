import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BASE_ACTION, BASE_POST, BASE_SHARING, actionSubject, mergeExample, parseAction, parsePost, parseSharing, postSubject,
  sharingSubject,
} from '../../../src/domain/iscg/index.js';
import { actionArb, arbitraryJsonArb, postArb, sharingArb } from '../../support/iscg-arbitraries.js';

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
const subjects = [
  { subject: postSubject, parse: parsePost, base: BASE_POST, arb: postArb },
  { subject: actionSubject, parse: parseAction, base: BASE_ACTION, arb: actionArb },
  { subject: sharingSubject, parse: parseSharing, base: BASE_SHARING, arb: sharingArb },
];

describe.each(subjects)('schéma JSON du sujet $subject.name', ({ subject, parse, base, arb }) => {
  const validate = ajv.compile(subject.jsonSchema);

  it('porte $id, title, description et ferme chaque objet', () => {
    expect(subject.jsonSchema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `https://cadre.invalid/schemas/${subject.name}.schema.json`,
      type: 'object',
      additionalProperties: false,
    });
    expect(typeof subject.jsonSchema['title']).toBe('string');
    expect(typeof subject.jsonSchema['description']).toBe('string');
    const objects: Record<string, unknown>[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (typeof node === 'object' && node !== null) {
        const record = node as Record<string, unknown>;
        if (record['type'] === 'object') objects.push(record);
        Object.values(record).forEach(walk);
      }
    };
    walk(subject.jsonSchema);
    expect(objects.length).toBeGreaterThan(1);
    for (const object of objects) expect(object['additionalProperties']).toBe(false);
  });

  it('accepte le document de base et les documents générés', () => {
    expect(validate(base)).toBe(true);
    fc.assert(fc.property(arb, (document) => validate(document) === true), { numRuns: 300 });
  });

  it('dit comme zod sur des entrées quelconques', () => {
    fc.assert(
      fc.property(arbitraryJsonArb, (input) => {
        // Own __proto__ keys: ajv reads them as plain keys too, both must reject.
        expect(validate(input)).toBe(parse(input).ok);
      }),
      { numRuns: 500 },
    );
  });

  it('refuse un diplôme OTHER sans label ni level, ou un niveau hors échelle', () => {
    const bad = [
      { holder: { diplomas: [{ code: 'OTHER' }] } },
      { holder: { diplomas: [{ code: 'OTHER', label: 'x', level: { scale: '1969', value: 6 } }] } },
      { holder: { diplomas: [{ code: 'OTHER', label: 'x', level: { scale: 'cncp-2019', value: 'III' } }] } },
      { qualifications: { required: ['OTHER'] } },
    ];
    if (subject.name !== 'post') return;
    for (const patch of bad) {
      const document = mergeExample(base, patch);
      expect(validate(document)).toBe(false);
      expect(parse(document).ok).toBe(false);
    }
    const good = mergeExample(base, { holder: { diplomas: [{ code: 'OTHER', label: 'x', level: { scale: 'cncp-2019', value: '6' } }] } });
    expect(validate(good)).toBe(true);
  });
});
