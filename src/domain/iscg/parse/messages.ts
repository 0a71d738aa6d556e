/**
 * Input-error messages, in French (default) and English. One place for every sentence the
 * parser can say; the mapping from zod issues is in `issues.ts`.
 * @module
 */
import type { Lang } from '../../../core/types.js';

/** What went wrong at one place of a document, before it is put into words. */
export type Problem =
  | { kind: 'missing' }
  | { kind: 'unknown-key'; key: string }
  | { kind: 'wrong-type'; expected: readonly string[]; received: unknown }
  | { kind: 'unexpected-value'; received: unknown; allowed: readonly unknown[] }
  | { kind: 'invalid-date'; received: unknown }
  | { kind: 'too-small'; origin: string; limit: number; inclusive: boolean }
  | { kind: 'too-big'; origin: string; limit: number; inclusive: boolean }
  | { kind: 'bare-other' }
  | { kind: 'other-requires-field'; field: string }
  | { kind: 'level-out-of-scale'; scale: string; received: unknown }
  | { kind: 'unreadable' }
  | { kind: 'invalid' };

/**
 * The sentence for a problem.
 *
 * @example
 * renderProblem({ kind: 'unknown-key', key: 'foo' }, 'fr');
 * // "Clé inconnue « foo » : ce champ n'existe pas dans le modèle"
 */
export function renderProblem(problem: Problem, lang: Lang): string {
  const fr = lang !== 'en';
  const q = (value: unknown): string => quote(value, fr);
  switch (problem.kind) {
    case 'missing':
      return fr ? 'Champ obligatoire manquant' : 'Missing required field';
    case 'unknown-key':
      return fr
        ? `Clé inconnue ${q(problem.key)} : ce champ n'existe pas dans le modèle`
        : `Unknown key ${q(problem.key)}: this field does not exist in the model`;
    case 'wrong-type': {
      const expected = problem.expected.map((type) => typeName(type, fr)).join(fr ? ' ou ' : ' or ');
      const received = describeValue(problem.received, fr);
      return fr ? `Attendu ${expected}, reçu ${received}` : `Expected ${expected}, received ${received}`;
    }
    case 'unexpected-value':
      return unexpectedValue(problem.received, problem.allowed, fr);
    case 'invalid-date':
      return fr
        ? `Date invalide ${q(problem.received)} (attendu AAAA-MM-JJ)`
        : `Invalid date ${q(problem.received)} (expected YYYY-MM-DD)`;
    case 'too-small':
    case 'too-big':
      return bound(problem, fr);
    case 'bare-other':
      return fr
        ? 'Le code OTHER seul ne suffit pas : écrire un diplôme { code: OTHER, label, level }'
        : 'A bare OTHER code is not enough: write a diploma { code: OTHER, label, level }';
    case 'other-requires-field':
      return fr
        ? `Champ obligatoire manquant : un diplôme OTHER doit préciser ${q(problem.field)}`
        : `Missing required field: an OTHER diploma must give its ${q(problem.field)}`;
    case 'level-out-of-scale':
      return levelOutOfScale(problem.scale, problem.received, fr);
    case 'unreadable':
      return fr ? 'Document illisible : sa lecture a échoué' : 'Unreadable document: reading it failed';
    case 'invalid':
      return fr ? 'Valeur invalide' : 'Invalid value';
    default:
      return assertNever(problem);
  }
}

function unexpectedValue(received: unknown, allowed: readonly unknown[], fr: boolean): string {
  const q = (value: unknown): string => quote(value, fr);
  const list = allowed.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join(', ');
  const expected =
    allowed.length === 1
      ? q(allowed[0])
      : fr
        ? `l'une de ${list}`
        : `one of ${list}`;
  const base = fr ? `Valeur inattendue ${q(received)} : attendu ${expected}` : `Unexpected value ${q(received)}: expected ${expected}`;
  const guess = allowed.length > 1 ? closest(received, allowed) : undefined;
  if (guess === undefined) return base;
  return fr ? `${base}. Vouliez-vous dire ${q(guess)} ?` : `${base}. Did you mean ${q(guess)}?`;
}

