/**
 * Turns one rule as written in YAML into a resolved {@link Rule}, checking everything the
 * schema cannot: the rule's form, its conditions, dates, templates, examples.
 * @module
 */
import { isIsoDate } from '../dates.js';
import { exampleDocument } from '../merge.js';
import { templateNames } from '../template.js';
import type { RuleProblem } from '../errors.js';
import type { Condition, Localized, Origin, OperatorDefinition, ParamSpec, Rule, RuleCase, RuleExample, Severity, Source, SubjectDefinition } from '../types.js';
import { checkCondition } from './check-condition.js';
import type { YamlSource } from './yaml-source.js';

/** A rule as read from YAML (validated by the schema). */
export interface RawRule {
  id: string;
  subject?: string;
  severity?: Severity;
  title: Localized;
  message?: Localized;
  rationale: string;
  rationaleEn?: string;
  sources: Source[];
  params?: Record<string, ParamSpec>;
  since?: string;
  until?: string;
  when?: Condition;
  cases?: (Omit<RuleCase, 'message'> & { message?: Localized })[];
  locate?: string;
  examples: { fires: { input: unknown; severity?: Severity; note?: string }[]; passes: { input: unknown; note?: string }[] };
}

/** Context of the file a rule comes from. */
export interface RuleFileContext {
  source: YamlSource;
  pointer: string;
  edition: string;
  subject: SubjectDefinition | undefined;
  subjectName: string;
  operators: readonly OperatorDefinition[];
}

/**
 * Resolves a raw rule; returns the rule (when usable) and the problems found.
 * @example
 * const { rule, problems } = resolveRule(raw, ctx);
 */
export function resolveRule(raw: RawRule, ctx: RuleFileContext): { rule?: Rule; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const at = (pointer: string, code: RuleProblem['code'], message: string, messageEn: string, key = false): void => {
    const pos = ctx.source.position(ctx.pointer + pointer, key);
    problems.push({ code, file: ctx.source.file, line: pos.line, column: pos.column, message, messageEn });
  };
  const subject = ctx.subject;
  if (!subject) {
    at(raw.subject ? '/subject' : '', 'unknown-subject', `sujet inconnu « ${ctx.subjectName} » pour la règle ${raw.id}`, `unknown subject "${ctx.subjectName}" for rule ${raw.id}`);
    return { problems };
  }
  const params = raw.params ?? {};
  let cases: RuleCase[] = [];
  const hasSimple = raw.when !== undefined || raw.severity !== undefined;
  if (raw.cases && hasSimple) {
    at('/cases', 'bad-shape', `la règle ${raw.id} a à la fois « cases » et « severity »/« when » : choisir l'une des deux formes`, `rule ${raw.id} has both "cases" and "severity"/"when": pick one form`, true);
  } else if (raw.cases) {
    raw.cases.forEach((c, i) => {
      const message = c.message ?? raw.message;
      if (!message) at(`/cases/${i}`, 'bad-shape', `le cas ${i + 1} de ${raw.id} n'a pas de message (ni la règle)`, `case ${i + 1} of ${raw.id} has no message (nor has the rule)`);
      cases.push({ ...c, message: message ?? { fr: '', en: '' } });
    });
  } else if (raw.when !== undefined && raw.severity !== undefined && raw.message !== undefined) {
    cases = [{ severity: raw.severity, when: raw.when, message: raw.message, ...(raw.locate !== undefined ? { locate: raw.locate } : {}) }];
  } else {
    at('', 'bad-shape', `la règle ${raw.id} doit avoir « severity », « when » et « message », ou bien « cases »`, `rule ${raw.id} needs "severity", "when" and "message", or "cases"`);
  }
  cases = cases.map((c) => (c.locate === undefined && raw.locate !== undefined ? { ...c, locate: raw.locate } : c));
  const scope = { subject, operators: ctx.operators, params };
  const caseBase = (i: number): string => (raw.cases ? `/cases/${i}` : '');
  cases.forEach((c, i) => {
    for (const p of checkCondition(c.when, `${caseBase(i)}/when`, scope)) at(p.pointer, p.code, p.message, p.messageEn, p.key);
    for (const lang of ['fr', 'en'] as const) {
      for (const name of templateNames(c.message[lang])) {
        const msg = checkTemplateName(name, subject, params);
        if (msg) at(raw.cases?.[i]?.message ? `${caseBase(i)}/message/${lang}` : `/message/${lang}`, 'bad-template', msg, `unknown placeholder {{${name}}}`);
      }
    }
    checkDates(c.since, c.until, caseBase(i), at);
    if (c.locate !== undefined && c.locate !== '' && !c.locate.startsWith('/')) {
      at(`${caseBase(i)}/locate`, 'bad-value', `« locate » doit être un pointeur JSON (commençant par /)`, `"locate" must be a JSON pointer (starting with /)`);
    }
  });
  checkDates(raw.since, raw.until, '', at);
  for (const [name, spec] of Object.entries(params)) {
    if ((spec.minimum !== undefined && typeof spec.default === 'number' && spec.default < spec.minimum) || (spec.maximum !== undefined && typeof spec.default === 'number' && spec.default > spec.maximum)) {
      at(`/params/${name}/default`, 'bad-param', `valeur par défaut hors des bornes du paramètre « ${name} »`, `default value out of bounds for parameter "${name}"`);
    }
  }
  const examples = resolveExamples(raw, subject, cases, at, (pointer) => ({ file: ctx.source.file, ...ctx.source.position(ctx.pointer + pointer) }));
  const rule: Rule = {
    id: raw.id,
    subject: ctx.subjectName,
    edition: ctx.edition,
    title: raw.title,
    rationale: raw.rationale,
    ...(raw.rationaleEn !== undefined ? { rationaleEn: raw.rationaleEn } : {}),
    sources: raw.sources,
    params,
    ...(raw.since !== undefined ? { since: raw.since } : {}),
    ...(raw.until !== undefined ? { until: raw.until } : {}),
    cases,
    examples,
    origin: { file: ctx.source.file, ...ctx.source.position(ctx.pointer) },
  };
  return { rule, problems };
}

