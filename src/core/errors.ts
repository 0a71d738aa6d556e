/**
 * Typed errors of the rule language. A {@link RuleError} carries every problem found in a
 * ruleset, each at its file, line and column, with a French message (and an English one).
 * @module
 */

/** Kinds of rule problems (stable: tools may key on them). */
export type RuleProblemCode =
  | 'io'
  | 'yaml-syntax'
  | 'schema'
  | 'duplicate-id'
  | 'unknown-subject'
  | 'unknown-edition'
  | 'unknown-operator'
  | 'unknown-fact'
  | 'bad-path'
  | 'bad-value'
  | 'bad-param'
  | 'bad-date'
  | 'bad-template'
  | 'bad-shape'
  | 'bad-example'
  | 'bad-version'
  | 'unknown-domain';

/** One problem in a rule file. */
export interface RuleProblem {
  code: RuleProblemCode;
  file: string;
  line: number;
  column: number;
  message: string;
  messageEn: string;
}

/**
 * Formats a problem as `file:line:column: message`.
 * @example
 * formatProblem({ code: 'schema', file: 'a.yaml', line: 3, column: 5, message: 'clé inconnue', messageEn: 'unknown key' });
 * // 'a.yaml:3:5: clé inconnue'
 */
export function formatProblem(p: RuleProblem, lang: 'fr' | 'en' = 'fr'): string {
  return `${p.file}:${p.line}:${p.column}: ${lang === 'en' ? p.messageEn : p.message} [${p.code}]`;
}

/** Bad rules: thrown by the loader and the compiler, never by a check. */
export class RuleError extends Error {
  override readonly name = 'RuleError';
  readonly problems: readonly RuleProblem[];
  /** File, line and column of the first problem. */
  readonly file: string;
  readonly line: number;
  readonly column: number;

  constructor(problems: readonly RuleProblem[]) {
    const first = problems[0];
    super(
      first
        ? `${formatProblem(first)}${problems.length > 1 ? ` (et ${problems.length - 1} autre(s) problème(s))` : ''}`
        : 'Référentiel invalide',
    );
    this.problems = problems;
    this.file = first?.file ?? '';
    this.line = first?.line ?? 0;
    this.column = first?.column ?? 0;
  }
}
