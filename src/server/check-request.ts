/**
 * `POST /v1/check`: what a request asks (the document and the options `asOf`, `lang`, `verbose`,
 * from the query string or from an envelope `{ document, asOf?, lang?, verbose? }`), and the
 * report it gets. Structured documents (`post`, `action`, `sharing`) are checked by `check()`,
 * a fiche in free text (`{ kind: 'post-text', text }`) by `lintPostText()`: the reports are
 * theirs, unchanged.
 * @module
 */
import type { Checker } from '../core/compile/compile-ruleset.js';
import { isIsoDate, today } from '../core/dates.js';
import { invalidReport } from '../core/report.js';
import type { InputError, Lang, Report } from '../core/types.js';
import { check, lintPostText } from '../domain/iscg/api/validate.js';
import { renderProblem } from '../domain/iscg/parse/messages.js';
import { inputError, type HttpError } from './errors.js';

/** The kinds of document `POST /v1/check` accepts. */
export const CHECK_KINDS = ['post', 'action', 'sharing', 'post-text'] as const;

/** The options of one check, read from the request. */
export interface CheckRequestOptions {
  asOf?: string;
  lang: Lang;
  verbose: boolean;
}

/** A check request, read: the document and its options. */
export interface CheckRequest {
  document: unknown;
  options: CheckRequestOptions;
}

const OPTION_NAMES = ['asOf', 'lang', 'verbose'] as const;
const ENVELOPE_KEYS: ReadonlySet<string> = new Set(['document', ...OPTION_NAMES]);

/**
 * Reads a check request: the body is the document itself, or an envelope
 * `{ document, asOf?, lang?, verbose? }` (an object with `document` and no `kind`). Options in
 * the envelope win over the query string's. Throws an {@link HttpError} (400) on an unknown or
 * invalid option; the document itself is never judged here.
 * @example
 * readCheckRequest({ kind: 'action' }, { asOf: '2025-01-10', lang: 'en' }, 'fr').options;
 * // { asOf: '2025-01-10', lang: 'en', verbose: false }
 */
export function readCheckRequest(body: unknown, query: unknown, lang: Lang): CheckRequest {
  const options = readQueryOptions(query, OPTION_NAMES, lang);
  if (!isEnvelope(body)) return { document: body, options };
  for (const key of Object.keys(body)) {
    if (!ENVELOPE_KEYS.has(key)) {
      throw badParameter(options.lang, `clé inconnue « ${key} » dans l'enveloppe (clés : document, asOf, lang, verbose)`, `unknown key "${key}" in the envelope (keys: document, asOf, lang, verbose)`, `/${escape(key)}`);
    }
  }
  if (body['lang'] !== undefined) options.lang = readLang(body['lang'], options.lang, '/lang');
  if (body['asOf'] !== undefined) options.asOf = readAsOf(body['asOf'], options.lang, '/asOf');
  if (body['verbose'] !== undefined) {
    if (typeof body['verbose'] !== 'boolean') throw badParameter(options.lang, '« verbose » attend true ou false', '"verbose" expects true or false', '/verbose');
    options.verbose = body['verbose'];
  }
  return { document: body['document'], options };
}

/**
 * Reads the options of a query string: only `allowed` ones, each given once; `lang` fr|en,
 * `asOf` a real date, `verbose` true|false (or present without a value). Throws an
 * {@link HttpError} (400) otherwise. `lang` is the language negotiated for the request.
 * @example
 * readQueryOptions({ lang: 'en' }, ['lang'], 'fr'); // { lang: 'en', verbose: false }
 */
export function readQueryOptions(query: unknown, allowed: readonly (typeof OPTION_NAMES)[number][], lang: Lang): CheckRequestOptions {
  const q = (query ?? {}) as Record<string, unknown>;
  for (const name of Object.keys(q)) {
    if (!(allowed as readonly string[]).includes(name)) {
      const list = allowed.length > 0 ? allowed.join(', ') : '';
      throw badParameter(lang, `paramètre inconnu « ${name} »${list ? ` (paramètres : ${list})` : ''}`, `unknown parameter "${name}"${list ? ` (parameters: ${list})` : ''}`);
    }
    if (Array.isArray(q[name])) throw badParameter(lang, `paramètre « ${name} » donné plusieurs fois`, `parameter "${name}" given more than once`);
  }
  const options: CheckRequestOptions = { lang, verbose: false };
  if (q['lang'] !== undefined) options.lang = readLang(q['lang'], lang, '');
  if (q['asOf'] !== undefined) options.asOf = readAsOf(q['asOf'], options.lang, '');
  if (q['verbose'] !== undefined) options.verbose = readQueryBoolean(q['verbose'], options.lang);
  return options;
}

