/**
 * Renders the result of `cadre rules diff`: `stylish` for a terminal, `markdown` for a
 * pull-request comment, `json` for tools.
 * @module
 */
import { stringify } from 'yaml';
import type { FieldChange, RulesetDiff } from '../../core/rules-tooling/diff-rules.js';
import type { VerdictChange, VerdictDiff } from '../../core/rules-tooling/diff-verdicts.js';
import type { SemverCheck } from '../../core/rules-tooling/semver-policy.js';
import type { Lang } from '../../core/types.js';
import { htmlText, mdCell, mdCode } from '../../format/markdown-text.js';

/** Everything a diff found. */
export interface DiffResult {
  base: { label: string; version: string; digest: string };
  head: { label: string; version: string; digest: string };
  rules: RulesetDiff;
  verdicts: VerdictDiff;
  semver: SemverCheck;
  samples: number;
  seed: number;
}

/** How many changed documents are listed in full (all are in the JSON). */
const LIST_LIMIT = 50;

/**
 * The diff as JSON (every changed document, with the document itself).
 * @example
 * JSON.parse(renderDiffJson(result)).verdicts.changes.length;
 */
export function renderDiffJson(r: DiffResult): string {
  return `${JSON.stringify({ diffVersion: 1, ...r }, null, 2)}\n`;
}

