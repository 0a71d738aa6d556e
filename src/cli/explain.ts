/**
 * `cadre explain RULE-ID`: a rule as a lawyer would read it.
 * @module
 */
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import type { Lang, Rule } from '../core/types.js';
import { SEVERITY_LABEL, STATUS_LABEL } from '../format/labels.js';
import { explainHelp } from './help.js';
import { fail, type CommandResult } from './io.js';
import { checkerFromOptions } from './run-checks.js';

/**
 * Renders a rule as text.
 * @example
 * explainRule(rule, 'fr').startsWith('action/no-police-orders'); // true
 */
export function explainRule(rule: Rule, lang: Lang): string {
  const fr = lang === 'fr';
  const out: string[] = [];
  out.push(`${rule.id} — ${rule.title[lang]}`, '');
  out.push(`${fr ? 'Sujet' : 'Subject'} : ${rule.subject}    ${fr ? 'Édition' : 'Edition'} : ${rule.edition}`);
  if (rule.since || rule.until) out.push(`${fr ? 'En vigueur' : 'In force'} : ${rule.since ?? '…'} → ${rule.until ?? '…'}`);
  out.push('', fr ? 'Sévérités et messages :' : 'Severities and messages:');
  rule.cases.forEach((c, i) => {
    const dates = c.since || c.until ? ` (${c.since ?? '…'} → ${c.until ?? '…'})` : '';
    out.push(`  ${rule.cases.length > 1 ? `${i + 1}. ` : ''}${SEVERITY_LABEL[lang][c.severity]}${dates} : ${c.message[lang]}`);
  });
  out.push('', fr ? 'Justification :' : 'Rationale:', indent(lang === 'en' && rule.rationaleEn ? rule.rationaleEn : rule.rationale));
  out.push('', 'Sources :');
  for (const s of rule.sources) out.push(`  - ${s.ref} [${STATUS_LABEL[lang][s.status]}]${s.url ? `\n    ${s.url}` : ''}`);
  const params = Object.entries(rule.params);
  if (params.length > 0) {
    out.push('', fr ? 'Paramètres :' : 'Parameters:');
    for (const [name, p] of params) out.push(`  ${name} = ${String(p.default)} — ${p.description[lang]}`);
  }
  out.push('', fr ? 'Condition :' : 'Condition:');
  rule.cases.forEach((c, i) => {
    if (rule.cases.length > 1) out.push(`  ${fr ? 'cas' : 'case'} ${i + 1} (${SEVERITY_LABEL[lang][c.severity]}) :`);
    out.push(indent(stringify(c.when, { lineWidth: 100 }).trimEnd(), rule.cases.length > 1 ? 4 : 2));
  });
  for (const kind of ['fires', 'passes'] as const) {
    const list = rule.examples[kind];
    if (list.length === 0) continue;
    out.push('', kind === 'fires' ? (fr ? 'Exemples qui déclenchent la règle :' : 'Examples that fire:') : fr ? 'Exemples conformes :' : 'Examples that pass:');
    for (const ex of list) {
      const head = `${ex.severity ? `[${SEVERITY_LABEL[lang][ex.severity]}] ` : ''}${ex.note ?? ''}`.trim();
      out.push(`  -${head ? ` ${head}` : ''}`);
      out.push(indent(typeof ex.input === 'string' ? ex.input : stringify(ex.input, { lineWidth: 100 }).trimEnd(), 4));
    }
  }
  return `${out.join('\n')}\n`;
}

function indent(text: string, n = 2): string {
  return text
    .split('\n')
    .map((l) => (l ? ' '.repeat(n) + l : l))
    .join('\n');
}

/**
 * Runs `cadre explain`.
 * @example
 * await run(['action/no-police-orders']);
 */
export async function run(argv: string[]): Promise<CommandResult> {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { lang: { type: 'string' }, ruleset: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    return { exitCode: fail(`arguments invalides : ${error instanceof Error ? error.message : String(error)}`) };
  }
  const lang: Lang = values['lang'] === 'en' ? 'en' : 'fr';
  if (values['help']) {
    process.stdout.write(explainHelp(lang));
    return { exitCode: 0 };
  }
  const checker = await checkerFromOptions({ lang, ...(typeof values['ruleset'] === 'string' ? { ruleset: values['ruleset'] } : {}) } as never);
  if (!checker) return { exitCode: 2 };
  const rules = checker.ruleset.rules;
  const id = positionals[0];
  if (id === undefined) {
    for (const r of rules) process.stdout.write(`${r.id.padEnd(40)} ${r.cases.map((c) => SEVERITY_LABEL[lang][c.severity]).filter((s, i, a) => a.indexOf(s) === i).join(' / ').padEnd(26)} ${r.title[lang]}\n`);
    return { exitCode: 0 };
  }
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    const near = rules.filter((r) => r.id.includes(id.split('/').pop() ?? id)).map((r) => r.id);
    const hint = near.length > 0 ? (lang === 'en' ? ` (did you mean ${near.join(', ')}?)` : ` (vouliez-vous dire ${near.join(', ')} ?)`) : lang === 'en' ? ' (cadre explain lists the rules)' : ' (cadre explain liste les règles)';
    return { exitCode: fail(lang === 'en' ? `unknown rule "${id}"${hint}` : `règle inconnue « ${id} »${hint}`) };
  }
  process.stdout.write(explainRule(rule, lang));
  return { exitCode: 0 };
}