/**
 * Checks a document according to its `kind` with a checker: the report of `check()` (or of
 * `lintPostText()` for `{ kind: 'post-text', text }`); `invalid-input` at `/kind` for any other
 * kind, at `/text` for a post-text without a text.
 * @example
 * checkRequestDocument(checker, { kind: 'post-text', text: 'Il participe aux auditions.' }, { lang: 'fr', verbose: false }).subject;
 * // 'post-text'
 */
export function checkRequestDocument(checker: Checker, document: unknown, options: CheckRequestOptions): Report {
  const run = { ruleset: checker, lang: options.lang, verbose: options.verbose, ...(options.asOf !== undefined ? { asOf: options.asOf } : {}) };
  const isObject = document !== null && typeof document === 'object' && !Array.isArray(document);
  const kind = isObject ? (document as Record<string, unknown>)['kind'] : undefined;
  if (kind === 'post' || kind === 'action' || kind === 'sharing') return check(document, run);
  const asOf = options.asOf ?? today();
  if (kind === 'post-text') {
    const fiche = document as Record<string, unknown>;
    const errors: InputError[] = [];
    for (const key of Object.keys(fiche)) {
      if (key !== 'kind' && key !== 'text') errors.push({ pointer: `/${escape(key)}`, message: renderProblem({ kind: 'unknown-key', key }, options.lang) });
    }
    const text = fiche['text'];
    if (text === undefined) errors.push({ pointer: '/text', message: renderProblem({ kind: 'missing' }, options.lang) });
    else if (typeof text !== 'string') errors.push({ pointer: '/text', message: renderProblem({ kind: 'wrong-type', expected: ['string'], received: text }, options.lang) });
    if (errors.length > 0) return invalidReport(checker.ruleset, 'post-text', asOf, errors);
    return lintPostText(text, run);
  }
  const en = options.lang === 'en';
  const message = !isObject
    ? en
      ? 'Expected a document (an object) with a "kind" field: post, action, sharing or post-text.'
      : 'Attendu un document (un objet) avec un champ « kind » : post, action, sharing ou post-text.'
    : kind === undefined
      ? en
        ? 'Missing "kind" field: post, action, sharing or post-text.'
        : 'Champ « kind » manquant : post, action, sharing ou post-text.'
      : en
        ? `Unknown kind ${JSON.stringify(kind)}: expected post, action, sharing or post-text.`
        : `Valeur inattendue de « kind » : ${typeof kind === 'string' ? `« ${kind} »` : JSON.stringify(kind)} (attendu post, action, sharing ou post-text).`;
  return invalidReport(checker.ruleset, 'unknown', asOf, [{ pointer: isObject ? '/kind' : '', message }]);
}

function isEnvelope(body: unknown): body is Record<string, unknown> {
  return body !== null && typeof body === 'object' && !Array.isArray(body) && !Object.hasOwn(body, 'kind') && Object.hasOwn(body, 'document');
}

function readLang(value: unknown, lang: Lang, pointer: string): Lang {
  if (value === 'fr' || value === 'en') return value;
  throw badParameter(lang, `« lang » attend fr ou en (reçu ${shown(value)})`, `"lang" expects fr or en (got ${shown(value)})`, pointer);
}

function readAsOf(value: unknown, lang: Lang, pointer: string): string {
  if (isIsoDate(value)) return value;
  throw badParameter(lang, `« asOf » attend une date AAAA-MM-JJ réelle (reçu ${shown(value)})`, `"asOf" expects a real YYYY-MM-DD date (got ${shown(value)})`, pointer);
}

function readQueryBoolean(value: unknown, lang: Lang): boolean {
  if (value === '' || value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw badParameter(lang, `« verbose » attend true ou false (reçu ${shown(value)})`, `"verbose" expects true or false (got ${shown(value)})`);
}

function badParameter(lang: Lang, fr: string, en: string, pointer = ''): HttpError {
  const where = pointer === '' ? '' : lang === 'en' ? ' in the body' : ' dans le corps';
  const message = lang === 'en' ? `Invalid option${where}: ${en}.` : `Option invalide${where} : ${fr}.`;
  return inputError(400, 'bad-parameter', message, { pointer });
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