const value = (v: unknown): string => (v === undefined ? '∅' : typeof v === 'string' ? v : JSON.stringify(v));
const short = (v: unknown): string => {
  const s = value(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

function fieldText(f: FieldChange): string {
  return /when|sources|examples|message|rationale/.test(f.path) ? f.path : `${f.path}: ${short(f.before)} → ${short(f.after)}`;
}

function semverLine(s: SemverCheck, lang: Lang): string {
  const en = lang === 'en';
  if (s.ok) return en ? `✔ version ${s.before} → ${s.after} (${s.actual}) satisfies the policy (required: ${s.required})` : `✔ version ${s.before} → ${s.after} (${s.actual}) conforme à la politique (requis : ${s.required})`;
  return en ? `✖ version ${s.before} → ${s.after} (${s.actual}): the policy requires a ${s.required} step` : `✖ version ${s.before} → ${s.after} (${s.actual}) : la politique demande un relèvement ${s.required}`;
}

function changeSummary(c: VerdictChange, lang: Lang): string {
  const en = lang === 'en';
  const parts = [
    ...(c.gained.length ? [`+ ${c.gained.join(', ')}`] : []),
    ...(c.lost.length ? [`− ${c.lost.join(', ')}`] : []),
    ...c.severityChanged.map((s) => `${s.ruleId} ${s.from} → ${s.to}`),
  ];
  const outcome = c.before.outcome === c.after.outcome ? c.after.outcome : `${c.before.outcome} → ${c.after.outcome}`;
  return `${parts.join(' ; ') || (en ? 'outcome only' : 'issue seule')} [${outcome}]`;
}

/**
 * The diff for a terminal.
 * @example
 * process.stdout.write(renderDiffStylish(result, 'fr'));
 */
export function renderDiffStylish(r: DiffResult, lang: Lang): string {
  const en = lang === 'en';
  const out: string[] = [`${r.base.label} (${r.base.version}) → ${r.head.label} (${r.head.version})`, ''];
  out.push(en ? `Rules: ${count(r.rules, lang)}` : `Règles : ${count(r.rules, lang)}`);
  for (const rule of r.rules.rules) {
    const mark = rule.status === 'added' ? '+' : rule.status === 'removed' ? '−' : '~';
    out.push(`  ${mark} ${rule.id}`);
    for (const f of rule.fields) out.push(`      ${fieldText(f)}`);
  }
  for (const f of [...r.rules.editions, ...r.rules.ruleset]) out.push(`  ~ ${fieldText(f)}`);
  const v = r.verdicts;
  out.push('', en ? `Verdicts: ${v.checked} documents checked (${v.byOrigin.example} examples, ${v.byOrigin.test} tests, ${v.byOrigin.generated} generated, seed ${r.seed}); ${v.changes.length} change` : `Verdicts : ${v.checked} documents vérifiés (${v.byOrigin.example} exemples, ${v.byOrigin.test} tests, ${v.byOrigin.generated} générés, graine ${r.seed}) ; ${v.changes.length} changent`);
  for (const b of v.byRule) out.push(`  ${b.ruleId} : +${b.gained} −${b.lost}${b.severityChanged ? ` ~${b.severityChanged}` : ''}`);
  for (const c of v.changes.slice(0, LIST_LIMIT)) out.push(`  • ${c.doc.label} : ${changeSummary(c, lang)}`);
  if (v.changes.length > LIST_LIMIT) out.push(en ? `  … and ${v.changes.length - LIST_LIMIT} more (--format json lists them all)` : `  … et ${v.changes.length - LIST_LIMIT} autres (--format json les donne tous)`);
  out.push('', semverLine(r.semver, lang));
  for (const reason of r.semver.reasons) out.push(`  ${reason.bump} : ${en ? reason.whyEn : reason.why}`);
  return `${out.join('\n')}\n`;
}

function count(d: RulesetDiff, lang: Lang): string {
  const n = (s: string): number => d.rules.filter((r) => r.status === s).length;
  const en = lang === 'en';
  if (d.rules.length === 0) return en ? 'no change' : 'aucun changement';
  return en ? `${n('added')} added, ${n('removed')} removed, ${n('changed')} changed` : `${n('added')} ajoutée(s), ${n('removed')} supprimée(s), ${n('changed')} modifiée(s)`;
}

/**
 * The diff as a pull-request comment (GitHub-flavoured Markdown).
 * @example
 * renderDiffMarkdown(result, 'fr').startsWith('## cadre rules diff'); // true
 */
export function renderDiffMarkdown(r: DiffResult, lang: Lang): string {
  const en = lang === 'en';
  const out: string[] = [`## cadre rules diff — ${mdCode(r.base.label)} ${r.base.version} → ${mdCode(r.head.label)} ${r.head.version}`, ''];
  out.push(`${r.semver.ok ? '✅' : '❌'} ${semverLine(r.semver, lang).slice(2)}`, '');
  out.push(en ? `### Rules — ${count(r.rules, lang)}` : `### Règles — ${count(r.rules, lang)}`, '');
  if (r.rules.rules.length > 0 || r.rules.editions.length > 0) {
    out.push(en ? '| Rule | Change | Fields |' : '| Règle | Changement | Champs |', '|---|---|---|');
    const status = { added: en ? 'added' : 'ajoutée', removed: en ? 'removed' : 'supprimée', changed: en ? 'changed' : 'modifiée' };
    for (const rule of r.rules.rules) out.push(`| ${mdCode(rule.id)} | ${status[rule.status]} | ${rule.fields.map((f) => mdCell(fieldText(f))).join('<br>') || '—'} |`);
    for (const f of [...r.rules.editions, ...r.rules.ruleset]) out.push(`| ${en ? '(ruleset)' : '(référentiel)'} | ${status.changed} | ${mdCell(fieldText(f))} |`);
    out.push('');
  }
  const v = r.verdicts;
  out.push(en ? '### Effect on verdicts' : '### Effet sur les verdicts', '');
  out.push(en ? `${v.checked} documents checked by both rulesets (${v.byOrigin.example} examples, ${v.byOrigin.test} tests, ${v.byOrigin.generated} generated from the schemas, seed ${r.seed}): **${v.changes.length} change**.` : `${v.checked} documents vérifiés par les deux référentiels (${v.byOrigin.example} exemples, ${v.byOrigin.test} tests, ${v.byOrigin.generated} générés à partir des schémas, graine ${r.seed}) : **${v.changes.length} changent**.`, '');
  if (v.byRule.length > 0) {
    out.push(en ? '| Rule | gained in | lost in | severity changed in |' : '| Règle | gagnée dans | perdue dans | sévérité changée dans |', '|---|---|---|---|');
    for (const b of v.byRule) out.push(`| ${mdCode(b.ruleId)} | ${b.gained} | ${b.lost} | ${b.severityChanged} |`);
    out.push('');
  }
  if (v.changes.length > 0) {
    out.push(`<details><summary>${en ? 'Documents that change' : 'Documents qui changent'} (${Math.min(LIST_LIMIT, v.changes.length)}/${v.changes.length})</summary>`, '');
    for (const c of v.changes.slice(0, LIST_LIMIT)) {
      out.push(`<details><summary>${htmlText(c.doc.label)} : ${htmlText(changeSummary(c, lang))}</summary>`, '', '```yaml', stringify(c.doc.document, { lineWidth: 100 }).trimEnd(), '```', '', '</details>');
    }
    out.push('', '</details>', '');
  }
  if (r.semver.reasons.length > 0) {
    out.push(`<details><summary>${en ? 'Why this version step' : 'Pourquoi ce relèvement de version'}</summary>`, '');
    for (const reason of r.semver.reasons) out.push(`- **${reason.bump}** — ${mdCell(en ? reason.whyEn : reason.why)}`);
    out.push('', '</details>', '');
  }
  return `${out.join('\n')}\n`;
}
