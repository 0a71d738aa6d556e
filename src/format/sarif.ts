/**
 * The `sarif` format: SARIF 2.1.0 (OASIS), as GitHub code scanning and the SARIF viewers read it.
 *
 * - `tool.driver` describes cadre and every rule of the ruleset (id, PascalCase name, title,
 *   rationale, documentation URL, default level), plus the pseudo rule `input/invalid`.
 * - Levels: `error` → error, `review` → warning (a person must decide: it has to be seen, and
 *   viewers hide `note`), `warning` → warning, `info` → note. The cadre severity is kept in
 *   `properties.severity`.
 * - Locations: the file (relative URI under `%SRCROOT%`) with a region when the line is known
 *   (text passages; structured documents read from a file), and for structured documents a
 *   logical location whose fully qualified name is the JSON pointer.
 * - An `invalid-input` report gives one `input/invalid` error result per input error, so that
 *   a broken document is as visible as a finding.
 * - `partialFingerprints["cadreFinding/v1"]` hashes rule, file, document and pointer/evidence:
 *   stable across runs and across edits that only move lines.
 * @module
 */
import type { Finding, InputError, Lang, Location, Rule, Severity } from '../core/types.js';
import { findingFingerprint } from './fingerprint.js';
import { INVALID_INPUT_RULE_ID, invalidInputTitle, rationaleIn, ruleDocUrl, ruleName, topSeverity } from './rule-info.js';
import type { FileResult, FormatContext, Formatter } from './types.js';

/** SARIF levels. */
export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

/** Where the SARIF 2.1.0 JSON Schema is published (the `$schema` of the log). */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The project's home page (`tool.driver.informationUri`). */
export const CADRE_INFORMATION_URI = 'https://github.com/cadre-iscg/cadre';
const SRCROOT = '%SRCROOT%';
const FINGERPRINT_KEY = 'cadreFinding/v1';

/**
 * The SARIF level of a cadre severity.
 * @example
 * sarifLevel('review'); // 'warning'
 */
export function sarifLevel(severity: Severity): SarifLevel {
  switch (severity) {
    case 'error':
      return 'error';
    case 'review':
    case 'warning':
      return 'warning';
    case 'info':
      return 'note';
    default: {
      const never: never = severity;
      return never;
    }
  }
}

/**
 * Formats results as a SARIF 2.1.0 log with one run.
 * @example
 * const log = JSON.parse(formatSarif(results, ctx));
 * log.runs[0].results[0].ruleId; // 'action/short-term'
 */
export const formatSarif: Formatter = (results, ctx) => {
  const rules = ctx.ruleset.rules;
  const index = new Map<string, number>(rules.map((r, i) => [r.id, i]));
  const invalidIndex = rules.length;
  const sarifResults: unknown[] = [];
  for (const r of results) {
    for (const e of r.report.inputErrors) sarifResults.push(inputErrorResult(r, e, invalidIndex, ctx.lang));
    for (const f of r.report.findings) sarifResults.push(findingResult(r, f, index.get(f.ruleId)));
  }
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cadre',
            fullName: `cadre ${ctx.command} (${ctx.ruleset.name} ${ctx.ruleset.version})`,
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            informationUri: CADRE_INFORMATION_URI,
            rules: [...rules.map((rule) => descriptor(rule, ctx)), invalidDescriptor(ctx.lang)],
            properties: { ruleset: { name: ctx.ruleset.name, version: ctx.ruleset.version, digest: ctx.ruleset.digest } },
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: baseUri() } },
        invocations: [{ executionSuccessful: true, commandLine: `cadre ${ctx.command}` }],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function descriptor(rule: Rule, ctx: FormatContext): Record<string, unknown> {
  const title = rule.title[ctx.lang];
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: sentence(title) },
    fullDescription: { text: sentence(rationaleIn(rule, ctx.lang).trim()) },
    helpUri: ruleDocUrl(ctx.ruleset, rule.id),
    help: { text: sentence(`${title} — ${ruleDocUrl(ctx.ruleset, rule.id)}`) },
    defaultConfiguration: { level: sarifLevel(topSeverity(rule)) },
    properties: {
      tags: [rule.subject, `edition-${rule.edition}`],
      severities: [...new Set(rule.cases.map((c) => c.severity))],
      sources: rule.sources.map((s) => ({ ...s })),
    },
  };
}

function invalidDescriptor(lang: Lang): Record<string, unknown> {
  const title = invalidInputTitle(lang);
  return {
    id: INVALID_INPUT_RULE_ID,
    name: ruleName(INVALID_INPUT_RULE_ID),
    shortDescription: { text: sentence(title) },
    fullDescription: {
      text:
        lang === 'en'
          ? 'The document could not be checked: it does not follow the model of its subject, its date precedes every edition, or the file cannot be read.'
          : "Le document n'a pas pu être vérifié : il ne suit pas le modèle de son sujet, sa date précède toute édition, ou le fichier est illisible.",
    },
    defaultConfiguration: { level: 'error' },
  };
}

