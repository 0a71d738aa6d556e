/**
 * The `stylish` format, as ESLint's: the file, then one line per finding (location, severity,
 * message, rule id) with its sources; a summary at the end. Colours only when asked (a TTY).
 * @module
 */
import type { Finding, InputError, Lang } from '../core/types.js';
import { OUTCOME_LABEL, SEVERITY_LABEL, STATUS_LABEL, plural } from './labels.js';
import type { FileResult, Formatter } from './types.js';

const COLORS = { red: 31, yellow: 33, magenta: 35, cyan: 36, gray: 90, bold: 1, underline: 4, green: 32 } as const;

/**
 * Formats results for a human reader.
 * @example
 * process.stdout.write(formatStylish(results, { lang: 'fr', color: false, … }));
 */
export const formatStylish: Formatter = (results, ctx) => {
  const c = (name: keyof typeof COLORS, s: string): string => (ctx.color ? `\u001b[${COLORS[name]}m${s}\u001b[0m` : s);
  const lang = ctx.lang;
  const lines: string[] = [];
  const counts = { error: 0, review: 0, warning: 0, info: 0, invalid: 0 };
  for (const r of results) {
    const report = r.report;
    const title = `${r.file}${r.document !== undefined ? ` (document ${r.document})` : ''}`;
    const outcomeColor = report.outcome === 'compliant' ? 'green' : report.outcome === 'needs-review' ? 'magenta' : 'red';
    const edition = report.ruleset.edition ? ` — ${report.ruleset.name} ${report.ruleset.edition}` : '';
    lines.push(`${c('underline', title)}  ${c(outcomeColor, OUTCOME_LABEL[lang][report.outcome])}${c('gray', `${edition}, ${lang === 'en' ? 'as of' : 'au'} ${report.asOf}`)}`);
    const rows = [...report.inputErrors.map((e) => inputRow(e, lang)), ...report.findings.map((f) => findingRow(f, lang))];
    const width = Math.max(0, ...rows.map((row) => row.where.length));
    const sevWidth = Math.max(0, ...rows.map((row) => row.severity.length));
    for (const row of rows) {
      const color = row.kind === 'error' || row.kind === 'invalid' ? 'red' : row.kind === 'review' ? 'magenta' : row.kind === 'warning' ? 'yellow' : 'cyan';
      lines.push(`  ${c('gray', row.where.padEnd(width))}  ${c(color, row.severity.padEnd(sevWidth))}  ${row.message}  ${c('gray', row.ruleId)}`);
      for (const extra of row.extra) lines.push(`  ${' '.repeat(width)}  ${' '.repeat(sevWidth)}  ${c('gray', extra)}`);
    }
    if (report.outcome === 'invalid-input') counts.invalid++;
    for (const f of report.findings) counts[f.severity]++;
    lines.push('');
  }
  lines.push(summary(results.length, counts, lang, c));
  return `${lines.join('\n')}\n`;
};

interface Row {
  kind: string;
  where: string;
  severity: string;
  message: string;
  ruleId: string;
  extra: string[];
}

function where(l: { pointer?: string; line?: number; column?: number }): string {
  if (l.line !== undefined) return `${l.line}:${l.column ?? 1}`;
  return l.pointer === undefined || l.pointer === '' ? '/' : l.pointer;
}

function inputRow(e: InputError, lang: Lang): Row {
  const at = e.line !== undefined ? `${e.line}:${e.column ?? 1}` : e.pointer || '/';
  const pointer = e.line !== undefined && e.pointer ? ` (${e.pointer})` : '';
  return { kind: 'invalid', where: at, severity: lang === 'en' ? 'invalid' : 'invalide', message: `${e.message}${pointer}`, ruleId: 'input', extra: [] };
}

function findingRow(f: Finding, lang: Lang): Row {
  const pointer = f.location.line !== undefined && f.location.pointer ? ` (${f.location.pointer})` : '';
  const sources = f.sources.map((s) => `${lang === 'en' ? 'source' : 'source'} : ${s.ref} [${STATUS_LABEL[lang][s.status]}]${s.url ? ` ${s.url}` : ''}`);
  const evidence = f.evidence ? [`« ${f.evidence} »`] : [];
  return { kind: f.severity, where: where(f.location), severity: SEVERITY_LABEL[lang][f.severity], message: `${f.message}${pointer}`, ruleId: f.ruleId, extra: [...evidence, ...sources] };
}

function summary(documents: number, n: { error: number; review: number; warning: number; info: number; invalid: number }, lang: Lang, c: (name: keyof typeof COLORS, s: string) => string): string {
  const total = n.error + n.review + n.warning + n.info;
  const parts =
    lang === 'en'
      ? [plural(n.error, 'error', 'errors'), plural(n.review, 'to review', 'to review'), plural(n.warning, 'warning', 'warnings'), ...(n.info ? [plural(n.info, 'info', 'infos')] : [])]
      : [plural(n.error, 'erreur', 'erreurs'), plural(n.review, 'à examiner', 'à examiner'), plural(n.warning, 'avertissement', 'avertissements'), ...(n.info ? [plural(n.info, 'info', 'infos')] : [])];
  const docs = lang === 'en' ? plural(documents, 'document', 'documents') : plural(documents, 'document', 'documents');
  const invalid = n.invalid ? (lang === 'en' ? `, ${n.invalid} invalid` : `, ${n.invalid} invalide(s)`) : '';
  const mark = n.error || n.invalid ? c('red', '✖') : n.review || n.warning ? c('yellow', '⚠') : c('green', '✔');
  const head = lang === 'en' ? `${plural(total, 'finding', 'findings')}` : `${plural(total, 'constatation', 'constatations')}`;
  return c('bold', `${mark} ${head} (${parts.join(', ')}) — ${docs}${invalid}`);
};
