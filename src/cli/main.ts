#!/usr/bin/env node
/**
 * The `cadre` command: dispatches to one module per sub-command, loaded on demand so that
 * `cadre validate` starts without loading the text extractors or the rule tooling.
 * @module
 */
import { fail, type CommandResult } from './io.js';
import { mainHelp } from './help.js';
import { prepareZodForCommandLine } from '../domain/iscg/parse/zod-parser.js';

const COMMANDS: Record<string, () => Promise<{ run(argv: string[]): Promise<CommandResult> }>> = {
  validate: () => import('./validate.js'),
  lint: () => import('./lint.js'),
  explain: () => import('./explain.js'),
  rules: () => import('./rules.js'),
  serve: () => import('./serve.js'),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const lang = argv.includes('--lang=en') || argv.join(' ').includes('--lang en') ? 'en' : 'fr';
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(mainHelp(lang));
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const load = COMMANDS[command];
  if (!load) {
    return fail(
      lang === 'en' ? `unknown command "${command}" (see cadre --help)` : `commande inconnue « ${command} » (voir cadre --help)`,
    );
  }
  // zod only words the errors of invalid documents: a check of valid ones starts without it.
  await prepareZodForCommandLine();
  const mod = await load();
  const result = await mod.run(rest);
  return result.exitCode;
}

// `cadre … | head`: a closed pipe ends the output, not in a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Last resort: never a stack trace for the user, but say what happened.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`cadre : erreur interne : ${message}\n`);
    if (process.env['CADRE_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
    process.exitCode = 2;
  },
);
