/**
 * Reading a JSON request body: `JSON.parse`, and when it refuses, a message that names the
 * problem and its place (line, column) in French or English — found by a small scanner of our
 * own, not from V8's wording, which changes between Node versions and quotes the body.
 * A key `__proto__` is kept as an own key (as `JSON.parse` does): the check reports it as an
 * unknown key, like any other.
 * @module
 */
import type { Lang } from '../core/types.js';
import { inputError, type HttpError } from './errors.js';

/**
 * Parses a request body as JSON. Never throws: a value, or a 400 error to answer with.
 * @example
 * parseJsonBody('{"kind": "action"}', 'fr'); // { ok: true, value: { kind: 'action' } }
 * parseJsonBody('{"kind": }', 'fr').ok; // false: « JSON mal formé (ligne 1, colonne 10) : caractère inattendu « } »… »
 */
export function parseJsonBody(text: string, lang: Lang): { ok: true; value: unknown } | { ok: false; error: HttpError } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') {
    const message = lang === 'en' ? 'Empty request body: expected a JSON document with a "kind" field.' : 'Corps de requête vide : attendu un document JSON avec un champ « kind ».';
    return { ok: false, error: inputError(400, 'empty-body', message) };
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    const problem = locateSyntaxError(source);
    const { line, column } = lineColumn(source, problem.index);
    return { ok: false, error: inputError(400, 'malformed-json', describe(problem, source, line, column, lang), { line, column }) };
  }
  return { ok: true, value };
}

/** What the scanner expected where the text went wrong. */
type Expected = 'value' | 'key' | 'colon' | 'object-next' | 'array-next' | 'end';

/** A syntax error: where, and what kind. */
export interface SyntaxProblem {
  index: number;
  kind: 'unexpected' | 'end' | 'unterminated-string' | 'control-character' | 'bad-escape' | 'bad-number';
  expected?: Expected;
  /** A comma stood just before (`{"a": 1,}`). */
  afterComma?: boolean;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

/**
 * Finds the first syntax error of a text that `JSON.parse` refused (iterative: any depth).
 * @example
 * locateSyntaxError('{"a": 1,}'); // { index: 8, kind: 'unexpected', expected: 'key', afterComma: true }
 */
export function locateSyntaxError(text: string): SyntaxProblem {
  const n = text.length;
  const stack: string[] = [];
  let state: 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after' = 'value';
  let afterComma = false;
  let i = 0;
  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    const top = stack[stack.length - 1];
    const expected: Expected =
      state === 'value' || state === 'value-or-close' ? 'value' : state === 'key' || state === 'key-or-close' ? 'key' : state === 'colon' ? 'colon' : top === '{' ? 'object-next' : top === '[' ? 'array-next' : 'end';
    if (i >= n) return expected === 'end' ? { index: n, kind: 'unexpected', expected } : { index: n, kind: 'end', expected };
    const c = text[i] as string;
    const unexpected: SyntaxProblem = { index: i, kind: 'unexpected', expected, ...(afterComma ? { afterComma } : {}) };
    if (state === 'value' || state === 'value-or-close') {
      if (state === 'value-or-close' && c === ']') {
        stack.pop();
        i++;
        state = 'after';
      } else if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        state = c === '{' ? 'key-or-close' : 'value-or-close';
      } else if (c === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        state = 'after';
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (!m) return { index: i + 1 >= n ? n : i + 1, kind: i + 1 >= n ? 'end' : 'bad-number', expected: 'value' };
        i += m[0].length;
        state = 'after';
      } else {
        const literal = LITERALS.find((w) => text.startsWith(w, i));
        if (!literal) return unexpected;
        i += literal.length;
        state = 'after';
      }
      afterComma = false;
      continue;
    }
    if (state === 'key' || state === 'key-or-close') {
      if (state === 'key-or-close' && c === '}') {
        stack.pop();
        i++;
        state = 'after';
      } else if (c === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        state = 'colon';
      } else return unexpected;
      afterComma = false;
      continue;
    }
    if (state === 'colon') {
      if (c !== ':') return unexpected;
      i++;
      state = 'value';
      continue;
    }
    // after a value
    if (top === undefined) return unexpected;
    if (c === ',') {
      i++;
      afterComma = true;
      state = top === '{' ? 'key' : 'value';
    } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      stack.pop();
      i++;
    } else return unexpected;
  }
}

