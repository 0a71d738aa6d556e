/**
 * `cadre rules check [DIR]`: the loader's checks plus the maintenance checks, every problem at
 * file:line:column; exit 2 when there is any.
 * @module
 */
import type { CommandResult } from '../io.js';
import { escapeData, escapeProperty } from '../../format/github.js';
import { locateRules } from '../../core/rules-tooling/rule-locator.js';
import { maintenanceProblems, type CheckProblem } from '../../core/rules-tooling/maintenance-checks.js';
import type { Lang } from '../../core/types.js';
import { parseRulesArgs } from './args.js';
import { defaultEnv, defaultRulesDir, problemLine, usage, type RulesEnv } from './context.js';
import { rulesHelp } from './help.js';

const FORMATS = ['stylish', 'json', 'github'] as const;

/**
 * Runs `cadre rules check`.
 * @example
 * await run(['rules/iscg', '--format', 'github']);
 */
export async function run(argv: string[], given?: RulesEnv): Promise<CommandResult> {
  const env = given ?? (await defaultEnv());
  const parsed = parseRulesArgs(argv, { format: { type: 'string', short: 'f' } });
  if (!parsed.ok) return { exitCode: usage(env, parsed.lang, parsed.message, parsed.message) };
  const { lang, values, positionals } = parsed;
  if (values['help']) {
    env.out(rulesHelp(lang, 'check'));
    return { exitCode: 0 };
  }
  const format = (values['format'] as string | undefined) ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) return { exitCode: usage(env, lang, `format inconnu « ${format} » (formats : ${FORMATS.join(', ')})`, `unknown format "${format}" (formats: ${FORMATS.join(', ')})`) };
  if (positionals.length > 1) return { exitCode: usage(env, lang, 'un seul dossier de règles à la fois', 'one rules folder at a time') };
  const dir = positionals[0] ?? defaultRulesDir();
  const { collectRuleset } = await import('../../core/loader/load-ruleset.js');
  const result = await collectRuleset(dir, env.domains);
  const problems: CheckProblem[] = [...result.problems];
  if (result.ruleset && result.problems.length === 0) problems.push(...maintenanceProblems(result.ruleset, await locateRules(result.files)));
  env.out(render(format as (typeof FORMATS)[number], problems, dir, result.ruleset ? { rules: result.ruleset.rules.length, version: result.ruleset.version } : undefined, result.files.length, lang));
  return { exitCode: problems.length > 0 ? 2 : 0 };
}

function render(format: (typeof FORMATS)[number], problems: readonly CheckProblem[], dir: string, loaded: { rules: number; version: string } | undefined, files: number, lang: Lang): string {
  const en = lang === 'en';
  switch (format) {
    case 'json':
      return `${JSON.stringify({ dir, ok: problems.length === 0, files, rules: loaded?.rules ?? null, version: loaded?.version ?? null, problems: problems.map((p) => ({ file: p.file, line: p.line, column: p.column, code: p.code, message: en ? p.messageEn : p.message })) }, null, 2)}\n`;
    case 'github':
      return problems.map((p) => `::error file=${escapeProperty(p.file)},line=${p.line},col=${p.column},title=${escapeProperty(`cadre rules check: ${p.code}`)}::${escapeData(en ? p.messageEn : p.message)}\n`).join('');
    case 'stylish': {
      const lines = problems.map((p) => problemLine(p, lang));
      if (problems.length > 0) lines.push(en ? `✖ ${problems.length} problem(s) in ${dir}` : `✖ ${problems.length} problème(s) dans ${dir}`);
      else lines.push(en ? `✔ ${dir}: ${loaded?.rules ?? 0} rules, version ${loaded?.version ?? '?'}, ${files} files — no problem` : `✔ ${dir} : ${loaded?.rules ?? 0} règles, version ${loaded?.version ?? '?'}, ${files} fichiers — aucun problème`);
      return `${lines.join('\n')}\n`;
    }
    default: {
      const never: never = format;
      return never;
    }
  }
}
