/**
 * Every error status of the service, in French and in English, with the same `inputErrors`
 * shape as a report: malformed JSON (400, with line and column), empty body,
 * bad options (400), unknown route (404), wrong method (405), body over the limit (413), wrong
 * content type (415), time limit (503); and what a request still in progress gets at shutdown.
 */
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server/app.js';
import type { ErrorBody } from '../../src/server/errors.js';
import { example } from './examples.js';

const app = createServer();
afterAll(() => app.close());

const JSON_TYPE = { 'content-type': 'application/json' };
const raw = (payload: string, url = '/v1/check', headers: Record<string, string> = JSON_TYPE) => app.inject({ method: 'POST', url, payload, headers });

/** The body of an error answer, checked for the common shape. */
function errorOf(res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }, status: number, code: string): ErrorBody {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  const body = res.json() as ErrorBody;
  expect(body.error).toBe(code);
  expect(body.message.length).toBeGreaterThan(0);
  for (const e of body.inputErrors) expect(e.pointer === '' || e.pointer.startsWith('/')).toBe(true);
  return body;
}

describe('400: malformed JSON, named with its place', () => {
  it('says what was expected where, in French, with line and column', async () => {
    const body = errorOf(await raw('{\n  "kind": "action",\n  "date": \n}'), 400, 'malformed-json');
    expect(body.message).toBe('JSON mal formé (ligne 4, colonne 1) : caractère inattendu « } », attendu une valeur (objet, tableau, chaîne, nombre, true, false ou null).');
    expect(body.inputErrors).toEqual([{ pointer: '', message: body.message, line: 4, column: 1 }]);
  });

  it('in English with ?lang=en or Accept-Language: en', async () => {
    const q = errorOf(await raw('{"kind": "action",}', '/v1/check?lang=en'), 400, 'malformed-json');
    expect(q.message).toBe('Malformed JSON (line 1, column 19): unexpected character "}", expected a property name in double quotes (a comma too many?).');
    const h = errorOf(await raw('{"kind": "action",}', '/v1/check', { ...JSON_TYPE, 'accept-language': 'en-US' }), 400, 'malformed-json');
    expect(h.message).toBe(q.message);
  });

  it('names the usual mistakes: single quotes, a truncated document, an unclosed string, a raw line break, text after the end', async () => {
    expect(errorOf(await raw("{'kind': 'action'}"), 400, 'malformed-json').message).toContain('caractère inattendu « \' », attendu un nom de propriété entre guillemets doubles (chaînes et noms s’écrivent entre guillemets doubles)');
    expect(errorOf(await raw('{"kind": "action", "person": {"role": "victim"'), 400, 'malformed-json').message).toMatch(/colonne 47\) : le document s'arrête trop tôt, attendu « , » ou « } »/);
    expect(errorOf(await raw('{"kind": "act'), 400, 'malformed-json').message).toBe('JSON mal formé (ligne 1, colonne 10) : chaîne jamais fermée (guillemet " manquant).');
    expect(errorOf(await raw('{"text": "ligne 1\nligne 2"}'), 400, 'malformed-json').message).toContain('caractère de contrôle U+000A dans une chaîne');
    expect(errorOf(await raw('{"kind": "post"} {"kind": "action"}'), 400, 'malformed-json').message).toContain('attendu la fin du document');
    expect(errorOf(await raw('{"a": "\\x"}'), 400, 'malformed-json').message).toContain('séquence d\'échappement invalide « \\x »');
    expect(errorOf(await raw('{"a": -}'), 400, 'malformed-json').message).toContain('un nombre a un signe moins et aucun chiffre');
    expect(errorOf(await raw('[1, 2,]'), 400, 'malformed-json').message).toContain('caractère inattendu « ] », attendu une valeur');
  });

  it('never quotes more of the body than the character at fault', async () => {
    const secret = 'Mme Dupont, née le 3 mars 1980';
    const body = errorOf(await raw(`{"person": {"name": "${secret}" "minor": false}}`), 400, 'malformed-json');
    expect(body.message).not.toContain('Dupont');
  });
});