type At = (pointer: string, code: RuleProblem['code'], message: string, messageEn: string, key?: boolean) => void;

function checkDates(since: string | undefined, until: string | undefined, base: string, at: At): void {
  if (since !== undefined && !isIsoDate(since)) at(`${base}/since`, 'bad-date', `date invalide « ${since} »`, `invalid date "${since}"`);
  if (until !== undefined && !isIsoDate(until)) at(`${base}/until`, 'bad-date', `date invalide « ${until} »`, `invalid date "${until}"`);
  if (since !== undefined && until !== undefined && since >= until) at(`${base}/until`, 'bad-date', `« until » (${until}) doit suivre « since » (${since})`, `"until" (${until}) must come after "since" (${since})`);
}

function checkTemplateName(name: string, subject: SubjectDefinition, params: Record<string, ParamSpec>): string | undefined {
  const [head, second] = name.split('.');
  if (head === 'asOf' || head === 'evidence') return undefined;
  if (head === 'params') return second && params[second] ? undefined : `paramètre inconnu dans {{${name}}}`;
  if (subject.fields.includes(head as string) || Object.prototype.hasOwnProperty.call(subject.facts, head as string)) return undefined;
  return `fait inconnu dans {{${name}}} pour le sujet ${subject.name}`;
}

function resolveExamples(raw: RawRule, subject: SubjectDefinition, cases: RuleCase[], at: At, origin: (pointer: string) => Origin): Rule['examples'] {
  const out: Rule['examples'] = { fires: [], passes: [] };
  const severities = new Set(cases.map((c) => c.severity));
  for (const kind of ['fires', 'passes'] as const) {
    raw.examples[kind].forEach((ex, i) => {
      const pointer = `/examples/${kind}/${i}`;
      const input = exampleDocument(subject, ex);
      const parsed = subject.parse(input, 'fr');
      if (!parsed.ok) {
        for (const e of parsed.errors) {
          at(`${pointer}/input`, 'bad-example', `exemple ${kind} n° ${i + 1} non conforme au modèle ${subject.name} : ${e.pointer || '/'} : ${e.message}`, `${kind} example ${i + 1} does not match the ${subject.name} model at ${e.pointer || '/'}`);
        }
      }
      const severity: Severity | undefined = 'severity' in ex ? (ex.severity as Severity | undefined) : undefined;
      if (severity !== undefined && !severities.has(severity)) {
        at(`${pointer}/severity`, 'bad-example', `la règle n'a pas de cas de sévérité « ${severity} »`, `the rule has no case of severity "${severity}"`);
      }
      const example: RuleExample = { input: ex.input, origin: origin(pointer) };
      if (severity !== undefined) example.severity = severity;
      if (ex.note !== undefined) example.note = ex.note;
      out[kind].push(example);
    });
  }
  return out;
}
