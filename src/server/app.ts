/**
 * The HTTP service (`cadre serve`), as a fastify instance: the JSON body reader, the limits,
 * the error answers, the request log, the routes. It does not listen: `cadre serve` does, and
 * tests use `inject()`.
 *
 * Logs (only when `options.log` is given): one line per request with its method, route (the
 * pattern, not the URL), status and duration. Never a body, a query string, an address or a
 * header: the documents describe people.
 * @module
 */
import type { Socket } from 'node:net';
import Fastify, { LogController, type FastifyInstance, type FastifyReply } from 'fastify';
import type { Checker } from '../core/compile/compile-ruleset.js';
import type { Lang, Ruleset } from '../core/types.js';
import { checkerFor } from '../domain/iscg/api/default-checker.js';
import { fromError, HttpError } from './errors.js';
import { parseJsonBody } from './json-body.js';
import { requestLang } from './lang.js';
import { langOf, registerRoutes } from './routes.js';

/** Default body size limit: 1 MiB. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
/** Default time limit of a request, in milliseconds. */
export const DEFAULT_TIMEOUT = 10_000;

/** Options of {@link createServer}. */
export interface ServerOptions {
  /** The rules: a ruleset (`loadRuleset(dir)`) or a checker (`compileRuleset()`); default: the shipped ISCG ruleset. */
  ruleset?: Ruleset | Checker;
  /** Language of the answers when a request does not ask (`?lang=`, `Accept-Language`); default `fr`. */
  lang?: Lang;
  /** Largest body accepted, in bytes (default 1 MiB); larger: 413. */
  bodyLimit?: number;
  /** Time limit of a request, in milliseconds, from its first byte to its answer (default 10 s); over it: 503 (408 while the request is still arriving). */
  timeout?: number;
  /** Where to write the request log (JSON lines); none by default. */
  log?: { write(line: string): unknown };
  /** The version of `cadre` shown by `/healthz` and the OpenAPI document. */
  version?: string;
}

/**
 * Creates the HTTP service, ready to `listen()` or `inject()`.
 * @example
 * const app = createServer({ lang: 'fr' });
 * const res = await app.inject({ method: 'POST', url: '/v1/check', payload: { kind: 'action', date: '2025-05-12' } });
 * res.statusCode; // 422: the action lacks its type, person and consent
 */
export function createServer(options: ServerOptions = {}): FastifyInstance {
  const checker = checkerFor(options.ruleset);
  const lang: Lang = options.lang === 'en' ? 'en' : 'fr';
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const app = Fastify({
    logger: options.log ? { level: 'info', stream: options.log } : false,
    // Fastify's own request lines carry the URL and the client's address: ours do not.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit,
    handlerTimeout: timeout,
    requestTimeout: timeout,
    return503OnClosing: false,
    frameworkErrors: (error, request, reply) => {
      // A malformed URL: no route, no hooks, so no log line but this one.
      const answer = fromError(error, { lang: requestLang(undefined, request.headers['accept-language'], lang), bodyLimit });
      if (options.log) request.log.info({ method: request.method, route: null, status: answer.status }, 'requête');
      send(reply, answer);
    },
    clientErrorHandler: clientErrorHandler(lang),
  });

  // JSON only, read by our parser (French messages with line and column); any other type: 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const parsed = parseJsonBody(body as string, langOf(request, lang));
    if (parsed.ok) done(null, parsed.value);
    else done(parsed.error, undefined);
  });

  app.setErrorHandler((error, request, reply) => {
    const answer = fromError(error, { lang: langOf(request, lang), bodyLimit, contentType: request.headers['content-type'] });
    if (answer.code === 'internal-error') {
      // The error's message may quote the document: its kind and code only.
      const e = (error ?? {}) as { name?: unknown; code?: unknown };
      request.log.error({ err: { type: String(e.name ?? typeof error), code: typeof e.code === 'string' ? e.code : undefined } }, 'erreur interne');
    }
    send(reply, answer);
  });

  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (!closing) return done();
    const l = langOf(request, lang);
    reply.header('connection', 'close');
    send(reply, new HttpError(503, 'shutting-down', l === 'en' ? 'The service is shutting down.' : "Le service est en cours d'arrêt."));
  });
  // A request still in progress when the service stops gets its answer, then its connection is
  // closed: a kept-alive connection would hold the shutdown.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });

  if (options.log) {
    app.addHook('onResponse', (request, reply, done) => {
      request.log.info(
        { method: request.method, route: request.routeOptions.url ?? null, status: reply.statusCode, durationMs: Math.round(reply.elapsedTime * 10) / 10 },
        'requête',
      );
      done();
    });
  }

  registerRoutes(app, { checker, lang, bodyLimit, version: options.version ?? '0.0.0' });
  return app;
}

function send(reply: FastifyReply, error: HttpError): void {
  reply.code(error.status).type('application/json; charset=utf-8').send(error.body());
}

/**
 * Answers the requests that never reach fastify (malformed HTTP, headers too large, a request
 * too slow to arrive) in the same JSON shape.
 */
function clientErrorHandler(lang: Lang): (error: Error & { code?: string }, socket: Socket) => void {
  const en = lang === 'en';
  return (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return;
    const [status, reason, answer] =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', new HttpError(408, 'timeout', en ? 'The request took too long to arrive (cadre serve --timeout).' : 'La requête a mis trop de temps à arriver (cadre serve --timeout).')]
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? [431, 'Request Header Fields Too Large', new HttpError(431, 'bad-request', en ? 'Request headers too large.' : 'En-têtes de requête trop grands.')]
          : [400, 'Bad Request', new HttpError(400, 'bad-request', en ? 'Malformed HTTP request.' : 'Requête HTTP mal formée.')];
    const body = JSON.stringify(answer.body());
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
}
