/**
 * `cadre rules export [DIR] --target json-rules-engine [--output FILE]`: the rules of the
 * structured subjects as json-rules-engine rules (see `exportToJre`), to run in stock
 * json-rules-engine with the plugin.
 * @module
 */
import type { CommandResult } from '../io.js';
import { emit } from '../io.js';
import { exportToJre } from '../../core/jre/export.js';
import { parseRulesArgs } from './args.js';
import { defaultEnv, defaultRulesDir, loadRules, usage, type RulesEnv } from './context.js';
import { rulesHelp } from './help.js';

const TARGETS = ['json-rules-engine'] as const;

/**
 * Runs `cadre rules export`.
 * @example
 * await run(['--target', 'json-rules-engine', '--output', 'iscg.jre.json']);
 */
export async function run(argv: string[], given?: RulesEnv): Promise<CommandResult> {
  const env = given ?? (await defaultEnv());
  const parsed = parseRulesArgs(argv, { target: { type: 'string', short: 't' }, output: { type: 'string', short: 'o' } });
  if (!parsed.ok) return { exitCode: usage(env, parsed.lang, parsed.message, parsed.message) };
  const { lang, values, positionals } = parsed;
  if (values['help']) {
    env.out(rulesHelp(lang, 'export'));
    return { exitCode: 0 };
  }
  const target = values['target'];
  if (target === undefined) return { exitCode: usage(env, lang, `--target manquant (cibles : ${TARGETS.join(', ')})`, `missing --target (targets: ${TARGETS.join(', ')})`) };
  if (!(TARGETS as readonly unknown[]).includes(target)) return { exitCode: usage(env, lang, `cible inconnue « ${String(target)} » (cibles : ${TARGETS.join(', ')})`, `unknown target "${String(target)}" (targets: ${TARGETS.join(', ')})`) };
  if (positionals.length > 1) return { exitCode: usage(env, lang, 'un seul dossier de règles à la fois', 'one rules folder at a time') };
  const loaded = await loadRules(positionals[0] ?? defaultRulesDir(), env, lang);
  if (!loaded) return { exitCode: 2 };
  const text = `${JSON.stringify(exportToJre(loaded.ruleset, loaded.domain), null, 2)}\n`;
  const output = typeof values['output'] === 'string' ? values['output'] : undefined;
  if (output === undefined) {
    env.out(text);
    return { exitCode: 0 };
  }
  const error = emit(text, output, lang);
  return { exitCode: error ? usage(env, lang, error, error) : 0 };
}
