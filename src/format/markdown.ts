/**
 * The `markdown` format: a summary for a pull-request comment — a headline, a table of the
 * documents and their outcome, then a table of the findings (file, place, severity, rule with its
 * documentation link, message). GitHub-flavoured Markdown; long lists are folded in `<details>`.
 * @module
 */
import type { Finding, InputError, Lang, Outcome, Severity } from '../core/types.js';
import { OUTCOME_LABEL, SEVERITY_LABEL, plural } from './labels.js';
import { htmlText, mdCell, mdCode, mdCodeLink } from './markdown-text.js';
import { INVALID_INPUT_RULE_ID } from './rule-info.js';
import type { FileResult, Formatter } from './types.js';

const ICON: Record<Severity | 'invalid', string> = { error: '❌', review: '🔍', warning: '⚠️', info: 'ℹ️', invalid: '⛔' };
const OUTCOME_ICON = { compliant: '✅', 'non-compliant': '❌', 'needs-review': '🔍', 'invalid-input': '⛔' } as const;
/** Beyond this many findings, the table is folded. */
const FOLD_AFTER = 30;

/**
 * Formats results as Markdown for a pull-request comment.
 * @example
 * formatMarkdown(results, ctx).split('\n')[0]; // '### cadre validate — 2 documents : 1 non conforme, 1 conforme'
 */
export const formatMarkdown: Formatter = (results, ctx) => {
  const lang = ctx.lang;
  const en = lang === 'en';
  const lines: string[] = [];
  const byOutcome = new Map<string, number>();
  for (const r of results) byOutcome.set(r.report.outcome, (byOutcome.get(r.report.outcome) ?? 0) + 1);
  const outcomes = (['non-compliant', 'needs-review', 'invalid-input', 'compliant'] as const)
    .filter((o) => byOutcome.has(o))
    .map((o) => outcomeCount(byOutcome.get(o) ?? 0, o, lang));
  lines.push(`### cadre ${ctx.command} — ${plural(results.length, 'document', 'documents')}${outcomes.length ? ` : ${outcomes.join(', ')}` : ''}`, '');
  if (results.length === 0) return `${lines.join('\n')}${en ? 'No document checked.' : 'Aucun document vérifié.'}\n`;
  lines.push(en ? '| | File | Subject | Outcome | Findings |' : '| | Fichier | Sujet | Issue | Constatations |', '|---|---|---|---|---|');
  for (const r of results) {
    const name = `${r.file}${r.document !== undefined ? ` #${r.document}` : ''}`;
    const counts = countBy(r.report.findings);
    lines.push(`| ${OUTCOME_ICON[r.report.outcome]} | ${mdCode(name)} | ${mdCell(r.report.subject)} | ${OUTCOME_LABEL[lang][r.report.outcome]} | ${counts || '—'} |`);
  }
  const rows = results.flatMap((r) => [...r.report.inputErrors.map((e) => inputRow(r, e, lang)), ...r.report.findings.map((f) => findingRow(r, f, lang))]);
  if (rows.length > 0) {
    const table = [en ? '| | File | Place | Severity | Rule | Message |' : '| | Fichier | Emplacement | Sévérité | Règle | Message |', '|---|---|---|---|---|---|', ...rows];
    lines.push('');
    if (rows.length > FOLD_AFTER) {
      lines.push(`<details><summary>${plural(rows.length, en ? 'finding' : 'constatation', en ? 'findings' : 'constatations')}</summary>`, '', ...table, '', '</details>');
    } else {
      lines.push(...table);
    }
  }
  const ruleset = results[0]?.report.ruleset;
  if (ruleset) lines.push('', `<sub>${htmlText(ruleset.name)} ${htmlText(ruleset.version)}${ruleset.edition ? `, ${en ? 'edition' : 'édition'} ${ruleset.edition}` : ''} — cadre ${ctx.toolVersion}</sub>`);
  return `${lines.join('\n')}\n`;
};

const OUTCOME_PLURAL_FR: Record<Outcome, string> = { compliant: 'conformes', 'non-compliant': 'non conformes', 'needs-review': 'à examiner', 'invalid-input': 'entrées invalides' };

function outcomeCount(n: number, outcome: Outcome, lang: Lang): string {
  return `${n} ${lang === 'fr' && n > 1 ? OUTCOME_PLURAL_FR[outcome] : OUTCOME_LABEL[lang][outcome]}`;
}

function countBy(findings: readonly Finding[]): string {
  const n = new Map<Severity, number>();
  for (const f of findings) n.set(f.severity, (n.get(f.severity) ?? 0) + 1);
  return (['error', 'review', 'warning', 'info'] as const)
    .filter((s) => n.has(s))
    .map((s) => `${ICON[s]} ${n.get(s)}`)
    .join(' ');
}

function place(file: FileResult, l: { pointer?: string; line?: number; column?: number }): string {
  const lc = l.line !== undefined ? `${l.line}:${l.column ?? 1}` : '';
  const pointer = l.pointer !== undefined && l.pointer !== '' ? mdCode(l.pointer) : '';
  return [lc, pointer].filter((x) => x !== '').join(' ') || (file.document !== undefined ? `#${file.document}` : '—');
}

function findingRow(r: FileResult, f: Finding, lang: Lang): string {
  const name = `${r.file}${r.document !== undefined ? ` #${r.document}` : ''}`;
  return `| ${ICON[f.severity]} | ${mdCode(name)} | ${place(r, f.location)} | ${SEVERITY_LABEL[lang][f.severity]} | ${mdCodeLink(f.ruleId, f.docUrl)} | ${mdCell(f.message)} |`;
}

function inputRow(r: FileResult, e: InputError, lang: Lang): string {
  const name = `${r.file}${r.document !== undefined ? ` #${r.document}` : ''}`;
  return `| ${ICON.invalid} | ${mdCode(name)} | ${place(r, e)} | ${lang === 'en' ? 'invalid' : 'invalide'} | ${mdCode(INVALID_INPUT_RULE_ID)} | ${mdCell(e.message)} |`;
}
