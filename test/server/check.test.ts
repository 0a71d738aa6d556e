/**
 * POST /v1/check through fastify's inject(): the reports are those of check() (lintPostText()
 * for post-text), 200 when the document could be checked, 422 when it is invalid; the options
 * from the query string, an envelope or Accept-Language.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { check, lintPostText, loadRuleset, type Report } from '../../src/index.js';
import { createServer } from '../../src/server/app.js';
import { example, ficheExamples, structuredExamples } from './examples.js';

const app = createServer();
afterAll(() => app.close());

const post = (payload: unknown, url = '/v1/check', headers: Record<string, string> = {}) => app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('POST /v1/check', () => {
  it('answers every structured example of docs/examples/ with the report check() gives, 200', async () => {
    const examples = structuredExamples();
    expect(examples.length).toBeGreaterThan(10);
    for (const { name, document } of examples) {
      const res = await post(document);
      expect(res.statusCode, name).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.json(), name).toEqual(JSON.parse(JSON.stringify(check(document))));
    }
  });

  it('finds what the examples are about: the OPJ who asks for the hearing, the notes given to the police', async () => {
    const opj = (await post(example('action-audition-demandee-par-opj.yaml').document)).json<Report>();
    expect(opj.outcome).toBe('non-compliant');
    expect(opj.findings.map((f) => f.ruleId)).toContain('action/hearing-accompaniment');
    expect(opj.findings[0]?.message).toMatch(/audition/);
    expect(opj.findings[0]?.sources.length).toBeGreaterThan(0);
    const notes = (await post(example('partage-police-notes-entretien.yaml').document)).json<Report>();
    expect(notes.subject).toBe('sharing');
    expect(notes.outcome).toBe('non-compliant');
  });

  it('lints a fiche sent as { kind: post-text, text }: the report of lintPostText()', async () => {
    for (const { name, document } of ficheExamples()) {
      const res = await post(document, '/v1/check?asOf=2024-06-01');
      expect(res.statusCode, name).toBe(200);
      expect(res.json(), name).toEqual(JSON.parse(JSON.stringify(lintPostText(document['text'], { asOf: '2024-06-01' }))));
    }
    const res = await post({ kind: 'post-text', text: "L'intervenant participe aux auditions et recueille les plaintes." });
    const report = res.json<Report>();
    expect(report.subject).toBe('post-text');
    expect(report.outcome).toBe('non-compliant');
    expect(report.findings.map((f) => f.ruleId)).toContain('text/inquiry-tasks');
    expect(report.findings.find((f) => f.ruleId === 'text/inquiry-tasks')?.location.line).toBe(1);
  });

  it('answers 422 with the invalid-input report of check() for a document invalid for its subject', async () => {
    const document: Record<string, unknown> = { ...example('partage-crip-information-preoccupante.yaml').document, to: { kind: 'polis' }, extra: true };
    delete document['legalBasis'];
    const res = await post(document);
    expect(res.statusCode).toBe(422);
    const report = res.json<Report>();
    expect(report).toEqual(JSON.parse(JSON.stringify(check(document))));
    expect(report.outcome).toBe('invalid-input');
    expect(report.inputErrors.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/to/kind', '/extra', '/legalBasis']));
    expect(report.inputErrors.find((e) => e.pointer === '/extra')?.message).toBe("Clé inconnue « extra » : ce champ n'existe pas dans le modèle");
  });

  it('answers 422 for a date before the 2006 edition, saying when it starts', async () => {
    const document = { ...example('action-accompagnement-bordeaux.yaml').document, date: '2005-03-01' };
    const res = await post(document);
    expect(res.statusCode).toBe(422);
    expect(res.json<Report>().inputErrors).toEqual([{ pointer: '/date', message: expect.stringContaining('2006-12-21') }]);
  });

  it('answers 422 with an input error at /kind for an unknown or missing kind, at the root for a non-object', async () => {
    const unknown = await post({ kind: 'contrat', date: '2025-01-10' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<Report>()).toMatchObject({ subject: 'unknown', outcome: 'invalid-input', inputErrors: [{ pointer: '/kind', message: expect.stringContaining('« contrat »') }] });
    expect(unknown.json<Report>().inputErrors[0]?.message).toContain('post-text');
    const missing = await post({ date: '2025-01-10' }, '/v1/check?lang=en');
    expect(missing.statusCode).toBe(422);
    expect(missing.json<Report>().inputErrors).toEqual([{ pointer: '/kind', message: 'Missing "kind" field: post, action, sharing or post-text.' }]);
    for (const body of ['[1, 2]', '"texte"', '42', 'null']) {
      const res = await post(body, '/v1/check', { 'content-type': 'application/json' });
      expect(res.statusCode, body).toBe(422);
      expect(res.json<Report>().inputErrors[0]?.pointer, body).toBe('');
    }
  });

  it('reports a key __proto__ as check() does (an unknown key, 422), without polluting anything', async () => {
    const text = '{"kind": "action", "date": "2025-01-10", "type": "listening", "person": {"role": "victim", "minor": false, "__proto__": {"polluted": true}}, "consent": {"status": "given"}, "__proto__": {"polluted": true}}';
    const res = await post(text, '/v1/check', { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(check(JSON.parse(text)))));
    expect(res.json<Report>().inputErrors.map((e) => e.pointer)).toEqual(['/__proto__', '/person/__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('names the problems of a post-text document at /text and at its unknown keys', async () => {
    const res = await post({ kind: 'post-text', texte: 'Fiche' });
    expect(res.statusCode).toBe(422);
    expect(res.json<Report>()).toMatchObject({
      subject: 'post-text',
      outcome: 'invalid-input',
      inputErrors: [
        { pointer: '/text', message: 'Champ obligatoire manquant' },
        { pointer: '/texte', message: expect.stringContaining('Clé inconnue « texte »') },
      ],
    });
    const wrong = await post({ kind: 'post-text', text: 12 }, '/v1/check?lang=en');
    expect(wrong.json<Report>().inputErrors).toEqual([{ pointer: '/text', message: expect.stringMatching(/^Expected/) }]);
  });

  it('takes asOf, lang and verbose from the query string', async () => {
    const { document } = example('action-audition-demandee-par-opj.yaml');
    const res = await post(document, '/v1/check?asOf=2024-01-15&lang=en&verbose=true');
    expect(res.statusCode).toBe(200);
    const report = res.json<Report>();
    expect(report.asOf).toBe('2024-01-15');
    expect(report).toEqual(JSON.parse(JSON.stringify(check(document, { asOf: '2024-01-15', lang: 'en', verbose: true }))));
    expect(report.findings[0]?.message).not.toEqual((await post(document)).json<Report>().findings[0]?.message);
  });

  it('takes the options from an envelope { document, asOf, lang, verbose }, which wins over the query string', async () => {
    const { document } = example('partage-procureur-article-40.yaml');
    const res = await post({ document, asOf: '2023-05-02', lang: 'en' }, '/v1/check?lang=fr&asOf=2020-01-01');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(check(document, { asOf: '2023-05-02', lang: 'en' }))));
  });

  it('speaks English when Accept-Language prefers it, French otherwise; ?lang wins', async () => {
    const { document } = example('poste-gendarmerie-employeur.yaml');
    const fr = (await post(document)).json<Report>().findings[0]?.message;
    const en = (await post(document, '/v1/check', { 'accept-language': 'en-GB,en;q=0.9,fr;q=0.5' })).json<Report>().findings[0]?.message;
    const frAgain = (await post(document, '/v1/check', { 'accept-language': 'fr-FR,en;q=0.8' })).json<Report>().findings[0]?.message;
    const forced = (await post(document, '/v1/check?lang=fr', { 'accept-language': 'en' })).json<Report>().findings[0]?.message;
    expect(fr).toBe(check(document).findings[0]?.message);
    expect(en).toBe(check(document, { lang: 'en' }).findings[0]?.message);
    expect(en).not.toBe(fr);
    expect(frAgain).toBe(fr);
    expect(forced).toBe(fr);
  });

  it('answers in English by default when the service is started with lang en', async () => {
    const english = createServer({ lang: 'en' });
    const { document } = example('poste-gendarmerie-employeur.yaml');
    const res = await english.inject({ method: 'POST', url: '/v1/check', payload: document });
    expect(res.json<Report>().findings[0]?.message).toBe(check(document, { lang: 'en' }).findings[0]?.message);
    await english.close();
  });

  it('checks with the ruleset it was given (a directory loaded by loadRuleset)', async () => {
    const ruleset = await loadRuleset('rules/iscg');
    const custom = createServer({ ruleset });
    const { document } = example('action-suivi-long-enfants-exposes.yaml');
    const res = await custom.inject({ method: 'POST', url: '/v1/check', payload: document });
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(check(document, { ruleset }))));
    await custom.close();
  });
});
