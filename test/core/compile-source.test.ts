/**
 * The generated condition functions (`compileConditionFast`) answer exactly as the closures
 * (`compileCondition`) on every condition and document: same truth value, or both throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCondition, CompileError, type CompileEnv } from '../../src/core/compile/compile-condition.js';
import { compileConditionFast } from '../../src/core/compile/compile-source.js';
import { EvalContext } from '../../src/core/compile/context.js';
import type { Condition, DerivedFact, OperatorDefinition } from '../../src/core/types.js';

const DERIVED: DerivedFact[] = [
  { description: 'longueur de a', compute: (d) => (typeof d['a'] === 'string' ? d['a'].length : undefined) },
  { description: 'objet dérivé', compute: (d) => ({ x: d['n'], list: d['arr'] }) },
];
const OPERATORS: OperatorDefinition[] = [
  { name: 'isTruthy', compile: (value) => (fact, hits) => { hits?.push({ location: {} }); return Boolean(fact) === Boolean(value); }, jre: false },
];
const env: CompileEnv = {
  derivedIndex: (name) => (name === 'dLength' ? 0 : name === 'dObject' ? 1 : undefined),
  operators: OPERATORS,
  param: (name) => (name === 'limit' ? 3 : undefined),
};

const FACTS = ['a', 'n', 'arr', 'obj', 'missing', '__proto__', 'constructor', 'toString', 'dLength', 'dObject'];
const PATHS = [undefined, '$', '$.x', '$.x.y', "$['x']", '$[0]', '$.list[1]', '$.constructor'];
const OPS = [
  'equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain', 'lessThan', 'greaterThanInclusive',
  'someFact:in', 'everyFact:equal', 'not:contains', 'swap:in', 'someValue:equal', 'not:in', 'isTruthy', 'dateBefore',
];
const scalar = fc.oneof(fc.constantFrom('x', 'y', '', '2020-01-01', 0, 1, 3, -2.5, true, false, null), fc.string({ maxLength: 3 }), fc.integer());
const valueArb = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 3 }),
  fc.record({ fact: fc.constantFrom(...FACTS), path: fc.constantFrom(...PATHS) }, { requiredKeys: ['fact'] }),
  fc.constant({ param: 'limit' }),
);
const factConditionArb = fc.record({ fact: fc.constantFrom(...FACTS), path: fc.constantFrom(...PATHS), operator: fc.constantFrom(...OPS), value: valueArb }, { requiredKeys: ['fact', 'operator', 'value'] });
const conditionArb: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    factConditionArb as fc.Arbitrary<Condition>,
    fc.record({ all: fc.array(tie('c'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('c'), { maxLength: 3 }) }),
    fc.record({ not: tie('c') }),
  ),
})).c;
const documentArb = fc.dictionary(
  fc.constantFrom('a', 'n', 'arr', 'obj', 'other'),
  fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.record({ x: fc.oneof(scalar, fc.record({ y: scalar })), list: fc.array(scalar) }, { requiredKeys: [] })),
);

type Outcome = { value: boolean; hits: number } | { threw: string };

function run(compile: typeof compileCondition, condition: Condition, document: Record<string, unknown>): Outcome | 'compile-error' {
  let test;
  try {
    test = compile(condition, env);
  } catch (error) {
    if (error instanceof CompileError) return 'compile-error';
    throw error;
  }
  const ctx = new EvalContext(document, '2021-06-01', DERIVED);
  ctx.hits = [];
  try {
    return { value: Boolean(test(ctx)), hits: ctx.hits.length };
  } catch (error) {
    return { threw: error instanceof Error ? error.constructor.name : typeof error };
  }
}

describe('compileConditionFast', () => {
  it('answers as the closures on every condition and document (or both refuse, or both throw)', () => {
    fc.assert(
      fc.property(conditionArb, documentArb, fc.boolean(), (condition, document, withProto) => {
        const doc = withProto ? JSON.parse(JSON.stringify({ ...document, __proto__: 'own' }).replace('"__proto__":"own"', '"__proto__":"own"')) : document;
        expect(run(compileConditionFast, condition, doc)).toEqual(run(compileCondition, condition, doc));
      }),
      { numRuns: 20_000 },
    );
  });

  it('writes property names only as JSON literals: a fact name cannot inject code', () => {
    const name = 'a"]) || (globalThis.injected = true) || (d["';
    const test = compileConditionFast({ fact: name, operator: 'equal', value: 1 }, env);
    expect(test(new EvalContext({ [name]: 1 }, '2021-06-01', DERIVED))).toBe(true);
    expect((globalThis as { injected?: unknown }).injected).toBeUndefined();
  });
});