describe('400: empty body, bad options', () => {
  it('an empty body, with or without a content type', async () => {
    expect(errorOf(await raw(''), 400, 'empty-body').message).toBe('Corps de requête vide : attendu un document JSON avec un champ « kind ».');
    expect(errorOf(await raw('  \n'), 400, 'empty-body').inputErrors).toHaveLength(1);
    expect(errorOf(await app.inject({ method: 'POST', url: '/v1/check?lang=en' }), 400, 'empty-body').message).toBe('Empty request body: expected a JSON document with a "kind" field.');
  });

  it('an unknown, repeated or invalid option in the query string', async () => {
    const { document } = example('action-accompagnement-bordeaux.yaml');
    const text = JSON.stringify(document);
    expect(errorOf(await raw(text, '/v1/check?as_of=2025-01-01'), 400, 'bad-parameter').message).toBe('Option invalide : paramètre inconnu « as_of » (paramètres : asOf, lang, verbose).');
    expect(errorOf(await raw(text, '/v1/check?asOf=2025-02-30'), 400, 'bad-parameter').message).toBe('Option invalide : « asOf » attend une date AAAA-MM-JJ réelle (reçu "2025-02-30").');
    expect(errorOf(await raw(text, '/v1/check?lang=de'), 400, 'bad-parameter').message).toContain('« lang » attend fr ou en');
    expect(errorOf(await raw(text, '/v1/check?lang=en&lang=fr'), 400, 'bad-parameter').message).toContain('donné plusieurs fois');
    expect(errorOf(await raw(text, '/v1/check?lang=en&verbose=oui'), 400, 'bad-parameter').message).toBe('Invalid option: "verbose" expects true or false (got "oui").');
  });

  it('an unknown or invalid option in an envelope, at its pointer', async () => {
    const { document } = example('action-accompagnement-bordeaux.yaml');
    const unknown = errorOf(await raw(JSON.stringify({ document, options: {} })), 400, 'bad-parameter');
    expect(unknown.inputErrors).toEqual([{ pointer: '/options', message: expect.stringContaining("clé inconnue « options » dans l'enveloppe") }]);
    const date = errorOf(await raw(JSON.stringify({ document, asOf: 20250101, lang: 'en' })), 400, 'bad-parameter');
    expect(date.inputErrors).toEqual([{ pointer: '/asOf', message: 'Invalid option in the body: "asOf" expects a real YYYY-MM-DD date (got 20250101).' }]);
    expect(errorOf(await raw(JSON.stringify({ document, verbose: 'yes' })), 400, 'bad-parameter').inputErrors[0]?.pointer).toBe('/verbose');
  });

  it('a malformed URL', async () => {
    const body = errorOf(await app.inject({ method: 'GET', url: '/v1/rules/%E0%A4%A' }), 400, 'bad-request');
    expect(body.message).toBe('URL mal formée (encodage %XX invalide).');
  });
});

