/**
 * Runs a compiled checker on one input: parse, pick the date and the edition, evaluate the rules,
 * build the report. Never throws on bad input.
 * @module
 */
import { isIsoDate, inForce, today } from './dates.js';
import { editionAt, noEditionMessage } from './edition.js';
import { EvalContext } from './compile/context.js';
import type { Checker, CompiledRule, CompiledSubject } from './compile/compile-ruleset.js';
import { invalidReport, outcomeOf, rulesetRef, sortFindings } from './report.js';
import { renderTemplate } from './template.js';
import { resolvePath } from './json-path.js';
import type { Finding, Hit, Lang, Location, Report, RuleCase } from './types.js';

/** Options of {@link runCheck}. */
export interface RunOptions {
  asOf?: string;
  lang?: Lang;
  verbose?: boolean;
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
  const fallbackDate = options.asOf !== undefined && isIsoDate(options.asOf) ? options.asOf : today();
  if (!subject) return invalidReport(checker.ruleset, subjectName, fallbackDate, [{ pointer: '', message: NO_SUBJECT[lang](subjectName) }]);
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) {
    return invalidReport(checker.ruleset, subjectName, today(), [{ pointer: '', message: ASOF_ERROR[lang](String(options.asOf)) }]);
  }
  const parsed = subject.definition.parse(input, lang);
  if (!parsed.ok) {
    const ownDate = dateOf(input, subject);
    return invalidReport(checker.ruleset, subjectName, options.asOf ?? ownDate ?? today(), parsed.errors);
  }
  const document = parsed.value;
  const asOf = options.asOf ?? dateOf(document, subject) ?? today();
  const edition = editionAt(checker.editions, asOf);
  if (!edition) {
    const pointer = subject.definition.dateField && options.asOf === undefined ? `/${subject.definition.dateField}` : '';
    return invalidReport(checker.ruleset, subjectName, asOf, [
      { pointer, message: noEditionMessage(checker.ruleset.name, checker.editions, asOf, lang) },
    ]);
  }
  const findings = evaluateSubject(checker, subject, edition.id, document, asOf, lang, '');
  const linked = subject.definition.linkedText;
  if (linked && typeof document[linked.field] === 'string') {
    const textSubject = checker.subjects.get(linked.subject);
    const text = textSubject?.definition.parse(document[linked.field], lang);
    if (textSubject && text?.ok) {
      findings.push(...evaluateSubject(checker, textSubject, edition.id, text.value, asOf, lang, `/${linked.field}`));
    }
  }
  const shown = options.verbose ? findings : findings.filter((f) => f.severity !== 'info');
  sortFindings(shown);
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
  return isIsoDate(date) ? date : undefined;
}

/**
 * Evaluates the rules of one subject and edition on a parsed document.
 * `pointerPrefix` prefixes the findings' pointers (a post's description: `/description`).
 */
export function evaluateSubject(
  checker: Checker,
  subject: CompiledSubject,
  editionId: string,
  document: Record<string, unknown>,
  asOf: string,
  lang: Lang,
  pointerPrefix: string,
): Finding[] {
  const rules = subject.rulesByEdition.get(editionId) ?? [];
  const ctx = new EvalContext(document, asOf, subject.derived);
  const findings: Finding[] = [];
  for (const compiled of rules) {
    const rule = compiled.rule;
    if (!inForce(asOf, rule.since, rule.until)) continue;
    for (const c of compiled.cases) {
      if (!inForce(asOf, c.since, c.until)) continue;
      const hits: Hit[] = [];
      ctx.hits = hits;
      if (c.test(ctx)) {
        findings.push(buildFinding(checker, subject, compiled, c.source, ctx, hits[0], lang, pointerPrefix));
        break;
      }
    }
  }
  ctx.hits = undefined;
  return findings;
}

function buildFinding(
  checker: Checker,
  subject: CompiledSubject,
  compiled: CompiledRule,
  c: RuleCase,
  ctx: EvalContext,
  hit: Hit | undefined,
  lang: Lang,
  pointerPrefix: string,
): Finding {
  const rule = compiled.rule;
  const lookup = (name: string): unknown => {
    if (name === 'asOf') return ctx.asOf;
    if (name === 'evidence') return hit?.evidence;
    const [head, ...rest] = name.split('.');
    if (head === 'params') {
      const p = rest[0] ?? '';
      return checker.params[rule.id]?.[p] ?? rule.params[p]?.default;
    }
    const index = subject.derivedIndex.get(head as string);
    const value = index === undefined ? ctx.document[head as string] : ctx.derivedFact(index);
    return rest.length === 0 ? value : resolvePath(value, rest);
  };
  const location: Location = hit ? { ...hit.location } : {};
  const pointer = pointerPrefix + (c.locate ?? '');
  if (pointer !== '' || !hit) location.pointer = pointer;
  const finding: Finding = {
    ruleId: rule.id,
    severity: c.severity,
    message: renderTemplate(c.message[lang], lookup, lang),
    location: orderLocation(location),
    sources: rule.sources.map((s) => ({ ...s })),
    docUrl: `${checker.ruleset.docBaseUrl}${rule.id}.md`,
  };
  if (hit?.evidence !== undefined) finding.evidence = hit.evidence;
  return finding;
}

function orderLocation(l: Location): Location {
  const out: Location = {};
  if (l.pointer !== undefined) out.pointer = l.pointer;
  if (l.line !== undefined) out.line = l.line;
  if (l.column !== undefined) out.column = l.column;
  if (l.endLine !== undefined) out.endLine = l.endLine;
  if (l.endColumn !== undefined) out.endColumn = l.endColumn;
  return out;
}