/** Scans a string from its opening quote: the index after it, or the problem. */
function scanString(text: string, start: number): number | SyntaxProblem {
  const n = text.length;
  for (let i = start + 1; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { index: i, kind: 'control-character' };
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === undefined) break;
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { index: i, kind: 'bad-escape' };
        i += 5;
      } else if ('"\\/bfnrt'.includes(next)) i++;
      else return { index: i, kind: 'bad-escape' };
    }
  }
  return { index: start, kind: 'unterminated-string' };
}

/**
 * Line and column (from 1) of an index of a text.
 * @example
 * lineColumn('{\n  "a": }', 9); // { line: 2, column: 8 }
 */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

const EXPECTED: Record<Lang, Record<Expected, string>> = {
  fr: {
    value: 'une valeur (objet, tableau, chaîne, nombre, true, false ou null)',
    key: 'un nom de propriété entre guillemets doubles',
    colon: '« : » après le nom de propriété',
    'object-next': '« , » ou « } »',
    'array-next': '« , » ou « ] »',
    end: 'la fin du document',
  },
  en: {
    value: 'a value (object, array, string, number, true, false or null)',
    key: 'a property name in double quotes',
    colon: '":" after the property name',
    'object-next': '"," or "}"',
    'array-next': '"," or "]"',
    end: 'the end of the document',
  },
};

function describe(problem: SyntaxProblem, text: string, line: number, column: number, lang: Lang): string {
  const en = lang === 'en';
  const at = en ? `(line ${line}, column ${column})` : `(ligne ${line}, colonne ${column})`;
  const head = en ? `Malformed JSON ${at}: ` : `JSON mal formé ${at} : `;
  const expected = problem.expected ? EXPECTED[lang][problem.expected] : '';
  const char = shown(text, problem.index, lang);
  switch (problem.kind) {
    case 'end':
      return head + (en ? `the document ends too early, expected ${expected}.` : `le document s'arrête trop tôt, attendu ${expected}.`);
    case 'unterminated-string':
      return head + (en ? 'string never closed (missing ").' : 'chaîne jamais fermée (guillemet " manquant).');
    case 'control-character':
      return head + (en ? `control character ${char} inside a string: write it escaped (\\n, \\t…).` : `caractère de contrôle ${char} dans une chaîne : l'écrire échappé (\\n, \\t…).`);
    case 'bad-escape':
      return head + (en ? `invalid escape sequence "${text.slice(problem.index, problem.index + 2)}".` : `séquence d'échappement invalide « ${text.slice(problem.index, problem.index + 2)} ».`);
    case 'bad-number':
      return head + (en ? 'a number has a minus sign and no digits.' : 'un nombre a un signe moins et aucun chiffre.');
    case 'unexpected': {
      let hint = '';
      if (text[problem.index] === "'") hint = en ? ' (strings and names are written in double quotes)' : ' (chaînes et noms s’écrivent entre guillemets doubles)';
      else if (problem.afterComma && (text[problem.index] === '}' || text[problem.index] === ']')) hint = en ? ' (a comma too many?)' : ' (une virgule en trop ?)';
      return head + (en ? `unexpected character ${char}, expected ${expected}${hint}.` : `caractère inattendu ${char}, attendu ${expected}${hint}.`);
    }
  }
}

/** The character at an index, quoted, or its code point when it cannot be shown. */
function shown(text: string, index: number, lang: Lang): string {
  const code = text.codePointAt(index) ?? 0;
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) || code === 0xfffd) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return lang === 'en' ? `"${String.fromCodePoint(code)}"` : `« ${String.fromCodePoint(code)} »`;
}
