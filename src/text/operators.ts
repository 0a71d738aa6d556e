/**
 * The text operators `affirms` and `lacks`, for `when:` conditions on the `text` fact.
 * @module
 */
import type { CompiledPredicate, Hit, OperatorDefinition } from '../core/types.js';
import type { AnalysedText } from './analyse.js';
import { positionOf } from './lines.js';
import type { TokenSpan } from './pattern/match.js';
import { compileTextValue, isAnalysedText, matchTextValue, TextValueError } from './text-value.js';

/** Most hits one condition records in one text. */
export const MAX_HITS = 20;
const MAX_EVIDENCE = 200;

/**
 * The hit of a match: its 1-based span (end column exclusive) and the passage.
 *
 * @example
 * ```ts
 * const at = analyseText('Il participe aux auditions.');
 * spanHit(at, { first: 1, last: 3 }); // { location: { line: 1, column: 4, endLine: 1, endColumn: 27 }, evidence: 'participe aux auditions' }
 * ```
 */
export function spanHit(at: AnalysedText, span: TokenSpan): Hit {
  const start = at.tokens.start[span.first] as number;
  const end = at.tokens.end[span.last] as number;
  const from = positionOf(at.lineIndex, start);
  const to = positionOf(at.lineIndex, end);
  let evidence = at.text.slice(start, Math.min(end, start + MAX_EVIDENCE * 2)).replace(/\s+/g, ' ');
  if (evidence.length > MAX_EVIDENCE) evidence = evidence.slice(0, MAX_EVIDENCE - 1) + '…';
  return { location: { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }, evidence };
}

function checkValue(value: unknown): string | undefined {
  try {
    compileTextValue(value);
    return undefined;
  } catch (error) {
    if (error instanceof TextValueError) return error.message;
    throw error;
  }
}

/** `affirms`: true when the text affirms a passage matching the value. */
const affirms: OperatorDefinition = {
  name: 'affirms',
  compile(value: unknown): CompiledPredicate {
    const compiled = compileTextValue(value);
    return (factValue, hits) => {
      if (!isAnalysedText(factValue)) return false;
      const spans = matchTextValue(compiled, factValue, 'affirms', hits ? MAX_HITS : 1);
      if (hits) for (const span of spans) hits.push(spanHit(factValue, span));
      return spans.length > 0;
    };
  },
  checkValue,
  jre: false,
};

/** `lacks`: true when no passage matching the value is stated (quotations count as stated). */
const lacks: OperatorDefinition = {
  name: 'lacks',
  compile(value: unknown): CompiledPredicate {
    const compiled = compileTextValue(value);
    // No evidence: the rule's message says, in French, what the fiche should state; the
    // patterns themselves are for rule maintainers (cadre explain shows them).
    return (factValue, hits) => {
      if (!isAnalysedText(factValue)) return false;
      if (matchTextValue(compiled, factValue, 'present', 1).length > 0) return false;
      if (hits) hits.push({ location: { line: 1, column: 1 } });
      return true;
    };
  },
  checkValue,
  jre: false,
};

/**
 * The text operators, to register in the engine (`DomainDefinition.operators`).
 *
 * @example
 * ```ts
 * const affirms = textOperators.find((o) => o.name === 'affirms')!;
 * affirms.compile('participer ~4 auditions')(analyseText('Il participe aux auditions.'), undefined); // true
 * ```
 */
export const textOperators: OperatorDefinition[] = [affirms, lacks];
