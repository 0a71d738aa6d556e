/**
 * The right-hand side of the text operators in a rule file: one pattern, a list of alternative
 * patterns, or `{ match, unless?, except? }` where a match is ignored when an `unless` pattern
 * occurs in the same sentence (in any polarity), or when an `except` pattern matches a passage that
 * shares a word with it ("assistante sociale" in "l'assistante sociale de secteur").
 * @module
 */
import type { AnalysedText } from './analyse.js';
import { compileAutomaton, type Automaton } from './pattern/automaton.js';
import { findMatches, type MatchMode, type TokenSpan } from './pattern/match.js';
import { parsePattern, PatternSyntaxError } from './pattern/parse.js';

/** A compiled operator value. */
export interface CompiledTextValue {
  /** Sources of the `match` patterns (for messages). */
  patterns: string[];
  automaton: Automaton;
  unless?: Automaton;
  except?: Automaton;
}

/** Thrown when a value is malformed; `message` is French. */
export class TextValueError extends Error {
  override name = 'TextValueError';
}

function asList(value: unknown, what: string): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) return value as string[];
  throw new TextValueError(`${what} : un motif (chaîne) ou une liste non vide de motifs est attendu`);
}

function compileList(sources: string[]): Automaton {
  return compileAutomaton(
    sources.map((source, index) => {
      try {
        return parsePattern(source);
      } catch (error) {
        if (error instanceof PatternSyntaxError) {
          const where = sources.length > 1 ? ` (motif n° ${index + 1})` : '';
          throw new TextValueError(`motif « ${source} »${where} : ${error.message}`);
        }
        throw error;
      }
    }),
  );
}

/**
 * Compiles a value of `affirms` / `lacks`. Throws {@link TextValueError} (French message).
 *
 * @example
 * ```ts
 * compileTextValue(['secret professionnel', 'confidentialite des entretiens']).patterns.length; // 2
 * compileTextValue({ match: 'suivi ~3 long cours', unless: 'relais' });
 * compileTextValue({ match: 'assistant* social*', except: 'assistant* social* de secteur' });
 * ```
 */
function compileTextValueUncached(value: unknown): CompiledTextValue {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const unknownKeys = Object.keys(record).filter((k) => k !== 'match' && k !== 'unless' && k !== 'except');
    if (unknownKeys.length > 0) throw new TextValueError(`clé inconnue « ${unknownKeys[0]} » (clés permises : match, unless, except)`);
    const patterns = asList(record.match, 'match');
    const compiled: CompiledTextValue = { patterns, automaton: compileList(patterns) };
    if (record.unless !== undefined) compiled.unless = compileList(asList(record.unless, 'unless'));
    if (record.except !== undefined) compiled.except = compileList(asList(record.except, 'except'));
    return compiled;
  }
  const patterns = asList(value, 'valeur');
  return { patterns, automaton: compileList(patterns) };
}

/**
 * Whether a value is an {@link AnalysedText} (the `text` fact of the post-text subject).
 *
 * @example
 * ```ts
 * isAnalysedText(analyseText('x')); // true
 * isAnalysedText('x'); // false
 * ```
 */
export function isAnalysedText(value: unknown): value is AnalysedText {
  return typeof value === 'object' && value !== null && 'tokens' in value && (value as { negated?: unknown }).negated instanceof Uint8Array;
}

/**
 * The matches of a compiled value in a text, `unless` and `except` applied, up to `limit`.
 * `except` patterns are matched in any polarity; a match that shares a token with one of theirs
 * is dropped. Each filter is one more linear pass over the text.
 *
 * @example
 * ```ts
 * matchTextValue(compileTextValue('participer ~4 auditions'), analyseText('Il participe aux auditions.'), 'affirms', 5);
 * // [{ first: 1, last: 3 }]
 * ```
 */
function matchTextValueUncached(value: CompiledTextValue, at: AnalysedText, mode: MatchMode, limit: number): TokenSpan[] {
  if (!value.unless && !value.except) return findMatches(value.automaton, at, mode, limit);
  let spans = findMatches(value.automaton, at, mode, Number.MAX_SAFE_INTEGER);
  if (spans.length === 0) return spans;
  if (value.unless) {
    const blocked = new Set<number>();
    for (const s of findMatches(value.unless, at, 'any', Number.MAX_SAFE_INTEGER)) {
      for (let k = s.first; k <= s.last; k++) blocked.add(at.sentence[k] as number);
    }
    spans = spans.filter((s) => !blocked.has(at.sentence[s.first] as number) && !blocked.has(at.sentence[s.last] as number));
  }
  if (value.except && spans.length > 0) {
    // Both lists run left to right without overlaps: one walk tells which matches share a
    // token with an `except` passage.
    const excepted = findMatches(value.except, at, 'any', Number.MAX_SAFE_INTEGER);
    let j = 0;
    spans = spans.filter((s) => {
      while (j < excepted.length && (excepted[j] as TokenSpan).last < s.first) j++;
      return !(j < excepted.length && (excepted[j] as TokenSpan).first <= s.last);
    });
  }
  return spans.slice(0, limit);
}

/** Compiled values by their JSON: rules that share a pattern list (YAML anchors) share one automaton. */
const compiledByJson = new Map<string, CompiledTextValue>();

/**
 * Compiles a text value (a pattern, a list of patterns, or `{ match, unless, except }`) once:
 * the same value written in several rules gives the same compiled object.
 *
 * @example
 * ```ts
 * compileTextValue('participer ~4 auditions') === compileTextValue('participer ~4 auditions'); // true
 * ```
 */
export function compileTextValue(value: unknown): CompiledTextValue {
  const key = JSON.stringify(value) ?? 'undefined';
  let compiled = compiledByJson.get(key);
  if (!compiled) {
    compiled = compileTextValueUncached(value);
    compiledByJson.set(key, compiled);
  }
  return compiled;
}

/**
 * The matches of a compiled value in a text, `unless` and `except` applied, up to `limit`.
 * `except` patterns are matched in any polarity; a match that shares a token with one of theirs
 * is dropped. Each filter is one more linear pass over the text; a value used by several rules
 * is matched once per text.
 *
 * @example
 * ```ts
 * matchTextValue(compileTextValue('participer ~4 auditions'), analyseText('Il participe aux auditions.'), 'affirms', 5);
 * // [{ first: 1, last: 3 }]
 * ```
 */
export function matchTextValue(value: CompiledTextValue, at: AnalysedText, mode: MatchMode, limit: number): readonly Readonly<TokenSpan>[] {
  // Texts are immutable: the matches are kept on the text itself, by value, mode and limit (a
  // number: no text has 2^30 matches, so larger limits are all the same). A value is mostly asked
  // one question per text: a short list per value, not a map.
  const key = Math.min(limit, 2 ** 30) * 4 + (mode === 'affirms' ? 0 : mode === 'present' ? 1 : 2);
  const first = at.matches.get(value);
  for (let known = first; known !== undefined; known = known.next) if (known.key === key) return known.spans;
  const spans = matchTextValueUncached(value, at, mode, limit);
  at.matches.set(value, { key, spans, next: first });
  return spans;
}
