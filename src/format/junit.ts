/**
 * The `junit` format (JUnit XML, as Jenkins, GitLab and the test-report actions read it): one
 * test suite per file (and per document of a multi-document file); one test case per rule of the
 * subject that was in force, passing when the rule stayed silent; a `<failure>` per finding (as
 * ESLint's junit format: warnings too, with the severity as failure type); an `<error>` per input
 * error of an `invalid-input` report.
 * @module
 */
import { inForce } from '../core/dates.js';
import type { Finding, InputError, Rule } from '../core/types.js';
import { SEVERITY_LABEL, OUTCOME_LABEL } from './labels.js';
import { INVALID_INPUT_RULE_ID } from './rule-info.js';
import type { FileResult, FormatContext, Formatter } from './types.js';

/**
 * Escapes text for XML content and attributes; drops the characters XML 1.0 cannot hold.
 * @example
 * xmlEscape('a < b & "c"'); // 'a &lt; b &amp; &quot;c&quot;'
 */
export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}

/**
 * Formats results as JUnit XML.
 * @example
 * formatJunit(results, ctx).startsWith('<?xml'); // true
 */
export const formatJunit: Formatter = (results, ctx) => {
  const suites = results.map((r) => suite(r, ctx));
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  const errors = suites.reduce((n, s) => n + s.errors, 0);
  const head = `<testsuites name="${xmlEscape(`cadre ${ctx.command}`)}" tests="${tests}" failures="${failures}" errors="${errors}">`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', head, ...suites.map((s) => s.xml), '</testsuites>', ''].join('\n');
};

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
}

function suite(r: FileResult, ctx: FormatContext): Suite {
  const report = r.report;
  const name = `${r.file}${r.document !== undefined ? ` (document ${r.document})` : ''}`;
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  if (report.outcome === 'invalid-input') {
    cases.push(testcase(INVALID_INPUT_RULE_ID, r.file, report.inputErrors.map((e) => inputError(e)).join('\n')));
    errors += report.inputErrors.length > 0 ? 1 : 0;
  } else {
    const byRule = new Map<string, Finding[]>();
    for (const f of report.findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
    const silent = applicableRules(ctx.ruleset.rules, report.subject, report.ruleset.edition, report.asOf).filter((rule) => !byRule.has(rule.id));
    for (const [ruleId, findings] of byRule) {
      cases.push(testcase(ruleId, r.file, findings.map((f) => failure(f, ctx)).join('\n')));
      failures += findings.length;
    }
    for (const rule of silent) cases.push(testcase(rule.id, r.file, ''));
  }
  const props = [
    ['subject', report.subject],
    ['outcome', report.outcome],
    ['outcomeLabel', OUTCOME_LABEL[ctx.lang][report.outcome]],
    ['asOf', report.asOf],
    ['ruleset', `${report.ruleset.name}@${report.ruleset.version}${report.ruleset.edition ? ` (${report.ruleset.edition})` : ''}`],
  ]
    .map(([k, v]) => `      <property name="${xmlEscape(k as string)}" value="${xmlEscape(v as string)}"/>`)
    .join('\n');
  const tests = cases.length;
  const xml = [
    `  <testsuite name="${xmlEscape(name)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" timestamp="${report.asOf}T00:00:00">`,
    '    <properties>',
    props,
    '    </properties>',
    ...cases,
    '  </testsuite>',
  ].join('\n');
  return { xml, tests, failures, errors };
}

function applicableRules(rules: readonly Rule[], subject: string, edition: string | null, asOf: string): Rule[] {
  return rules.filter((rule) => rule.subject === subject && rule.edition === edition && inForce(asOf, rule.since, rule.until));
}

function testcase(name: string, file: string, body: string): string {
  const open = `    <testcase classname="${xmlEscape(file)}" name="${xmlEscape(name)}" file="${xmlEscape(file)}" time="0"`;
  return body === '' ? `${open}/>` : `${open}>\n${body}\n    </testcase>`;
}

function failure(f: Finding, ctx: FormatContext): string {
  const where = f.location.line !== undefined ? `${f.location.line}:${f.location.column ?? 1}` : '';
  const at = [where, f.location.pointer ?? ''].filter((x) => x !== '').join(' ');
  const details = [
    `${SEVERITY_LABEL[ctx.lang][f.severity]}${at ? ` (${at})` : ''} : ${f.message}`,
    ...(f.evidence !== undefined ? [`« ${f.evidence} »`] : []),
    ...f.sources.map((s) => `source : ${s.ref}${s.url ? ` ${s.url}` : ''}`),
    f.docUrl,
  ].join('\n');
  return `      <failure type="${f.severity}" message="${xmlEscape(f.message)}">${xmlEscape(details)}</failure>`;
}

function inputError(e: InputError): string {
  const at = e.line !== undefined ? `${e.line}:${e.column ?? 1} ` : '';
  return `      <error type="invalid-input" message="${xmlEscape(e.message)}">${xmlEscape(`${at}${e.pointer || '/'} : ${e.message}`)}</error>`;
}
