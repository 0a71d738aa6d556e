/**
 * Argument parsing of the `cadre rules` sub-commands (node:util parseArgs, strict), with usage
 * errors in French (or English).
 * @module
 */
import { parseArgs } from 'node:util';
import type { Lang } from '../../core/types.js';

type Spec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** Parsed arguments, or the usage error. */
export type Parsed = { ok: true; lang: Lang; values: Record<string, string | boolean | undefined>; positionals: string[] } | { ok: false; lang: Lang; message: string };

/**
 * Parses argv with the options of a sub-command (plus `--lang` and `--help`).
 * @example
 * parseRulesArgs(['rules/iscg', '--lang', 'en'], {}); // { ok: true, lang: 'en', positionals: ['rules/iscg'], … }
 */
export function parseRulesArgs(argv: string[], spec: Spec): Parsed {
  const lang0: Lang = argv.includes('--lang=en') || argv.some((a, i) => a === '--lang' && argv[i + 1] === 'en') ? 'en' : 'fr';
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...spec } });
    const v = values as Record<string, string | boolean | undefined>;
    if (v['lang'] !== undefined && v['lang'] !== 'fr' && v['lang'] !== 'en') {
      return { ok: false, lang: lang0, message: lang0 === 'en' ? `--lang expects fr or en (got "${String(v['lang'])}")` : `--lang attend fr ou en (reçu « ${String(v['lang'])} »)` };
    }
    return { ok: true, lang: v['lang'] === 'en' ? 'en' : 'fr', values: v, positionals };
  } catch (error) {
    const e = error as { code?: string; message?: string };
    const option = /'([^']+)'/.exec(e.message ?? '')?.[1] ?? '';
    const message =
      e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? lang0 === 'en'
          ? `unknown option ${option} (see --help)`
          : `option inconnue ${option} (voir --help)`
        : e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? lang0 === 'en'
            ? `option ${option} expects a value`
            : `l'option ${option} attend une valeur`
          : lang0 === 'en'
            ? `invalid arguments: ${e.message ?? ''}`
            : `arguments invalides : ${e.message ?? ''}`;
    return { ok: false, lang: lang0, message };
  }
}

/**
 * A non-negative integer option, or an error message.
 * @example
 * intOption('2000', '--samples', 'fr'); // { ok: true, value: 2000 }
 */
export function intOption(raw: string | boolean | undefined, name: string, lang: Lang, fallback?: number): { ok: true; value: number | undefined } | { ok: false; message: string } {
  if (raw === undefined) return { ok: true, value: fallback };
  if (typeof raw !== 'string' || !/^\d+$/.test(raw)) return { ok: false, message: lang === 'en' ? `${name} expects a non-negative integer (got "${String(raw)}")` : `${name} attend un entier positif ou nul (reçu « ${String(raw)} »)` };
  return { ok: true, value: Number(raw) };
}
