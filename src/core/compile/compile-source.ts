/**
 * Compiles conditions into JavaScript source (`new Function`), the way ajv and zod compile
 * schemas: the tree of closures of `compile-condition.ts` becomes one expression.
 *
 * - Each document fact is read once per check, at the top of the function, as json-rules-engine's
 *   almanac reads it: an own property only (an inherited one, e.g. from a polluted
 *   `Object.prototype`, reads as absent); the first step of a path is the same own-property read,
 *   the others are followed by the same `resolvePath`. Derived facts stay computed on first use
 *   (`ctx.derivedFact`).
 * - `equal`, `notEqual`, `in`, `notIn` without decorator are written as the comparisons they
 *   are (`in` over a literal list is a `Set` lookup: the same answers, `NaN` aside, which keeps
 *   `indexOf`); every other operator is the very function the closures call.
 * - Property names enter the source only as JSON literals; every other value of the rule file is
 *   a constant argument: a rule file cannot inject code.
 *
 * Where `new Function` is refused (a page's Content Security Policy), the callers fall back to
 * the closures. Property tests check that both give the same answers.
 * @module
 */
import { parseJsonPath, resolvePath } from '../json-path.js';
import { resolveOperator } from '../operators/resolve.js';
import type { Condition, FactCondition } from '../types.js';
import { compileCondition, CompileError, type CompileEnv, type CompiledCondition } from './compile-condition.js';

/** Whether this JavaScript context runs generated code. */
export const codeGenerationAllowed: boolean = ((): boolean => {
  try {
    return new Function('return true')() === true;
  } catch {
    return false; // Content Security Policy without 'unsafe-eval'
  }
})();

/** The state of one generated function: its constants, temporaries and document facts. */
export interface Gen {
  constants: unknown[];
  temps: number;
  /** Document fact name → the local variable holding its value. */
  facts: Map<string, string>;
  /** Whether the last generated condition has a domain operator (which may record hits). */
  custom: boolean;
}

/**
 * A fresh generation state.
 * @example
 * const gen = newGen();
 */
export function newGen(): Gen {
  return { constants: [], temps: 0, facts: new Map(), custom: false };
}

/**
 * The expression of a condition, over `ctx`, the document facts of `gen` and its constants.
 * @example
 * generateCondition({ fact: 'type', operator: 'equal', value: 'summons' }, env, gen); // '(f0 === k0)'
 */
export function generateCondition(condition: Condition, env: CompileEnv, gen: Gen): string {
  if ('all' in condition) {
    // json-rules-engine: an empty list holds
    return condition.all.length === 0 ? 'true' : `(${condition.all.map((c) => generateCondition(c, env, gen)).join(' && ')})`;
  }
  if ('any' in condition) {
    return condition.any.length === 0 ? 'true' : `(${condition.any.map((c) => generateCondition(c, env, gen)).join(' || ')})`;
  }
  if ('not' in condition) return `!${generateCondition(condition.not, env, gen)}`;
  return factCondition(condition, env, gen);
}

/**
 * The first lines of a generated function: the document facts read once, the temporaries.
 * @example
 * prologue(gen); // 'const d = ctx.document; …'
 */
export function prologue(gen: Gen): string {
  const lines = ['const d = ctx.document;'];
  for (const [fact, local] of gen.facts) {
    const k = JSON.stringify(fact);
    lines.push(`const ${local} = H.call(d, ${k}) ? d[${k}] : undefined;`);
  }
  if (gen.temps > 0) lines.push(`let ${Array.from({ length: gen.temps }, (_, i) => `t${i}`).join(', ')};`);
  return lines.join('\n');
}

/**
 * Makes the function whose body is `body` (with `ctx` and the extra `params` as parameters).
 * @example
 * const test = instantiate<CompiledCondition>(gen, `return ${expression};`);
 */
export function instantiate<F>(gen: Gen, body: string, params: readonly string[] = []): F {
  const names = gen.constants.map((_, i) => `k${i}`);
  const source = `return function generated(ctx${params.map((p) => `, ${p}`).join('')}) {\n${prologue(gen)}\n${body}\n};`;
  const factory = new Function('H', 'R', ...names, source) as (...args: unknown[]) => F;
  return factory(Object.prototype.hasOwnProperty, resolvePath, ...gen.constants);
}

