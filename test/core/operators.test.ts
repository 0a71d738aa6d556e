import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { resolveOperator } from '../../src/core/operators/resolve.js';
import { parseJsonPath, resolvePath } from '../../src/core/json-path.js';
import { JSONPath } from 'jsonpath-plus';

// json-rules-engine's own operator map: the reference semantics.
const jreOperators = (new Engine() as unknown as { operators: { get(name: string): { evaluate(a: unknown, b: unknown): boolean } | null } }).operators;

const BASES = ['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];
const DECORATED = ['someFact:in', 'everyFact:in', 'not:contains', 'not:everyFact:in', 'someFact:notIn', 'not:in', 'someValue:contains', 'everyValue:doesNotContain', 'swap:contains', 'not:someFact:equal'];

const scalar = fc.oneof(fc.constantFrom('a', 'b', 'police', '', '10', '2024-01-01'), fc.integer({ min: -5, max: 100 }), fc.boolean(), fc.constant(undefined), fc.constant(null));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }));

describe('operators agree with json-rules-engine', () => {
  for (const name of [...BASES, ...DECORATED]) {
    it(`${name} gives json-rules-engine's result on any values`, () => {
      const ours = resolveOperator(name, []);
      const ref = jreOperators.get(name);
      expect(ours.kind).toBe('comparison');
      expect(ref).not.toBeNull();
      if (ours.kind !== 'comparison' || !ref) return;
      fc.assert(
        fc.property(value, value, (a, b) => {
          let expected: boolean | 'throws';
          try {
            expected = ref.evaluate(a, b);
          } catch {
            expected = 'throws';
          }
          let actual: boolean | 'throws';
          try {
            actual = ours.compare(a, b);
          } catch {
            actual = 'throws';
          }
          expect(actual).toBe(expected);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('refuses unknown operators and decorators with a French message', () => {
    expect(resolveOperator('greaterThen', [])).toMatchObject({ kind: 'unknown', message: expect.stringContaining('opérateur inconnu « greaterThen »') });
    expect(resolveOperator('sum:in', [])).toMatchObject({ kind: 'unknown', message: expect.stringContaining('décorateur inconnu « sum »') });
  });
});

describe('JSON paths resolve as jsonpath-plus does', () => {
  const objects = fc.dictionary(fc.constantFrom('a', 'b', 'kind', 'units'), fc.oneof(scalar, fc.dictionary(fc.constantFrom('a', 'kind'), scalar), fc.array(fc.dictionary(fc.constantFrom('kind'), scalar), { maxLength: 2 })));
  it('on simple paths', () => {
    const paths = ['$.a', '$.kind', '$.a.kind', '$.units[0].kind', '$.units[1]', "$['b']", '$.a.length', '$.units[0]'];
    fc.assert(
      fc.property(objects, fc.constantFrom(...paths), (obj, path) => {
        const parsed = parseJsonPath(path);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(resolvePath(obj, parsed.steps)).toEqual(JSONPath({ path, json: obj, wrap: false }));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what it does not support, with a French message', () => {
    expect(parseJsonPath('kind')).toMatchObject({ ok: false, message: expect.stringContaining('doit commencer par « $ »') });
    expect(parseJsonPath('$..kind')).toMatchObject({ ok: false });
    expect(parseJsonPath('$.units[*]')).toMatchObject({ ok: false });
  });
});
