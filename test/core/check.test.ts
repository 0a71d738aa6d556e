import { beforeAll, describe, expect, it } from 'vitest';
import { loadRulesetDir } from '../../src/core/loader/load-ruleset.js';
import { compileRulesetFor, type Checker } from '../../src/core/compile/compile-ruleset.js';
import { runCheck } from '../../src/core/check.js';
import { toyDomain } from '../support/toy-domain.js';

let checker: Checker;
beforeAll(async () => {
  checker = compileRulesetFor(await loadRulesetDir('test/fixtures/toy-rules', [toyDomain]), toyDomain);
});

const order = (over: Record<string, unknown> = {}) => ({ kind: 'order', date: '2021-06-01', qty: 1, tags: ['a'], ...over });

describe('runCheck', () => {
  it('gives one finding per rule: the first case that holds', () => {
    const report = runCheck(checker, 'order', order({ qty: 11 }));
    expect(report.findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['order/too-many:error']);
    expect(report.outcome).toBe('non-compliant');
    expect(report.findings[0]).toMatchObject({
      message: '11 articles, plafond 10',
      location: { pointer: '/qty' },
      sources: [{ ref: 'Règlement jouet art. 1', status: 'verified', url: 'https://example.test/art1' }],
      docUrl: 'https://example.test/rules/order/too-many.md',
    });
  });

  it('skips a case outside its dates: the document date is the default check date', () => {
    expect(runCheck(checker, 'order', order({ qty: 6 })).findings.map((f) => f.severity)).toEqual(['warning']);
    expect(runCheck(checker, 'order', order({ qty: 6, date: '2019-12-31' })).findings).toEqual([]);
    expect(runCheck(checker, 'order', order({ qty: 6, date: '2019-12-31' }), { asOf: '2020-01-01' }).findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('renders messages in English when asked', () => {
    expect(runCheck(checker, 'order', order({ qty: 12 }), { lang: 'en' }).findings[0]?.message).toBe('12 items, cap 10');
  });

  it('orders findings by severity then id, and hides info unless verbose', () => {
    const doc = order({ qty: 11, tags: ['z'], owner: { name: 'Ana', role: 'guest' } });
    expect(runCheck(checker, 'order', doc).findings.map((f) => f.severity)).toEqual(['error', 'review']);
    expect(runCheck(checker, 'order', doc, { verbose: true }).findings.map((f) => f.ruleId)).toEqual(['order/too-many', 'order/owner-role', 'order/untagged']);
  });

  it('says needs-review when the worst finding is a review', () => {
    const report = runCheck(checker, 'order', order({ owner: { name: 'Ana', role: 'visitor' } }));
    expect(report.outcome).toBe('needs-review');
    expect(report.findings[0]?.message).toBe('Titulaire Ana (visitor)');
  });

  it('gives invalid-input with the edition start date before any edition is in force', () => {
    const report = runCheck(checker, 'order', order({ date: '2009-12-31' }));
    expect(report.outcome).toBe('invalid-input');
    expect(report.ruleset.edition).toBeNull();
    expect(report.inputErrors).toEqual([{ pointer: '/date', message: "Aucune édition du référentiel « toy » n'est en vigueur le 2009-12-31 : l'édition v1 entre en vigueur le 2010-01-01." }]);
  });

  it('gives invalid-input with the parser errors, never throws', () => {
    for (const bad of [null, 42, 'x', [], { qty: 'deux', date: '2021-01-01' }, { date: '2021-02-30' }]) {
      const report = runCheck(checker, 'order', bad);
      expect(report.outcome).toBe('invalid-input');
      expect(report.inputErrors.length).toBeGreaterThan(0);
    }
    expect(runCheck(checker, 'order', order(), { asOf: '01/02/2021' }).inputErrors[0]?.message).toContain('Date de vérification invalide');
  });

  it('gives each report its own sources, or the rule\'s frozen ones with shareSources (same report)', () => {
    const doc = order({ qty: 11 });
    const own = [runCheck(checker, 'order', doc), runCheck(checker, 'order', doc)];
    const shared = [runCheck(checker, 'order', doc, { shareSources: true }), runCheck(checker, 'order', doc, { shareSources: true })];
    expect(shared[0]).toEqual(own[0]);
    expect(JSON.stringify(shared[0])).toBe(JSON.stringify(own[0]));
    // Own copies: changing one report's sources changes no other report.
    const [a = [], b = []] = own.map((r) => r.findings[0]?.sources ?? []);
    expect(a).not.toBe(b);
    (a[0] as { ref: string }).ref = 'modifié';
    expect(b[0]?.ref).toBe('Règlement jouet art. 1');
    expect(runCheck(checker, 'order', doc).findings[0]?.sources[0]?.ref).toBe('Règlement jouet art. 1');
    // Shared: the same frozen array and objects, which cannot be changed.
    const [x = [], y] = shared.map((r) => r.findings[0]?.sources ?? []);
    expect(x).toBe(y);
    expect(Object.isFrozen(x) && x.every((source) => Object.isFrozen(source))).toBe(true);
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    const doc = order({ qty: 11, tags: ['z'], owner: { name: 'Ana', role: 'guest' } });
    expect(JSON.stringify(runCheck(checker, 'order', doc, { verbose: true }))).toBe(JSON.stringify(runCheck(checker, 'order', structuredClone(doc), { verbose: true })));
  });

  it('uses parameter overrides', () => {
    const strict = compileRulesetFor(checker.ruleset, toyDomain, { 'order/too-many': { max: 3 } });
    expect(runCheck(strict, 'order', order({ qty: 4 })).findings[0]).toMatchObject({ severity: 'error', message: '4 articles, plafond 3' });
  });
});
