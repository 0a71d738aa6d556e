/**
 * `cadre serve`: the HTTP service (docs/http.md). Listens until SIGINT or SIGTERM, then stops
 * taking requests, lets those in progress finish, and returns. fastify is loaded here only, after
 * the options are read: `cadre serve --help` and the other sub-commands never load it.
 * @module
 */
import { parseArgs } from 'node:util';
import type { Checker } from '../core/compile/compile-ruleset.js';
import type { Lang } from '../core/types.js';
import { serveHelp } from './help.js';
import { fail, langOf, type CommandResult } from './io.js';
import { toolVersion } from './version.js';
import { checkerFromOptions } from './run-checks.js';

/** The options of `cadre serve`, checked. */
export interface ServeOptions {
  port: number;
  host: string;
  ruleset?: string;
  lang: Lang;
  /** Bytes. */
  bodyLimit: number;
  /** Milliseconds. */
  timeout: number;
  help: boolean;
}

const DEFAULTS = { port: 8080, host: '127.0.0.1', bodyLimit: 1024 * 1024, timeout: 10_000 };

/**
 * Reads the arguments of `cadre serve`; a usage error is a message in the language asked for.
 * @example
 * parseServeArgs(['--port', '3000', '--body-limit', '2m']); // { ok: true, options: { port: 3000, bodyLimit: 2097152, … } }
 */
export function parseServeArgs(argv: string[]): { ok: true; options: ServeOptions } | { ok: false; message: string } {
  const lang0 = langOf(argv);
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        ruleset: { type: 'string' },
        lang: { type: 'string' },
        'body-limit': { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    const e = error as { code?: string; message?: string };
    const option = /'([^']+)'/.exec(e.message ?? '')?.[1] ?? '';
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { ok: false, message: lang0 === 'en' ? `unknown option ${option} (see cadre serve --help)` : `option inconnue ${option} (voir cadre serve --help)` };
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return { ok: false, message: lang0 === 'en' ? `option ${option} expects a value` : `l'option ${option} attend une valeur` };
    return { ok: false, message: lang0 === 'en' ? `invalid arguments: ${e.message ?? ''}` : `arguments invalides : ${e.message ?? ''}` };
  }
  const lang: Lang = values['lang'] === 'en' ? 'en' : 'fr';
  const bad = (fr: string, en: string): { ok: false; message: string } => ({ ok: false, message: lang === 'en' ? en : fr });
  if (values['lang'] !== undefined && values['lang'] !== 'fr' && values['lang'] !== 'en') return bad(`--lang attend fr ou en (reçu « ${String(values['lang'])} »)`, `--lang expects fr or en (got "${String(values['lang'])}")`);
  if (positionals.length > 0) return bad(`argument inattendu « ${positionals[0]} » (cadre serve ne prend pas de fichier ; voir --help)`, `unexpected argument "${positionals[0]}" (cadre serve takes no file; see --help)`);
  const options: ServeOptions = { ...DEFAULTS, lang, help: values['help'] === true };
  const port = values['port'];
  if (typeof port === 'string') {
    if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) return bad(`--port attend un entier de 0 à 65535 (reçu « ${port} »)`, `--port expects an integer from 0 to 65535 (got "${port}")`);
    options.port = Number(port);
  }
  const host = values['host'];
  if (typeof host === 'string') {
    if (host.trim() === '') return bad('--host attend une adresse (127.0.0.1, 0.0.0.0, ::, localhost…)', '--host expects an address (127.0.0.1, 0.0.0.0, ::, localhost…)');
    options.host = host;
  }
  if (typeof values['ruleset'] === 'string') options.ruleset = values['ruleset'];
  const limit = values['body-limit'];
  if (typeof limit === 'string') {
    const bytes = parseSize(limit);
    if (bytes === undefined) return bad(`--body-limit attend une taille en octets, ou avec k ou m : 1048576, 512k, 2m (reçu « ${limit} »)`, `--body-limit expects a size in bytes, or with k or m: 1048576, 512k, 2m (got "${limit}")`);
    options.bodyLimit = bytes;
  }
  const timeout = values['timeout'];
  if (typeof timeout === 'string') {
    const ms = parseDuration(timeout);
    if (ms === undefined) return bad(`--timeout attend une durée en millisecondes, ou avec s : 5000, 5s (reçu « ${timeout} »)`, `--timeout expects a duration in milliseconds, or with s: 5000, 5s (got "${timeout}")`);
    options.timeout = ms;
  }
  return { ok: true, options };
}

/**
 * A size in bytes: `1048576`, `512k`, `512kb`, `2m`, `2mb` (also `ko`, `mo`); at least 1 byte, at most 1 GiB.
 * @example
 * parseSize('2m'); // 2097152
 * parseSize('zéro'); // undefined
 */
