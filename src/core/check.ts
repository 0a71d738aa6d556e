/**
 * Runs a compiled checker on one input: parse, pick the date and the edition, evaluate the rules,
 * build the report. Never throws on bad input.
 * @module
 */
import { asciiNumber as digits } from './dates.js';
import { isIsoDate, inForce, today } from './dates.js';
import { editionAt, noEditionMessage } from './edition.js';
import { EvalContext } from './compile/context.js';
import type { Checker, CompiledCase, CompiledRule, CompiledSubject } from './compile/compile-ruleset.js';
import { invalidReport, outcomeOf, rulesetRef, sortFindings } from './report.js';
import type { Finding, Hit, Lang, Location, Report, Source } from './types.js';

/** Options of {@link runCheck}. */
export interface RunOptions {
  asOf?: string;
  lang?: Lang;
  verbose?: boolean;
  /**
   * The findings share their rule's sources, frozen, instead of each having fresh copies: for a
   * caller that only writes the report out (`cadre validate --jsonl`), which then recognises them
   * without comparing them. Off by default: a report's objects are its own.
   */
  shareSources?: boolean;
}

const ASOF_ERROR: Record<Lang, (v: string) => string> = {
  fr: (v) => `Date de vérification invalide « ${v} » : attendu AAAA-MM-JJ.`,
  en: (v) => `Invalid check date "${v}": expected YYYY-MM-DD.`,
};
const NO_SUBJECT: Record<Lang, (s: string) => string> = {
  fr: (s) => `Sujet inconnu « ${s} » pour ce référentiel.`,
  en: (s) => `Unknown subject "${s}" for this ruleset.`,
};

/**
 * Checks `input` as a document of `subjectName`.
 * @example
 * runCheck(checker, 'action', { date: '2025-01-10', type: 'summons', … }).outcome; // 'non-compliant'
 */
export function runCheck(checker: Checker, subjectName: string, input: unknown, options: RunOptions = {}): Report {
  const lang: Lang = options.lang === 'en' ? 'en' : 'fr';
  const subject = checker.subjects.get(subjectName);
  const asOfOption = options.asOf;
  if (!subject) {
    const date = asOfOption !== undefined && isIsoDate(asOfOption) ? asOfOption : today();
    return invalidReport(checker.ruleset, subjectName, date, [{ pointer: '', message: NO_SUBJECT[lang](subjectName) }]);
  }
  if (asOfOption !== undefined && !isIsoDate(asOfOption)) {
    return invalidReport(checker.ruleset, subjectName, today(), [{ pointer: '', message: ASOF_ERROR[lang](String(asOfOption)) }]);
  }
  const parsed = subject.definition.parse(input, lang);
  if (!parsed.ok) {
    return invalidReport(checker.ruleset, subjectName, asOfOption ?? dateOf(input, subject) ?? today(), parsed.errors);
  }
  const document = parsed.value;
  const asOf = asOfOption ?? dateOf(document, subject) ?? today();
  const edition = editionAt(checker.editions, asOf);
  if (!edition) {
    const pointer = subject.definition.dateField && asOfOption === undefined ? `/${subject.definition.dateField}` : '';
    return invalidReport(checker.ruleset, subjectName, asOf, [
      { pointer, message: noEditionMessage(checker.ruleset.name, checker.editions, asOf, lang) },
    ]);
  }
  const share = options.shareSources === true;
  const findings = evaluateSubject(subject, edition.id, document, asOf, lang, '', share);
  const linked = subject.definition.linkedText;
  if (linked && typeof document[linked.field] === 'string') {
    const textSubject = checker.subjects.get(linked.subject);
    const text = textSubject?.definition.parse(document[linked.field], lang);
    if (textSubject && text?.ok) {
      findings.push(...evaluateSubject(textSubject, edition.id, text.value, asOf, lang, `/${linked.field}`, share));
    }
  }
  const shown = options.verbose || !findings.some((f) => f.severity === 'info') ? findings : findings.filter((f) => f.severity !== 'info');
  if (shown.length > 1) sortFindings(shown);
  return {
    reportVersion: 1,
    ruleset: rulesetRef(checker.ruleset, edition.id),
    subject: subjectName,
    asOf,
    outcome: outcomeOf(shown),
    findings: shown,
    inputErrors: [],
  };
}

