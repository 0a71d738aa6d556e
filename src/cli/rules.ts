/**
 * `cadre rules <check|test|diff|export|docs>`: the rule maintainers' tools, one module per
 * sub-command, loaded on demand.
 * @module
 */
import type { CommandResult } from './io.js';
import { langOf } from './io.js';
import type { RulesEnv } from './rules/context.js';
import { rulesHelp } from './rules/help.js';

type SubCommand = { run(argv: string[], env?: RulesEnv): Promise<CommandResult> };

const SUB_COMMANDS: Record<string, () => Promise<SubCommand>> = {
  check: () => import('./rules/check.js'),
  test: () => import('./rules/test.js'),
  diff: () => import('./rules/diff.js'),
  export: () => import('./rules/export.js'),
  docs: () => import('./rules/docs.js'),
};

/**
 * Runs `cadre rules …`. `env` (domains, output) is for tests; the CLI uses the ISCG domain.
 * @example
 * await run(['check', 'rules/iscg']);
 */
export async function run(argv: string[], env?: RulesEnv): Promise<CommandResult> {
  const [sub, ...rest] = argv;
  const lang = langOf(argv);
  const write = env ? env.out : (t: string): void => void process.stdout.write(t);
  const err = env ? env.err : (t: string): void => void process.stderr.write(t);
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    write(rulesHelp(lang));
    return { exitCode: sub === undefined ? 2 : 0 };
  }
  const load = SUB_COMMANDS[sub];
  if (!load) {
    err(lang === 'en' ? `cadre: unknown sub-command "rules ${sub}" (check, test, diff, export, docs)\n` : `cadre : sous-commande inconnue « rules ${sub} » (check, test, diff, export, docs)\n`);
    return { exitCode: 2 };
  }
  return (await load()).run(rest, env);
}
