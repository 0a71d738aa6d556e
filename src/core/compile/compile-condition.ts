/**
 * Compiles a condition into a closure over an {@link EvalContext}: boolean nodes short-circuit,
 * facts are read once per check, operators are resolved once at compile time.
 * @module
 */
import { parseJsonPath, resolvePath, type PathStep } from '../json-path.js';
import { resolveOperator } from '../operators/resolve.js';
import type { Condition, FactCondition, OperatorDefinition } from '../types.js';
import type { EvalContext } from './context.js';

/** A compiled condition. */
export type CompiledCondition = (ctx: EvalContext) => boolean;
/** A compiled fact access. */
export type FactReader = (ctx: EvalContext) => unknown;

/** What the compiler needs to know about facts, operators and parameters. */
export interface CompileEnv {
  /** Index of a derived fact, or undefined for a document field. */
  derivedIndex(name: string): number | undefined;
  operators: readonly OperatorDefinition[];
  /** Value of a rule parameter (override or default). */
  param(name: string): unknown;
}

/** Thrown for a condition the loader should have refused; carries a French message. */
export class CompileError extends Error {
  override readonly name = 'CompileError';
}

/**
 * Compiles a condition.
 * @example
 * const test = compileCondition({ fact: 'type', operator: 'equal', value: 'summons' }, env);
 * test(ctx); // true when the document's type is summons
 */
export function compileCondition(condition: Condition, env: CompileEnv): CompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map((c) => compileCondition(c, env));
    if (parts.length === 0) return () => true; // json-rules-engine: an empty list holds
    if (parts.length === 1) return parts[0] as CompiledCondition;
    return (ctx) => {
      for (const part of parts) if (!part(ctx)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compileCondition(c, env));
    if (parts.length === 0) return () => true; // json-rules-engine: an empty list holds
    if (parts.length === 1) return parts[0] as CompiledCondition;
    return (ctx) => {
      for (const part of parts) if (part(ctx)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, env);
    return (ctx) => !inner(ctx);
  }
  return compileFactCondition(condition, env);
}

function compileFactCondition(condition: FactCondition, env: CompileEnv): CompiledCondition {
  const left = compileFactReader(condition.fact, condition.path, env);
  const right = compileValue(condition.value, env);
  const resolved = resolveOperator(condition.operator, env.operators);
  switch (resolved.kind) {
    case 'unknown':
      throw new CompileError(resolved.message);
    case 'custom': {
      if (typeof right === 'function') throw new CompileError(`l'opérateur « ${condition.operator} » n'accepte pas un fait comme valeur`);
      const predicate = resolved.definition.compile(right.literal);
      return (ctx) => predicate(left(ctx), ctx.hits);
    }
    case 'comparison': {
      const compare = resolved.compare;
      if (typeof right === 'function') return (ctx) => compare(left(ctx), right(ctx));
      const literal = right.literal;
      return (ctx) => compare(left(ctx), literal);
    }
    default: {
      const never: never = resolved;
      throw new CompileError(String(never));
    }
  }
}

/**
 * Reads a fact (and a path in it) the way json-rules-engine's almanac does: the path applies
 * only to an object value; any other value is returned as it is.
 * @example
 * compileFactReader('instructedBy', '$.kind', env)(ctx); // 'police'
 */
export function compileFactReader(fact: string, path: string | undefined, env: CompileEnv): FactReader {
  const index = env.derivedIndex(fact);
  const base: FactReader =
    index === undefined
      ? (ctx) => (Object.prototype.hasOwnProperty.call(ctx.document, fact) ? ctx.document[fact] : undefined)
      : (ctx) => ctx.derivedFact(index);
  if (path === undefined || path === '$') return base;
  const parsed = parseJsonPath(path);
  if (!parsed.ok) throw new CompileError(parsed.message);
  const steps: readonly PathStep[] = parsed.steps;
  return (ctx) => {
    const value = base(ctx);
    return value !== null && typeof value === 'object' ? resolvePath(value, steps) : value;
  };
}

function compileValue(value: unknown, env: CompileEnv): FactReader | { literal: unknown } {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (typeof v['fact'] === 'string') return compileFactReader(v['fact'], v['path'] as string | undefined, env);
    if (typeof v['param'] === 'string') return { literal: env.param(v['param']) };
  }
  return { literal: value };
}
