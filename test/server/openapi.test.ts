/**
 * GET /openapi.json: a valid OpenAPI 3.1 document (checked against the official schemas), with
 * every route of the service, the subject schemas of schemas/ as they are, and response schemas
 * that the service's real answers satisfy.
 */
import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server/app.js';
import { ROUTES } from '../../src/server/routes.js';
import { example, ficheExamples, structuredExamples } from './examples.js';

const app = createServer({ version: '1.2.3', bodyLimit: 2 * 1024 * 1024 });
afterAll(() => app.close());

type Json = Record<string, any>;

async function fetchDocument(): Promise<Json> {
  const res = await app.inject({ method: 'GET', url: '/openapi.json' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  return JSON.parse(res.body) as Json;
}

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document whose references all resolve', async () => {
    const doc = await fetchDocument();
    expect(doc['openapi']).toBe('3.1.0');
    expect(doc['info']).toMatchObject({ version: '1.2.3' });
    expect(doc['info'].description).toContain('2 Mo');
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(JSON.stringify(validator.resolveRefs())).not.toContain('"$ref"');
  });

  it('describes every route of the service, and only those', async () => {
    const doc = await fetchDocument();
    const described = Object.entries(doc['paths'] as Json).flatMap(([path, item]) => Object.keys(item as Json).map((m) => `${m.toUpperCase()} ${path}`));
    expect(described.sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    for (const r of ROUTES) expect(app.hasRoute({ method: r.method, url: r.path.replace('{id}', '*') }), `${r.method} ${r.path}`).toBe(true);
    const check = doc['paths']['/v1/check'].post;
    expect(Object.keys(check.responses).sort()).toEqual(['200', '400', '413', '415', '422', '503']);
    expect(check.parameters.map((p: Json) => p['$ref'])).toEqual(['#/components/parameters/AsOf', '#/components/parameters/Lang', '#/components/parameters/AcceptLanguage', '#/components/parameters/Verbose']);
    expect(Object.keys(doc['paths']['/v1/rules/{id}'].get.responses)).toContain('404');
  });

  it('embeds the subject schemas of schemas/ unchanged, and the report schema of schemas/', async () => {
    const doc = await fetchDocument();
    const schemas = doc['components'].schemas as Json;
    for (const [component, file] of [['PostDocument', 'post'], ['ActionDocument', 'action'], ['SharingDocument', 'sharing']]) {
      expect(schemas[component as string]).toEqual(JSON.parse(readFileSync(`schemas/${file}.schema.json`, 'utf8')));
    }
    const report = JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')) as Json;
    expect(schemas['Report'].required).toEqual(report['$defs'].report.required);
    expect(schemas['Report'].properties.findings.items).toEqual({ $ref: '#/components/schemas/Finding' });
    expect(schemas['InputError']).toEqual(report['$defs'].inputError);
    expect(schemas['Document'].discriminator.mapping).toEqual({
      post: '#/components/schemas/PostCheck',
      action: '#/components/schemas/ActionCheck',
      sharing: '#/components/schemas/SharingCheck',
      'post-text': '#/components/schemas/PostTextDocument',
    });
  });

  it('describes what the service really sends and accepts (ajv, JSON Schema 2020-12)', async () => {
    const doc = await fetchDocument();
    const validator = new Validator();
    await validator.validate(doc);
    const resolved = validator.resolveRefs() as Json;
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true, logger: false });
    const schemaOf = (path: string, method: string, status: string): Json => resolved['paths'][path][method].responses[status].content['application/json'].schema as Json;
    const expectValid = (schema: Json, value: unknown, what: string): void => {
      const validate = ajv.compile(schema);
      expect(validate(value) ? [] : validate.errors, what).toEqual([]);
    };
    const request = resolved['paths']['/v1/check'].post.requestBody.content['application/json'].schema as Json;
    for (const { name, document } of [...structuredExamples(), ...ficheExamples()]) {
      expectValid(request, document, name);
      const res = await app.inject({ method: 'POST', url: '/v1/check', payload: document });
      expectValid(schemaOf('/v1/check', 'post', String(res.statusCode)), res.json(), name);
    }
    expectValid(request, { document: example('poste-cd31-conforme.yaml').document, lang: 'en' }, 'envelope');
    expect(ajv.compile(request)({ kind: 'post-text', text: 'x', extra: 1 })).toBe(false);
    const invalid = await app.inject({ method: 'POST', url: '/v1/check', payload: { kind: 'action', date: '2025-01-01' } });
    expect(invalid.statusCode).toBe(422);
    expectValid(schemaOf('/v1/check', 'post', '422'), invalid.json(), '422');
    const malformed = await app.inject({ method: 'POST', url: '/v1/check', payload: '{', headers: { 'content-type': 'application/json' } });
    expectValid(schemaOf('/v1/check', 'post', '400'), malformed.json(), '400');
    expectValid(schemaOf('/v1/rules', 'get', '200'), (await app.inject({ method: 'GET', url: '/v1/rules' })).json(), 'rules');
    expectValid(schemaOf('/v1/rules/{id}', 'get', '200'), (await app.inject({ method: 'GET', url: '/v1/rules/sharing/basis-recipient' })).json(), 'rule');
    expectValid(schemaOf('/v1/rules/{id}', 'get', '404'), (await app.inject({ method: 'GET', url: '/v1/rules/x' })).json(), '404');
    expectValid(schemaOf('/healthz', 'get', '200'), (await app.inject({ method: 'GET', url: '/healthz' })).json(), 'health');
  });
});