function findingResult(r: FileResult, f: Finding, ruleIndex: number | undefined): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: sarifLevel(f.severity),
    message: { text: sentence(f.message) },
    locations: [location(r, f.location)],
    partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(r.file, r.document, f) },
    properties: {
      severity: f.severity,
      subject: r.report.subject,
      outcome: r.report.outcome,
      ...(r.document !== undefined ? { document: r.document } : {}),
      ...(f.evidence !== undefined ? { evidence: f.evidence } : {}),
      sources: f.sources.map((s) => ({ ...s })),
      docUrl: f.docUrl,
    },
  };
}

function inputErrorResult(r: FileResult, e: InputError, ruleIndex: number, lang: Lang): Record<string, unknown> {
  const loc: Location = { pointer: e.pointer, ...(e.line !== undefined ? { line: e.line, column: e.column ?? 1 } : {}) };
  const text = e.pointer ? `${e.message} (${e.pointer})` : e.message;
  return {
    ruleId: INVALID_INPUT_RULE_ID,
    ruleIndex,
    level: 'error',
    message: { text: sentence(text || invalidInputTitle(lang)) },
    locations: [location(r, loc)],
    partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(r.file, r.document, { ruleId: INVALID_INPUT_RULE_ID, location: loc, evidence: e.message }) },
    properties: { severity: 'error', subject: r.report.subject, outcome: r.report.outcome, ...(r.document !== undefined ? { document: r.document } : {}) },
  };
}

function location(r: Pick<FileResult, 'file'>, l: Location): Record<string, unknown> {
  const physicalLocation: Record<string, unknown> = { artifactLocation: artifact(r.file) };
  if (l.line !== undefined && l.line >= 1) {
    const region: Record<string, number> = { startLine: l.line, startColumn: Math.max(1, l.column ?? 1) };
    if (l.endLine !== undefined && l.endLine >= l.line) {
      region['endLine'] = l.endLine;
      if (l.endColumn !== undefined) region['endColumn'] = Math.max(1, l.endColumn);
    } else if (l.endColumn !== undefined && l.endColumn > (l.column ?? 1)) {
      region['endColumn'] = l.endColumn;
    }
    physicalLocation['region'] = region;
  }
  const out: Record<string, unknown> = { physicalLocation };
  if (l.pointer !== undefined) {
    out['logicalLocations'] = [{ name: lastSegment(l.pointer), fullyQualifiedName: l.pointer === '' ? '/' : l.pointer, kind: pointerKind(l.pointer) }];
  }
  return out;
}

function artifact(file: string): Record<string, unknown> {
  const normalized = file.replace(/\\/g, '/');
  if (normalized.startsWith('/') || /^[A-Za-z]:\//.test(normalized)) return { uri: fileUri(normalized) };
  if (normalized.startsWith('../')) return { uri: fileUri(`${currentDir()}/${normalized}`) };
  if (normalized === '<stdin>' || normalized === '-') return { uri: 'stdin' };
  const uri = normalized
    .replace(/^\.\//, '')
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
  return { uri, uriBaseId: SRCROOT };
}

function baseUri(): string {
  const href = fileUri(currentDir());
  return href.endsWith('/') ? href : `${href}/`;
}

// No node:url here: the formatters also run in a browser bundle (where the base is '/').
function currentDir(): string {
  const proc = (globalThis as { process?: { cwd?: () => string } }).process;
  return (proc?.cwd?.() ?? '/').replace(/\\/g, '/');
}

function fileUri(absolute: string): string {
  const segments: string[] = [];
  for (const seg of absolute.split('/')) {
    if (seg === '..') segments.pop();
    else if (seg !== '.' && seg !== '') segments.push(seg);
  }
  const drive = /^[A-Za-z]:$/.test(segments[0] ?? '') ? `/${segments.shift() ?? ''}` : '';
  return `file://${drive}/${segments.map((seg) => encodeURIComponent(seg)).join('/')}`;
}

function lastSegment(pointer: string): string {
  if (pointer === '') return '/';
  const seg = pointer.slice(pointer.lastIndexOf('/') + 1);
  return seg.replace(/~1/g, '/').replace(/~0/g, '~');
}

// SARIF §3.33.7 names "object", "array", "property" and "value" for places in JSON documents.
function pointerKind(pointer: string): string {
  if (pointer === '') return 'object';
  return /\/\d+$/.test(pointer) ? 'value' : 'property';
}

// SARIF's guidance (and the Multitool's SARIF2001 check): messages are complete sentences.
function sentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}