export function parseSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(b|o|k|kb|ko|kib|m|mb|mo|mib)?$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? '').toLowerCase();
  const factor = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1;
  const bytes = Math.round(Number(m[1]) * factor);
  return bytes >= 1 && bytes <= 1024 * 1024 * 1024 ? bytes : undefined;
}

/**
 * A duration in milliseconds: `5000`, `5000ms`, `5s`, `1.5s`; at least 1 ms, at most one hour.
 * @example
 * parseDuration('5s'); // 5000
 */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/i.exec(text.trim());
  if (!m) return undefined;
  const ms = Math.round(Number(m[1]) * ((m[2] ?? '').toLowerCase() === 's' ? 1000 : 1));
  return ms >= 1 && ms <= 3_600_000 ? ms : undefined;
}

/**
 * Runs `cadre serve`: returns when the service has stopped (exit code 0), or at once on a usage
 * error, invalid rules or an address it cannot listen on (exit code 2).
 * @example
 * await run(['--port', '3000', '--lang', 'en']); // until Ctrl+C
 */
export async function run(argv: string[]): Promise<CommandResult> {
  const parsed = parseServeArgs(argv);
  if (!parsed.ok) return { exitCode: fail(parsed.message) };
  const options = parsed.options;
  const en = options.lang === 'en';
  if (options.help) {
    process.stdout.write(serveHelp(options.lang));
    return { exitCode: 0 };
  }
  const checker = await checkerFromOptions(options);
  if (!checker) return { exitCode: 2 };
  const { createServer } = await import('../server/app.js');
  const app = createServer({ ruleset: checker, lang: options.lang, bodyLimit: options.bodyLimit, timeout: options.timeout, log: process.stdout, version: toolVersion() });
  try {
    await app.listen({ port: options.port, host: options.host, listenTextResolver: (address) => (en ? `listening on ${address}` : `à l'écoute sur ${address}`) });
  } catch (error) {
    await app.close().catch(() => undefined);
    return { exitCode: fail(listenError(error, options)) };
  }
  const address = app.server.address();
  const url = address !== null && typeof address === 'object' ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}` : String(address);
  const ruleset = `${checker.ruleset.name} ${checker.ruleset.version}`;
  return new Promise<CommandResult>((resolve) => {
    let force: NodeJS.Timeout | undefined;
    const stop = (signal: NodeJS.Signals): void => {
      if (force !== undefined) {
        // A second signal: the requests in progress are dropped.
        app.server.closeAllConnections();
        return;
      }
      process.stderr.write(en ? `cadre: ${signal} received, stopping after the requests in progress…\n` : `cadre : ${signal} reçu, arrêt après les requêtes en cours…\n`);
      // Past the time limit of a request, nothing legitimate is still running.
      force = setTimeout(() => app.server.closeAllConnections(), options.timeout + 1000);
      force.unref();
      app.close().then(
        () => finish(0),
        () => finish(2),
      );
    };
    const finish = (exitCode: number): void => {
      clearTimeout(force);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.stderr.write(en ? 'cadre: service stopped\n' : 'cadre : service arrêté\n');
      resolve({ exitCode });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    // Announced once the signals are handled: a supervisor that reads this line and stops the
    // service at once gets a clean stop, not the default end of the process.
    process.stderr.write(
      en
        ? `cadre: serving ${url} (ruleset ${ruleset}; POST ${url}/v1/check, ${url}/openapi.json). Ctrl+C stops.\n`
        : `cadre : service à l'écoute sur ${url} (référentiel ${ruleset} ; POST ${url}/v1/check, ${url}/openapi.json). Ctrl+C pour arrêter.\n`,
    );
  });
}

function listenError(error: unknown, options: ServeOptions): string {
  const en = options.lang === 'en';
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const where = `${options.host}:${options.port}`;
  switch (code) {
    case 'EADDRINUSE':
      return en ? `port ${options.port} is already in use on ${options.host} (choose another with --port)` : `le port ${options.port} est déjà utilisé sur ${options.host} (en choisir un autre avec --port)`;
    case 'EACCES':
      return en ? `not allowed to listen on ${where} (ports below 1024 need privileges)` : `écoute sur ${where} non permise (les ports sous 1024 demandent des droits)`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return en ? `address "${options.host}" is not available on this machine (--host)` : `l'adresse « ${options.host} » n'est pas disponible sur cette machine (--host)`;
    default:
      return en ? `cannot listen on ${where} (${code || (error instanceof Error ? error.message : String(error))})` : `impossible d'écouter sur ${where} (${code || (error instanceof Error ? error.message : String(error))})`;
  }
}
