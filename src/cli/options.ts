/**
 * Parsing of the common flags of `validate` and `lint` (node:util parseArgs, strict), with
 * French (or English) usage errors.
 * @module
 */
import { parseArgs } from 'node:util';
import { isIsoDate } from '../core/dates.js';
import type { Lang, Severity } from '../core/types.js';
import { FORMATS, type FormatName } from '../format/names.js';

/** The common options, checked. */
export interface CommonOptions {
  files: string[];
  format: FormatName;
  asOf?: string;
  lang: Lang;
  ruleset?: string;
  failOn: Exclude<Severity, 'info'>;
  maxWarnings?: number;
  verbose: boolean;
  output?: string;
  help: boolean;
  flags: Record<string, string | boolean | undefined>;
}

type ExtraSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/**
 * Parses argv for a sub-command. Returns the options or a usage error message.
 * @example
 * parseCommon(['a.yaml', '--format', 'json'], {}).ok; // true
 */
export function parseCommon(argv: string[], extra: ExtraSpec): { ok: true; options: CommonOptions } | { ok: false; message: string; lang: Lang } {
  let parsed;
  const lang0: Lang = argv.includes('--lang=en') || argv.some((a, i) => a === '--lang' && argv[i + 1] === 'en') ? 'en' : 'fr';
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'as-of': { type: 'string' },
        lang: { type: 'string' },
        ruleset: { type: 'string' },
        'fail-on': { type: 'string' },
        'max-warnings': { type: 'string' },
        verbose: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        ...extra,
      },
    });
  } catch (error) {
    return { ok: false, message: translateParseError(error, lang0), lang: lang0 };
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  const lang: Lang = v['lang'] === 'en' ? 'en' : 'fr';
  const bad = (fr: string, en: string): { ok: false; message: string; lang: Lang } => ({ ok: false, message: lang === 'en' ? en : fr, lang });
  if (v['lang'] !== undefined && v['lang'] !== 'fr' && v['lang'] !== 'en') return bad(`--lang attend fr ou en (reçu « ${String(v['lang'])} »)`, `--lang expects fr or en (got "${String(v['lang'])}")`);
  const format = (v['format'] as string | undefined) ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) return bad(`format inconnu « ${format} » (formats : ${FORMATS.join(', ')})`, `unknown format "${format}" (formats: ${FORMATS.join(', ')})`);
  const asOf = v['as-of'] as string | undefined;
  if (asOf !== undefined && !isIsoDate(asOf)) return bad(`--as-of attend une date AAAA-MM-JJ réelle (reçu « ${asOf} »)`, `--as-of expects a real YYYY-MM-DD date (got "${asOf}")`);
  const failOn = (v['fail-on'] as string | undefined) ?? 'error';
  if (!['error', 'warning', 'review'].includes(failOn)) return bad(`--fail-on attend error, review ou warning (reçu « ${failOn} »)`, `--fail-on expects error, review or warning (got "${failOn}")`);
  const mw = v['max-warnings'] as string | undefined;
  if (mw !== undefined && !/^\d+$/.test(mw)) return bad(`--max-warnings attend un entier positif ou nul (reçu « ${mw} »)`, `--max-warnings expects a non-negative integer (got "${mw}")`);
  const options: CommonOptions = {
    files: parsed.positionals,
    format: format as FormatName,
    lang,
    failOn: failOn as CommonOptions['failOn'],
    verbose: v['verbose'] === true,
    help: v['help'] === true,
    flags: v,
  };
  if (asOf !== undefined) options.asOf = asOf;
  if (typeof v['ruleset'] === 'string') options.ruleset = v['ruleset'];
  if (mw !== undefined) options.maxWarnings = Number(mw);
  if (typeof v['output'] === 'string') options.output = v['output'];
  return { ok: true, options };
}

function translateParseError(error: unknown, lang: Lang): string {
  const e = error as { code?: string; message?: string };
  const option = /'([^']+)'/.exec(e.message ?? '')?.[1] ?? '';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return lang === 'en' ? `unknown option ${option} (see --help)` : `option inconnue ${option} (voir --help)`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return lang === 'en' ? `option ${option} expects a value` : `l'option ${option} attend une valeur`;
    default:
      return lang === 'en' ? `invalid arguments: ${e.message ?? ''}` : `arguments invalides : ${e.message ?? ''}`;
  }
}
