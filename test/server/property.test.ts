/**
 * Properties of POST /v1/check (fast-check): whatever the body — any JSON value, a document of a
 * known kind with arbitrary fields, any text — the answer is never a 5xx; it is a report (200 or
 * 422, as check() gives it) or an error with the common shape (4xx).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { createServer } from '../../src/server/app.js';
import { arbitraryJsonArb } from '../support/iscg-arbitraries.js';
import { structuredExamples } from './examples.js';

const app = createServer();
afterAll(() => app.close());

const KINDS = ['post', 'action', 'sharing', 'post-text', 'unknown'];
const examples = structuredExamples().map((e) => e.document);

/** A body: any JSON, an example with fields replaced by arbitrary values, or a document of a kind with arbitrary fields. */
const documentArb = fc.oneof(
  arbitraryJsonArb,
  fc.json().map((text) => JSON.parse(text) as unknown),
  fc.tuple(fc.constantFrom(...examples), fc.dictionary(fc.constantFrom('date', 'type', 'person', 'consent', 'to', 'from', 'employer', 'missions', 'legalBasis', 'kind', 'text'), arbitraryJsonArb)).map(([doc, patch]) => ({ ...doc, ...patch })),
  fc.record({ kind: fc.constantFrom(...KINDS), text: fc.string() }, { requiredKeys: ['kind'] }),
  fc.record({ document: arbitraryJsonArb, asOf: fc.oneof(fc.constant('2024-02-29'), fc.string()), lang: fc.constantFrom('fr', 'en', 'de') }, { requiredKeys: ['document'] }),
);

/** Checks the shape of an answer: a report (200/422) or an error (4xx). */
function expectWellFormed(res: { statusCode: number; json(): unknown }): Record<string, unknown> {
  expect(res.statusCode).toBeLessThan(500);
  expect(res.statusCode).toBeGreaterThanOrEqual(200);
  const body = res.json() as Record<string, unknown>;
  if (res.statusCode === 200 || res.statusCode === 422) {
    expect(body['reportVersion']).toBe(1);
    expect(res.statusCode === 422).toBe(body['outcome'] === 'invalid-input');
  } else {
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(typeof body['error']).toBe('string');
    expect(Array.isArray(body['inputErrors'])).toBe(true);
  }
  return body;
}

describe('POST /v1/check never answers 5xx', () => {
  it('for any JSON body, in either language', async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, fc.constantFrom('', '?lang=en', '?asOf=2025-03-01', '?verbose=true'), async (document, query) => {
        const res = await app.inject({ method: 'POST', url: `/v1/check${query}`, payload: JSON.stringify(document), headers: { 'content-type': 'application/json' } });
        const body = expectWellFormed(res);
        const kind = document !== null && typeof document === 'object' && !Array.isArray(document) ? (document as Record<string, unknown>)['kind'] : undefined;
        if (query === '' && (kind === 'post' || kind === 'action' || kind === 'sharing')) {
          const expected = check(document, {});
          // Same day: a document without a date is checked as of today on both sides.
          expect(body).toEqual(JSON.parse(JSON.stringify(expected)));
        }
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 300 },
    );
  });

  it('for any text sent as JSON, and any content type', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1)))),
        fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/xml', 'multipart/form-data; boundary=x'),
        async (text, type) => {
          const res = await app.inject({ method: 'POST', url: '/v1/check', payload: text, headers: { 'content-type': type } });
          expectWellFormed(res);
        },
      ),
      { numRuns: 300 },
    );
  });
});
