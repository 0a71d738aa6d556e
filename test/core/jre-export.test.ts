import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRulesetDir } from '../../src/core/loader/load-ruleset.js';
import { compileRulesetFor, type Checker } from '../../src/core/compile/compile-ruleset.js';
import { runCheck } from '../../src/core/check.js';
import { exportToJre } from '../../src/core/jre/export.js';
import { createJreEngine, runJreEngine } from '../../src/core/jre/run.js';
import { registerJrePlugin } from '../../src/core/jre/plugin.js';
import type { Ruleset } from '../../src/core/types.js';
import { toyDomain } from '../support/toy-domain.js';

let ruleset: Ruleset;
let checker: Checker;
beforeAll(async () => {
  ruleset = await loadRulesetDir('test/fixtures/toy-rules', [toyDomain]);
  checker = compileRulesetFor(ruleset, toyDomain);
});

const orderArb = fc.record(
  {
    kind: fc.constant('order'),
    date: fc.constantFrom('2012-01-01', '2016-05-05', '2019-12-31', '2020-01-01', '2024-02-29'),
    qty: fc.integer({ min: 0, max: 14 }),
    tags: fc.array(fc.constantFrom('a', 'b', 'z', 'trusted'), { maxLength: 3 }),
    owner: fc.record({ name: fc.constantFrom('Ana', 'Léo'), role: fc.constantFrom('guest', 'visitor', 'admin') }, { requiredKeys: ['name'] }),
  },
  { requiredKeys: ['kind', 'date'] },
);

describe('json-rules-engine export', () => {
  it('is plain JSON: one engine rule per case, with the rule id and severity in the event', () => {
    const exported = exportToJre(ruleset, toyDomain);
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
    expect(exported.subjects['order']?.map((r) => r.name)).toEqual(['order/too-many#1', 'order/too-many#2', 'order/owner-role#1', 'order/untagged#1']);
    expect(exported.subjects['order']?.[1]?.event).toEqual({ type: 'cadre.finding', params: { ruleId: 'order/too-many', severity: 'warning', case: 2 } });
  });

  it('runs in a stock Engine built by hand with the plugin', async () => {
    const exported = exportToJre(ruleset, toyDomain);
    const engine = new Engine(exported.subjects['order'] as never, { allowUndefinedFacts: true });
    registerJrePlugin(engine, toyDomain, 'order', exported.editions);
    const doc = { kind: 'order', date: '2021-01-01', qty: 11 };
    const { events } = await engine.run({ ...doc, $document: doc, $asOf: '2021-01-01' });
    expect(events.map((e) => e.params?.['ruleId'])).toEqual(['order/too-many', 'order/untagged']);
  });

  it('agrees with the compiled checker on generated documents (rule ids and severities)', async () => {
    const engine = createJreEngine(exportToJre(ruleset, toyDomain), toyDomain, 'order');
    await fc.assert(
      fc.asyncProperty(orderArb, async (doc) => {
        const ours = runCheck(checker, 'order', doc, { verbose: true }).findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity }));
        ours.sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1));
        expect(await runJreEngine(engine, doc, doc.date)).toEqual(ours);
      }),
      { numRuns: 500 },
    );
  });

  it('substitutes parameter overrides', async () => {
    const exported = exportToJre(ruleset, toyDomain, { 'order/too-many': { max: 3 } });
    const engine = createJreEngine(exported, toyDomain, 'order');
    expect(await runJreEngine(engine, { kind: 'order', date: '2021-01-01', qty: 4, tags: ['a'] }, '2021-01-01')).toEqual([{ ruleId: 'order/too-many', severity: 'error' }]);
  });
});
