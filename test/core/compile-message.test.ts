// Compiled messages keep the messages they made, by the values they interpolated: the same values
// give back the same string (a stream's writer then finds it in its table without hashing it
// again). What must hold: the text is always what the template says for these values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMessage, type MessageEnv } from '../../src/core/compile/compile-message.js';
import type { EvalContext } from '../../src/core/compile/context.js';
import { renderTemplate } from '../../src/core/template.js';
import type { Lang } from '../../src/core/types.js';

const env: MessageEnv = { param: (name) => (name === 'max' ? 10 : undefined), derivedIndex: () => undefined };
/** What a compiled message reads of a check: the document's fields. */
const ctxOf = (document: Record<string, unknown>) => ({ document, asOf: '2025-03-01' }) as unknown as EvalContext;
const reference = (template: string, document: Record<string, unknown>, lang: Lang) =>
  renderTemplate(template, (name) => (name === 'params.max' ? 10 : name === 'asOf' ? '2025-03-01' : document[name]), lang);

/** Values as documents hold them, with NULs (the memo's separator) and repeats. */
const valueArb = fc.oneof(
  fc.constantFrom('a', 'b', 'a\u0000b', '\u0000', '', 'police', 'gendarmerie'),
  fc.string({ maxLength: 6, unit: fc.constantFrom('a', 'b', '\u0000', 'é') }),
  fc.integer({ min: -3, max: 3 }),
  fc.boolean(),
  fc.constant(undefined),
  fc.array(fc.constantFrom('identity', 'a\u0000', 'b'), { maxLength: 3 }),
);

describe('compileMessage', () => {
  it('writes, message after message, what the template says for the values (memo included)', () => {
    const templates = ['{{a}}', '« {{a}} » puis « {{b}} »', '{{a}}{{b}}{{a}}', 'plafond {{params.max}}, {{a}} au {{asOf}}'];
    for (const template of templates) {
      for (const lang of ['fr', 'en'] as const) {
        // One compiled message for the whole run: its memo fills up (past its size too) and is reused.
        const message = compileMessage(template, env, lang);
        fc.assert(
          fc.property(valueArb, valueArb, (a, b) => {
            const document = { a, b };
            expect(message(ctxOf(document), undefined)).toBe(reference(template, document, lang));
          }),
          { numRuns: 400 },
        );
      }
    }
  });

  it('never mixes up two lists of values that a NUL separator would join alike', () => {
    const message = compileMessage('[{{a}}|{{b}}]', env, 'fr');
    expect(message(ctxOf({ a: 'x\u0000y', b: 'z' }), undefined)).toBe('[x\u0000y|z]');
    expect(message(ctxOf({ a: 'x', b: 'y\u0000z' }), undefined)).toBe('[x|y\u0000z]');
    expect(message(ctxOf({ a: 'x\u0000y', b: 'z' }), undefined)).toBe('[x\u0000y|z]');
  });

  it('gives back the same string for the same values, and a template without placeholder as is', () => {
    const message = compileMessage('Acte « {{a}} » ({{b}})', env, 'fr');
    const first = message(ctxOf({ a: 'summons', b: ['identity', 'contact'] }), undefined);
    const again = message(ctxOf({ a: 'summons', b: ['identity', 'contact'] }), undefined);
    expect(first).toBe('Acte « summons » (identity, contact)');
    expect(Object.is(first, again)).toBe(true);
    expect(message(ctxOf({ a: 'listening', b: [] }), undefined)).toBe('Acte « listening » ((non renseigné))');
    const plain = compileMessage('Aucune étiquette connue', env, 'fr');
    expect(plain(ctxOf({}), undefined)).toBe('Aucune étiquette connue');
  });
});
