/**
 * What every sub-command shares: exit codes, messages on stderr, writing the output
 * (to stdout or to `--output FILE`, only when the run succeeded), colours on a TTY only.
 * @module
 */
import { writeFileSync } from 'node:fs';
import type { Lang } from '../core/types.js';

/** What a sub-command returns. */
export interface CommandResult {
  exitCode: number;
}

/** Exit codes: 0 nothing at the failure threshold, 1 findings at it, 2 usage, input-file or rule errors. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/**
 * Prints an error on stderr (`cadre : …`) and returns exit code 2.
 * @example
 * return { exitCode: fail('option inconnue --foo') };
 */
export function fail(message: string): number {
  process.stderr.write(`cadre : ${message}\n`);
  return EXIT.usage;
}

/**
 * Whether to use colours on a stream: only on a TTY, and never with NO_COLOR.
 * @example
 * useColor(process.stdout); // false when piped
 */
export function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !process.env['NO_COLOR'] && process.env['TERM'] !== 'dumb';
}

/**
 * Writes a command's output to stdout or to a file. Returns an error message when the file
 * cannot be written.
 * @example
 * emit(text, undefined, 'fr'); // prints on stdout
 */
export function emit(text: string, output: string | undefined, lang: Lang): string | undefined {
  if (output === undefined) {
    process.stdout.write(text);
    return undefined;
  }
  try {
    writeFileSync(output, text);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'erreur';
    return lang === 'en' ? `cannot write ${output} (${code})` : `impossible d'écrire ${output} (${code})`;
  }
}

/**
 * The language asked for on the command line (`--lang fr|en`), French by default.
 * @example
 * langOf(['--lang', 'en']); // 'en'
 */
export function langOf(argv: readonly string[]): Lang {
  const i = argv.indexOf('--lang');
  if (i >= 0 && argv[i + 1] === 'en') return 'en';
  return argv.includes('--lang=en') ? 'en' : 'fr';
}