function dateOf(value: unknown, subject: CompiledSubject): string | undefined {
  const field = subject.definition.dateField;
  if (!field || value === null || typeof value !== 'object') return undefined;
  const date = (value as Record<string, unknown>)[field];
  return isCheckDate(date) ? date : undefined;
}

/**
 * Whether a value is a real `YYYY-MM-DD` date, answering exactly as `isIsoDate` (core/dates.ts)
 * does — including its refusal of the years 0 to 99 — without building a `Date`: a check reads
 * its document's date every time.
 * @example
 * isCheckDate('2024-02-29'); // true
 * isCheckDate('2023-02-29'); // false
 */
export function isCheckDate(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1)) return false; // NaN (not digits) fails too
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}


/**
 * Evaluates the rules of one subject and edition on a parsed document.
 * `pointerPrefix` prefixes the findings' pointers (a post's description: `/description`);
 * `shareSources` gives the findings their rule's frozen sources ({@link RunOptions.shareSources}).
 * @example
 * evaluateSubject(subject, '2006', document, '2025-01-10', 'fr', '').map((f) => f.ruleId);
 * // ['action/no-coercion']
 */
export function evaluateSubject(
  subject: CompiledSubject,
  editionId: string,
  document: Record<string, unknown>,
  asOf: string,
  lang: Lang,
  pointerPrefix: string,
  shareSources = false,
): Finding[] {
  const rules = subject.rulesByEdition.get(editionId) ?? [];
  const ctx = new EvalContext(document, asOf, subject.derived);
  const findings: Finding[] = [];
  // One list for the whole check, emptied before each case: text operators record where they matched.
  const hits: Hit[] = [];
  ctx.hits = hits;
  const evaluate = subject.evaluators.get(editionId);
  if (evaluate) {
    const fired: unknown[] = [];
    evaluate(ctx, fired);
    for (let i = 0; i < fired.length; i += 3) {
      const compiled = rules[fired[i] as number] as CompiledRule;
      findings.push(buildFinding(compiled, compiled.cases[fired[i + 1] as number] as CompiledCase, ctx, fired[i + 2] as Hit | undefined, lang, pointerPrefix, shareSources));
    }
    ctx.hits = undefined;
    return findings;
  }
  for (const compiled of rules) {
    const rule = compiled.rule;
    if (!inForce(asOf, rule.since, rule.until)) continue;
    for (const c of compiled.cases) {
      if (!inForce(asOf, c.since, c.until)) continue;
      if (hits.length !== 0) hits.length = 0;
      if (c.test(ctx)) {
        findings.push(buildFinding(compiled, c, ctx, hits[0], lang, pointerPrefix, shareSources));
        break;
      }
    }
  }
  ctx.hits = undefined;
  return findings;
}

function buildFinding(compiled: CompiledRule, c: CompiledCase, ctx: EvalContext, hit: Hit | undefined, lang: Lang, pointerPrefix: string, shareSources: boolean): Finding {
  const finding: Finding = {
    ruleId: compiled.rule.id,
    severity: c.severity,
    message: c.message[lang](ctx, hit),
    location: hit ? locationOf(hit, pointerPrefix + c.pointer) : { pointer: pointerPrefix + c.pointer },
    // Frozen: typed as the report's own array, which a caller of `shareSources` does not change.
    sources: shareSources ? (compiled.sharedSources as Source[]) : compiled.sources(),
    docUrl: compiled.docUrl,
  };
  if (hit?.evidence !== undefined) finding.evidence = hit.evidence;
  return finding;
}

/** A hit's location, with the case's pointer when there is one, keys in the report's order. */
function locationOf(hit: Hit, pointer: string): Location {
  const l: Location = { ...hit.location };
  if (pointer !== '') l.pointer = pointer;
  const out: Location = {};
  if (l.pointer !== undefined) out.pointer = l.pointer;
  if (l.line !== undefined) out.line = l.line;
  if (l.column !== undefined) out.column = l.column;
  if (l.endLine !== undefined) out.endLine = l.endLine;
  if (l.endColumn !== undefined) out.endColumn = l.endColumn;
  return out;
}