function levelOutOfScale(scale: string, received: unknown, fr: boolean): string {
  const q = (value: unknown): string => quote(value, fr);
  if (scale === '1969') {
    return fr
      ? `Niveau ${q(received)} hors de l'échelle de 1969 (attendu I, II, III, IV ou V)`
      : `Level ${q(received)} is not on the 1969 scale (expected I, II, III, IV or V)`;
  }
  return fr
    ? `Niveau ${q(received)} hors de l'échelle cncp-2019 (attendu un entier de 1 à 8)`
    : `Level ${q(received)} is not on the cncp-2019 scale (expected an integer from 1 to 8)`;
}

function bound(problem: Extract<Problem, { kind: 'too-small' | 'too-big' }>, fr: boolean): string {
  const small = problem.kind === 'too-small';
  const { limit, inclusive } = problem;
  if (problem.origin === 'string' && small) {
    return fr ? `Texte trop court : au moins ${limit} caractère(s) attendu(s)` : `Text too short: at least ${limit} character(s) expected`;
  }
  if (problem.origin === 'array') {
    if (small) return fr ? `Liste trop courte : au moins ${limit} élément(s) attendu(s)` : `List too short: at least ${limit} item(s) expected`;
    return fr ? `Liste trop longue : au plus ${limit} élément(s) attendu(s)` : `List too long: at most ${limit} item(s) expected`;
  }
  const sign = small ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
  if (small) return fr ? `Valeur trop petite : attendu ${sign} ${limit}` : `Value too small: expected ${sign} ${limit}`;
  return fr ? `Valeur trop grande : attendu ${sign} ${limit}` : `Value too large: expected ${sign} ${limit}`;
}

const TYPE_NAMES: Record<string, [fr: string, en: string]> = {
  object: ['un objet', 'an object'],
  array: ['un tableau', 'an array'],
  string: ['une chaîne de caractères', 'a string'],
  number: ['un nombre', 'a number'],
  int: ['un entier', 'an integer'],
  boolean: ['un booléen (true ou false)', 'a boolean (true or false)'],
  null: ['null', 'null'],
};

function typeName(type: string, fr: boolean): string {
  const names = TYPE_NAMES[type];
  return names === undefined ? type : names[fr ? 0 : 1];
}

/**
 * What a value is, in words, with its value for a scalar.
 *
 * @example
 * describeValue([], true);      // 'un tableau'
 * describeValue('oui', false);  // 'a string ("oui")'
 */
export function describeValue(value: unknown, fr: boolean): string {
  if (value === undefined) return fr ? 'rien' : 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return fr ? 'un tableau' : 'an array';
  switch (typeof value) {
    case 'string':
      return `${fr ? 'une chaîne de caractères' : 'a string'} (${quote(value, fr)})`;
    case 'number':
      return `${fr ? 'un nombre' : 'a number'} (${String(value)})`;
    case 'boolean':
      return `${fr ? 'un booléen' : 'a boolean'} (${String(value)})`;
    case 'bigint':
      return fr ? 'un grand entier' : 'a big integer';
    case 'object':
      return fr ? 'un objet' : 'an object';
    default:
      return fr ? `une valeur de type ${typeof value}` : `a value of type ${typeof value}`;
  }
}

const MAX_SHOWN = 80;

/**
 * A value quoted for a message: « x » in French, "x" in English; long values are cut.
 *
 * @example
 * quote('polis', true);  // '« polis »'
 * quote(3, false);       // '"3"'
 */
export function quote(value: unknown, fr: boolean): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = typeof value;
    }
  }
  if (text.length > MAX_SHOWN) text = `${text.slice(0, MAX_SHOWN - 1)}…`;
  return fr ? `« ${text} »` : `"${text}"`;
}

/** The allowed value closest to a misspelt one (case, or at most two edits), if any. */
function closest(received: unknown, allowed: readonly unknown[]): string | undefined {
  if (typeof received !== 'string' || received.length > 40) return undefined;
  const lower = received.toLowerCase();
  let best: { value: string; distance: number } | undefined;
  for (const value of allowed) {
    if (typeof value !== 'string') continue;
    const distance = value.toLowerCase() === lower ? 0 : editDistance(lower, value.toLowerCase());
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { value, distance };
  }
  return best?.value;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function assertNever(value: never): never {
  throw new Error(`Problème non traité : ${JSON.stringify(value)}`);
}