/**
 * Compiles one condition into one generated function, or into closures where code generation is
 * not allowed. Same results as {@link compileCondition} on every input.
 * @example
 * const test = compileConditionFast({ fact: 'type', operator: 'equal', value: 'summons' }, env);
 * test(ctx); // true when the document's type is summons
 */
export function compileConditionFast(condition: Condition, env: CompileEnv): CompiledCondition {
  if (!codeGenerationAllowed) return compileCondition(condition, env);
  const gen = newGen();
  const expression = generateCondition(condition, env, gen);
  return instantiate<CompiledCondition>(gen, `return ${expression};`);
}

/**
 * The name of a constant of the generated function.
 * @example
 * constant(gen, ['police', 'gendarmerie']); // 'k3'
 */
export function constant(gen: Gen, value: unknown): string {
  return `k${gen.constants.push(value) - 1}`;
}

/** Operators written inline when they have no decorator. */
const INLINE: Record<string, (left: string, right: string) => string> = {
  equal: (l, r) => `(${l} === ${r})`,
  notEqual: (l, r) => `(${l} !== ${r})`,
  in: (l, r) => `(${r}.indexOf(${l}) > -1)`,
  notIn: (l, r) => `(${r}.indexOf(${l}) === -1)`,
};

function factCondition(condition: FactCondition, env: CompileEnv, gen: Gen): string {
  const left = factRead(condition.fact, condition.path, env, gen);
  const right = valueRead(condition.value, env, gen);
  const resolved = resolveOperator(condition.operator, env.operators);
  switch (resolved.kind) {
    case 'unknown':
      throw new CompileError(resolved.message);
    case 'custom': {
      if (right.fact) throw new CompileError(`l'opérateur « ${condition.operator} » n'accepte pas un fait comme valeur`);
      gen.custom = true;
      return `${constant(gen, resolved.definition.compile(right.literal))}(${left}, ctx.hits)`;
    }
    case 'comparison': {
      const base = resolved.decorators.length === 0 ? resolved.base : '';
      const inline = INLINE[base];
      if (!inline) return `${constant(gen, resolved.compare)}(${left}, ${right.code})`;
      if (right.fact) {
        const t = `t${gen.temps++}`; // the left side is read first, as the closures read it
        return `(${t} = ${left}, ${inline(t, right.code)})`;
      }
      const list = right.literal;
      if ((base === 'in' || base === 'notIn') && Array.isArray(list) && !list.some((v) => Number.isNaN(v))) {
        const set = constant(gen, new Set(list));
        return base === 'in' ? `${set}.has(${left})` : `!${set}.has(${left})`;
      }
      return inline(left, right.code);
    }
    default: {
      const never: never = resolved;
      throw new CompileError(String(never));
    }
  }
}

/** Reads a fact, then the path in it (which applies only to an object value), as the almanac does. */
function factRead(fact: string, pathText: string | undefined, env: CompileEnv, gen: Gen): string {
  const index = env.derivedIndex(fact);
  let base = index === undefined ? gen.facts.get(fact) : `ctx.derivedFact(${index})`;
  if (base === undefined) {
    base = `f${gen.facts.size}`;
    gen.facts.set(fact, base);
  }
  if (pathText === undefined || pathText === '$') return base;
  const parsed = parseJsonPath(pathText);
  if (!parsed.ok) throw new CompileError(parsed.message);
  // The first step of a path on an object is an own-property read (what resolvePath does first);
  // resolvePath follows the other steps.
  const [first, ...rest] = parsed.steps;
  const t = `t${gen.temps++}`;
  const k = JSON.stringify(first);
  const member = rest.length === 0 ? `${t}[${k}]` : `R(${t}[${k}], ${constant(gen, rest)})`;
  return `(${t} = ${base}, ${t} !== null && typeof ${t} === 'object' ? (H.call(${t}, ${k}) ? ${member} : undefined) : ${t})`;
}

function valueRead(value: unknown, env: CompileEnv, gen: Gen): { code: string; fact: boolean; literal: unknown } {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (typeof v['fact'] === 'string') return { code: factRead(v['fact'], v['path'] as string | undefined, env, gen), fact: true, literal: undefined };
    if (typeof v['param'] === 'string') {
      const param = env.param(v['param']);
      return { code: constant(gen, param), fact: false, literal: param };
    }
  }
  return { code: constant(gen, value), fact: false, literal: value };
}
