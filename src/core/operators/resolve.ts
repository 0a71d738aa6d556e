/**
 * Resolves an operator name such as `not:someFact:in` into one comparison function,
 * composed exactly as json-rules-engine composes decorators.
 * @module
 */
import type { OperatorDefinition } from '../types.js';
import { BUILTIN_DECORATORS, BUILTIN_OPERATORS, type BaseOperator } from './builtin.js';

/** A resolved comparison: `(factValue, jsonValue) => boolean`, guards included. */
export type Comparison = (factValue: unknown, jsonValue: unknown) => boolean;

const withGuard =
  (test: Comparison, guard: ((f: unknown) => boolean) | undefined): Comparison =>
  guard ? (f, j) => guard(f) && test(f, j) : test;

/** What an operator name resolves to. */
export type ResolvedOperator =
  | { kind: 'comparison'; compare: Comparison; decorators: string[]; base: string }
  | { kind: 'custom'; definition: OperatorDefinition }
  | { kind: 'unknown'; message: string };

/**
 * Resolves `name` against the built-in operators, decorators and the domain's operators.
 * @example
 * const op = resolveOperator('someFact:in', []);
 * op.kind === 'comparison' && op.compare(['a', 'b'], ['b']); // true
 */
export function resolveOperator(name: string, custom: readonly OperatorDefinition[]): ResolvedOperator {
  const parts = name.split(':');
  const baseName = parts[parts.length - 1] as string;
  const decoratorNames = parts.slice(0, -1);
  const customDef = custom.find((o) => o.name === baseName);
  if (customDef) {
    if (decoratorNames.length > 0) {
      return { kind: 'unknown', message: `l'opérateur « ${baseName} » ne prend pas de décorateur` };
    }
    return { kind: 'custom', definition: customDef };
  }
  const base: BaseOperator | undefined = BUILTIN_OPERATORS.find((o) => o.name === baseName);
  if (!base) return { kind: 'unknown', message: unknownMessage(baseName, custom) };
  let compare = withGuard(base.test, base.guard);
  for (let i = decoratorNames.length - 1; i >= 0; i--) {
    const decorator = BUILTIN_DECORATORS.find((d) => d.name === decoratorNames[i]);
    if (!decorator) {
      return {
        kind: 'unknown',
        message: `décorateur inconnu « ${decoratorNames[i]} » (connus : ${BUILTIN_DECORATORS.map((d) => d.name).join(', ')})`,
      };
    }
    compare = withGuard(decorator.wrap(compare), decorator.guard);
  }
  return { kind: 'comparison', compare, decorators: decoratorNames, base: baseName };
}

function unknownMessage(name: string, custom: readonly OperatorDefinition[]): string {
  const known = [...BUILTIN_OPERATORS.map((o) => o.name), ...custom.map((o) => o.name)];
  return `opérateur inconnu « ${name} » (connus : ${known.join(', ')})`;
}
