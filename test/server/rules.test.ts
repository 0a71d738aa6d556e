/**
 * GET /v1/rules, GET /v1/rules/{id}, GET /healthz, and the request log: one line per request
 * with method, route, status and duration, never a body, a query string or an address.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { compileRuleset, type Report } from '../../src/index.js';
import { createServer } from '../../src/server/app.js';
import type { ErrorBody } from '../../src/server/errors.js';
import type { RuleDetail, RuleSummary, RulesetView } from '../../src/server/rules-view.js';
import { example } from './examples.js';

const app = createServer({ version: '9.9.9' });
afterAll(() => app.close());
const shipped = compileRuleset().ruleset;

describe('GET /v1/rules', () => {
  it('lists every rule of the ruleset with what a client needs, titles in French', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/rules' });
    expect(res.statusCode).toBe(200);
    const { ruleset, rules } = res.json<{ ruleset: RulesetView; rules: RuleSummary[] }>();
    expect(ruleset).toMatchObject({ name: 'iscg', version: shipped.version, digest: shipped.digest, editions: [{ id: '2006', inForceFrom: '2006-12-21' }] });
    expect(ruleset.title).toContain('intervenants sociaux');
    expect(rules.map((r) => r.id)).toEqual(shipped.rules.map((r) => r.id));
    const orders = rules.find((r) => r.id === 'action/no-police-orders');
    expect(orders).toMatchObject({ subject: 'action', edition: '2006', severity: 'error', severities: ['error'], docUrl: `${shipped.docBaseUrl}action/no-police-orders.md` });
    expect(orders?.title).toBe(shipped.rules.find((r) => r.id === 'action/no-police-orders')?.title.fr);
    expect(orders?.sources.length).toBeGreaterThan(0);
    for (const r of rules) {
      expect(['post', 'action', 'sharing', 'post-text']).toContain(r.subject);
      expect(r.severities[0]).toBe(r.severity);
      expect(r).not.toHaveProperty('origin');
    }
  });

  it('in English with ?lang=en or Accept-Language', async () => {
    const q = (await app.inject({ method: 'GET', url: '/v1/rules?lang=en' })).json<{ rules: RuleSummary[] }>();
    const h = (await app.inject({ method: 'GET', url: '/v1/rules', headers: { 'accept-language': 'en' } })).json<{ rules: RuleSummary[] }>();
    expect(q.rules[0]?.title).toBe(shipped.rules[0]?.title.en);
    expect(h).toEqual(q);
  });

  it('refuses an unknown parameter', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/rules?subject=action' });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>()).toMatchObject({ error: 'bad-parameter', message: 'Option invalide : paramètre inconnu « subject » (paramètres : lang).' });
  });
});

describe('GET /v1/rules/{id}', () => {
  it('gives one rule in full, its slash written as is or encoded', async () => {
    const plain = await app.inject({ method: 'GET', url: '/v1/rules/action/short-term' });
    expect(plain.statusCode).toBe(200);
    const rule = plain.json<RuleDetail>();
    const source = shipped.rules.find((r) => r.id === 'action/short-term');
    expect(rule).toMatchObject({ id: 'action/short-term', subject: 'action', title: source?.title.fr, rationale: source?.rationale });
    expect(rule.cases.length).toBe(source?.cases.length);
    expect(rule.cases[0]?.when).toEqual(source?.cases[0]?.when);
    expect(Object.keys(rule.params)).toEqual(Object.keys(source?.params ?? {}));
    expect(rule.examples.fires.length).toBe(source?.examples.fires.length);
    expect(JSON.stringify(rule)).not.toContain('"origin"');
    const encoded = await app.inject({ method: 'GET', url: '/v1/rules/action%2Fshort-term' });
    expect(encoded.json()).toEqual(rule);
  });

  it('in English: title, messages, parameter descriptions', async () => {
    const rule = (await app.inject({ method: 'GET', url: '/v1/rules/action/short-term?lang=en' })).json<RuleDetail>();
    const source = shipped.rules.find((r) => r.id === 'action/short-term');
    expect(rule.title).toBe(source?.title.en);
    expect(rule.cases[0]?.message).toBe(source?.cases[0]?.message.en);
  });

  it('404 with a JSON error for an unknown rule, in French or English', async () => {
    const fr = await app.inject({ method: 'GET', url: '/v1/rules/action/no-such-rule' });
    expect(fr.statusCode).toBe(404);
    expect(fr.json<ErrorBody>()).toEqual({ error: 'unknown-rule', message: 'Règle inconnue « action/no-such-rule » (GET /v1/rules liste les règles).', inputErrors: [] });
    const en = await app.inject({ method: 'GET', url: '/v1/rules/nothing?lang=en' });
    expect(en.statusCode).toBe(404);
    expect(en.json<ErrorBody>().message).toBe('Unknown rule "nothing" (GET /v1/rules lists the rules).');
  });

  it('every finding of a report names a rule the service can show', async () => {
    const report = (await app.inject({ method: 'POST', url: '/v1/check', payload: example('action-suivi-long-enfants-exposes.yaml').document })).json<Report>();
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      const rule = await app.inject({ method: 'GET', url: `/v1/rules/${encodeURIComponent(f.ruleId)}` });
      expect(rule.statusCode).toBe(200);
      expect(rule.json<RuleDetail>().docUrl).toBe(f.docUrl);
    }
  });
});

describe('GET /healthz', () => {
  it('says the service answers, with its version and ruleset', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({ status: 'ok', version: '9.9.9', ruleset: { name: 'iscg', version: shipped.version, digest: shipped.digest } });
    const head = await app.inject({ method: 'HEAD', url: '/healthz' });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('request log', () => {
  it('one JSON line per request: method, route, status, duration; no body, query, rule id or address', async () => {
    const lines: string[] = [];
    const logged = createServer({ log: { write: (line: string) => lines.push(line) } });
    const person = 'Mme Karima B., 12 rue des Lilas';
    const document = { ...example('action-audition-demandee-par-opj.yaml').document, note: person };
    await logged.inject({ method: 'POST', url: '/v1/check?asOf=2020-02-02', payload: document, headers: { 'x-forwarded-for': '203.0.113.9' } });
    await logged.inject({ method: 'POST', url: '/v1/check', payload: `{"person": "${person}"`, headers: { 'content-type': 'application/json' } });
    await logged.inject({ method: 'GET', url: '/v1/rules/action/no-coercion' });
    await logged.inject({ method: 'GET', url: `/nowhere/${encodeURIComponent(person)}` });
    await logged.close();
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((e) => e['msg'] === 'requête');
    expect(entries.map((e) => [e['method'], e['route'], e['status']])).toEqual([
      ['POST', '/v1/check', 422],
      ['POST', '/v1/check', 400],
      ['GET', '/v1/rules/*', 200],
      ['GET', null, 404],
    ]);
    for (const e of entries) expect(typeof e['durationMs']).toBe('number');
    const all = lines.join('\n');
    for (const secret of ['Karima', 'Lilas', '2020-02-02', '203.0.113.9', '127.0.0.1', 'no-coercion', 'nowhere', 'hearing']) expect(all).not.toContain(secret);
  });
});
