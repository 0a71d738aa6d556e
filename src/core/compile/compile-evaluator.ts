/**
 * Compiles all the rules of one subject and edition into one generated function: the rules in
 * order, each rule's cases as an `if … else if …` chain (the first case that holds gives the
 * rule's one finding), the dates in force as string comparisons, each document fact read once.
 * The function reports what fired; `evaluateSubject` builds the findings. Same results as the
 * loop over the compiled cases, which remains where code generation is not allowed.
 * @module
 */
import type { Condition } from '../types.js';
import type { CompileEnv } from './compile-condition.js';
import { codeGenerationAllowed, constant, generateCondition, instantiate, newGen, type Gen } from './compile-source.js';
import type { EvalContext } from './context.js';

/** What an evaluator is given of one rule. */
export interface EvaluatorRule {
  since?: string | undefined;
  until?: string | undefined;
  cases: readonly { when: Condition; since?: string | undefined; until?: string | undefined }[];
  env: CompileEnv;
}

/**
 * A compiled subject: pushes to `fired`, for each rule that fires, its index, the index of the
 * case that held, and the first hit that case's operators recorded (or undefined).
 */
export type Evaluator = (ctx: EvalContext, fired: unknown[]) => void;

/**
 * Compiles the rules (in their order) into one evaluator, or `undefined` where code generation
 * is not allowed.
 * @example
 * const evaluate = compileEvaluator(rules);
 * const fired: unknown[] = [];
 * evaluate?.(ctx, fired); // fired: [ruleIndex, caseIndex, hit, …]
 */
export function compileEvaluator(rules: readonly EvaluatorRule[]): Evaluator | undefined {
  if (!codeGenerationAllowed) return undefined;
  const gen = newGen();
  const lines = ['const a = ctx.asOf;', 'const h = ctx.hits;'];
  rules.forEach((rule, r) => {
    const chain = rule.cases.map((c, i) => {
      gen.custom = false;
      const test = [...dateTests(gen, c.since, c.until), generateCondition(c.when, rule.env, gen)].join(' && ');
      // A domain operator may record where it matched: its list starts empty for each case.
      return gen.custom ? `if ((h.length = 0, ${test})) fired.push(${r}, ${i}, h[0]);` : `if (${test}) fired.push(${r}, ${i}, undefined);`;
    });
    const body = chain.join('\nelse ');
    const dates = dateTests(gen, rule.since, rule.until);
    lines.push(dates.length === 0 ? body : `if (${dates.join(' && ')}) {\n${body}\n}`);
  });
  return instantiate<Evaluator>(gen, lines.join('\n'), ['fired']);
}

/** `inForce(asOf, since, until)`, written out. */
function dateTests(gen: Gen, since: string | undefined, until: string | undefined): string[] {
  const tests: string[] = [];
  if (since !== undefined) tests.push(`a >= ${constant(gen, since)}`);
  if (until !== undefined) tests.push(`a < ${constant(gen, until)}`);
  return tests;
}
