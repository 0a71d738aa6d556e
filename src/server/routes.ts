/**
 * The routes of the HTTP service: `POST /v1/check`, `GET /v1/rules`, `GET /v1/rules/{id}`,
 * `GET /healthz`, `GET /openapi.json`; and the answers to a request no route takes (404, or 405
 * with `Allow` when the path exists for another method).
 * @module
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Checker } from '../core/compile/compile-ruleset.js';
import type { Lang } from '../core/types.js';
import { checkRequestDocument, readCheckRequest, readQueryOptions } from './check-request.js';
import { HttpError } from './errors.js';
import { requestLang } from './lang.js';
import { openApiDocument } from './openapi.js';
import { ruleDetail, rulesView } from './rules-view.js';

/** What the routes need. */
export interface RouteContext {
  checker: Checker;
  /** Default language of responses. */
  lang: Lang;
  bodyLimit: number;
  /** The version of `cadre`. */
  version: string;
}

/** The routes, as the OpenAPI document names them (HEAD is answered wherever GET is). */
export const ROUTES: readonly { method: 'GET' | 'POST'; path: string }[] = [
  { method: 'POST', path: '/v1/check' },
  { method: 'GET', path: '/v1/rules' },
  { method: 'GET', path: '/v1/rules/{id}' },
  { method: 'GET', path: '/healthz' },
  { method: 'GET', path: '/openapi.json' },
];

/**
 * The language of a request's answer, `?lang=` first, then `Accept-Language`, then the default.
 * @example
 * langOf(request, 'fr'); // 'en' for GET /v1/rules?lang=en
 */
export function langOf(request: FastifyRequest, fallback: Lang): Lang {
  return requestLang(request.query, request.headers['accept-language'], fallback);
}

/**
 * Registers the routes and the not-found handler on a fastify instance.
 * @example
 * registerRoutes(app, { checker: checkerFor(), lang: 'fr', bodyLimit: 1048576, version: '0.1.0' });
 */
export function registerRoutes(app: FastifyInstance, context: RouteContext): void {
  const { checker } = context;
  let openapi: string | undefined;

  app.post('/v1/check', async (request, reply) => {
    const lang = langOf(request, context.lang);
    if (request.body === undefined) {
      // No Content-Type and no body: nothing was sent.
      const message = lang === 'en' ? 'Empty request body: expected a JSON document with a "kind" field.' : 'Corps de requête vide : attendu un document JSON avec un champ « kind ».';
      throw new HttpError(400, 'empty-body', message, [{ pointer: '', message }]);
    }
    const { document, options } = readCheckRequest(request.body, request.query, lang);
    const report = checkRequestDocument(checker, document, options);
    return reply.code(report.outcome === 'invalid-input' ? 422 : 200).send(report);
  });

  app.get('/v1/rules', async (request, reply) => {
    const { lang } = readQueryOptions(request.query, ['lang'], langOf(request, context.lang));
    return reply.send(rulesView(checker.ruleset, lang));
  });

  app.get('/v1/rules/*', async (request, reply) => {
    const { lang } = readQueryOptions(request.query, ['lang'], langOf(request, context.lang));
    const id = (request.params as Record<string, string>)['*'] ?? '';
    const rule = checker.ruleset.rules.find((r) => r.id === id);
    if (!rule) {
      const shown = id.length > 100 ? `${id.slice(0, 100)}…` : id;
      const message = lang === 'en' ? `Unknown rule "${shown}" (GET /v1/rules lists the rules).` : `Règle inconnue « ${shown} » (GET /v1/rules liste les règles).`;
      throw new HttpError(404, 'unknown-rule', message);
    }
    return reply.send(ruleDetail(rule, checker.ruleset, lang));
  });

  app.get('/healthz', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({
      status: 'ok',
      version: context.version,
      ruleset: { name: checker.ruleset.name, version: checker.ruleset.version, digest: checker.ruleset.digest },
    }),
  );

  app.get('/openapi.json', async (_request, reply) => {
    openapi ??= JSON.stringify(openApiDocument({ version: context.version, bodyLimit: context.bodyLimit }));
    return reply.type('application/json; charset=utf-8').send(openapi);
  });

  app.setNotFoundHandler(async (request, reply) => {
    const lang = langOf(request, context.lang);
    const path = request.url.split('?')[0] ?? '';
    const allowed = allowedMethods(path);
    const list = ROUTES.map((r) => `${r.method} ${r.path}`).join(', ');
    if (allowed.length > 0) {
      const message =
        lang === 'en'
          ? `Method ${request.method} not allowed on ${path}: use ${allowed.join(' or ')}.`
          : `Méthode ${request.method} non permise sur ${path} : utiliser ${allowed.join(' ou ')}.`;
      return reply.code(405).header('allow', allowed.includes('GET') ? 'GET, HEAD' : allowed.join(', ')).send(new HttpError(405, 'method-not-allowed', message).body());
    }
    const shown = path.length > 100 ? `${path.slice(0, 100)}…` : path;
    const message = lang === 'en' ? `No route ${request.method} ${shown} (routes: ${list}).` : `Aucune route ${request.method} ${shown} (routes : ${list}).`;
    return reply.code(404).send(new HttpError(404, 'not-found', message).body());
  });
}

/** The methods a path answers to, for a 405 (none: the path does not exist). */
function allowedMethods(path: string): string[] {
  if (path.startsWith('/v1/rules/')) return ['GET'];
  return ROUTES.filter((r) => r.path === path).map((r) => r.method);
}

