/**
 * Parsing a document against a subject's schema: never throws, errors located by JSON pointer,
 * in French or English, sorted; the value returned is a fresh plain object. The subjects'
 * parsers try the generated fast parser first and come here (zod) for the documents it refuses.
 * @module
 */
import type { z } from 'zod';
import type { InputError, Lang, ParseResult } from '../../../core/types.js';
import { actionSchema } from '../schemas/action.js';
import { postSchema } from '../schemas/post.js';
import { sharingSchema } from '../schemas/sharing.js';
import { problemsOf, type LocatedProblem } from './issues.js';
import { renderProblem } from './messages.js';
import { comparePointers, toPointer } from './pointer.js';
import { toPlainData } from './plain-data.js';
import { structuredParser } from './structured.js';
import { provideZodParse, type StructuredName } from './zod-parser.js';

const SCHEMAS: Record<StructuredName, z.ZodType> = { post: postSchema, action: actionSchema, sharing: sharingSchema };
provideZodParse((subject, input, lang) => parseWithSchema(SCHEMAS[subject], input, lang));
const PARSERS = { post: structuredParser('post'), action: structuredParser('action'), sharing: structuredParser('sharing') };

/**
 * Parses any input with a zod object schema, the way every subject does.
 *
 * @example
 * parseWithSchema(postSchema, JSON.parse('[]'), 'fr');
 * // { ok: false, errors: [{ pointer: '', message: 'Attendu un objet, reçu un tableau' }] }
 */
export function parseWithSchema(schema: z.ZodType, input: unknown, lang: Lang = 'fr'): ParseResult<Record<string, unknown>> {
  try {
    if (!isPlainObject(input)) {
      return fail([{ path: [], problem: { kind: 'wrong-type', expected: ['object'], received: input } }], lang);
    }
    const result = schema.safeParse(input, { reportInput: true });
    if (!result.success) return fail(problemsOf(result.error.issues), lang);
    const value = toPlainData(result.data);
    if (!isPlainObject(value)) return fail([{ path: [], problem: { kind: 'invalid' } }], lang);
    return { ok: true, value };
  } catch {
    // A getter or a proxy in the input may throw: the caller still gets an input error.
    return fail([{ path: [], problem: { kind: 'unreadable' } }], lang);
  }
}

/**
 * Parses a `post` document (structured fiche de poste).
 *
 * @example
 * const result = parsePost({ id: 'p1', employer: { kind: 'commune' },
 *   hierarchicalAuthority: { kind: 'employer' }, missions: [] }, 'fr');
 * result.ok; // true
 */
export function parsePost(input: unknown, lang: Lang = 'fr'): ParseResult<Record<string, unknown>> {
  return PARSERS.post(input, lang);
}

/**
 * Parses an `action` document (one act in a case).
 *
 * @example
 * const result = parseAction({ date: '2024-03-01', type: 'polis' }, 'en');
 * // result.ok === false; errors at /consent, /person (missing) and /type (unexpected value)
 */
export function parseAction(input: unknown, lang: Lang = 'fr'): ParseResult<Record<string, unknown>> {
  return PARSERS.action(input, lang);
}

/**
 * Parses a `sharing` document (one disclosure of information).
 *
 * @example
 * parseSharing(null, 'fr');
 * // { ok: false, errors: [{ pointer: '', message: 'Attendu un objet, reçu null' }] }
 */
export function parseSharing(input: unknown, lang: Lang = 'fr'): ParseResult<Record<string, unknown>> {
  return PARSERS.sharing(input, lang);
}

function fail(problems: readonly LocatedProblem[], lang: Lang): { ok: false; errors: InputError[] } {
  const seen = new Set<string>();
  const errors: InputError[] = [];
  for (const { path, problem } of problems) {
    const error = { pointer: toPointer(path), message: renderProblem(problem, lang) };
    const key = `${error.pointer}\u0000${error.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
  }
  errors.sort((a, b) => comparePointers(a.pointer, b.pointer) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  return { ok: false, errors };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
