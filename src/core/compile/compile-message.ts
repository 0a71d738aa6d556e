/**
 * Compiles a rule case's message template once, when the ruleset is compiled: the placeholders
 * are resolved to readers then, so that a finding's message is a concatenation, with the values
 * written exactly as `renderTemplate` writes them.
 * @module
 */
import { resolvePath } from '../json-path.js';
import { formatValue } from '../template.js';
import type { Hit, Lang } from '../types.js';
import type { EvalContext } from './context.js';

/** A compiled message: the text of a finding from the check's state and the operator's hit. */
export type CompiledMessage = (ctx: EvalContext, hit: Hit | undefined) => string;

/** What a placeholder may name besides a fact: the rule's parameters and the subject's derived facts. */
export interface MessageEnv {
  /** Value of a rule parameter (override or default). */
  param(name: string): unknown;
  /** Index of a derived fact, or undefined for a document field. */
  derivedIndex(name: string): number | undefined;
}

/** Messages kept per template (their values mostly come from short lists). */
const MESSAGES_KEPT = 64;

const PLACEHOLDER = /\{\{\s*([A-Za-z_$][A-Za-z0-9_$.-]*)\s*\}\}/g;

/**
 * Compiles a template: `{{fact.path}}`, `{{params.name}}`, `{{asOf}}`, `{{evidence}}`.
 * @example
 * const message = compileMessage('Ordre reçu de : {{instructedBy.kind}}', env, 'fr');
 * message(ctx, undefined); // 'Ordre reçu de : police'
 */
export function compileMessage(template: string, env: MessageEnv, lang: Lang): CompiledMessage {
  if (!template.includes('{{')) return () => template;
  const texts: string[] = [];
  const values: ((ctx: EvalContext, hit: Hit | undefined) => unknown)[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    texts.push(template.slice(last, match.index));
    values.push(compileLookup(match[1] as string, env));
    last = match.index + match[0].length;
  }
  const tail = template.slice(last);
  // The same values give the same message, and the same string: a stream writes its messages
  // from a table keyed by them, and a string seen before has its hash (a new one, hundreds of
  // characters long, had to be flattened and hashed for every finding).
  const seen = new Map<string, string>();
  const parts: string[] = values.map(() => '');
  return (ctx, hit) => {
    // The key: the values, NUL-separated (no memo when a value holds a NUL: two lists could then meet).
    let key = '';
    let memo = true;
    for (let i = 0; i < values.length; i++) {
      const value = formatValue((values[i] as (c: EvalContext, h: Hit | undefined) => unknown)(ctx, hit), lang);
      parts[i] = value;
      key = i === 0 ? value : `${key}\u0000${value}`;
      if (values.length > 1 && value.includes('\u0000')) memo = false;
    }
    const known = memo ? seen.get(key) : undefined;
    if (known !== undefined) return known;
    let out = '';
    for (let i = 0; i < values.length; i++) out += (texts[i] as string) + (parts[i] as string);
    out += tail;
    if (memo && seen.size < MESSAGES_KEPT) seen.set(key, out);
    return out;
  };
}

/** The reader of one placeholder, resolved as `runCheck` resolved it at each finding. */
function compileLookup(name: string, env: MessageEnv): (ctx: EvalContext, hit: Hit | undefined) => unknown {
  if (name === 'asOf') return (ctx) => ctx.asOf;
  if (name === 'evidence') return (_ctx, hit) => hit?.evidence;
  const [head, ...rest] = name.split('.') as [string, ...string[]];
  if (head === 'params') {
    const value = env.param(rest[0] ?? '');
    return () => value;
  }
  const index = env.derivedIndex(head);
  const base = index === undefined ? (ctx: EvalContext) => ctx.document[head] : (ctx: EvalContext) => ctx.derivedFact(index);
  return rest.length === 0 ? base : (ctx) => resolvePath(base(ctx), rest);
}
