import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionFacts, parseAction, parsePost, parseSharing, postFacts, sharingFacts } from '../../../src/domain/iscg/index.js';
import type { DerivedFact, InputError, ParseResult } from '../../../src/core/types.js';
import { actionArb, arbitraryJsonArb, postArb, sharingArb } from '../../support/iscg-arbitraries.js';

const subjects = [
  { name: 'post', arb: postArb, parse: parsePost, facts: postFacts },
  { name: 'action', arb: actionArb, parse: parseAction, facts: actionFacts },
  { name: 'sharing', arb: sharingArb, parse: parseSharing, facts: sharingFacts },
] as const;

function computeAll(facts: Record<string, DerivedFact>, document: Record<string, unknown>, asOf: string): void {
  for (const fact of Object.values(facts)) fact.compute(document, { asOf });
}

describe.each(subjects)('générateur $name', ({ arb, parse, facts }) => {
  it('ne produit que des documents valides (1000 essais)', () => {
    fc.assert(
      fc.property(arb, (document) => {
        const result = parse(document, 'fr');
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        computeAll(facts, result.value, '2024-01-01');
      }),
      { numRuns: 1000 },
    );
  });
});

const protoNames = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();

function expectWellFormed(result: ParseResult<Record<string, unknown>>): void {
  if (result.ok) {
    const check = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(check);
      else if (typeof value === 'object' && value !== null) {
        expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
        Object.values(value).forEach(check);
      }
    };
    check(result.value);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors as InputError[]) {
    expect(error.pointer === '' || error.pointer.startsWith('/')).toBe(true);
    expect(error.message.length).toBeGreaterThan(0);
  }
}

describe('robustesse des parseurs', () => {
  it('n’importe quelle valeur JSON : jamais d’exception, Object.prototype intact', () => {
    const before = protoNames();
    fc.assert(
      fc.property(arbitraryJsonArb, fc.constantFrom('fr', 'en' as const), (input, lang) => {
        for (const { parse } of subjects) expectWellFormed(parse(input, lang));
        expect(protoNames()).toEqual(before);
        expect(({} as Record<string, unknown>)['x']).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('n’importe quelle valeur JavaScript : jamais d’exception', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true }), (input) => {
        for (const { parse } of subjects) expectWellFormed(parse(input));
      }),
      { numRuns: 500 },
    );
  });

  it('une clé __proto__ n’importe où dans un document rend toujours une erreur', () => {
    fc.assert(
      fc.property(fc.oneof(postArb, actionArb, sharingArb), fc.nat(), (document, pick) => {
        const objects: Record<string, unknown>[] = [];
        const collect = (value: unknown): void => {
          if (Array.isArray(value)) value.forEach(collect);
          else if (typeof value === 'object' && value !== null) {
            objects.push(value as Record<string, unknown>);
            Object.values(value).forEach(collect);
          }
        };
        const copy = structuredClone(document);
        collect(copy);
        const target = objects[pick % objects.length] ?? copy;
        Object.defineProperty(target, '__proto__', { value: { x: 1 }, enumerable: true, configurable: true, writable: true });
        const input: unknown = JSON.parse(JSON.stringify(copy));
        const results = subjects.map(({ parse }) => parse(input));
        expect(results.every((result) => !result.ok)).toBe(true);
        const own = results.find((r) => !r.ok && r.errors.some((e) => e.pointer.endsWith('/__proto__')));
        expect(own).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });
});