describe('404, 405', () => {
  it('404 for a path the service does not have, listing its routes', async () => {
    const fr = errorOf(await app.inject({ method: 'GET', url: '/v1/validate' }), 404, 'not-found');
    expect(fr.message).toBe('Aucune route GET /v1/validate (routes : POST /v1/check, GET /v1/rules, GET /v1/rules/{id}, GET /healthz, GET /openapi.json).');
    expect(fr.inputErrors).toEqual([]);
    const en = errorOf(await app.inject({ method: 'POST', url: '/check?lang=en', payload: {} }), 404, 'not-found');
    expect(en.message).toMatch(/^No route POST \/check \(routes: POST \/v1\/check/);
  });

  it('405 with Allow for a path that exists with another method', async () => {
    const get = await app.inject({ method: 'GET', url: '/v1/check' });
    expect(errorOf(get, 405, 'method-not-allowed').message).toBe('Méthode GET non permise sur /v1/check : utiliser POST.');
    expect(get.headers['allow']).toBe('POST');
    const del = await app.inject({ method: 'DELETE', url: '/v1/rules/action/no-coercion', headers: { 'accept-language': 'en' } });
    expect(errorOf(del, 405, 'method-not-allowed').message).toBe('Method DELETE not allowed on /v1/rules/action/no-coercion: use GET.');
    expect(del.headers['allow']).toBe('GET, HEAD');
  });
});

describe('413: body over the limit', () => {
  it('refuses a body larger than the limit, saying the limit, in both languages', async () => {
    const small = createServer({ bodyLimit: 2048 });
    const text = JSON.stringify({ kind: 'post-text', text: 'Il accueille les victimes. '.repeat(100) });
    const fr = errorOf(await small.inject({ method: 'POST', url: '/v1/check', payload: text, headers: JSON_TYPE }), 413, 'body-too-large');
    expect(fr.message).toBe('Corps de requête trop grand : la limite est de 2 Ko (cadre serve --body-limit).');
    expect(fr.inputErrors).toEqual([{ pointer: '', message: fr.message }]);
    const en = errorOf(await small.inject({ method: 'POST', url: '/v1/check?lang=en', payload: text, headers: JSON_TYPE }), 413, 'body-too-large');
    expect(en.message).toBe('Request body too large: the limit is 2 KB (cadre serve --body-limit).');
    // under the limit: checked
    const ok = await small.inject({ method: 'POST', url: '/v1/check', payload: { kind: 'post-text', text: 'Il accueille les victimes.' } });
    expect(ok.statusCode).toBe(200);
    await small.close();
  });

  it('counts bytes, not characters, and refuses a body that arrives without a length too', async () => {
    const small = createServer({ bodyLimit: 1000 });
    const accents = JSON.stringify({ kind: 'post-text', text: 'é'.repeat(600) }); // ~630 characters, ~1230 bytes
    expect(accents.length).toBeLessThan(1000);
    errorOf(await small.inject({ method: 'POST', url: '/v1/check', payload: accents, headers: JSON_TYPE }), 413, 'body-too-large');
    const stream = new PassThrough();
    stream.end(accents);
    errorOf(await small.inject({ method: 'POST', url: '/v1/check', payload: stream, headers: JSON_TYPE }), 413, 'body-too-large');
    await small.close();
  });

  it('takes 1 MiB by default: a 900 KB fiche is linted, a 1.1 MB one refused', async () => {
    const paragraph = "L'intervenant accueille les victimes avec leur accord et les oriente vers les services sociaux.\n";
    const big = JSON.stringify({ kind: 'post-text', text: paragraph.repeat(Math.floor(900_000 / paragraph.length)) });
    expect((await raw(big)).statusCode).toBe(200);
    const tooBig = JSON.stringify({ kind: 'post-text', text: paragraph.repeat(Math.floor(1_100_000 / paragraph.length)) });
    errorOf(await raw(tooBig), 413, 'body-too-large');
  });
});

describe('415: not JSON', () => {
  it('refuses another content type, naming it', async () => {
    const fr = errorOf(await raw('kind: action', '/v1/check', { 'content-type': 'application/yaml' }), 415, 'unsupported-media-type');
    expect(fr.message).toBe('Type de contenu non pris en charge « application/yaml » : envoyer le document en JSON (Content-Type: application/json).');
    expect(fr.inputErrors).toHaveLength(1);
    const en = errorOf(await raw('kind=action', '/v1/check?lang=en', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported-media-type');
    expect(en.message).toBe('Unsupported content type "application/x-www-form-urlencoded": send the document as JSON (Content-Type: application/json).');
    errorOf(await raw('{"kind":"action"}', '/v1/check', { 'content-type': 'text/plain' }), 415, 'unsupported-media-type');
    errorOf(await raw('{"kind":"action"}', '/v1/check', { 'content-type': 'application/jsonp' }), 415, 'unsupported-media-type');
  });

  it('refuses a body sent without a content type', async () => {
    errorOf(await app.inject({ method: 'POST', url: '/v1/check', payload: Buffer.from('{"kind":"action"}') }), 415, 'unsupported-media-type');
  });

  it('accepts application/json with a charset', async () => {
    const res = await raw(JSON.stringify(example('poste-cd31-conforme.yaml').document), '/v1/check', { 'content-type': 'application/json; charset=utf-8' });
    expect(res.statusCode).toBe(200);
  });
});

describe('503: time limit; shutdown', () => {
  it('answers 503 when a request is not over within the time limit (a body that never ends)', async () => {
    const quick = createServer({ timeout: 100 });
    const body = new PassThrough();
    body.write('{"kind": "action", ');
    const started = Date.now();
    const res = await quick.inject({ method: 'POST', url: '/v1/check', payload: body, headers: JSON_TYPE });
    expect(errorOf(res, 503, 'timeout').message).toBe('La requête a dépassé le délai du service (cadre serve --timeout).');
    expect(res.json<ErrorBody>().inputErrors).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000);
    body.destroy();
    await quick.close();
  });

  it('lets a request in progress finish when the service stops, and closes its connection', async () => {
    const server = createServer();
    await server.ready();
    const body = new PassThrough();
    body.write('{"kind": ');
    const inflight = server.inject({ method: 'POST', url: '/v1/check', payload: body, headers: JSON_TYPE });
    await new Promise((r) => setTimeout(r, 50));
    const closed = server.close();
    setTimeout(() => body.end('"post"}'), 50);
    const res = await inflight;
    expect(res.statusCode).toBe(422);
    expect(res.headers['connection']).toBe('close');
    await closed;
  });
});
