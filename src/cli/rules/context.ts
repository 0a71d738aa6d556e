/**
 * What every `cadre rules` sub-command shares: the domains it knows (the ISCG one, or a test's),
 * where it writes, loading a ruleset directory with every problem printed at file:line:column.
 * @module
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DomainDefinition, Lang } from '../../core/types.js';
import type { CollectResult } from '../../core/loader/load-ruleset.js';
import type { CheckProblem } from '../../core/rules-tooling/maintenance-checks.js';

/** The environment of a run: injected by tests (a toy domain, captured output). */
export interface RulesEnv {
  domains: readonly DomainDefinition[];
  out(text: string): void;
  err(text: string): void;
}

/**
 * The CLI's environment: the ISCG domain (loaded on demand), stdout and stderr.
 * @example
 * const env = await defaultEnv();
 */
export async function defaultEnv(): Promise<RulesEnv> {
  const { iscgDomain } = await import('../../domain/iscg/domain.js');
  return { domains: [iscgDomain], out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) };
}

/**
 * The default rules directory: `rules/iscg` of the current directory, else the package's own.
 * @example
 * defaultRulesDir(); // 'rules/iscg'
 */
export function defaultRulesDir(): string {
  if (existsSync('rules/iscg/ruleset.yaml')) return 'rules/iscg';
  return fileURLToPath(new URL('../../../rules/iscg', import.meta.url));
}

/**
 * `file:line:column: message [code]`, in the language asked for.
 * @example
 * problemLine({ code: 'schema', file: 'a.yaml', line: 3, column: 5, message: 'clé inconnue', messageEn: 'unknown key' }, 'fr');
 * // 'a.yaml:3:5: clé inconnue [schema]'
 */
export function problemLine(p: CheckProblem, lang: Lang): string {
  return `${p.file}:${p.line}:${p.column}: ${lang === 'en' ? p.messageEn : p.message} [${p.code}]`;
}

/**
 * Loads a ruleset directory for the tooling; on problems, prints them (stderr) and returns undefined.
 * @example
 * const loaded = await loadRules('rules/iscg', env, 'fr');
 */
export async function loadRules(dir: string, env: RulesEnv, lang: Lang, rename: (file: string) => string = (f) => f): Promise<(CollectResult & { domain: DomainDefinition; ruleset: NonNullable<CollectResult['ruleset']> }) | undefined> {
  const { collectRuleset } = await import('../../core/loader/load-ruleset.js');
  const result = await collectRuleset(dir, env.domains);
  if (!result.ruleset || result.problems.length > 0) {
    for (const p of result.problems) env.err(`${problemLine({ ...p, file: rename(p.file) }, lang)}\n`);
    const n = result.problems.length;
    env.err(lang === 'en' ? `cadre: ${n} problem(s) in the rules of ${rename(dir)}\n` : `cadre : ${n} problème(s) dans les règles de ${rename(dir)}\n`);
    return undefined;
  }
  const domain = env.domains.find((d) => d.name === result.ruleset?.domain);
  if (!domain) return undefined;
  return { ...result, ruleset: result.ruleset, domain };
}

/**
 * Prints a usage error (`cadre : …`) and returns exit code 2.
 * @example
 * return { exitCode: usage(env, 'fr', 'option inconnue', 'unknown option') };
 */
export function usage(env: RulesEnv, lang: Lang, fr: string, en: string): number {
  env.err(`cadre : ${lang === 'en' ? en : fr}\n`);
  return 2;
}
