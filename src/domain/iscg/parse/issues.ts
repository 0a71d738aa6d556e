/**
 * From zod issues to located problems: one problem per place, unknown keys split into one per
 * key (pointing at the key itself), unions resolved to the branch that matched the value's type.
 * @module
 */
import type { z } from 'zod';
import { isIssueKey, issueKeyOf } from '../schemas/issue-keys.js';
import type { Problem } from './messages.js';

/** A problem and the path of the value it is about. */
export interface LocatedProblem {
  path: PropertyKey[];
  problem: Problem;
}

type Issue = z.core.$ZodIssue;

/**
 * The problems behind zod issues (parsed with `reportInput: true`, so issues carry their input).
 *
 * @example
 * const result = z.strictObject({ a: z.string() }).safeParse({ b: 1 }, { reportInput: true });
 * if (!result.success) problemsOf(result.error.issues);
 * // [{ path: ['a'], problem: { kind: 'missing' } }, { path: ['b'], problem: { kind: 'unknown-key', key: 'b' } }]
 */
export function problemsOf(issues: readonly Issue[], base: readonly PropertyKey[] = []): LocatedProblem[] {
  return issues.flatMap((issue) => problemsOfIssue(issue, [...base, ...issue.path]));
}

function problemsOfIssue(issue: Issue, path: PropertyKey[]): LocatedProblem[] {
  const at = (problem: Problem): LocatedProblem[] => [{ path, problem }];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], problem: { kind: 'unknown-key', key } }));
    case 'invalid_union':
      return unionProblems(issue, path);
    case 'invalid_type':
      if (issue.input === undefined) return at({ kind: 'missing' });
      return at({ kind: 'wrong-type', expected: [issue.expected], received: issue.input });
    case 'invalid_value': {
      if (issue.input === undefined) return at({ kind: 'missing' });
      const key = issueKeyOf(issue.message);
      if (key === 'bare-other') return at({ kind: 'bare-other' });
      return at({ kind: 'unexpected-value', received: issue.input, allowed: issue.values });
    }
    case 'invalid_format':
      if (issue.format === 'date') return at({ kind: 'invalid-date', received: issue.input });
      return at({ kind: 'invalid' });
    case 'too_small':
      return at({ kind: 'too-small', origin: issue.origin, limit: Number(issue.minimum), inclusive: issue.inclusive === true });
    case 'too_big':
      return at({ kind: 'too-big', origin: issue.origin, limit: Number(issue.maximum), inclusive: issue.inclusive === true });
    case 'custom':
      return at(customProblem(issue));
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
      return at({ kind: 'invalid' });
    default:
      return at({ kind: 'invalid' });
  }
}

function customProblem(issue: z.core.$ZodIssueCustom): Problem {
  const params = issue.params ?? {};
  const key: unknown = params['key'];
  if (!isIssueKey(key)) return { kind: 'invalid' };
  switch (key) {
    case 'other-requires-field':
      return { kind: 'other-requires-field', field: String(params['field']) };
    case 'level-out-of-scale':
      return { kind: 'level-out-of-scale', scale: String(params['scale']), received: issue.input };
    case 'bare-other':
      return { kind: 'bare-other' };
  }
}

/**
 * A union failed: report the branch whose type matched the value (its issues are the useful
 * ones); when no branch accepts the value's type, say which types were expected.
 */
function unionProblems(issue: z.core.$ZodIssueInvalidUnion, path: PropertyKey[]): LocatedProblem[] {
  const branches = issue.errors;
  const matching = branches.filter((branch) => !isTypeMismatch(branch));
  const best = matching.length > 0 ? fewestIssues(matching) : undefined;
  if (best !== undefined) return problemsOf(best, path);
  const expected = branches.flatMap((branch) => branch.flatMap(expectedTypes));
  if (expected.length === 0) return [{ path, problem: { kind: 'invalid' } }];
  if (issue.input === undefined) return [{ path, problem: { kind: 'missing' } }];
  return [{ path, problem: { kind: 'wrong-type', expected: [...new Set(expected)], received: issue.input } }];
}

/** A branch that rejected the value for its type alone (an enum of strings given an object…). */
function isTypeMismatch(branch: readonly Issue[]): boolean {
  const [only] = branch;
  return branch.length === 1 && only !== undefined && only.path.length === 0 && expectedTypes(only).length > 0;
}

function expectedTypes(issue: Issue): string[] {
  if (issue.path.length > 0) return [];
  if (issue.code === 'invalid_type') return [issue.expected];
  if (issue.code !== 'invalid_value') return [];
  const types = new Set<string>(issue.values.map((value) => (value === null ? 'null' : typeof value)));
  return types.has(typeOf(issue.input)) ? [] : [...types];
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function fewestIssues(branches: readonly Issue[][]): Issue[] | undefined {
  let best: Issue[] | undefined;
  for (const branch of branches) if (best === undefined || branch.length < best.length) best = branch;
  return best;
}
